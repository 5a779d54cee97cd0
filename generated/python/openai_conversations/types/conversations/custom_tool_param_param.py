# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .callable_tool_allowed_caller_param import CallableToolAllowedCallerParam
from .custom_tool_param_format_param import CustomToolParamFormatParam

__all__ = ["CustomToolParamParam"]


class CustomToolParamParam(TypedDict):
    """A custom tool that processes input using a specified format.

    Learn more about [custom tools](/docs/guides/function-calling#custom-tools)
    """

    name: str
    """The name of the custom tool, used to identify it in tool calls."""

    type: Literal["custom"]
    """The type of the custom tool. Always `custom`."""

    allowed_callers: NotRequired[Optional[List[CallableToolAllowedCallerParam]]]
    defer_loading: NotRequired[bool]
    """Whether this tool should be deferred and discovered via tool search."""

    description: NotRequired[str]
    """Optional description of the custom tool, used to provide more context."""

    format: NotRequired[CustomToolParamFormatParam]
    """The input format for the custom tool. Default is unconstrained text."""
