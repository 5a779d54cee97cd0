# File generated from conversations.yaml by sdkgen. Do not edit.
"""Fixtures: clients wired to an in-process transport that records every request.

Also the shared body of every resource's tests: a resource's test module lists one `Case`
per method (its inputs, the reply, the request that must go out) and a test class that
inherits `ResourceTests`; each test here runs once per case, sync and async.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Dict, List, Tuple, Callable, Optional, Awaitable

import httpx2
import pytest

from openai_conversations import AsyncOpenAI, OpenAI
from openai_conversations._binary import BinaryResponseContent

BASE_URL = "http://127.0.0.1:4010"


class Server:
    """Answers every request with the configured JSON reply and keeps the requests."""

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []
        self.body = b"{}"
        self.status = 200
        self.content_type = "application/json"

    def reply(self, body: object, status: int = 200) -> None:
        self.body = json.dumps(body).encode()
        self.status = status
        self.content_type = "application/json"

    def reply_bytes(self, body: bytes, content_type: str = "application/octet-stream") -> None:
        self.body = body
        self.status = 200
        self.content_type = content_type

    def reply_events(self, events: List[object]) -> None:
        """Answer with server-sent events, one per item, then the `[DONE]` sentinel."""
        lines = [f"data: {json.dumps(event)}\n\n" for event in events]
        self.reply_bytes("".join([*lines, "data: [DONE]\n\n"]).encode(), "text/event-stream")

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        return httpx2.Response(self.status, content=self.body, headers={"content-type": self.content_type})

    @property
    def last(self) -> httpx2.Request:
        assert self.requests, "no request was sent"
        return self.requests[-1]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def client(server: Server) -> Iterator[OpenAI]:
    transport = httpx2.MockTransport(server.handle)
    with OpenAI(
        api_key="My API Key", base_url=BASE_URL, max_retries=0, http_client=httpx2.Client(transport=transport)
    ) as sdk:
        yield sdk


@pytest.fixture
def async_client(server: Server) -> AsyncOpenAI:
    transport = httpx2.MockTransport(server.handle)
    return AsyncOpenAI(
        api_key="My API Key", base_url=BASE_URL, max_retries=0, http_client=httpx2.AsyncClient(transport=transport)
    )


def form_names(request: httpx2.Request) -> List[str]:
    """The top-level field names of a multipart request (`tags[]` counts as `tags`)."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    names = {str(part.get_param("name", header="content-disposition")).split("[")[0] for part in message.iter_parts()}
    return sorted(names)


@dataclass(frozen=True)
class PathCase:
    """A call with one path argument empty, and the error it must raise."""

    args: Dict[str, Any]
    message: str


@dataclass(frozen=True)
class Case:
    """One method under test: its inputs, the server's reply, and the request expected.

    `call_all`/`acall_all` call the method with every argument, spelled out so that the
    type checker checks the method's signature; `args` are the required arguments.
    """

    method: str
    http: str
    path: str
    args: Dict[str, Any]
    call_all: Callable[[OpenAI], object]
    acall_all: Callable[[AsyncOpenAI], Awaitable[object]]
    reply: object = None
    returns: Optional[type] = None
    pages: Optional[Tuple[type, type]] = None
    returns_none: bool = False
    binary: bool = False
    query_all: List[Tuple[str, str]] = field(default_factory=list)
    body: object = None
    body_all: object = None
    form_all: Optional[List[str]] = None
    headers_all: Dict[str, str] = field(default_factory=dict)
    stream_reply: object = None
    stream_returns: Optional[type] = None
    path_cases: Tuple[PathCase, ...] = ()
    content: Optional[bytes] = None
    content_all: Optional[bytes] = None
    content_type: Optional[str] = None

    def answer(self, server: Server) -> None:
        if self.binary:
            server.reply_bytes(b"raw body bytes")
        else:
            server.reply(self.reply)

    def check(self, result: object, aio: bool) -> None:
        if self.pages is not None:
            assert isinstance(result, self.pages[aio])
            if self.returns is not None:
                assert all(isinstance(item, self.returns) for item in getattr(result, "_get_page_items")())
        elif self.binary:
            assert isinstance(result, BinaryResponseContent)
            assert result.content == b"raw body bytes"
        elif self.returns is not None:
            assert isinstance(result, self.returns)
        elif self.returns_none:
            assert result is None

    def check_request(self, request: httpx2.Request, *, every_argument: bool) -> None:
        assert request.method == self.http
        assert request.url.path == self.path
        body = self.body_all if every_argument else self.body
        if body is not None:
            assert json.loads(request.content) == body
        content = self.content_all if every_argument else self.content
        if content is not None:
            assert request.content == content
            assert request.headers.get("content-type") == self.content_type
        if every_argument:
            assert list(request.url.params.multi_items()) == self.query_all
            for name, value in self.headers_all.items():
                assert request.headers.get(name) == value
            if self.form_all is not None:
                assert form_names(request) == self.form_all


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test of a resource's test class once per `Case` the class lists."""
    if "case" not in metafunc.fixturenames or metafunc.cls is None:
        return
    cases: Tuple[Case, ...] = getattr(metafunc.cls, "cases")
    wanted = getattr(metafunc.function, "wants", None)
    selected = [case for case in cases if wanted is None or wanted(case)]
    metafunc.parametrize("case", selected, ids=[case.method for case in selected])


def _wants(condition: Callable[[Case], object]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def mark(test: Callable[..., Any]) -> Callable[..., Any]:
        setattr(test, "wants", condition)
        return test

    return mark


class ResourceTests:
    """The tests every resource gets; a subclass names its cases and how to reach it.

    Resources with path arguments or server-sent events mix in `PathParamTests` and
    `StreamTests`; a test marked with `_wants` runs only for the cases it applies to.
    """

    cases: Tuple[Case, ...] = ()

    @staticmethod
    def resource(client: Any) -> Any:
        raise NotImplementedError

    def test_method(self, client: OpenAI, server: Server, case: Case) -> None:
        case.answer(server)
        case.check(getattr(self.resource(client), case.method)(**case.args), aio=False)
        case.check_request(server.last, every_argument=False)

    def test_method_with_all_params(self, client: OpenAI, server: Server, case: Case) -> None:
        case.answer(server)
        case.check(case.call_all(client), aio=False)
        case.check_request(server.last, every_argument=True)

    def test_raw_response(self, client: OpenAI, server: Server, case: Case) -> None:
        case.answer(server)
        response = getattr(self.resource(client).with_raw_response, case.method)(**case.args)
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "true"
        case.check(response.parse(), aio=False)

    def test_streaming_response(self, client: OpenAI, server: Server, case: Case) -> None:
        case.answer(server)
        with getattr(self.resource(client).with_streaming_response, case.method)(**case.args) as response:
            assert response.http_request.headers.get("X-Stainless-Raw-Response") == "stream"
            case.check(response.parse(), aio=False)
        assert response.is_closed is True

    @pytest.mark.anyio
    async def test_async_method(self, async_client: AsyncOpenAI, server: Server, case: Case) -> None:
        case.answer(server)
        case.check(await getattr(self.resource(async_client), case.method)(**case.args), aio=True)
        case.check_request(server.last, every_argument=False)

    @pytest.mark.anyio
    async def test_async_method_with_all_params(self, async_client: AsyncOpenAI, server: Server, case: Case) -> None:
        case.answer(server)
        case.check(await case.acall_all(async_client), aio=True)
        case.check_request(server.last, every_argument=True)

    @pytest.mark.anyio
    async def test_async_raw_response(self, async_client: AsyncOpenAI, server: Server, case: Case) -> None:
        case.answer(server)
        response = await getattr(self.resource(async_client).with_raw_response, case.method)(**case.args)
        assert response.is_closed is True
        case.check(response.parse(), aio=True)

    @pytest.mark.anyio
    async def test_async_streaming_response(self, async_client: AsyncOpenAI, server: Server, case: Case) -> None:
        case.answer(server)
        async with getattr(self.resource(async_client).with_streaming_response, case.method)(**case.args) as response:
            assert response.http_request.headers.get("X-Stainless-Raw-Response") == "stream"
            case.check(await response.parse(), aio=True)
        assert response.is_closed is True


class PathParamTests(ResourceTests):
    """Empty path arguments are refused before any request is sent."""

    @_wants(lambda case: case.path_cases)
    def test_path_params(self, client: OpenAI, server: Server, case: Case) -> None:
        for path_case in case.path_cases:
            with pytest.raises(ValueError, match=path_case.message):
                getattr(self.resource(client).with_raw_response, case.method)(**path_case.args)
        assert server.requests == []

    @pytest.mark.anyio
    @_wants(lambda case: case.path_cases)
    async def test_async_path_params(self, async_client: AsyncOpenAI, server: Server, case: Case) -> None:
        for path_case in case.path_cases:
            with pytest.raises(ValueError, match=path_case.message):
                await getattr(self.resource(async_client).with_raw_response, case.method)(**path_case.args)
        assert server.requests == []


class StreamTests(ResourceTests):
    """Methods that offer server-sent events stream typed events."""

    @_wants(lambda case: case.stream_reply is not None)
    def test_server_sent_events(self, client: OpenAI, server: Server, case: Case) -> None:
        server.reply_events([case.stream_reply])
        with getattr(self.resource(client), case.method)(**case.args, stream=True) as stream:
            events = list(stream)
        assert len(events) == 1
        if case.stream_returns is not None:
            assert isinstance(events[0], case.stream_returns)
        if case.form_all is None:
            assert json.loads(server.last.content)["stream"] is True
        else:
            assert "stream" in form_names(server.last)

    @pytest.mark.anyio
    @_wants(lambda case: case.stream_reply is not None)
    async def test_async_server_sent_events(self, async_client: AsyncOpenAI, server: Server, case: Case) -> None:
        server.reply_events([case.stream_reply])
        stream = await getattr(self.resource(async_client), case.method)(**case.args, stream=True)
        async with stream:
            events = [event async for event in stream]
        assert len(events) == 1
        if case.stream_returns is not None:
            assert isinstance(events[0], case.stream_returns)
