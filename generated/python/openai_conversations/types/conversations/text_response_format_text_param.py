# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["TextResponseFormatTextParam"]


class TextResponseFormatTextParam(TypedDict):
    """The default response format, plain text."""

    type: Literal["text"]
    """The format type, always `text`."""
