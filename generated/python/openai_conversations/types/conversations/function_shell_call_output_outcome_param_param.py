# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .function_shell_call_output_exit_outcome_param_param import FunctionShellCallOutputExitOutcomeParamParam
from .function_shell_call_output_timeout_outcome_param_param import FunctionShellCallOutputTimeoutOutcomeParamParam

__all__ = ["FunctionShellCallOutputOutcomeParamParam"]


FunctionShellCallOutputOutcomeParamParam: TypeAlias = Union[
    FunctionShellCallOutputTimeoutOutcomeParamParam,
    FunctionShellCallOutputExitOutcomeParamParam,
]
"""
The exit or timeout outcome associated with this shell call.
"""
