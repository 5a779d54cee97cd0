# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["WebSearchSourceParam"]


class WebSearchSourceParam(TypedDict):
    """A source used in a web search."""

    type: Literal["url"]
    """The source type, always `url`."""

    url: str
    """The URL of the source."""
