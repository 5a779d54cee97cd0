# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, TypedDict

from .namespace_tool_param_tools_item_param import NamespaceToolParamToolsItemParam

__all__ = ["NamespaceToolParamParam"]


class NamespaceToolParamParam(TypedDict):
    """Groups function/custom tools under a shared namespace."""

    description: str
    """A description of the namespace shown to the model."""

    name: str
    """The namespace name used in tool calls (for example, `crm`)."""

    tools: List[NamespaceToolParamToolsItemParam]
    """The function/custom tools available inside this namespace."""

    type: Literal["namespace"]
    """The type of the tool. Always `namespace`."""
