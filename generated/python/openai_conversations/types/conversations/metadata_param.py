# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Dict, TypeAlias

__all__ = ["MetadataParam"]


MetadataParam: TypeAlias = Dict[str, str]
"""
Set of up to 16 key-value pairs that can be attached to an object, useful for storing additional structured information and for querying objects. Keys are strings of at most 64 characters; values are strings of at most 512 characters.
"""
