# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .mcp_tool_definition_param import McpToolDefinitionParam

__all__ = ["McpListToolsParam"]


class McpListToolsParam(TypedDict):
    """The list of tools available on an MCP server."""

    id: str
    """The unique ID of the list."""

    server_label: str
    """The label of the MCP server."""

    tools: List[McpToolDefinitionParam]
    """The tools available on the server."""

    type: Literal["mcp_list_tools"]
    """The item type, always `mcp_list_tools`."""

    error: NotRequired[Optional[str]]
    """The error message if the server could not list its tools."""
