# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal

from typing_extensions import TypeAliasType

__all__ = ["ToolSearchExecution"]


ToolSearchExecution = TypeAliasType("ToolSearchExecution", Literal["server", "client"])
"""
Whether tool search is executed by the server (`server`) or by the client (`client`).
"""
