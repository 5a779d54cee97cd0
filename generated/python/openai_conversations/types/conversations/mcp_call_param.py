# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .mcp_call_error_param import McpCallErrorParam

__all__ = ["McpCallParam"]


class McpCallParam(TypedDict):
    """An invocation of a tool on an MCP server."""

    id: str
    """The unique ID of the tool call."""

    arguments: str
    """A JSON string of the arguments passed to the tool."""

    name: str
    """The name of the tool that was run."""

    server_label: str
    """The label of the MCP server running the tool."""

    type: Literal["mcp_call"]
    """The item type, always `mcp_call`."""

    approval_request_id: NotRequired[Optional[str]]
    """
    The ID of the approval request for this call; answer it with an
    `mcp_approval_response` item.
    """

    error: NotRequired[Optional[McpCallErrorParam]]
    """The error of the tool call, if any."""

    output: NotRequired[Optional[str]]
    """The output of the tool call."""

    status: NotRequired[Literal["in_progress", "completed", "incomplete", "calling", "failed"]]
    """The status of the tool call."""
