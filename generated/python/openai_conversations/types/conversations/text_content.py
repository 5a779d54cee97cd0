# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["TextContent"]


class TextContent(BaseModel):
    """A plain text content part."""

    text: str
    """The text."""

    type: Literal["text"]
    """The content type, always `text`."""
