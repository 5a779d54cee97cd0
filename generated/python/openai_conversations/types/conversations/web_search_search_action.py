# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Annotated, List, Literal, Optional

from pydantic import Field

from ..._models import BaseModel
from .web_search_source import WebSearchSource

__all__ = ["WebSearchSearchAction"]


class WebSearchSearchAction(BaseModel):
    """A web search query."""

    type: Literal["search"]
    """The action type, always `search`."""

    queries: Optional[List[str]] = None
    """The search queries."""

    query: Annotated[Optional[str], Field(deprecated=True)] = None
    """The search query (deprecated; use `queries`)."""

    sources: Optional[List[WebSearchSource]] = None
    """
    The sources used in the search; only present when
    `web_search_call.action.sources` is included.
    """
