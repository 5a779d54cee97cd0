# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["UrlCitationAnnotation"]


class UrlCitationAnnotation(BaseModel):
    """A citation of a web resource."""

    end_index: int
    """The index of the last character of the citation in the text."""

    start_index: int
    """The index of the first character of the citation in the text."""

    title: str
    """The title of the web resource."""

    type: Literal["url_citation"]
    """The annotation type, always `url_citation`."""

    url: str
    """The URL of the web resource."""
