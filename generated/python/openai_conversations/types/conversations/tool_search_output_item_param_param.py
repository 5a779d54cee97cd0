# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .function_call_item_status_param import FunctionCallItemStatusParam
from .tool_param import ToolParam
from .tool_search_execution_type_param import ToolSearchExecutionTypeParam

__all__ = ["ToolSearchOutputItemParamParam"]


class ToolSearchOutputItemParamParam(TypedDict):
    tools: List[ToolParam]
    """The loaded tool definitions returned by the tool search output."""

    type: Literal["tool_search_output"]
    """The item type. Always `tool_search_output`."""

    id: NotRequired[Optional[str]]
    call_id: NotRequired[Optional[str]]
    execution: NotRequired[ToolSearchExecutionTypeParam]
    """Whether tool search was executed by the server or by the client."""

    status: NotRequired[Optional[FunctionCallItemStatusParam]]
