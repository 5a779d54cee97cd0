# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

__all__ = ["WebSearchOpenPageActionParam"]


class WebSearchOpenPageActionParam(TypedDict):
    """Opening a specific URL from the search results."""

    type: Literal["open_page"]
    """The action type, always `open_page`."""

    url: NotRequired[Optional[str]]
    """The URL opened by the model."""
