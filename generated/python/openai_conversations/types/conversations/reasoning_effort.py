# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal

from typing_extensions import TypeAliasType

__all__ = ["ReasoningEffort"]


ReasoningEffort = TypeAliasType("ReasoningEffort", Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"])
"""
How much effort a reasoning model spends on reasoning.
"""
