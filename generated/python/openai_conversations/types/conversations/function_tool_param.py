# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Any, Dict, List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .callable_tool_allowed_caller_param import CallableToolAllowedCallerParam

__all__ = ["FunctionToolParam"]


class FunctionToolParam(TypedDict):
    """Defines a function in your own code the model can choose to call.

    Learn more about [function calling](https://platform.openai.com/docs/guides/function-calling).
    """

    name: str
    """The name of the function to call."""

    parameters: Optional[Dict[str, Any]]
    strict: Optional[bool]
    type: Literal["function"]
    """The type of the function tool. Always `function`."""

    allowed_callers: NotRequired[Optional[List[CallableToolAllowedCallerParam]]]
    defer_loading: NotRequired[bool]
    """Whether this function is deferred and loaded via tool search."""

    description: NotRequired[Optional[str]]
    output_schema: NotRequired[Optional[Dict[str, Any]]]
