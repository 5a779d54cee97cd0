# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from .input_item_param import InputItemParam
from .metadata_param import MetadataParam

__all__ = ["ConversationCreateParams"]


class ConversationCreateParams(TypedDict, total=False):
    """Arguments of `conversations.create`."""

    items: Optional[Iterable[InputItemParam]]
    """Initial items to include in the conversation context.

    Up to 20 items may be added at a time.
    """

    metadata: Optional[MetadataParam]
    """
    Up to 16 key-value pairs to attach (keys up to 64 characters, values up to 512
    characters).
    """
