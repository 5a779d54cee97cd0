# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["WebSearchOpenPageAction"]


class WebSearchOpenPageAction(BaseModel):
    """Opening a specific URL from the search results."""

    type: Literal["open_page"]
    """The action type, always `open_page`."""

    url: Optional[str] = None
    """The URL opened by the model."""
