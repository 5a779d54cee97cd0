# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["TextResponseFormatText"]


class TextResponseFormatText(BaseModel):
    """The default response format, plain text."""

    type: Literal["text"]
    """The format type, always `text`."""
