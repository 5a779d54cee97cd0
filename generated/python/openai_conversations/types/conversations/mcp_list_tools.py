# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .mcp_tool_definition import McpToolDefinition

__all__ = ["McpListTools"]


class McpListTools(BaseModel):
    """The list of tools available on an MCP server."""

    id: str
    """The unique ID of the list."""

    server_label: str
    """The label of the MCP server."""

    tools: List[McpToolDefinition]
    """The tools available on the server."""

    type: Literal["mcp_list_tools"]
    """The item type, always `mcp_list_tools`."""

    error: Optional[str] = None
    """The error message if the server could not list its tools."""
