# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .file_search_result import FileSearchResult

__all__ = ["FileSearchToolCall"]


class FileSearchToolCall(BaseModel):
    """A file search tool call and, if included, its results."""

    id: str
    """The unique ID of the file search tool call."""

    queries: List[str]
    """The queries used to search for files."""

    status: Literal["in_progress", "searching", "completed", "incomplete", "failed"]
    """The status of the file search tool call."""

    type: Literal["file_search_call"]
    """The item type, always `file_search_call`."""

    results: Optional[List[FileSearchResult]] = None
    """The search results; only present when `file_search_call.results` is included."""
