# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Optional, TypedDict

from typing_extensions import NotRequired

__all__ = ["WebSearchToolFiltersParam"]


class WebSearchToolFiltersParam(TypedDict):
    """Filters for the search."""

    allowed_domains: NotRequired[Optional[List[str]]]
