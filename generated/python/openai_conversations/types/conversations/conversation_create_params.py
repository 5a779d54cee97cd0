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
    metadata: Optional[MetadataParam]
