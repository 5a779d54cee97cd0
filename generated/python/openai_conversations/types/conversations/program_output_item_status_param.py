# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ProgramOutputItemStatusParam"]


ProgramOutputItemStatusParam: TypeAlias = Literal["completed", "incomplete"]
