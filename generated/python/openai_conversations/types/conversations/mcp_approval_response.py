# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["McpApprovalResponse"]


class McpApprovalResponse(BaseModel):
    """A response to an MCP approval request."""

    id: str
    """The unique ID of the approval response."""

    approval_request_id: str
    """The ID of the approval request being answered."""

    approve: bool
    """Whether the request was approved."""

    type: Literal["mcp_approval_response"]
    """The item type, always `mcp_approval_response`."""

    reason: Optional[str] = None
    """An optional reason for the decision."""
