# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import TypedDict

from .function_shell_call_output_outcome_param_param import FunctionShellCallOutputOutcomeParamParam

__all__ = ["FunctionShellCallOutputContentParamParam"]


class FunctionShellCallOutputContentParamParam(TypedDict):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    outcome: FunctionShellCallOutputOutcomeParamParam
    """The exit or timeout outcome associated with this shell call."""

    stderr: str
    """Captured stderr output for the shell call."""

    stdout: str
    """Captured stdout output for the shell call."""
