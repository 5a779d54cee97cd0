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
    include: List[ResponseIncludableParam]
