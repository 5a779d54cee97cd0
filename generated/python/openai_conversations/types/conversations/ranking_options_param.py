# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import TypedDict

from typing_extensions import NotRequired

from .hybrid_search_options_param import HybridSearchOptionsParam
from .ranker_version_type_param import RankerVersionTypeParam

__all__ = ["RankingOptionsParam"]


class RankingOptionsParam(TypedDict):
    hybrid_search: NotRequired[HybridSearchOptionsParam]
    """
    Weights that control how reciprocal rank fusion balances semantic embedding
    matches versus sparse keyword matches when hybrid search is enabled.
    """

    ranker: NotRequired[RankerVersionTypeParam]
    """The ranker to use for the file search."""

    score_threshold: NotRequired[float]
    """The score threshold for the file search, a number between 0 and 1.

    Numbers closer to 1 will attempt to return only the most relevant results, but
    may return fewer results.
    """
