# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Any, Dict, Optional, TypedDict

from typing_extensions import NotRequired

__all__ = ["McpToolDefinitionParam"]


class McpToolDefinitionParam(TypedDict):
    """A tool available on an MCP server."""

    input_schema: Dict[str, Any]
    """The JSON schema of the tool's input."""

    name: str
    """The name of the tool."""

    annotations: NotRequired[Optional[Dict[str, Any]]]
    """Additional annotations about the tool."""

    description: NotRequired[Optional[str]]
    """The description of the tool."""
