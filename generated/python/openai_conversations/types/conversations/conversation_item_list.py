# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal

from ..._models import BaseModel
from .conversation_item import ConversationItem

__all__ = ["ConversationItemList"]


class ConversationItemList(BaseModel):
    """A page of conversation items."""

    data: List[ConversationItem]
    """The conversation items on this page."""

    first_id: str
    """The ID of the first item on this page."""

    has_more: bool
    """Whether more items are available after this page."""

    last_id: str
    """
    The ID of the last item on this page; pass it as `after` to fetch the next page.
    """

    object: Literal["list"]
    """The object type, always `list`."""
