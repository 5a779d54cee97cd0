# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import List

from typing_extensions import Required, TypedDict

from .response_includable_param import ResponseIncludableParam

__all__ = ["ItemRetrieveParams"]


class ItemRetrieveParams(TypedDict, total=False):
    """Arguments of `conversations.items.retrieve`."""

    conversation_id: Required[str]
    """The ID of the conversation that contains the item."""

    include: List[ResponseIncludableParam]
    """Additional fields to include in the returned item."""
