# File generated from conversations.yaml by sdkgen. Do not edit.
"""The keyword arguments of each method, as TypedDicts for callers who build them ahead."""

from __future__ import annotations

from typing import Iterable, List, Literal, Optional

from typing_extensions import Required, TypedDict

from .params import InputItemParam, MetadataParam, ResponseIncludableParam

__all__ = [
    "ConversationCreateParams",
    "ConversationUpdateParams",
    "ItemListParams",
    "ItemCreateParams",
    "ItemRetrieveParams",
    "ItemDeleteParams",
]


class ConversationCreateParams(TypedDict, total=False):
    """Arguments of `conversations.create`."""

    items: Optional[Iterable[InputItemParam]]
    metadata: Optional[MetadataParam]


class ConversationUpdateParams(TypedDict, total=False):
    """Arguments of `conversations.update`."""

    metadata: Required[Optional[MetadataParam]]


class ItemListParams(TypedDict, total=False):
    """Arguments of `conversations.items.list`."""

    after: str
    include: List[ResponseIncludableParam]
    limit: int
    order: Literal["asc", "desc"]


class ItemCreateParams(TypedDict, total=False):
    """Arguments of `conversations.items.create`."""

    items: Required[Iterable[InputItemParam]]
    include: List[ResponseIncludableParam]


class ItemRetrieveParams(TypedDict, total=False):
    """Arguments of `conversations.items.retrieve`."""

    conversation_id: Required[str]
    include: List[ResponseIncludableParam]


class ItemDeleteParams(TypedDict, total=False):
    """Arguments of `conversations.items.delete`."""

    conversation_id: Required[str]
