# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

from .web_search_action_param import WebSearchActionParam

__all__ = ["WebSearchToolCallParam"]


class WebSearchToolCallParam(TypedDict):
    """A web search tool call."""

    id: str
    """The unique ID of the web search tool call."""

    action: WebSearchActionParam
    """The specific action taken in this web search call."""

    status: Literal["in_progress", "searching", "completed", "failed"]
    """The status of the web search tool call."""

    type: Literal["web_search_call"]
    """The item type, always `web_search_call`."""
