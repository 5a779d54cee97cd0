# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Any, Literal, Optional

from ..._models import BaseModel

__all__ = ["McpCallError"]


class McpCallError(BaseModel):
    """An error raised by an MCP tool call."""

    type: Literal["mcp_protocol_error", "mcp_tool_execution_error", "http_error"]
    """The kind of error."""

    code: Optional[int] = None
    """The error code (`mcp_protocol_error` and `http_error`)."""

    content: Optional[Any] = None
    """The error content returned by the tool (`mcp_tool_execution_error`)."""

    message: Optional[str] = None
    """The error message (`mcp_protocol_error` and `http_error`)."""
