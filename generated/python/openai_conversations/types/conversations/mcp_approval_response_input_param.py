# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

__all__ = ["McpApprovalResponseInputParam"]


class McpApprovalResponseInputParam(TypedDict):
    """A response to an MCP approval request, sent as input."""

    approval_request_id: str
    """The ID of the approval request being answered."""

    approve: bool
    """Whether the request is approved."""

    type: Literal["mcp_approval_response"]
    """The item type, always `mcp_approval_response`."""

    id: NotRequired[Optional[str]]
    """The unique ID of the approval response."""

    reason: NotRequired[Optional[str]]
    """An optional reason for the decision."""
