# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import List, Literal

from typing_extensions import TypedDict

from .response_includable_param import ResponseIncludableParam

__all__ = ["ItemListParams"]


class ItemListParams(TypedDict, total=False):
    """Arguments of `conversations.items.list`."""

    after: str
    """An item ID to list items after, used in pagination."""

    include: List[ResponseIncludableParam]
    """Additional fields to include in the returned items."""

    limit: int
    """The maximum number of items to return, between 1 and 100. Defaults to 20."""

    order: Literal["asc", "desc"]
    """
    The order in which to return items, `asc` (oldest first) or `desc` (newest
    first). Defaults to `desc`.
    """
