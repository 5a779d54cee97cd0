# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ReasoningEffortParam"]


ReasoningEffortParam: TypeAlias = Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]
"""
How much effort a reasoning model spends on reasoning.
"""
