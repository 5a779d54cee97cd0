# Runtime file copied verbatim by sdkgen. Do not edit.
"""Page iteration. Concrete page classes (generated) say where the items are and how
to ask for the next page; everything else lives here:

* ``for item in page`` walks every item of every page (fetching lazily);
* ``page.iter_pages()`` yields this page, then each next page;
* ``page.has_next_page()`` is False without items, else ``next_page_info() is not None``;
* ``page.get_next_page()`` re-sends the original request with the raw-response header
  removed and ``params = {**original_params, **next_page_info().params}``, or, when
  ``next_page_info()`` gives a ``url`` (a next-page link), requests that URL as given
  (resolved against the base URL) with no parameters of its own.

A page class whose items are the response body itself (a JSON array), or that reads the
``Link`` header, reshapes the body before it is built (``_page_body``). The helpers at the
end compute the next page of offset, page-number and link pages.

The async client returns an ``AsyncPaginator``: ``await`` it for the first page, or
``async for`` over every item.
"""

from __future__ import annotations

import re
from typing import (
    TYPE_CHECKING,
    Any,
    Type,
    Generic,
    Mapping,
    TypeVar,
    Iterable,
    Iterator,
    Optional,
    Generator,
    AsyncIterator,
)

import httpx2
from pydantic import PrivateAttr

from ._types import Query
from ._models import BaseModel
from ._request import FinalRequestOptions

if TYPE_CHECKING:
    from ._base_client import SyncAPIClient, AsyncAPIClient

__all__ = [
    "AsyncPaginator",
    "BaseAsyncPage",
    "BasePage",
    "BaseSyncPage",
    "PageInfo",
    "items_body",
    "next_counted",
    "next_link",
]

_T = TypeVar("_T")
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")

_NEXT_PAGE_ERROR = "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."


class PageInfo:
    """The query parameters that select the next page, or the next page's URL."""

    def __init__(self, *, params: Optional[Query] = None, url: Optional[str] = None) -> None:
        self.params: Query = params or {}
        self.url = url

    def __repr__(self) -> str:
        if self.url is not None:
            return f"{self.__class__.__name__}(url={self.url!r})"
        return f"{self.__class__.__name__}(params={self.params})"


class BasePage(BaseModel, Generic[_T]):
    """A page of ``_T`` items."""

    _options: FinalRequestOptions = PrivateAttr()
    _model: Any = PrivateAttr()
    _client: Any = PrivateAttr()

    def has_next_page(self) -> bool:
        """False when this page has no items, else whether ``next_page_info()`` is set and
        leads to another page: a cursor the server did not advance (the next request would
        fetch this page again) ends the list, where the official SDK pages on forever."""
        if not self._get_page_items():
            return False
        info = self.next_page_info()
        return info is not None and not self._repeats(info)

    def _repeats(self, info: PageInfo) -> bool:
        """Whether ``info`` selects the page this one was fetched as: the request
        ``get_next_page`` would send has this page's URL (and, for a cursor in the query,
        its query)."""
        options: Optional[FinalRequestOptions] = (self.__pydantic_private__ or {}).get("_options")
        if options is None:  # a page built by hand: nothing to compare with
            return False
        following = self._info_to_options(info)
        prepare_url = self._client._prepare_url
        same_url: bool = prepare_url(following.url) == prepare_url(options.url)
        return same_url and (info.url is not None or following.params == options.params)

    def next_page_info(self) -> Optional[PageInfo]:
        """Where the next page is; ``None`` when this is the last page."""
        return None

    def _get_page_items(self) -> Iterable[_T]:
        return []

    @classmethod
    def _page_body(cls, body: object, headers: httpx2.Headers) -> object:
        """The decoded response ``body`` as this page class reads it (unchanged here)."""
        return body

    def _info_to_options(self, info: PageInfo) -> FinalRequestOptions:
        options = self._options.copy()
        raw_header = self._client._raw_header
        options.headers = {name: value for name, value in options.headers.items() if name.lower() != raw_header}
        if info.url is not None:
            options.url = str(self._client._base_url.join(info.url))
            options.params = {}
        else:
            options.params = {**options.params, **info.params}
        options.post_parser = None
        return options

    def _attach(self, client: Any, model: Any, options: FinalRequestOptions) -> None:
        object.__setattr__(
            self,
            "__pydantic_private__",
            {"_client": client, "_model": model, "_options": options},
        )


class BaseSyncPage(BasePage[_T], Generic[_T]):
    """A page fetched with the blocking client."""

    _client: SyncAPIClient = PrivateAttr()

    def _set_private_attributes(self, *, client: SyncAPIClient, model: Type[_T], options: FinalRequestOptions) -> None:
        self._attach(client, model, options)

    def __iter__(self) -> Iterator[_T]:  # type: ignore[override]
        for page in self.iter_pages():
            yield from page._get_page_items()

    def iter_pages(self: SyncPageT) -> Iterator[SyncPageT]:
        """This page, then every following page (fetched lazily)."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def get_next_page(self: SyncPageT) -> SyncPageT:
        """Fetch the page after this one (``RuntimeError`` when there is none)."""
        info = self.next_page_info()
        if not info:
            raise RuntimeError(_NEXT_PAGE_ERROR)
        options = self._info_to_options(info)
        return self._client._request_api_list(self._model, page=self.__class__, options=options)


class BaseAsyncPage(BasePage[_T], Generic[_T]):
    """A page fetched with the async client."""

    _client: AsyncAPIClient = PrivateAttr()

    def _set_private_attributes(self, *, client: AsyncAPIClient, model: Type[_T], options: FinalRequestOptions) -> None:
        self._attach(client, model, options)

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    async def iter_pages(self: AsyncPageT) -> AsyncIterator[AsyncPageT]:
        """This page, then every following page (fetched lazily)."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def get_next_page(self: AsyncPageT) -> AsyncPageT:
        """Fetch the page after this one (``RuntimeError`` when there is none)."""
        info = self.next_page_info()
        if not info:
            raise RuntimeError(_NEXT_PAGE_ERROR)
        options = self._info_to_options(info)
        return await self._client._request_api_list(self._model, page=self.__class__, options=options)


class AsyncPaginator(Generic[_T, AsyncPageT]):
    """What an async list method returns before it is awaited."""

    def __init__(
        self,
        client: AsyncAPIClient,
        options: FinalRequestOptions,
        page_cls: Type[AsyncPageT],
        model: Type[_T],
    ) -> None:
        self._client = client
        self._options = options
        self._page_cls = page_cls
        self._model = model

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._get_page().__await__()

    async def _get_page(self) -> AsyncPageT:
        def attach(page: AsyncPageT) -> AsyncPageT:
            """Give the parsed page what it needs to fetch the next one."""
            page._set_private_attributes(client=self._client, model=self._model, options=self._options)
            return page

        self._options.post_parser = attach
        return await self._client.request(self._page_cls, self._options)

    async def __aiter__(self) -> AsyncIterator[_T]:
        page: AsyncPageT = await self
        async for item in page:
            yield item


def items_body(body: object, items: str, headers: httpx2.Headers, link: bool) -> object:
    """``body`` for a page class: a JSON array becomes ``{items: body}``; with ``link``,
    the ``Link`` header's next URL is added as ``next_url``."""
    fields = {items: body} if isinstance(body, list) else body
    if link and isinstance(fields, dict):
        return {**fields, "next_url": next_link(headers.get("link"))}
    return fields


_LINK = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]+)*)")
_REL_NEXT = re.compile(r';\s*rel\s*=\s*"?([^";]*)"?', re.IGNORECASE)


def next_link(header: Optional[str]) -> Optional[str]:
    """The URL of the RFC 8288 ``Link`` header's ``rel="next"`` link, or None."""
    for match in _LINK.finditer(header or ""):
        for rel in _REL_NEXT.findall(match.group(2)):
            if "next" in rel.lower().split():
                return match.group(1)
    return None


def _int(value: object) -> Optional[int]:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def next_counted(
    params: Mapping[str, object],
    param: str,
    size: str,
    received: int,
    total: Optional[int],
    *,
    numbered: bool,
) -> Optional[PageInfo]:
    """The page after this one, ``received`` items long, of an offset (``param`` counts
    items, from 0) or ``numbered`` list (``param`` counts pages, from 1): None after a page
    shorter than the ``size`` the request asked for, or once ``total`` items are reached.
    """
    given = _int(params.get(param))
    per_page = _int(params.get(size)) if size else None
    if per_page is not None and received < per_page:
        return None
    if numbered:
        page = 1 if given is None else given
        following, reached = page + 1, page * per_page if per_page else None
    else:
        following = (given or 0) + received
        reached = following
    if total is not None and reached is not None and reached >= total:
        return None
    return PageInfo(params={param: following})
