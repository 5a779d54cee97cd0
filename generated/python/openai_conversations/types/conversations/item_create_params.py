# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Iterable, List

from typing_extensions import Required, TypedDict

from .input_item_param import InputItemParam
from .response_includable_param import ResponseIncludableParam

__all__ = ["ItemCreateParams"]


class ItemCreateParams(TypedDict, total=False):
    """Arguments of `conversations.items.create`."""

    items: Required[Iterable[InputItemParam]]
    """The items to add to the conversation. Up to 20 items may be added at a time."""

    include: List[ResponseIncludableParam]
    """Additional fields to include in the returned items."""
