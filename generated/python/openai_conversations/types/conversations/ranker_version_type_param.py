# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["RankerVersionTypeParam"]


RankerVersionTypeParam: TypeAlias = Literal["auto", "default-2024-11-15"]
