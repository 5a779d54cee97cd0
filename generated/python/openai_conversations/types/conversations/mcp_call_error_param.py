# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Any, Literal, TypedDict

from typing_extensions import NotRequired

__all__ = ["McpCallErrorParam"]


class McpCallErrorParam(TypedDict):
    """An error raised by an MCP tool call."""

    type: Literal["mcp_protocol_error", "mcp_tool_execution_error", "http_error"]
    """The kind of error."""

    code: NotRequired[int]
    """The error code (`mcp_protocol_error` and `http_error`)."""

    content: NotRequired[Any]
    """The error content returned by the tool (`mcp_tool_execution_error`)."""

    message: NotRequired[str]
    """The error message (`mcp_protocol_error` and `http_error`)."""
