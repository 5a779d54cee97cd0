# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["EmptyModelParamParam"]


EmptyModelParamParam: TypeAlias = Any
"""
Any JSON value.
"""
