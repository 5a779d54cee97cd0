# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["ItemDeleteParams"]


class ItemDeleteParams(TypedDict, total=False):
    """Arguments of `conversations.items.delete`."""

    conversation_id: Required[str]
    """The ID of the conversation that contains the item."""
