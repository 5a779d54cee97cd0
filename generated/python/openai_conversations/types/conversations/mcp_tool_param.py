# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Dict, List, Literal, Optional, TypedDict, Union

from typing_extensions import NotRequired

from .callable_tool_allowed_caller_param import CallableToolAllowedCallerParam
from .mcp_tool_filter_param import MCPToolFilterParam
from .mcp_tool_require_approval_param import MCPToolRequireApprovalParam

__all__ = ["MCPToolParam"]


class MCPToolParam(TypedDict):
    """
    Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](/docs/guides/tools-remote-mcp).
    """

    server_label: str
    """A label for this MCP server, used to identify it in tool calls."""

    type: Literal["mcp"]
    """The type of the MCP tool. Always `mcp`."""

    allowed_callers: NotRequired[Optional[List[CallableToolAllowedCallerParam]]]
    allowed_tools: NotRequired[Optional[Union[List[str], MCPToolFilterParam]]]
    authorization: NotRequired[str]
    """
    An OAuth access token that can be used with a remote MCP server, either with a
    custom MCP server URL or a service connector. Your application must handle the
    OAuth authorization flow and provide the token here.
    """

    connector_id: NotRequired[
        Literal[
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        ]
    ]
    """Identifier for service connectors, like those available in ChatGPT.

    One of `server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more
    about service connectors [here](/docs/guides/tools-remote-mcp#connectors).

    Currently supported `connector_id` values are:

    - Dropbox: `connector_dropbox`
    - Gmail: `connector_gmail`
    - Google Calendar: `connector_googlecalendar`
    - Google Drive: `connector_googledrive`
    - Microsoft Teams: `connector_microsoftteams`
    - Outlook Calendar: `connector_outlookcalendar`
    - Outlook Email: `connector_outlookemail`
    - SharePoint: `connector_sharepoint`
    """

    defer_loading: NotRequired[bool]
    """Whether this MCP tool is deferred and discovered via tool search."""

    headers: NotRequired[Optional[Dict[str, str]]]
    require_approval: NotRequired[Optional[Union[MCPToolRequireApprovalParam, Literal["always", "never"]]]]
    server_description: NotRequired[str]
    """Optional description of the MCP server, used to provide more context."""

    server_url: NotRequired[str]
    """The URL for the MCP server.

    One of `server_url`, `connector_id`, or `tunnel_id` must be provided.
    """

    tunnel_id: NotRequired[str]
    """The Secure MCP Tunnel ID to use instead of a direct server URL.

    One of `server_url`, `connector_id`, or `tunnel_id` must be provided.
    """
