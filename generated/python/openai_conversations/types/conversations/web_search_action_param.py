# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .web_search_find_action_param import WebSearchFindActionParam
from .web_search_open_page_action_param import WebSearchOpenPageActionParam
from .web_search_search_action_param import WebSearchSearchActionParam

__all__ = ["WebSearchActionParam"]


WebSearchActionParam: TypeAlias = Union[
    WebSearchSearchActionParam,
    WebSearchOpenPageActionParam,
    WebSearchFindActionParam,
]
"""
An action taken during a web search call (search, open_page or find_in_page).
"""
