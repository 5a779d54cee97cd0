# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, TypedDict

from typing_extensions import NotRequired

from .web_search_source_param import WebSearchSourceParam

__all__ = ["WebSearchSearchActionParam"]


class WebSearchSearchActionParam(TypedDict):
    """A web search query."""

    type: Literal["search"]
    """The action type, always `search`."""

    queries: NotRequired[List[str]]
    """The search queries."""

    query: NotRequired[str]
    """The search query (deprecated; use `queries`)."""

    sources: NotRequired[List[WebSearchSourceParam]]
    """
    The sources used in the search; only present when
    `web_search_call.action.sources` is included.
    """
