# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["WebSearchFindActionParam"]


class WebSearchFindActionParam(TypedDict):
    """Searching for a pattern within a loaded page."""

    pattern: str
    """The pattern or text searched for within the page."""

    type: Literal["find_in_page"]
    """The action type, always `find_in_page`."""

    url: str
    """The URL of the page searched."""
