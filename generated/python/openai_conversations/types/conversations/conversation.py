# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel
from .metadata import Metadata

__all__ = ["Conversation"]


class Conversation(BaseModel):
    """
    A conversation, a durable container of items usable as context by the Responses API.
    """

    id: str
    """The unique ID of the conversation."""

    created_at: int
    """
    The time at which the conversation was created, in seconds since the Unix epoch.
    """

    metadata: Optional[Metadata]
    """
    Key-value pairs attached to the conversation (up to 16; keys up to 64
    characters, values up to 512 characters).
    """

    object: Literal["conversation"]
    """The object type, always `conversation`."""
