# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import List, Literal

from typing_extensions import TypedDict

from .response_includable_param import ResponseIncludableParam

__all__ = ["ItemListParams"]


class ItemListParams(TypedDict, total=False):
    """Arguments of `conversations.items.list`."""

    after: str
    include: List[ResponseIncludableParam]
    limit: int
    order: Literal["asc", "desc"]
