# Runtime file copied verbatim by sdkgen. Do not edit.
"""Server-sent events: ``Stream[Event]`` and ``AsyncStream[Event]``.

A call made with ``stream=True`` returns one of these over the response body, once
the status is 2xx (errors and retries happen before, as for any call). The body is
decoded incrementally as a ``text/event-stream`` (WHATWG HTML, "event stream
interpretation"): CRLF, CR or LF line ends, ``:`` comments, ``event``/``data``/
``id``/``retry`` fields, ``data`` lines joined with ``\\n``, a blank line dispatching
the event (an event without data is not dispatched).

For each event: ``data: [DONE]`` ends the stream; JSON data with a truthy top-level
``error`` raises ``APIError`` (its ``error.message``); any other data is built as
the event type (loosely, or validated with strict response validation). As in the
reference SDK, the ``event:`` name does not matter: an ``event: error`` whose data
has no ``error`` key is built like any other event. The response is closed when the
stream is exhausted, fails, or is closed (``close()``, ``with``/``async with``).
"""

from __future__ import annotations

import re
import json
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    List,
    Tuple,
    Generic,
    Mapping,
    TypeVar,
    Iterator,
    Optional,
    Generator,
    AsyncIterator,
    AsyncGenerator,
)

import typing_extensions

from ._parsing import process_data
from ._exceptions import APIError, APIResponseValidationError
from ._transport_errors import reading

if TYPE_CHECKING:
    import httpx2

    from ._client_core import BaseClient

__all__ = [
    "AsyncStream",
    "SSEDecoder",
    "ServerSentEvent",
    "Stream",
    "build_stream",
    "stream_type",
]

_T = TypeVar("_T")
_LINE_END = re.compile(rb"\r\n|\r|\n")


class ServerSentEvent:
    """One dispatched event: its ``event`` name (``None`` when unnamed), ``data``
    (the ``data`` lines joined with ``\\n``), the last event ``id`` and ``retry``."""

    __slots__ = ("event", "data", "id", "retry")

    def __init__(
        self,
        *,
        event: Optional[str] = None,
        data: str = "",
        id: Optional[str] = None,
        retry: Optional[int] = None,
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        """The data decoded as JSON."""
        return json.loads(self.data)

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry!r})"


class SSEDecoder:
    """Turns the chunks of an event-stream body into events, as they arrive."""

    def __init__(self) -> None:
        self._pending = bytearray()  # the start of a line whose end has not arrived
        self._skip_lf = False  # the last chunk ended with CR: a leading LF ends nothing
        self._first_line = True
        self._event = ""
        self._data: List[str] = []
        self._last_id: Optional[str] = None
        self._retry: Optional[int] = None

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        """The events that ``chunk`` completes (an incomplete one waits for more)."""
        events: List[ServerSentEvent] = []
        for line in self._lines(chunk):
            event = self._field(line.decode("utf-8", "replace"))
            if event is not None:
                events.append(event)
        return events

    def _lines(self, chunk: bytes) -> List[bytes]:
        if not chunk:
            return []
        start = 1 if self._skip_lf and chunk[:1] == b"\n" else 0
        self._skip_lf = chunk[-1:] == b"\r"
        lines: List[bytes] = []
        for match in _LINE_END.finditer(chunk, start):
            if self._pending:
                self._pending += chunk[start : match.start()]
                lines.append(bytes(self._pending))
                self._pending.clear()
            else:
                lines.append(chunk[start : match.start()])
            start = match.end()
        self._pending += chunk[start:]
        return lines

    def _field(self, line: str) -> Optional[ServerSentEvent]:
        if self._first_line:
            self._first_line = False
            line = line[1:] if line.startswith("\ufeff") else line
        if not line:
            return self._dispatch()
        if line[0] == ":":
            return None
        name, colon, value = line.partition(":")
        if colon and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> Optional[ServerSentEvent]:
        if not self._data:
            self._event = ""
            return None
        event = ServerSentEvent(
            event=self._event or None,
            data="\n".join(self._data),
            id=self._last_id,
            retry=self._retry,
        )
        self._event, self._data, self._retry = "", [], None
        return event


class Stream(Generic[_T]):
    """The events of a streamed response: iterate it (once) with ``for``."""

    response: httpx2.Response
    """The response being read (status and headers are available at once)."""

    def __init__(self, *, cast_to: Any, response: httpx2.Response, client: BaseClient[Any]) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._iterator = self._stream()

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def __next__(self) -> _T:
        return next(self._iterator)

    def _stream(self) -> Generator[_T, None, None]:
        response = self.response
        strict = self._client._strict_response_validation
        events = _decode(response)
        try:
            for sse in events:
                if sse.data.startswith("[DONE]"):
                    break
                yield _event_value(sse, self._cast_to, strict, response)
        finally:
            events.close()
            response.close()

    def close(self) -> None:
        """Stop the stream and release the connection."""
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> typing_extensions.Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncStream(Generic[_T]):
    """The events of a streamed response: iterate it (once) with ``async for``."""

    response: httpx2.Response
    """The response being read (status and headers are available at once)."""

    def __init__(self, *, cast_to: Any, response: httpx2.Response, client: BaseClient[Any]) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._iterator = self._stream()

    def __aiter__(self) -> AsyncIterator[_T]:
        return self._iterator

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def _stream(self) -> AsyncGenerator[_T, None]:
        response = self.response
        strict = self._client._strict_response_validation
        events = _adecode(response)
        try:
            async for sse in events:
                if sse.data.startswith("[DONE]"):
                    break
                yield _event_value(sse, self._cast_to, strict, response)
        finally:
            await events.aclose()
            await response.aclose()

    async def close(self) -> None:
        """Stop the stream and release the connection."""
        await self._iterator.aclose()
        await self.response.aclose()

    async def aclose(self) -> None:
        """The same as ``close()``."""
        await self.close()

    async def __aenter__(self) -> typing_extensions.Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.close()


def _decode(response: httpx2.Response) -> Generator[ServerSentEvent, None, None]:
    decoder = SSEDecoder()
    with reading(response.request):
        for chunk in response.iter_bytes():
            yield from decoder.feed(chunk)


async def _adecode(response: httpx2.Response) -> AsyncGenerator[ServerSentEvent, None]:
    decoder = SSEDecoder()
    with reading(response.request):
        async for chunk in response.aiter_bytes():
            for event in decoder.feed(chunk):
                yield event


def _event_value(sse: ServerSentEvent, cast_to: Any, strict: bool, response: httpx2.Response) -> Any:
    try:
        data = json.loads(sse.data)
    except ValueError as err:  # not JSON: the text, as for a non-JSON response body
        if strict:
            raise APIResponseValidationError(response=response, body=sse.data) from err
        return sse.data
    if isinstance(data, Mapping) and data.get("error"):
        error = data["error"]
        message = error.get("message") if isinstance(error, Mapping) else None
        raise APIError(
            message=(message if isinstance(message, str) and message else "An error occurred during streaming"),
            request=response.request,
            body=error,
        )
    return process_data(data, cast_to, strict, response)


def build_stream(
    stream_cls: Optional[type],
    cast_to: Any,
    response: httpx2.Response,
    client: BaseClient[Any],
) -> Any:
    """``stream_cls`` over ``response``, its events typed by its type argument
    (``Stream[Event]`` gives ``Event``); without a class, a ``Stream[cast_to]``
    (``AsyncStream`` for the async client)."""
    cls, event_type = stream_type(stream_cls, cast_to, client._is_async)
    return cls(cast_to=event_type, response=response, client=client)


def stream_type(stream_cls: Optional[type], cast_to: Any, is_async: bool) -> Tuple[Any, Any]:
    """``(stream class, event type)``; a ``TypeError`` for a class that does not fit
    the client (checked before the request is sent)."""
    expected = AsyncStream if is_async else Stream
    if stream_cls is None:
        return expected, cast_to
    origin = typing_extensions.get_origin(stream_cls) or stream_cls
    if not (isinstance(origin, type) and issubclass(origin, expected)):
        raise TypeError(f"Expected a subclass of {expected}, got {stream_cls!r}")
    return stream_cls, _event_type(stream_cls)


def _event_type(stream_cls: Any) -> Any:
    """The type argument of ``Stream[Event]``, ``MyStream[Event]`` or of a class
    deriving from ``Stream[Event]``."""
    args = typing_extensions.get_args(stream_cls)
    if args:
        return args[0]
    for klass in stream_cls.__mro__:
        for base in klass.__dict__.get("__orig_bases__", ()):
            base_origin = typing_extensions.get_origin(base)
            base_args = typing_extensions.get_args(base)
            if (
                isinstance(base_origin, type)
                and issubclass(base_origin, (Stream, AsyncStream))
                and base_args
                and not isinstance(base_args[0], TypeVar)
            ):
                return base_args[0]
    raise TypeError(f"Expected a stream class with a type argument, e.g. Stream[Event], got {stream_cls!r}")
