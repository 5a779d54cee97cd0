# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .tool_param import ToolParam

__all__ = ["AdditionalToolsItemParamParam"]


class AdditionalToolsItemParamParam(TypedDict):
    role: Literal["developer"]
    """The role that provided the additional tools. Only `developer` is supported."""

    tools: List[ToolParam]
    """A list of additional tools made available at this item."""

    type: Literal["additional_tools"]
    """The item type. Always `additional_tools`."""

    id: NotRequired[Optional[str]]
