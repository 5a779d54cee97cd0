# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Dict, Optional, TypedDict, Union

from typing_extensions import NotRequired

__all__ = ["FileSearchResultParam"]


class FileSearchResultParam(TypedDict):
    """A chunk of a file returned by a file search."""

    attributes: NotRequired[Optional[Dict[str, Union[str, float, bool]]]]
    """
    Up to 16 key-value attributes attached to the file; values are strings (up to
    512 characters), numbers or booleans.
    """

    file_id: NotRequired[str]
    """The ID of the file."""

    filename: NotRequired[str]
    """The name of the file."""

    score: NotRequired[float]
    """The relevance score of the result, between 0 and 1."""

    text: NotRequired[str]
    """The text retrieved from the file."""
