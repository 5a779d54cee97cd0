# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["ReasoningTextContentParam"]


class ReasoningTextContentParam(TypedDict):
    """Reasoning text from the model."""

    text: str
    """The reasoning text."""

    type: Literal["reasoning_text"]
    """The content type, always `reasoning_text`."""
