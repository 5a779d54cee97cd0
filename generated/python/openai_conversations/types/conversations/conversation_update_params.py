# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

from .metadata_param import MetadataParam

__all__ = ["ConversationUpdateParams"]


class ConversationUpdateParams(TypedDict, total=False):
    """Arguments of `conversations.update`."""

    metadata: Required[Optional[MetadataParam]]
