"""Raw and streamed access to HTTP responses.

* ``.with_raw_response.<method>(...)`` sends ``<prefix>-Raw-Response: true`` and
  returns a ``LegacyAPIResponse``: the body is already read and ``.parse()`` is a
  plain (synchronous) call, even for the async client.
* ``.with_streaming_response.<method>(...)`` sends ``<prefix>-Raw-Response: stream``
  and returns a context manager: the request is sent on enter, the body is read
  only when asked (``parse``/``read``/``iter_*``) and the response closed on exit.

A client without a header prefix marks the request with an internal header instead,
which the client reads and drops: nothing of it goes on the wire.
"""

from __future__ import annotations

import datetime
import functools
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Type,
    Generic,
    TypeVar,
    Callable,
    Iterator,
    Optional,
    Awaitable,
    AsyncIterator,
    cast,
    overload,
)

import httpx2
from typing_extensions import ParamSpec

from ._exceptions import SDKError
from ._httpx_compat import classes
from ._transport_errors import reading

if TYPE_CHECKING:
    from ._request import FinalRequestOptions
    from ._base_client import BaseClient

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncResponseContextManager",
    "LegacyAPIResponse",
    "ResponseContextManager",
    "StreamAlreadyConsumed",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
_T = TypeVar("_T")
_ResponseT = TypeVar("_ResponseT", bound="APIResponse[Any]")
_AsyncResponseT = TypeVar("_AsyncResponseT", bound="AsyncAPIResponse[Any]")


class StreamAlreadyConsumed(SDKError):
    """The body was already streamed, so it cannot be read again."""

    def __init__(self) -> None:
        super().__init__(
            "Attempted to read or stream some content, but the content has already been streamed. "
            "This could be due to attempting to stream the response content more than once.\n\n"
            "You can fix this by manually accumulating the response content while streaming "
            "or by calling `.read()` before starting to stream."
        )


class _BaseResponse(Generic[R]):
    """What every response wrapper knows: the HTTP exchange and how to parse it."""

    http_response: httpx2.Response
    retries_taken: int
    """The number of retries made (0 when the first attempt succeeded)."""

    def __init__(
        self,
        *,
        raw: httpx2.Response,
        cast_to: Type[R],
        client: BaseClient[Any],
        options: FinalRequestOptions,
        retries_taken: int = 0,
        stream: bool = False,
        stream_cls: Optional[type] = None,
    ) -> None:
        self.http_response = raw
        self.retries_taken = retries_taken
        self._cast_to = cast_to
        self._client = client
        self._options = options
        self._parsed_by_type: Dict[Any, Any] = {}
        self._stream = stream
        self._stream_cls = stream_cls

    @property
    def headers(self) -> httpx2.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def http_request(self) -> httpx2.Request:
        """The ``httpx2.Request`` that was sent."""
        return self.http_response.request

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def url(self) -> httpx2.URL:
        """The URL of the request."""
        return self.http_response.url

    @property
    def method(self) -> str:
        """The HTTP method of the request."""
        return self.http_request.method

    @property
    def http_version(self) -> str:
        """The HTTP version, e.g. ``HTTP/1.1``."""
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """The time taken for the complete request/response cycle."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        """Whether the body has been read to the end or the response closed."""
        return self.http_response.is_closed

    @property
    def request_id(self) -> Optional[str]:
        """The ``x-request-id`` response header."""
        value: Optional[str] = self.http_response.headers.get("x-request-id")
        return value

    def _parse_read_body(self, to: Optional[Type[Any]]) -> Any:
        key = to if to is not None else self._cast_to
        cached = self._parsed_by_type.get(key)
        if cached is not None:
            return cached
        if self._stream:  # an event stream over the (unread) body
            from ._streaming import build_stream

            stream_cls = to if to is not None else self._stream_cls
            parsed = build_stream(stream_cls, self._cast_to, self.http_response, self._client)
            self._parsed_by_type[key] = parsed
            return parsed
        parsed = self._client._parse_response(
            self.http_response,
            key,
            strict=self._client._strict_response_validation,
            post_parser=self._options.post_parser,
        )
        self._parsed_by_type[key] = parsed
        return parsed

    def __repr__(self) -> str:
        return (
            f"<{self.__class__.__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"
        )


class LegacyAPIResponse(_BaseResponse[R]):
    """A fully read response (``.with_raw_response``)."""

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...

    @overload
    def parse(self) -> R: ...

    def parse(self, *, to: Optional[Type[_T]] = None) -> R | _T:
        """The body parsed as the method's return type (or as ``to``); cached per type.
        For an event-stream call, the ``Stream`` over the body (which is not read)."""
        return cast("R | _T", self._parse_read_body(to))

    @property
    def content(self) -> bytes:
        """The (read) body bytes."""
        return self.http_response.content

    @property
    def text(self) -> str:
        """The body decoded as text."""
        return self.http_response.text

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"


class APIResponse(_BaseResponse[R]):
    """A response whose body is read on demand (``.with_streaming_response``)."""

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...

    @overload
    def parse(self) -> R: ...

    def parse(self, *, to: Optional[Type[_T]] = None) -> R | _T:
        """Read the body and parse it as the method's return type (or as ``to``);
        for an event-stream call, the ``Stream`` over the body (which is not read)."""
        if not self._stream:
            self.read()
        return cast("R | _T", self._parse_read_body(to))

    def read(self) -> bytes:
        """The whole (decoded) body."""
        try:
            with reading(self.http_request):
                return self.http_response.read()
        except classes("StreamConsumed") as exc:
            raise StreamAlreadyConsumed() from exc

    def text(self) -> str:
        """The body decoded as text."""
        self.read()
        return self.http_response.text

    def json(self) -> object:
        """The body decoded as JSON."""
        self.read()
        return self.http_response.json()

    def close(self) -> None:
        """Release the connection (done automatically once the body is fully read)."""
        self.http_response.close()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """The body in (decoded) byte chunks."""
        with reading(self.http_request):
            yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        """The body in decoded text chunks."""
        with reading(self.http_request):
            yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body line by line."""
        with reading(self.http_request):
            yield from self.http_response.iter_lines()


class AsyncAPIResponse(_BaseResponse[R]):
    """The async twin of ``APIResponse``: every body access is awaited."""

    @overload
    async def parse(self, *, to: Type[_T]) -> _T: ...

    @overload
    async def parse(self) -> R: ...

    async def parse(self, *, to: Optional[Type[_T]] = None) -> R | _T:
        """Read the body and parse it as the method's return type (or as ``to``);
        for an event-stream call, the ``AsyncStream`` over the body (not read)."""
        if not self._stream:
            await self.read()
        return cast("R | _T", self._parse_read_body(to))

    async def read(self) -> bytes:
        """The whole (decoded) body."""
        try:
            with reading(self.http_request):
                return await self.http_response.aread()
        except classes("StreamConsumed") as exc:
            raise StreamAlreadyConsumed() from exc

    async def text(self) -> str:
        """The body decoded as text."""
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        """The body decoded as JSON."""
        await self.read()
        return self.http_response.json()

    async def close(self) -> None:
        """Release the connection."""
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        """The body in (decoded) byte chunks."""
        with reading(self.http_request):
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        """The body in decoded text chunks."""
        with reading(self.http_request):
            async for chunk in self.http_response.aiter_text(chunk_size):
                yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body line by line."""
        with reading(self.http_request):
            async for line in self.http_response.aiter_lines():
                yield line


class ResponseContextManager(Generic[_ResponseT]):
    """Sends the request on enter and closes the response on exit."""

    def __init__(self, request_func: Callable[[], _ResponseT]) -> None:
        self._request_func = request_func
        self._response: Optional[_ResponseT] = None

    def __enter__(self) -> _ResponseT:
        self._response = self._request_func()
        return self._response

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_AsyncResponseT]):
    """Awaits the request on enter and closes the response on exit."""

    def __init__(self, api_request: Awaitable[_AsyncResponseT]) -> None:
        self._api_request = api_request
        self._response: Optional[_AsyncResponseT] = None

    async def __aenter__(self) -> _AsyncResponseT:
        self._response = await self._api_request
        return self._response

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        if self._response is not None:
            await self._response.close()


def _raw_header_name(func: Callable[..., Any]) -> str:
    """The raw-response header of the client behind a bound resource method."""
    client = getattr(getattr(func, "__self__", None), "_client", None)
    header = getattr(client, "_raw_response_header", None)
    if not isinstance(header, str):
        raise TypeError(f"Expected a bound resource method, got {func!r}")
    return header


def _with_header(kwargs: Dict[str, Any], name: str, value: str) -> None:
    kwargs["extra_headers"] = {**(kwargs.get("extra_headers") or {}), name: value}


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, LegacyAPIResponse[R]]:
    """Wrap a resource method so it returns the ``LegacyAPIResponse``."""
    header = _raw_header_name(func)

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> LegacyAPIResponse[R]:
        """Call the wrapped method with the raw-response header added."""
        _with_header(kwargs, header, "true")
        return cast(LegacyAPIResponse[R], func(*args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[LegacyAPIResponse[R]]]:
    """Wrap an async resource method so it returns the ``LegacyAPIResponse``."""
    header = _raw_header_name(func)

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> LegacyAPIResponse[R]:
        """Call the wrapped method with the raw-response header added."""
        _with_header(kwargs, header, "true")
        return cast(LegacyAPIResponse[R], await func(*args, **kwargs))

    return wrapped


def to_streamed_response_wrapper(
    func: Callable[P, R],
) -> Callable[P, ResponseContextManager[APIResponse[R]]]:
    """Wrap a resource method so it returns a context manager over an ``APIResponse``."""
    header = _raw_header_name(func)

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[APIResponse[R]]:
        """Call the wrapped method with the raw-response header added."""
        _with_header(kwargs, header, "stream")
        make_request = functools.partial(func, *args, **kwargs)
        return ResponseContextManager(cast(Callable[[], APIResponse[R]], make_request))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]:
    """Wrap an async resource method so it returns an async context manager."""
    header = _raw_header_name(func)

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[AsyncAPIResponse[R]]:
        """Call the wrapped method with the raw-response header added."""
        _with_header(kwargs, header, "stream")
        return AsyncResponseContextManager(cast(Awaitable[AsyncAPIResponse[R]], func(*args, **kwargs)))

    return wrapped
