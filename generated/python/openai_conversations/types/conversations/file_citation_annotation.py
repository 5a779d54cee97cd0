# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["FileCitationAnnotation"]


class FileCitationAnnotation(BaseModel):
    """A citation to a file."""

    file_id: str
    """The ID of the file."""

    filename: str
    """The name of the file cited."""

    index: int
    """The index of the file in the list of files."""

    type: Literal["file_citation"]
    """The annotation type, always `file_citation`."""
