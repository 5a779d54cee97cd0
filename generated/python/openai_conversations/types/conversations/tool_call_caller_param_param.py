# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .direct_tool_call_caller_param_param import DirectToolCallCallerParamParam
from .program_tool_call_caller_param_param import ProgramToolCallCallerParamParam

__all__ = ["ToolCallCallerParamParam"]


ToolCallCallerParamParam: TypeAlias = Union[DirectToolCallCallerParamParam, ProgramToolCallCallerParamParam]
"""
The execution context that produced this tool call.
"""
