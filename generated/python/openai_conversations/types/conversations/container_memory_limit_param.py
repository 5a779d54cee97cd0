# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ContainerMemoryLimitParam"]


ContainerMemoryLimitParam: TypeAlias = Literal["1g", "4g", "16g", "64g"]
