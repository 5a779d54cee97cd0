# Runtime file copied verbatim by sdkgen. Do not edit.
"""The HTTP clients: ``SyncAPIClient`` (blocking) and ``AsyncAPIClient``.

Every decision (request building, retry policy, error mapping, parsing) is made by
``BaseClient`` in ``_client_core``; these classes only do the I/O: send, sleep,
read, close. ``time.sleep`` and ``anyio.sleep`` are looked up at call time, so
tests can patch them.
"""

from __future__ import annotations

import time
import inspect
from typing import (
    TYPE_CHECKING,
    Any,
    Type,
    Tuple,
    Mapping,
    Union,
    Literal,
    TypeVar,
    Optional,
    cast,
    overload,
)

from ._types import Body, ResponseT, RequestOptions
from ._request import FinalRequestOptions, make_request_options
from ._client_core import BaseClient
from ._transport_errors import reading

if TYPE_CHECKING:
    import httpx2  # noqa: F401  (named in string type arguments below)

    from ._streaming import Stream, AsyncStream
    from ._pagination import BaseSyncPage, AsyncPaginator, BaseAsyncPage

__all__ = ["AsyncAPIClient", "BaseClient", "SyncAPIClient", "make_request_options"]

SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")
_T = TypeVar("_T")
_StreamT = TypeVar("_StreamT", bound="Stream[Any]")
_AsyncStreamT = TypeVar("_AsyncStreamT", bound="AsyncStream[Any]")


class SyncAPIClient(BaseClient["httpx2.Client"]):
    """A client doing blocking I/O with an ``httpx2.Client``."""

    _is_async = False

    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[type] = None,
    ) -> ResponseT:
        """Send ``options`` (retrying as the policy allows) and parse the response;
        with ``stream=True``, a 2xx response becomes a ``stream_cls`` of events."""
        if stream:
            _check_stream_cls(stream_cls, cast_to, self._is_async)
        prepared = self._prepare(options)
        send_stream = stream or prepared.raw_mode == "stream"
        deadline = self._start_deadline()
        retries_taken = 0
        while True:
            request = self._build_request(options, prepared, retries_taken)
            try:
                if deadline is None:
                    response = self._http().send(request, stream=send_stream)
                else:
                    response = deadline.send(self._http(), request, send_stream)
            except Exception as err:
                time.sleep(self._send_retry_delay(err, request, retries_taken, prepared.max_retries, deadline))
                retries_taken += 1
                continue
            if not 200 <= response.status_code < 300:
                delay = self._status_retry_delay(response, retries_taken, prepared.max_retries, deadline)
                if delay is not None:
                    response.close()
                    time.sleep(delay)
                    retries_taken += 1
                    continue
                if not response.is_closed:
                    with reading(request):
                        response.read()
                raise self._make_status_error_from_response(response) from None
            return cast(
                ResponseT,
                self._process_response(
                    cast_to,
                    options,
                    prepared,
                    response,
                    retries_taken,
                    stream,
                    stream_cls,
                ),
            )

    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: Optional[RequestOptions] = None,
    ) -> ResponseT:
        """Send a GET request and parse the response as ``cast_to``."""
        return self.request(cast_to, self._options("get", path, None, options))

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]:
        """Send a POST request with a JSON (or ``multipart``) ``body`` and parse the
        response as ``cast_to``, or as a ``stream_cls`` of events with ``stream=True``
        (``Stream[cast_to]`` when no class is given)."""
        return self.request(
            cast_to,
            self._options("post", path, body, options, multipart, content_type, field_styles),
            stream=stream,
            stream_cls=stream_cls,
        )

    def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
    ) -> ResponseT:
        """Send a PATCH request with a JSON (or ``multipart``) ``body``."""
        return self.request(
            cast_to,
            self._options("patch", path, body, options, multipart, content_type, field_styles),
        )

    def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
    ) -> ResponseT:
        """Send a PUT request with a JSON (or ``multipart``) ``body``."""
        return self.request(
            cast_to,
            self._options("put", path, body, options, multipart, content_type, field_styles),
        )

    def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
    ) -> ResponseT:
        """Send a DELETE request with a JSON ``body`` and parse the response as ``cast_to``."""
        return self.request(
            cast_to,
            self._options("delete", path, body, options, False, content_type, field_styles),
        )

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[object],
        page: Type[SyncPageT],
        options: Optional[RequestOptions] = None,
    ) -> SyncPageT:
        """The first page of a paginated list."""
        return self._request_api_list(model, page, self._options("get", path, None, options))

    def _request_api_list(self, model: Type[object], page: Type[SyncPageT], options: FinalRequestOptions) -> SyncPageT:
        def attach(parsed: SyncPageT) -> SyncPageT:
            """Give the parsed page what it needs to fetch the next one."""
            parsed._set_private_attributes(client=self, model=model, options=options)
            return parsed

        options.post_parser = attach
        return self.request(page, options)

    def close(self) -> None:
        """Close the underlying HTTP client (the client is unusable afterwards)."""
        if hasattr(self, "_client"):
            self._client.close()

    def is_closed(self) -> bool:
        """Whether the underlying HTTP client is closed."""
        return self._client.is_closed

    def __enter__(self: _T) -> _T:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient["httpx2.AsyncClient"]):
    """A client doing asynchronous I/O with an ``httpx2.AsyncClient``."""

    _is_async = True

    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[type] = None,
    ) -> ResponseT:
        """Send ``options`` (retrying as the policy allows) and parse the response;
        with ``stream=True``, a 2xx response becomes a ``stream_cls`` of events."""
        import anyio

        if stream:
            _check_stream_cls(stream_cls, cast_to, self._is_async)
        if self._credential_providers:
            await self._refresh_credentials()
        if options.multipart or options.content_type is not None:
            # reading the files must not block the event loop
            prepared = await anyio.to_thread.run_sync(self._prepare, options)
        else:
            prepared = self._prepare(options)
        send_stream = stream or prepared.raw_mode == "stream"
        deadline = self._start_deadline()
        retries_taken = 0
        while True:
            if self._credential_providers and retries_taken:
                await self._refresh_credentials()
            request = self._build_request(options, prepared, retries_taken)
            try:
                if deadline is None:
                    response = await self._http().send(request, stream=send_stream)
                else:
                    response = await deadline.asend(self._http(), request, send_stream)
            except Exception as err:
                await anyio.sleep(self._send_retry_delay(err, request, retries_taken, prepared.max_retries, deadline))
                retries_taken += 1
                continue
            if not 200 <= response.status_code < 300:
                delay = self._status_retry_delay(response, retries_taken, prepared.max_retries, deadline)
                if delay is not None:
                    await response.aclose()
                    await anyio.sleep(delay)
                    retries_taken += 1
                    continue
                if not response.is_closed:
                    with reading(request):
                        await response.aread()
                raise self._make_status_error_from_response(response) from None
            return cast(
                ResponseT,
                self._process_response(
                    cast_to,
                    options,
                    prepared,
                    response,
                    retries_taken,
                    stream,
                    stream_cls,
                ),
            )

    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: Optional[RequestOptions] = None,
    ) -> ResponseT:
        """Send a GET request and parse the response as ``cast_to``."""
        return await self.request(cast_to, self._options("get", path, None, options))

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]:
        """Send a POST request with a JSON (or ``multipart``) ``body`` and parse the
        response as ``cast_to``, or as a ``stream_cls`` of events with ``stream=True``
        (``AsyncStream[cast_to]`` when no class is given)."""
        return await self.request(
            cast_to,
            self._options("post", path, body, options, multipart, content_type, field_styles),
            stream=stream,
            stream_cls=stream_cls,
        )

    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
    ) -> ResponseT:
        """Send a PATCH request with a JSON (or ``multipart``) ``body``."""
        return await self.request(
            cast_to,
            self._options("patch", path, body, options, multipart, content_type, field_styles),
        )

    async def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
    ) -> ResponseT:
        """Send a PUT request with a JSON (or ``multipart``) ``body``."""
        return await self.request(
            cast_to,
            self._options("put", path, body, options, multipart, content_type, field_styles),
        )

    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        options: Optional[RequestOptions] = None,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
    ) -> ResponseT:
        """Send a DELETE request with a JSON ``body`` and parse the response as ``cast_to``."""
        return await self.request(
            cast_to,
            self._options("delete", path, body, options, False, content_type, field_styles),
        )

    async def _refresh_credentials(self) -> None:
        """Call the credential providers, awaiting what they return when that is
        awaitable (the async client takes ``async def`` providers, as the reference does).
        """
        for option, provider in self._credential_providers.items():
            value = provider()
            if inspect.isawaitable(value):
                value = await value
            setattr(self, option, value)

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[_T],
        page: Type[AsyncPageT],
        options: Optional[RequestOptions] = None,
    ) -> AsyncPaginator[_T, AsyncPageT]:
        """A paginator: ``await`` it for the first page or ``async for`` over all items."""
        return self._request_api_list(model, page, self._options("get", path, None, options))

    def _request_api_list(
        self, model: Type[_T], page: Type[AsyncPageT], options: FinalRequestOptions
    ) -> AsyncPaginator[_T, AsyncPageT]:
        from ._pagination import AsyncPaginator

        return AsyncPaginator(client=self, options=options, page_cls=page, model=model)

    async def close(self) -> None:
        """Close the underlying HTTP client (the client is unusable afterwards)."""
        if hasattr(self, "_client"):
            await self._client.aclose()

    def is_closed(self) -> bool:
        """Whether the underlying HTTP client is closed."""
        return self._client.is_closed

    async def __aenter__(self: _T) -> _T:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _check_stream_cls(stream_cls: Optional[type], cast_to: Any, is_async: bool) -> None:
    from ._streaming import stream_type

    stream_type(stream_cls, cast_to, is_async)
