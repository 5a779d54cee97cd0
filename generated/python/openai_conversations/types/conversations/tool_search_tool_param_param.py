# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .empty_model_param_param import EmptyModelParamParam
from .tool_search_execution_type_param import ToolSearchExecutionTypeParam

__all__ = ["ToolSearchToolParamParam"]


class ToolSearchToolParamParam(TypedDict):
    """Hosted or BYOT tool search configuration for deferred tools."""

    type: Literal["tool_search"]
    """The type of the tool. Always `tool_search`."""

    description: NotRequired[Optional[str]]
    execution: NotRequired[ToolSearchExecutionTypeParam]
    """Whether tool search is executed by the server or by the client."""

    parameters: NotRequired[Optional[EmptyModelParamParam]]
