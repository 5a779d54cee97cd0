# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: page classes, auto-pagination and the async paginator."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple, Union, Generic, Literal, TypeVar, Optional, cast
from functools import cached_property

import httpx2
import pytest
from pydantic import Field
from typing_extensions import Annotated, TypeAliasType

from openai_conversations import Client, AsyncClient, Omit, NotGiven, omit, not_given
from openai_conversations._types import Body, Query, Headers
from openai_conversations._utils import path_template
from openai_conversations._models import BaseModel
from openai_conversations._construct import construct_type
from openai_conversations._response import to_raw_response_wrapper, async_to_raw_response_wrapper
from openai_conversations._resource import SyncAPIResource, AsyncAPIResource
from openai_conversations._pagination import (
    PageInfo,
    BasePage,
    BaseSyncPage,
    AsyncPaginator,
    BaseAsyncPage,
    items_body,
    next_link,
    next_counted,
)
from openai_conversations._base_client import make_request_options
from openai_conversations import pagination as package_pagination

_T = TypeVar("_T")
RAW_HEADER = f"{Client._header_prefix}-Raw-Response"


class SyncConversationCursorPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
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


class Message(BaseModel):
    id: str
    type: Literal["message"]


class FunctionCall(BaseModel):
    id: str
    type: Literal["function_call"]


ConversationItem = TypeAliasType(
    "ConversationItem", Annotated[Union[Message, FunctionCall], Field(discriminator="type")]
)


class Items(SyncAPIResource):
    def list(
        self,
        conversation_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[ConversationItem]:
        return self._get_api_list(
            path_template("/conversations/{conversation_id}/items", conversation_id=conversation_id),
            page=SyncConversationCursorPage[ConversationItem],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
            ),
            model=cast(Any, ConversationItem),
        )

    @cached_property
    def with_raw_response(self) -> ItemsWithRawResponse:
        return ItemsWithRawResponse(self)


class ItemsWithRawResponse:
    def __init__(self, items: Items) -> None:
        self.list = to_raw_response_wrapper(items.list)


class AsyncItems(AsyncAPIResource):
    def list(
        self,
        conversation_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ConversationItem, AsyncConversationCursorPage[ConversationItem]]:
        return self._get_api_list(
            path_template("/conversations/{conversation_id}/items", conversation_id=conversation_id),
            page=AsyncConversationCursorPage[ConversationItem],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
            ),
            model=cast(Any, ConversationItem),
        )


class Server:
    """Three items over two pages, keyed by the `after` cursor."""

    def __init__(self) -> None:
        self.requests: List[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        after = request.url.params.get("after")
        if after in (None, "start"):
            page: Dict[str, Any] = {
                "data": [{"id": "msg_1", "type": "message"}, {"id": "msg_2", "type": "function_call"}],
                "has_more": True,
                "last_id": "msg_2",
                "first_id": "msg_1",
                "object": "list",
            }
            return httpx2.Response(200, json=page, headers={"x-request-id": "req_p1"})
        page = {"data": [{"id": "msg_3", "type": "brand_new"}], "has_more": False, "last_id": "msg_3"}
        return httpx2.Response(200, json=page, headers={"x-request-id": "req_p2"})

    @property
    def urls(self) -> List[str]:
        return [str(request.url) for request in self.requests]


BASE = "http://localhost/v1/conversations/c/items"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def items(server: Server) -> Items:
    http = httpx2.Client(transport=httpx2.MockTransport(server))
    return Items(Client(api_key="My API Key", base_url="http://localhost/v1", http_client=http))


@pytest.fixture
def async_items(server: Server) -> AsyncItems:
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(server))
    return AsyncItems(AsyncClient(api_key="My API Key", base_url="http://localhost/v1", http_client=http))


def test_first_page(items: Items, server: Server) -> None:
    page = items.list("c", limit=2, order="asc")
    assert isinstance(page, SyncConversationCursorPage)
    assert [type(item).__name__ for item in page.data] == ["Message", "FunctionCall"]
    assert page.has_more is True and page.last_id == "msg_2"
    assert page.model_extra == {"first_id": "msg_1", "object": "list"}
    assert page._request_id == "req_p1"
    assert server.urls == [f"{BASE}?limit=2&order=asc"]


def test_iterating_a_page_walks_every_page(items: Items, server: Server) -> None:
    page = items.list("c", limit=2, order="asc")
    assert [item.id for item in page] == ["msg_1", "msg_2", "msg_3"]
    assert server.urls == [f"{BASE}?limit=2&order=asc", f"{BASE}?limit=2&order=asc&after=msg_2"]


def test_next_page_replaces_the_cursor_in_place(items: Items, server: Server) -> None:
    page = items.list("c", after="start", limit=2)
    following = page.get_next_page()
    assert server.urls[-1] == f"{BASE}?after=msg_2&limit=2"
    assert following._request_id == "req_p2"
    assert [item.id for item in following.data] == ["msg_3"] and type(following.data[0]).__name__ == "Message"


def test_next_page_keeps_extra_headers_and_query(items: Items, server: Server) -> None:
    page = items.list("c", extra_headers={"X-Trace": "1"}, extra_query={"v": "2"})
    page.get_next_page()
    assert server.urls[-1] == f"{BASE}?v=2&after=msg_2"
    assert server.requests[-1].headers["x-trace"] == "1"


def test_iter_pages(items: Items, server: Server) -> None:
    pages = list(items.list("c").iter_pages())
    assert [[item.id for item in p.data] for p in pages] == [["msg_1", "msg_2"], ["msg_3"]]
    assert not pages[-1].has_next_page()


def test_a_cursor_the_server_does_not_advance_ends_the_list() -> None:
    # The server answers every page with the same `last_id`: the official SDK pages on forever.
    requests: List[httpx2.Request] = []

    def stuck(request: httpx2.Request) -> httpx2.Response:
        requests.append(request)
        return httpx2.Response(
            200, json={"data": [{"id": "msg_1", "type": "message"}], "has_more": True, "last_id": "msg_1"}
        )

    http = httpx2.Client(transport=httpx2.MockTransport(stuck))
    stuck_items = Items(Client(api_key="My API Key", base_url="http://localhost/v1", http_client=http))
    assert [item.id for item in stuck_items.list("c")] == ["msg_1", "msg_1"]
    assert [r.url.params.get("after") for r in requests] == [None, "msg_1"]  # the second page repeats itself
    again = stuck_items.list("c", after="msg_1")
    assert not again.has_next_page() and [item.id for item in again] == ["msg_1"]


def test_get_next_page_without_a_cursor_raises(items: Items) -> None:
    page = items.list("c").get_next_page()
    assert page.last_id == "msg_3"
    page.last_id = None
    with pytest.raises(RuntimeError) as info:
        page.get_next_page()
    assert str(info.value) == (
        "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."
    )


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"has_more": True, "last_id": None, "data": [{"id": "a"}]}, False),
        ({"last_id": "m", "data": [{"id": "a"}]}, True),
        ({"has_more": None, "last_id": "m", "data": [{"id": "a"}]}, True),
        ({"has_more": True, "last_id": "m", "data": []}, False),
        ({"has_more": False, "last_id": "m", "data": [{"id": "a"}]}, False),
        ({"has_more": True, "last_id": "", "data": [{"id": "a"}]}, False),
    ],
)
def test_has_next_page_truth_table(fields: Dict[str, Any], expected: bool) -> None:
    page = SyncConversationCursorPage[ConversationItem].model_construct(**fields)
    assert page.has_next_page() is expected


@pytest.mark.parametrize(
    "sent, read", [("false", False), ("true", True), ("0", False), (1, True), ("perhaps", "perhaps")]
)
def test_has_more_of_another_kind_is_read_as_the_official_sdk_reads_it(sent: object, read: object) -> None:
    # A server sending `"has_more": "false"` must not be paged on forever.
    page = construct_type(
        SyncConversationCursorPage[ConversationItem], {"has_more": sent, "last_id": "m", "data": [{"id": "a"}]}
    )
    assert isinstance(page, SyncConversationCursorPage)
    assert page.has_more == read and type(page.has_more) is type(read)
    assert page.has_next_page() is (read is not False)


def test_raw_list_response_parses_into_a_working_page(items: Items, server: Server) -> None:
    response = items.with_raw_response.list("c", limit=2)
    assert server.requests[0].headers[RAW_HEADER] == "true"
    page = response.parse()
    assert isinstance(page, SyncConversationCursorPage) and page._request_id == "req_p1"
    assert [item.id for item in page] == ["msg_1", "msg_2", "msg_3"]
    assert RAW_HEADER.lower() not in server.requests[-1].headers


def test_strict_pages_validate_items(server: Server) -> None:
    http = httpx2.Client(transport=httpx2.MockTransport(server))
    items = Items(
        Client(api_key="My API Key", base_url="http://localhost/v1", http_client=http, _strict_response_validation=True)
    )
    page = items.list("c")
    assert [type(item).__name__ for item in page.data] == ["Message", "FunctionCall"]
    from openai_conversations import APIResponseValidationError

    with pytest.raises(APIResponseValidationError):
        page.get_next_page()  # the second page has an unknown item type


# -- async ---------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_paginator_awaits_to_the_first_page(async_items: AsyncItems, server: Server) -> None:
    paginator = async_items.list("c", limit=2)
    assert isinstance(paginator, AsyncPaginator) and server.requests == []
    page = await paginator
    assert isinstance(page, AsyncConversationCursorPage)
    assert [item.id for item in page.data] == ["msg_1", "msg_2"] and page._request_id == "req_p1"
    assert server.urls == [f"{BASE}?limit=2"]


@pytest.mark.anyio
async def test_async_for_over_the_paginator_walks_every_page(async_items: AsyncItems, server: Server) -> None:
    ids = [item.id async for item in async_items.list("c", limit=2)]
    assert ids == ["msg_1", "msg_2", "msg_3"]
    assert server.urls == [f"{BASE}?limit=2", f"{BASE}?limit=2&after=msg_2"]


@pytest.mark.anyio
async def test_async_page_iteration_and_next_page(async_items: AsyncItems, server: Server) -> None:
    page = await async_items.list("c")
    assert [item.id async for item in page] == ["msg_1", "msg_2", "msg_3"]
    following = await page.get_next_page()
    assert following.last_id == "msg_3" and not following.has_next_page()
    pages = [p async for p in page.iter_pages()]
    assert len(pages) == 2
    following.last_id = None
    with pytest.raises(RuntimeError, match="No next page expected"):
        await following.get_next_page()


@pytest.mark.anyio
async def test_async_raw_list_response(async_items: AsyncItems, server: Server) -> None:
    response = await async_to_raw_response_wrapper(async_items.list)("c")
    page = response.parse()
    assert isinstance(page, AsyncConversationCursorPage)
    assert [item.id async for item in page] == ["msg_1", "msg_2", "msg_3"]
    assert server.requests[0].headers[RAW_HEADER] == "true" and RAW_HEADER not in server.requests[1].headers


# -- next-page rules of the other schemes ------------------------------------------------------


@pytest.mark.parametrize(
    "header, expected",
    [
        ('<https://a.test/x?page=2>; rel="next", <https://a.test/x?page=9>; rel="last"', "https://a.test/x?page=2"),
        ('<https://a.test/x?page=1>; rel="prev", <https://a.test/x?page=3>; rel=next', "https://a.test/x?page=3"),
        ('<https://a.test/x?page=3>; title="n"; rel="prefetch next"', "https://a.test/x?page=3"),
        ('<https://a.test/x?page=1>; rel="prev"', None),
        ("", None),
        (None, None),
    ],
)
def test_next_link_reads_the_rel_next_link(header: Optional[str], expected: Optional[str]) -> None:
    assert next_link(header) == expected


@pytest.mark.parametrize(
    "params, received, total, numbered, expected",
    [
        ({}, 3, None, False, {"offset": 3}),  # no size asked for: only an empty page ends the list
        ({"offset": 4, "limit": 2}, 2, None, False, {"offset": 6}),
        ({"offset": "4", "limit": "2"}, 2, None, False, {"offset": 6}),
        ({"offset": 4, "limit": 2}, 1, None, False, None),  # a short page is the last
        ({"offset": 4, "limit": 2}, 2, 6, False, None),  # the total is reached
        ({"offset": 2, "limit": 2}, 2, 6, False, {"offset": 4}),
        ({}, 3, None, True, {"offset": 2}),  # the first page is page 1
        ({"offset": 0, "limit": 3}, 3, None, True, {"offset": 1}),
        ({"offset": 2, "limit": 3}, 3, 6, True, None),
        ({"offset": 2, "limit": 3}, 2, None, True, None),
        ({"offset": 2}, 3, 6, True, {"offset": 3}),  # without a size the total cannot be counted in pages
    ],
)
def test_next_counted_advances_or_stops(
    params: Dict[str, object], received: int, total: Optional[int], numbered: bool, expected: Optional[Dict[str, int]]
) -> None:
    info = next_counted(params, "offset", "limit", received, total, numbered=numbered)
    assert (info.params if info else None) == expected


def test_items_body_wraps_an_array_and_adds_the_link() -> None:
    headers = httpx2.Headers({"Link": '<https://a.test/p2>; rel="next"'})
    assert items_body([1, 2], "items", headers, link=False) == {"items": [1, 2]}
    assert items_body([1], "items", headers, link=True) == {"items": [1], "next_url": "https://a.test/p2"}
    assert items_body({"rows": [1]}, "rows", httpx2.Headers(), link=True) == {"rows": [1], "next_url": None}
    assert repr(PageInfo(url="https://a.test/p2")) == "PageInfo(url='https://a.test/p2')"


# -- the package's own page classes --------------------------------------------------------------

# Each page class of the package with five items served its way over three pages:
# (placeholder of the base URL, the first query, each reply's body and headers, the requests).
PACKAGE_PAGES: List[Tuple[Any, Any, Tuple[Any, ...]]] = [
    (
        package_pagination.SyncConversationCursorPage,
        package_pagination.AsyncConversationCursorPage,
        (
            "{base}",
            "{}",
            (
                ('{"data": [{"id": "i1"}, {"id": "i2"}], "has_more": true, "last_id": "c2"}', ()),
                ('{"data": [{"id": "i3"}, {"id": "i4"}], "has_more": true, "last_id": "c3"}', ()),
                ('{"data": [{"id": "i5"}], "has_more": false, "last_id": null}', ()),
            ),
            ("/things", "/things?after=c2", "/things?after=c3"),
        ),
    ),
]
PAGES_BASE = "http://localhost/v1"
EVERY_THING = ["i1", "i2", "i3", "i4", "i5"]


class Thing(BaseModel):
    id: str


class ScriptedPages:
    """Answers the n-th request with the n-th reply of a script (the last one repeating)."""

    def __init__(self, placeholder: str, replies: Tuple[Any, ...]) -> None:
        self.placeholder = placeholder
        self.replies = replies
        self.requests: List[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        body, headers = self.replies[min(len(self.requests), len(self.replies)) - 1]
        sent = {name: value.replace(self.placeholder, PAGES_BASE) for name, value in headers}
        sent["content-type"] = "application/json"
        return httpx2.Response(200, content=body.replace(self.placeholder, PAGES_BASE).encode(), headers=sent)

    def targets(self) -> List[str]:
        return [str(request.url)[len(PAGES_BASE) :] for request in self.requests]


@pytest.mark.parametrize("sync_page, async_page, script", PACKAGE_PAGES)
def test_the_package_pages_walk_every_page(sync_page: Any, async_page: Any, script: Tuple[Any, ...]) -> None:
    placeholder, query, replies, targets = script
    server = ScriptedPages(placeholder, replies)
    http = httpx2.Client(transport=httpx2.MockTransport(server))
    client = Client(api_key="My API Key", base_url=PAGES_BASE, http_client=http, max_retries=0)
    page = client.get_api_list("/things", model=Thing, page=sync_page[Thing], options={"params": json.loads(query)})
    assert [thing.id for thing in page] == EVERY_THING
    assert server.targets() == list(targets)


@pytest.mark.anyio
@pytest.mark.parametrize("sync_page, async_page, script", PACKAGE_PAGES)
async def test_the_package_pages_walk_every_page_async(
    sync_page: Any, async_page: Any, script: Tuple[Any, ...]
) -> None:
    placeholder, query, replies, targets = script
    server = ScriptedPages(placeholder, replies)
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(server))
    client = AsyncClient(api_key="My API Key", base_url=PAGES_BASE, http_client=http, max_retries=0)
    paginator = client.get_api_list(
        "/things", model=Thing, page=async_page[Thing], options={"params": json.loads(query)}
    )
    assert [thing.id async for thing in paginator] == EVERY_THING
    assert server.targets() == list(targets)
