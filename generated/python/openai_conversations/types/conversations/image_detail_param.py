# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ImageDetailParam"]


ImageDetailParam: TypeAlias = Literal["low", "high", "auto", "original"]
"""
The detail level at which an image is sent to the model.
"""
