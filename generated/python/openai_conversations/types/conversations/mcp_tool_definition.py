# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Any, Dict, Optional

from ..._models import BaseModel

__all__ = ["McpToolDefinition"]


class McpToolDefinition(BaseModel):
    """A tool available on an MCP server."""

    input_schema: Dict[str, Any]
    """The JSON schema of the tool's input."""

    name: str
    """The name of the tool."""

    annotations: Optional[Dict[str, Any]] = None
    """Additional annotations about the tool."""

    description: Optional[str] = None
    """The description of the tool."""
