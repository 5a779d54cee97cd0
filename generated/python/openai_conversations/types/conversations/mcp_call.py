# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel
from .mcp_call_error import McpCallError

__all__ = ["McpCall"]


class McpCall(BaseModel):
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

    approval_request_id: Optional[str] = None
    """
    The ID of the approval request for this call; answer it with an
    `mcp_approval_response` item.
    """

    error: Optional[McpCallError] = None
    """The error of the tool call, if any."""

    output: Optional[str] = None
    """The output of the tool call."""

    status: Optional[Literal["in_progress", "completed", "incomplete", "calling", "failed"]] = None
    """The status of the tool call."""
