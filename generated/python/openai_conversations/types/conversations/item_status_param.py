# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ItemStatusParam"]


ItemStatusParam: TypeAlias = Literal["in_progress", "completed", "incomplete"]
"""
The status of a tool call or other item.
"""
