# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

__all__ = ["ItemReferenceParam"]


class ItemReferenceParam(TypedDict):
    """A reference to an existing item by ID."""

    id: str
    """The ID of the item to reference."""

    type: NotRequired[Optional[Literal["item_reference"]]]
    """The item type, always `item_reference` when present."""
