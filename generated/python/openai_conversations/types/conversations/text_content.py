# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["TextContent"]


class TextContent(BaseModel):
    """A plain text content part."""

    type: Literal["text"]
    """The content type, always `text`."""

    text: str
    """The text."""
