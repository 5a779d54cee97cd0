# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel
from .web_search_action import WebSearchAction

__all__ = ["WebSearchToolCall"]


class WebSearchToolCall(BaseModel):
    """A web search tool call."""

    id: str
    """The unique ID of the web search tool call."""

    action: WebSearchAction
    """The specific action taken in this web search call."""

    status: Literal["in_progress", "searching", "completed", "failed"]
    """The status of the web search tool call."""

    type: Literal["web_search_call"]
    """The item type, always `web_search_call`."""
