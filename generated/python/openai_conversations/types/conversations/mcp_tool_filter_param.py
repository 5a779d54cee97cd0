# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, TypedDict

from typing_extensions import NotRequired

__all__ = ["MCPToolFilterParam"]


class MCPToolFilterParam(TypedDict):
    """A filter object to specify which tools are allowed."""

    read_only: NotRequired[bool]
    """Indicates whether or not a tool modifies data or is read-only.

    If an MCP server is
    [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter.
    """

    tool_names: NotRequired[List[str]]
    """List of allowed tool names."""
