# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict, Union

from typing_extensions import NotRequired

from .auto_code_interpreter_tool_param_param import AutoCodeInterpreterToolParamParam
from .callable_tool_allowed_caller_param import CallableToolAllowedCallerParam

__all__ = ["CodeInterpreterToolParam"]


class CodeInterpreterToolParam(TypedDict):
    """A tool that runs Python code to help generate a response to a prompt."""

    container: Union[str, AutoCodeInterpreterToolParamParam]
    """The code interpreter container.

    Can be a container ID or an object that specifies uploaded file IDs to make
    available to your code, along with an optional `memory_limit` setting.
    """

    type: Literal["code_interpreter"]
    """The type of the code interpreter tool. Always `code_interpreter`."""

    allowed_callers: NotRequired[Optional[List[CallableToolAllowedCallerParam]]]
