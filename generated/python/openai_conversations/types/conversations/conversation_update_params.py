# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

from .metadata_param import MetadataParam

__all__ = ["ConversationUpdateParams"]


class ConversationUpdateParams(TypedDict, total=False):
    """Arguments of `conversations.update`."""

    metadata: Required[Optional[MetadataParam]]
    """
    New metadata (up to 16 pairs; keys up to 64, values up to 512 characters),
    replacing any existing metadata.
    """
