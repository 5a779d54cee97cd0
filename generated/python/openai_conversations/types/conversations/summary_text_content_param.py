# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["SummaryTextContentParam"]


class SummaryTextContentParam(TypedDict):
    """A summary of the model's reasoning."""

    text: str
    """A summary of the reasoning output so far."""

    type: Literal["summary_text"]
    """The content type, always `summary_text`."""
