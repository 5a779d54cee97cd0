# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field
from typing_extensions import TypeAliasType

from .web_search_find_action import WebSearchFindAction
from .web_search_open_page_action import WebSearchOpenPageAction
from .web_search_search_action import WebSearchSearchAction

__all__ = ["WebSearchAction"]


WebSearchAction = TypeAliasType(
    "WebSearchAction",
    Annotated[Union[WebSearchSearchAction, WebSearchOpenPageAction, WebSearchFindAction], Field(discriminator="type")],
)
"""
An action taken during a web search call (search, open_page or find_in_page).
"""
