# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["DirectToolCallCallerParamParam"]


class DirectToolCallCallerParamParam(TypedDict):
    type: Literal["direct"]
    """The caller type. Always `direct`."""
