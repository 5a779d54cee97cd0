# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ContainerFileCitationAnnotation"]


class ContainerFileCitationAnnotation(BaseModel):
    """A citation of a file in a container."""

    container_id: str
    """The ID of the container."""

    end_index: int
    """The index of the last character of the citation in the text."""

    file_id: str
    """The ID of the file."""

    filename: str
    """The name of the file cited."""

    start_index: int
    """The index of the first character of the citation in the text."""

    type: Literal["container_file_citation"]
    """The annotation type, always `container_file_citation`."""
