# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .web_search_approximate_location_param import WebSearchApproximateLocationParam
from .web_search_tool_filters_param import WebSearchToolFiltersParam

__all__ = ["WebSearchToolParam"]


class WebSearchToolParam(TypedDict):
    """Search the Internet for sources related to the prompt.

    Learn more about the
    [web search tool](/docs/guides/tools-web-search).
    """

    type: Literal["web_search", "web_search_2025_08_26"]
    """The type of the web search tool.

    One of `web_search` or `web_search_2025_08_26`.
    """

    external_web_access: NotRequired[bool]
    """Allow live internet access for web search.

    Defaults to true when omitted. When false, the web search tool runs in
    offline/cache-only mode and will not fetch new external content.
    """

    filters: NotRequired[Optional[WebSearchToolFiltersParam]]
    """Filters for the search."""

    search_context_size: NotRequired[Literal["low", "medium", "high"]]
    """
    High level guidance for the amount of context window space to use for the
    search. One of `low`, `medium`, or `high`. `medium` is the default.
    """

    user_location: NotRequired[Optional[WebSearchApproximateLocationParam]]
