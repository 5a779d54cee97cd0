# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["GrammarSyntax1Param"]


GrammarSyntax1Param: TypeAlias = Literal["lark", "regex"]
