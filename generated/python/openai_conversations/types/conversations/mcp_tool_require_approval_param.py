# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import TypedDict

from typing_extensions import NotRequired

from .mcp_tool_filter_param import MCPToolFilterParam

__all__ = ["MCPToolRequireApprovalParam"]


class MCPToolRequireApprovalParam(TypedDict):
    """Specify which of the MCP server's tools require approval.

    Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.
    """

    always: NotRequired[MCPToolFilterParam]
    never: NotRequired[MCPToolFilterParam]
