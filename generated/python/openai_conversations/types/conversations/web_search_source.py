# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["WebSearchSource"]


class WebSearchSource(BaseModel):
    """A source used in a web search."""

    type: Literal["url"]
    """The source type, always `url`."""

    url: str
    """The URL of the source."""
