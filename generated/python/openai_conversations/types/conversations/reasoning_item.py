# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .item_status import ItemStatus
from .reasoning_text_content import ReasoningTextContent
from .summary_text_content import SummaryTextContent

__all__ = ["ReasoningItem"]


class ReasoningItem(BaseModel):
    """The chain of thought used by a reasoning model while generating a response."""

    id: str
    """The unique ID of the reasoning item."""

    summary: List[SummaryTextContent]
    """Reasoning summary content."""

    type: Literal["reasoning"]
    """The item type, always `reasoning`."""

    content: Optional[List[ReasoningTextContent]] = None
    """Reasoning text content."""

    encrypted_content: Optional[str] = None
    """
    The encrypted reasoning content; present when `reasoning.encrypted_content` is
    included.
    """

    status: Optional[ItemStatus] = None
    """The status of the item."""
