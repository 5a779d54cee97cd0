# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Dict, Optional, Union

from ..._models import BaseModel

__all__ = ["FileSearchResult"]


class FileSearchResult(BaseModel):
    """A chunk of a file returned by a file search."""

    attributes: Optional[Dict[str, Union[str, float, bool]]] = None
    """
    Up to 16 key-value attributes attached to the file; values are strings (up to
    512 characters), numbers or booleans.
    """

    file_id: Optional[str] = None
    """The ID of the file."""

    filename: Optional[str] = None
    """The name of the file."""

    score: Optional[float] = None
    """The relevance score of the result, between 0 and 1."""

    text: Optional[str] = None
    """The text retrieved from the file."""
