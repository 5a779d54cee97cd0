# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["FunctionShellCallOutputExitOutcomeParamParam"]


class FunctionShellCallOutputExitOutcomeParamParam(TypedDict):
    """Indicates that the shell commands finished and returned an exit code."""

    exit_code: int
    """The exit code returned by the shell process."""

    type: Literal["exit"]
    """The outcome type. Always `exit`."""
