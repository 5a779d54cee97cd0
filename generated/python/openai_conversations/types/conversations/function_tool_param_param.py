# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Any, Dict, List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .callable_tool_allowed_caller_param import CallableToolAllowedCallerParam
from .empty_model_param_param import EmptyModelParamParam

__all__ = ["FunctionToolParamParam"]


class FunctionToolParamParam(TypedDict):
    name: str
    type: Literal["function"]
    allowed_callers: NotRequired[Optional[List[CallableToolAllowedCallerParam]]]
    defer_loading: NotRequired[bool]
    """Whether this function should be deferred and discovered via tool search."""

    description: NotRequired[Optional[str]]
    output_schema: NotRequired[Optional[Dict[str, Any]]]
    parameters: NotRequired[Optional[EmptyModelParamParam]]
    strict: NotRequired[Optional[bool]]
