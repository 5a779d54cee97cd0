# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: `.with_raw_response` and `.with_streaming_response`, sync and async."""

from __future__ import annotations

import datetime
from typing import Any, List, Union, Iterator, AsyncIterator
from functools import cached_property

import httpx2
import pytest

from openai_conversations import Client, AsyncClient, NotGiven, APIConnectionError, not_given
from openai_conversations._types import Body, Query, Headers
from openai_conversations._utils import path_template
from openai_conversations._models import BaseModel
from openai_conversations._response import (
    APIResponse,
    AsyncAPIResponse,
    LegacyAPIResponse,
    StreamAlreadyConsumed,
    to_raw_response_wrapper,
    async_to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai_conversations._resource import SyncAPIResource, AsyncAPIResource
from openai_conversations._base_client import make_request_options

RAW_HEADER = f"{Client._header_prefix}-Raw-Response"
BODY = b'{"id":"conv_123","created_at":1741900000}\n{"second":"line"}'


class Conversation(BaseModel):
    id: str
    created_at: int


class Conversations(SyncAPIResource):
    def retrieve(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        return self._get(
            path_template("/conversations/{conversation_id}", conversation_id=conversation_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Conversation,
        )

    @cached_property
    def with_raw_response(self) -> ConversationsWithRawResponse:
        return ConversationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConversationsWithStreamingResponse:
        return ConversationsWithStreamingResponse(self)


class ConversationsWithRawResponse:
    def __init__(self, conversations: Conversations) -> None:
        self.retrieve = to_raw_response_wrapper(conversations.retrieve)


class ConversationsWithStreamingResponse:
    def __init__(self, conversations: Conversations) -> None:
        self.retrieve = to_streamed_response_wrapper(conversations.retrieve)


class AsyncConversations(AsyncAPIResource):
    async def retrieve(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        return await self._get(
            path_template("/conversations/{conversation_id}", conversation_id=conversation_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Conversation,
        )


class Recorder:
    def __init__(self, status: int = 200) -> None:
        self.requests: List[httpx2.Request] = []
        self.status = status

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        stream = httpx2.ByteStream(BODY)
        headers = {"content-type": "application/json", "x-request-id": "req_1"}
        if request.url.path.endswith("/lines"):
            return httpx2.Response(self.status, headers=headers, stream=stream)
        return httpx2.Response(self.status, headers=headers, content=BODY.split(b"\n")[0])


class StreamingBody(httpx2.SyncByteStream):
    """A body that is only produced when read, so `is_closed` is observable; an exception
    among the chunks is raised when it is reached."""

    def __init__(self, chunks: List[Union[bytes, Exception]]) -> None:
        self.chunks = chunks
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            if isinstance(chunk, Exception):
                raise chunk
            yield chunk

    def close(self) -> None:
        self.closed = True


class AsyncStreamingBody(httpx2.AsyncByteStream):
    def __init__(self, chunks: List[bytes]) -> None:
        self.chunks = chunks
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk

    async def aclose(self) -> None:
        self.closed = True


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def sync_api(handler: Any) -> Conversations:
    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    return Conversations(Client(api_key="My API Key", base_url="http://localhost/v1", http_client=http))


def async_api(handler: Any) -> AsyncConversations:
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    return AsyncConversations(AsyncClient(api_key="My API Key", base_url="http://localhost/v1", http_client=http))


# -- raw ----------------------------------------------------------------------------------------


def test_raw_response_is_read_and_parses_on_demand() -> None:
    recorder = Recorder()
    response = sync_api(recorder).with_raw_response.retrieve("conv_123")
    assert isinstance(response, LegacyAPIResponse)
    assert recorder.requests[0].headers[RAW_HEADER] == "true"
    assert response.http_request.headers.get(f"{Client._header_prefix}-Lang") == "python"
    assert response.is_closed is True
    assert (response.status_code, response.method, str(response.url)) == (
        200,
        "GET",
        "http://localhost/v1/conversations/conv_123",
    )
    assert response.headers["x-request-id"] == response.request_id == "req_1"
    assert response.content == BODY.split(b"\n")[0] and response.text == BODY.split(b"\n")[0].decode()
    assert response.http_version == "HTTP/1.1"
    assert response.retries_taken == 0
    parsed = response.parse()
    assert isinstance(parsed, Conversation) and parsed.id == "conv_123" and parsed._request_id == "req_1"
    assert response.parse() is parsed
    assert response.parse(to=str) == response.text
    assert repr(response).startswith("<APIResponse [200 OK] type=")


def test_raw_response_keeps_caller_extra_headers() -> None:
    recorder = Recorder()
    sync_api(recorder).with_raw_response.retrieve("c", extra_headers={"X-Mine": "1"})
    assert recorder.requests[0].headers["x-mine"] == "1"
    assert recorder.requests[0].headers[RAW_HEADER] == "true"


def test_path_checks_run_through_the_wrappers() -> None:
    recorder = Recorder()
    api = sync_api(recorder)
    with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id` but received ''"):
        api.with_raw_response.retrieve(conversation_id="")
    with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id` but received ''"):
        with api.with_streaming_response.retrieve(conversation_id=""):
            pass
    assert recorder.requests == []


def test_raw_errors_still_raise() -> None:
    from openai_conversations import NotFoundError

    with pytest.raises(NotFoundError):
        sync_api(Recorder(status=404)).with_raw_response.retrieve("c", timeout=1)


def test_wrappers_keep_the_wrapped_signature_name() -> None:
    api = sync_api(Recorder())
    assert api.with_raw_response.retrieve.__name__ == "retrieve"
    assert api.with_streaming_response.retrieve.__wrapped__ == api.retrieve  # type: ignore[attr-defined]


def test_wrapping_something_that_is_not_a_resource_method_fails() -> None:
    def loose(**kwargs: Any) -> None:
        return None

    with pytest.raises(TypeError, match="Expected a bound resource method"):
        to_raw_response_wrapper(loose)


# -- streaming ------------------------------------------------------------------------------------


def test_streaming_sends_on_enter_and_closes_on_exit() -> None:
    recorder = Recorder()
    manager = sync_api(recorder).with_streaming_response.retrieve("conv_123")
    assert recorder.requests == []
    with manager as response:
        assert isinstance(response, APIResponse)
        assert recorder.requests[0].headers[RAW_HEADER] == "stream"
        parsed = response.parse()
        assert isinstance(parsed, Conversation) and parsed._request_id == "req_1"
        assert response.json() == {"id": "conv_123", "created_at": 1741900000}
    assert response.is_closed


def test_streaming_body_is_not_read_until_asked() -> None:
    body = StreamingBody([b"line one\n", b"line two\n"])

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, stream=body, headers={"content-type": "text/plain"})

    with sync_api(handler).with_streaming_response.retrieve("c") as response:
        assert not response.is_closed
        assert list(response.iter_lines()) == ["line one", "line two"]
        assert isinstance(response.elapsed, datetime.timedelta)
        with pytest.raises(StreamAlreadyConsumed):
            response.read()
    assert response.is_closed and body.closed


def test_streaming_iter_bytes_text_and_close_early() -> None:
    body = StreamingBody([b"ab", b"cd"])

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, stream=body)

    with sync_api(handler).with_streaming_response.retrieve("c") as response:
        assert b"".join(response.iter_bytes()) == b"abcd"
    assert body.closed
    with sync_api(lambda r: httpx2.Response(200, content=b"hello")).with_streaming_response.retrieve("c") as again:
        assert "".join(again.iter_text()) == "hello" and again.text() == "hello" and again.read() == b"hello"
        assert again.parse(to=str) == "hello"


@pytest.mark.parametrize("read", ["parse", "read", "text", "json", "iter_bytes", "iter_text", "iter_lines"])
def test_a_connection_dropped_while_streaming_the_body_is_a_connection_error(read: str) -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        broken = StreamingBody([b'{"id": "c", ', httpx2.RemoteProtocolError("peer closed", request=request)])
        return httpx2.Response(200, stream=broken, headers={"content-type": "application/json"})

    with sync_api(handler).with_streaming_response.retrieve("c") as response:
        with pytest.raises(APIConnectionError, match="The connection failed while reading the response") as info:
            result = getattr(response, read)()
            if read.startswith("iter_"):
                list(result)
    assert isinstance(info.value.__cause__, httpx2.RemoteProtocolError)


# -- async ------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_raw_response_parse_is_synchronous() -> None:
    recorder = Recorder()
    api = async_api(recorder)
    response = await async_to_raw_response_wrapper(api.retrieve)("conv_123")
    assert isinstance(response, LegacyAPIResponse) and response.is_closed
    assert recorder.requests[0].headers[RAW_HEADER] == "true"
    parsed = response.parse()
    assert isinstance(parsed, Conversation) and parsed._request_id == "req_1"


@pytest.mark.anyio
async def test_async_streaming_response() -> None:
    body = AsyncStreamingBody([b'{"id": "a", ', b'"created_at": 2}'])

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, stream=body, headers={"content-type": "application/json", "x-request-id": "r2"})

    recorder: List[httpx2.Request] = []

    def recording(request: httpx2.Request) -> httpx2.Response:
        recorder.append(request)
        return handler(request)

    api = async_api(recording)
    manager = async_to_streamed_response_wrapper(api.retrieve)("c")
    assert recorder == []
    async with manager as response:
        assert isinstance(response, AsyncAPIResponse)
        assert not response.is_closed
        assert recorder[0].headers[RAW_HEADER] == "stream"
        parsed = await response.parse()
        assert isinstance(parsed, Conversation) and parsed.created_at == 2 and parsed._request_id == "r2"
        assert await response.text() == '{"id": "a", "created_at": 2}'
        assert await response.json() == {"id": "a", "created_at": 2}
    assert response.is_closed and body.closed


@pytest.mark.anyio
async def test_async_streaming_iterators() -> None:
    body = AsyncStreamingBody([b"x\ny", b"\n"])

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, stream=body)

    async with async_to_streamed_response_wrapper(async_api(handler).retrieve)("c") as response:
        assert [line async for line in response.iter_lines()] == ["x", "y"]
        with pytest.raises(StreamAlreadyConsumed):
            await response.read()
    body2 = AsyncStreamingBody([b"ab", b"c"])
    async with async_to_streamed_response_wrapper(async_api(lambda r: httpx2.Response(200, stream=body2)).retrieve)(
        "c"
    ) as response2:
        assert [chunk async for chunk in response2.iter_bytes()] == [b"ab", b"c"]
    assert body2.closed
    async with async_to_streamed_response_wrapper(async_api(lambda r: httpx2.Response(200, content=b"tx")).retrieve)(
        "c"
    ) as response3:
        assert [text async for text in response3.iter_text()] == ["tx"]
