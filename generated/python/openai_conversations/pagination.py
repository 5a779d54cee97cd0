# File generated from conversations.yaml by sdkgen. Do not edit.
"""Page classes of the API's paginated lists; iteration itself lives in `_pagination`."""

from typing import Generic, List, Optional, TypeVar

from ._pagination import BaseAsyncPage, BasePage, BaseSyncPage, PageInfo

__all__ = [
    "SyncConversationCursorPage",
    "AsyncConversationCursorPage",
]


_T = TypeVar("_T")


class SyncConversationCursorPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    """A page of `data`; the next page is requested with `after` set to the response's `last_id`."""

    data: List[_T]
    has_more: Optional[bool] = None
    last_id: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        if not self.last_id:
            return None
        return PageInfo(params={"after": self.last_id})


class AsyncConversationCursorPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    """A page of `data`; the next page is requested with `after` set to the response's `last_id`."""

    data: List[_T]
    has_more: Optional[bool] = None
    last_id: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        if not self.last_id:
            return None
        return PageInfo(params={"after": self.last_id})
