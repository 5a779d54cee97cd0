# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ApplyPatchCallStatusParamParam"]


ApplyPatchCallStatusParamParam: TypeAlias = Literal["in_progress", "completed"]
"""
Status values reported for apply_patch tool calls.
"""
