# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .filters_param import FiltersParam
from .ranking_options_param import RankingOptionsParam

__all__ = ["FileSearchToolParam"]


class FileSearchToolParam(TypedDict):
    """A tool that searches for relevant content from uploaded files.

    Learn more about the [file search tool](https://platform.openai.com/docs/guides/tools-file-search).
    """

    type: Literal["file_search"]
    """The type of the file search tool. Always `file_search`."""

    vector_store_ids: List[str]
    """The IDs of the vector stores to search."""

    filters: NotRequired[Optional[FiltersParam]]
    max_num_results: NotRequired[int]
    """The maximum number of results to return.

    This number should be between 1 and 50 inclusive.
    """

    ranking_options: NotRequired[RankingOptionsParam]
    """Ranking options for search."""
