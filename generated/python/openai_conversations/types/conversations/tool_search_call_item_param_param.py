# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .empty_model_param_param import EmptyModelParamParam
from .function_call_item_status_param import FunctionCallItemStatusParam
from .tool_search_execution_type_param import ToolSearchExecutionTypeParam

__all__ = ["ToolSearchCallItemParamParam"]


class ToolSearchCallItemParamParam(TypedDict):
    arguments: EmptyModelParamParam
    """The arguments supplied to the tool search call."""

    type: Literal["tool_search_call"]
    """The item type. Always `tool_search_call`."""

    id: NotRequired[Optional[str]]
    call_id: NotRequired[Optional[str]]
    execution: NotRequired[ToolSearchExecutionTypeParam]
    """Whether tool search was executed by the server or by the client."""

    status: NotRequired[Optional[FunctionCallItemStatusParam]]
