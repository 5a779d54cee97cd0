# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["FunctionShellCallItemStatusParam"]


FunctionShellCallItemStatusParam: TypeAlias = Literal["in_progress", "completed", "incomplete"]
"""
Status values reported for shell tool calls.
"""
