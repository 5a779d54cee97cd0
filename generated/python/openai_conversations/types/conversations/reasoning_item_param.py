# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .item_status_param import ItemStatusParam
from .reasoning_text_content_param import ReasoningTextContentParam
from .summary_text_content_param import SummaryTextContentParam

__all__ = ["ReasoningItemParam"]


class ReasoningItemParam(TypedDict):
    """The chain of thought used by a reasoning model while generating a response."""

    id: str
    """The unique ID of the reasoning item."""

    summary: List[SummaryTextContentParam]
    """Reasoning summary content."""

    type: Literal["reasoning"]
    """The item type, always `reasoning`."""

    content: NotRequired[List[ReasoningTextContentParam]]
    """Reasoning text content."""

    encrypted_content: NotRequired[Optional[str]]
    """
    The encrypted reasoning content; present when `reasoning.encrypted_content` is
    included.
    """

    status: NotRequired[ItemStatusParam]
    """The status of the item."""
