# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ApplyPatchCallOutputStatusParamParam"]


ApplyPatchCallOutputStatusParamParam: TypeAlias = Literal["completed", "failed"]
"""
Outcome values reported for apply_patch tool call outputs.
"""
