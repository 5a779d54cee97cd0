# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .file_search_result_param import FileSearchResultParam

__all__ = ["FileSearchToolCallParam"]


class FileSearchToolCallParam(TypedDict):
    """A file search tool call and, if included, its results."""

    id: str
    """The unique ID of the file search tool call."""

    queries: List[str]
    """The queries used to search for files."""

    status: Literal["in_progress", "searching", "completed", "incomplete", "failed"]
    """The status of the file search tool call."""

    type: Literal["file_search_call"]
    """The item type, always `file_search_call`."""

    results: NotRequired[Optional[List[FileSearchResultParam]]]
    """The search results; only present when `file_search_call.results` is included."""
