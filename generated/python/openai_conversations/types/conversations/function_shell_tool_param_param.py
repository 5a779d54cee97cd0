# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .callable_tool_allowed_caller_param import CallableToolAllowedCallerParam
from .function_shell_tool_param_environment_param import FunctionShellToolParamEnvironmentParam

__all__ = ["FunctionShellToolParamParam"]


class FunctionShellToolParamParam(TypedDict):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"]
    """The type of the shell tool. Always `shell`."""

    allowed_callers: NotRequired[Optional[List[CallableToolAllowedCallerParam]]]
    environment: NotRequired[Optional[FunctionShellToolParamEnvironmentParam]]
