# File generated from conversations.yaml by sdkgen. Do not edit.
"""Runtime: server-sent event streams (`stream=True`): decoding, events, errors, closing."""

from __future__ import annotations

import time
from typing import Any, List, Union, Literal, Iterator, Optional, AsyncIterator
from functools import cached_property

import httpx2
import pytest
from pydantic import Field
from typing_extensions import Annotated

from openai_conversations import (
    Client,
    APIError,
    AsyncClient,
    APITimeoutError,
    BadRequestError,
    APIConnectionError,
    InternalServerError,
    APIResponseValidationError,
)
from openai_conversations._models import BaseModel
from openai_conversations._response import (
    APIResponse,
    AsyncAPIResponse,
    LegacyAPIResponse,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai_conversations._resource import SyncAPIResource, AsyncAPIResource
from openai_conversations._streaming import Stream, SSEDecoder, AsyncStream, ServerSentEvent
from openai_conversations._base_client import make_request_options


class Created(BaseModel):
    type: Literal["response.created"]
    sequence_number: int


class Delta(BaseModel):
    type: Literal["response.output_text.delta"]
    delta: str


Event = Annotated[Union[Created, Delta], Field(discriminator="type")]


class Response(BaseModel):
    id: str


EVENTS = (
    b"event: response.created\n"
    b'data: {"type": "response.created", "sequence_number": 0}\n\n'
    b": keep-alive comment\n\n"
    b"event: response.output_text.delta\r\n"
    b'data: {"type": "response.output_text.delta",\r\n'
    b'data:  "delta": "Hel"}\r\n\r\n'
    b'data: {"type": "response.output_text.delta", "delta": "lo"}\r\r'
    b"data: [DONE]\n\n"
    b'data: {"type": "response.output_text.delta", "delta": "never read"}\n\n'
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Body(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A response body sent in the given chunks, observing how far it was read."""

    def __init__(self, chunks: List[Any]) -> None:
        self.chunks = chunks
        self.sent = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            if isinstance(chunk, Exception):
                raise chunk
            self.sent += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.__iter__():
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Server:
    def __init__(self, *replies: Any) -> None:
        self.replies = list(replies)
        self.requests: List[httpx2.Request] = []
        self.bodies: List[Body] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, int):
            return httpx2.Response(reply, json={"error": {"message": f"status {reply}"}})
        body = Body(reply if isinstance(reply, list) else [reply])
        self.bodies.append(body)
        return httpx2.Response(200, stream=body, headers={"content-type": "text/event-stream", "x-request-id": "req_s"})


class Responses(SyncAPIResource):
    def create(self, *, stream: bool = False, stream_cls: Any = Stream[Event], **kwargs: Any) -> Any:
        return self._post(
            "/responses",
            body={"stream": stream},
            options=make_request_options(**kwargs),
            cast_to=Response,
            stream=stream,
            stream_cls=stream_cls,
        )

    @cached_property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        return ResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResponsesWithStreamingResponse:
        return ResponsesWithStreamingResponse(self)


class ResponsesWithRawResponse:
    def __init__(self, responses: Responses) -> None:
        self.create = to_raw_response_wrapper(responses.create)


class ResponsesWithStreamingResponse:
    def __init__(self, responses: Responses) -> None:
        self.create = to_streamed_response_wrapper(responses.create)


class AsyncResponses(AsyncAPIResource):
    async def create(self, *, stream: bool = False, stream_cls: Any = AsyncStream[Event], **kwargs: Any) -> Any:
        return await self._post(
            "/responses",
            body={"stream": stream},
            options=make_request_options(**kwargs),
            cast_to=Response,
            stream=stream,
            stream_cls=stream_cls,
        )


def responses(server: Server, **kwargs: Any) -> Responses:
    http = httpx2.Client(transport=httpx2.MockTransport(server))
    return Responses(Client(api_key="My API Key", base_url="http://localhost/v1", http_client=http, **kwargs))


def async_responses(server: Server, **kwargs: Any) -> AsyncResponses:
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(server))
    return AsyncResponses(AsyncClient(api_key="My API Key", base_url="http://localhost/v1", http_client=http, **kwargs))


def decode(*chunks: bytes) -> List[ServerSentEvent]:
    decoder = SSEDecoder()
    return [event for chunk in chunks for event in decoder.feed(chunk)]


def summary(events: List[ServerSentEvent]) -> List[Any]:
    return [(event.event, event.data, event.id, event.retry) for event in events]


# -- the decoder ------------------------------------------------------------------------------


def test_fields_comments_and_multi_line_data() -> None:
    events = decode(
        b": a comment\n"
        b"event: greet\n"
        b"data: first\n"
        b"data:second\n"
        b"data:  two spaces\n"
        b"data\n"
        b"id: 7\n"
        b"retry: 1500\n"
        b"unknown: ignored\n"
        b"\n"
        b"data: {}\n\n"
    )
    assert summary(events) == [
        ("greet", "first\nsecond\n two spaces\n", "7", 1500),
        (None, "{}", "7", None),  # the last event id carries over; the event name does not
    ]
    assert repr(events[1]) == "ServerSentEvent(event=None, data='{}', id='7', retry=None)"
    assert events[1].json() == {}


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"], ids=["lf", "crlf", "cr"])
def test_line_endings(newline: bytes) -> None:
    stream = newline.join([b"event: e", b"data: a", b"data: b", b"", b"data: c", b"", b""])
    assert summary(decode(stream)) == [("e", "a\nb", None, None), (None, "c", None, None)]


def test_chunks_may_split_anything() -> None:
    stream = "\ufeffdata: é\r\ndata: 😀\r\n\r\nevent: x\rdata: y\r\r: c\n\n".encode()
    whole = summary(decode(stream))
    assert whole == [(None, "é\n😀", None, None), ("x", "y", None, None)]
    assert summary(decode(*[stream[i : i + 1] for i in range(len(stream))])) == whole
    for cut in range(len(stream)):
        assert summary(decode(stream[:cut], b"", stream[cut:])) == whole


def test_events_without_data_and_an_unfinished_event_are_not_dispatched() -> None:
    assert decode(b"event: ping\n\nid: 3\n\nretry: 10\n\n") == []
    assert summary(decode(b"id: 3\n\ndata: x\n\n")) == [(None, "x", "3", None)]
    assert decode(b"data: never finished\n") == []
    assert summary(decode(b"retry: 5x\nid: a\0b\ndata: z\n\n")) == [(None, "z", None, None)]


# -- Stream -----------------------------------------------------------------------------------


def test_events_are_built_as_the_stream_type_argument() -> None:
    server = Server([EVENTS[:40], EVENTS[40:]])
    stream = responses(server).create(stream=True)
    assert isinstance(stream, Stream)
    assert server.requests[0].content == b'{"stream":true}'
    assert stream.response.headers["x-request-id"] == "req_s"
    events = list(stream)
    assert [type(event).__name__ for event in events] == ["Created", "Delta", "Delta"]
    assert [getattr(event, "delta", None) for event in events] == [None, "Hel", "lo"]
    assert stream.response.is_closed and server.bodies[0].closed


def test_done_ends_the_stream_without_reading_further() -> None:
    server = Server(
        [b'data: {"type": "response.output_text.delta", "delta": "a"}\n\n', b"data: [DONE]\n\n", b"data: x\n\n"]
    )
    assert [event.delta for event in responses(server).create(stream=True)] == ["a"]
    assert server.bodies[0].sent == 2 and server.bodies[0].closed


def test_the_body_is_read_as_the_stream_is_iterated() -> None:
    server = Server([b'data: {"type": "response.created", "sequence_number": 1}\n\n', b"data: [DONE]\n\n"])
    stream = responses(server).create(stream=True)
    assert server.bodies[0].sent == 0 and not stream.response.is_closed
    first = next(stream)
    assert isinstance(first, Created) and first.sequence_number == 1 and server.bodies[0].sent == 1
    with pytest.raises(StopIteration):
        next(stream)


def test_loose_construction_and_strict_validation() -> None:
    data = b'data: {"type": "response.created", "extra": 1}\n\n'
    event = next(iter(responses(Server(data)).create(stream=True)))
    assert isinstance(event, Created) and event.sequence_number is None and event.model_extra == {"extra": 1}
    with pytest.raises(APIResponseValidationError):
        list(responses(Server(data), _strict_response_validation=True).create(stream=True))


def test_non_json_data_is_text_or_a_validation_error() -> None:
    assert list(responses(Server(b"data: hello\n\n")).create(stream=True)) == ["hello"]
    with pytest.raises(APIResponseValidationError):
        list(responses(Server(b"data: hello\n\n"), _strict_response_validation=True).create(stream=True))


def test_an_error_in_the_data_raises_api_error() -> None:
    server = Server(
        b'data: {"type": "response.created", "sequence_number": 0}\n\n'
        b'data: {"error": {"message": "overloaded", "type": "server_error", "code": "busy"}}\n\n'
    )
    stream = responses(server).create(stream=True)
    assert isinstance(next(stream), Created)
    with pytest.raises(APIError, match="^overloaded$") as caught:
        next(stream)
    assert caught.value.body == {"message": "overloaded", "type": "server_error", "code": "busy"}
    assert (caught.value.code, caught.value.type) == ("busy", "server_error")
    assert caught.value.request is server.requests[0] and server.bodies[0].closed
    with pytest.raises(APIError, match="^An error occurred during streaming$"):
        list(responses(Server(b'data: {"error": "bad"}\n\n')).create(stream=True))


def test_an_error_named_event_is_an_ordinary_event_as_in_the_reference() -> None:
    server = Server(b'event: error\ndata: {"type": "response.output_text.delta", "delta": "d"}\n\n')
    assert [event.delta for event in responses(server).create(stream=True)] == ["d"]
    assert list(responses(Server(b'data: {"error": null}\n\n')).create(stream=True, stream_cls=Stream[object])) == [
        {"error": None}
    ]


def test_context_manager_and_close_release_the_response() -> None:
    server = Server([EVENTS[:40], EVENTS[40:]])
    with responses(server).create(stream=True) as stream:
        assert isinstance(next(stream), Created)
    assert stream.response.is_closed and server.bodies[0].closed
    assert list(stream) == []
    other = responses(Server(EVENTS)).create(stream=True)
    other.close()
    assert other.response.is_closed and list(other) == []


def test_status_errors_are_raised_after_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "sleep", lambda seconds: None)
    server = Server(500)
    with pytest.raises(InternalServerError, match="status 500"):
        responses(server, max_retries=2).create(stream=True)
    assert len(server.requests) == 3
    server = Server(400)
    with pytest.raises(BadRequestError):
        responses(server, max_retries=2).create(stream=True)
    assert len(server.requests) == 1
    server = Server(503, EVENTS)
    assert len(list(responses(server, max_retries=2).create(stream=True))) == 3
    assert len(server.requests) == 2


def test_transport_failures_while_reading() -> None:
    request = httpx2.Request("GET", "http://localhost")
    server = Server([b"data: {}\n\n", httpx2.ReadTimeout("slow", request=request)])
    stream = responses(server).create(stream=True, stream_cls=Stream[object])
    assert next(stream) == {}
    with pytest.raises(APITimeoutError):
        next(stream)
    server = Server([httpx2.RemoteProtocolError("cut", request=request)])
    with pytest.raises(APIConnectionError):
        list(responses(server).create(stream=True))


def test_stream_classes() -> None:
    class Events(Stream[Delta]):
        pass

    data = b'data: {"type": "response.output_text.delta", "delta": "x"}\n\n'
    stream = responses(Server(data)).create(stream=True, stream_cls=Events)
    assert isinstance(stream, Events) and [type(event) for event in stream] == [Delta]
    default: Any = responses(Server(b'data: {"id": "r"}\n\n'))._post("/r", cast_to=Response, stream=True)
    assert isinstance(default, Stream) and [event.id for event in default] == ["r"]
    server = Server(data)
    with pytest.raises(TypeError, match="Expected a subclass of"):
        responses(server).create(stream=True, stream_cls=AsyncStream[Delta])
    with pytest.raises(TypeError, match="Expected a stream class with a type argument"):
        responses(server).create(stream=True, stream_cls=Stream)
    assert server.requests == []  # checked before anything is sent


def test_without_stream_the_same_call_returns_the_model() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, json={"id": "resp_1"})

    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    result = Responses(Client(api_key="My API Key", base_url="http://localhost/v1", http_client=http)).create()
    assert isinstance(result, Response) and result.id == "resp_1"


def test_raw_and_streaming_wrappers_give_the_stream() -> None:
    server = Server(EVENTS)
    raw = responses(server).with_raw_response.create(stream=True)
    assert isinstance(raw, LegacyAPIResponse) and not raw.is_closed
    stream = raw.parse()
    assert isinstance(stream, Stream) and raw.parse() is stream
    assert [type(event).__name__ for event in stream] == ["Created", "Delta", "Delta"]
    assert raw.is_closed
    with responses(server).with_streaming_response.create(stream=True) as response:
        assert isinstance(response, APIResponse) and not response.is_closed
        assert response.headers["content-type"] == "text/event-stream"
        assert len(list(response.parse())) == 3
    assert response.is_closed
    with responses(server).with_streaming_response.create(stream=True) as response:
        assert next(iter(response.parse())).sequence_number == 0
    assert response.is_closed and server.bodies[-1].closed


# -- AsyncStream ------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_stream() -> None:
    server = Server([EVENTS[:40], EVENTS[40:]])
    stream = await async_responses(server).create(stream=True)
    assert isinstance(stream, AsyncStream)
    events = [event async for event in stream]
    assert [getattr(event, "delta", None) for event in events] == [None, "Hel", "lo"]
    assert stream.response.is_closed and server.bodies[0].closed


@pytest.mark.anyio
async def test_async_context_manager_close_and_errors() -> None:
    async with await async_responses(Server(EVENTS)).create(stream=True) as stream:
        assert isinstance(await stream.__anext__(), Created)
    assert stream.response.is_closed and [event async for event in stream] == []
    other = await async_responses(Server(EVENTS)).create(stream=True)
    await other.close()
    assert other.response.is_closed and [event async for event in other] == []
    aliased = await async_responses(Server(EVENTS)).create(stream=True)
    await aliased.aclose()
    assert aliased.response.is_closed
    failing = await async_responses(Server(b'data: {"error": {"message": "boom"}}\n\n')).create(stream=True)
    with pytest.raises(APIError, match="boom"):
        async for _ in failing:
            pass
    assert failing.response.is_closed


@pytest.mark.anyio
async def test_async_status_error_after_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    import anyio

    async def no_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr(anyio, "sleep", no_sleep)
    server = Server(500)
    with pytest.raises(InternalServerError):
        await async_responses(server, max_retries=1).create(stream=True)
    assert len(server.requests) == 2
    server = Server(EVENTS)
    with pytest.raises(TypeError, match="Expected a subclass of"):
        await async_responses(server).create(stream=True, stream_cls=Stream[Event])
    assert server.requests == []


@pytest.mark.anyio
async def test_async_wrappers_give_the_stream() -> None:
    api = async_responses(Server(EVENTS))
    raw = await async_to_raw_response_wrapper(api.create)(stream=True)
    stream: Optional[AsyncStream[Any]] = raw.parse()
    assert isinstance(stream, AsyncStream) and len([event async for event in stream]) == 3
    async with async_to_streamed_response_wrapper(api.create)(stream=True) as response:
        assert isinstance(response, AsyncAPIResponse)
        parsed = await response.parse()
        assert isinstance(parsed, AsyncStream)
        assert [type(event).__name__ async for event in parsed] == ["Created", "Delta", "Delta"]
    assert response.is_closed
