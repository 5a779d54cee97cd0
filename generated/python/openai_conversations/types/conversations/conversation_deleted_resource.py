# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ConversationDeletedResource"]


class ConversationDeletedResource(BaseModel):
    """Confirmation returned when a conversation is deleted."""

    id: str
    """The ID of the deleted conversation."""

    deleted: bool
    """Whether the conversation was deleted."""

    object: Literal["conversation.deleted"]
    """The object type, always `conversation.deleted`."""
