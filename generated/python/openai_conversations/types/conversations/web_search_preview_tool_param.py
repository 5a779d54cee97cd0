# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .approximate_location_param import ApproximateLocationParam
from .search_content_type_param import SearchContentTypeParam
from .search_context_size_param import SearchContextSizeParam

__all__ = ["WebSearchPreviewToolParam"]


class WebSearchPreviewToolParam(TypedDict):
    """This tool searches the web for relevant results to use in a response.

    Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search).
    """

    type: Literal["web_search_preview", "web_search_preview_2025_03_11"]
    """The type of the web search tool.

    One of `web_search_preview` or `web_search_preview_2025_03_11`.
    """

    search_content_types: NotRequired[List[SearchContentTypeParam]]
    search_context_size: NotRequired[SearchContextSizeParam]
    """
    High level guidance for the amount of context window space to use for the
    search. One of `low`, `medium`, or `high`. `medium` is the default.
    """

    user_location: NotRequired[Optional[ApproximateLocationParam]]
