# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["FunctionShellCallOutputTimeoutOutcomeParamParam"]


class FunctionShellCallOutputTimeoutOutcomeParamParam(TypedDict):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Literal["timeout"]
    """The outcome type. Always `timeout`."""
