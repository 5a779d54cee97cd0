# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["McpApprovalRequestParam"]


class McpApprovalRequestParam(TypedDict):
    """A request for human approval of an MCP tool invocation."""

    id: str
    """The unique ID of the approval request."""

    arguments: str
    """A JSON string of the arguments for the tool."""

    name: str
    """The name of the tool to run."""

    server_label: str
    """The label of the MCP server making the request."""

    type: Literal["mcp_approval_request"]
    """The item type, always `mcp_approval_request`."""
