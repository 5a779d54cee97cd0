# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["SummaryTextContent"]


class SummaryTextContent(BaseModel):
    """A summary of the model's reasoning."""

    text: str
    """A summary of the reasoning output so far."""

    type: Literal["summary_text"]
    """The content type, always `summary_text`."""
