# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ReasoningTextContent"]


class ReasoningTextContent(BaseModel):
    """Reasoning text from the model."""

    text: str
    """The reasoning text."""

    type: Literal["reasoning_text"]
    """The content type, always `reasoning_text`."""
