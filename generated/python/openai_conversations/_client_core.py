# Runtime file copied verbatim by sdkgen. Do not edit.
"""The I/O-free half of the clients: building requests and headers, deciding what a
failure means, and turning a response into a value.

``SyncAPIClient`` and ``AsyncAPIClient`` (in ``_base_client``) add only the I/O.
Configuration and ``copy`` live in ``_client_options``; the wire-format helpers in
``_request``; the retry policy in ``_retry``; error mapping in ``_status``; response
parsing in ``_parsing``.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Tuple,
    Union,
    Generic,
    Mapping,
    TypeVar,
    Optional,
    cast,
)

from ._types import Body, Omit, NotGiven, RequestOptions
from ._retry import retry_delay, should_retry
from ._status import status_error
from ._request import (
    FinalRequestOptions,
    has_header,
    encode_body,
    merge_body,
    header_value,
    encode_query,
    prepare_body,
    multipart_boundary,
)
from ._request import merge_headers
from ._auth import credentials_on_the_wire
from ._exceptions import SDKError, APIStatusError, APITimeoutError, APIConnectionError
from ._client_options import ClientOptions
from ._transport_errors import unretried as _unretried, http_errors

if TYPE_CHECKING:
    import httpx2

    from ._deadline import Deadline

__all__ = ["BaseClient"]

_HttpxClientT = TypeVar("_HttpxClientT", bound=Union["httpx2.Client", "httpx2.AsyncClient"])


class _Prepared:
    """The parts of a request that do not change between retries."""

    __slots__ = (
        "url",
        "params",
        "content",
        "timeout",
        "timeout_extension",
        "raw_mode",
        "max_retries",
        "content_type",
        "auth",
    )

    def __init__(
        self,
        url: str,
        params: Optional[str],
        content: Optional[bytes],
        timeout: Any,
        timeout_extension: Dict[str, Optional[float]],
        raw_mode: Optional[str],
        max_retries: int,
        content_type: Optional[str] = None,
        auth: Tuple[str, ...] = (),
    ) -> None:
        self.url = url
        self.params = params
        self.content = content
        self.timeout = timeout
        self.timeout_extension = timeout_extension
        self.raw_mode = raw_mode
        self.max_retries = max_retries
        self.content_type = content_type
        """The request's content type when the body decides it (multipart)."""
        self.auth = auth
        """The security schemes whose credentials the request sends."""


class BaseClient(ClientOptions, Generic[_HttpxClientT]):
    """Shared, I/O-free logic of the sync and async clients."""

    _client: _HttpxClientT

    # -- building the request --------------------------------------------------------

    def _prepare(self, options: FinalRequestOptions) -> _Prepared:
        auth = self._select_credentials(options.security) if self._auth_schemes else ()
        params = {**self._custom_query, **options.params} if self._custom_query else options.params
        if auth:
            values = {o: getattr(self, o) for o, _env in self._credentials}
            auth_query = credentials_on_the_wire(auth, self._auth_schemes, values)[1]
            if auth_query:
                params = {**auth_query, **params}
        url, query = encode_query(self._prepare_url(options.url), params, self._array_format)
        if query and not self._client.params:
            url, query = f"{url}?{query}", ""
        content_type: Optional[str] = None
        if options.method == "get":
            content = None
        elif options.multipart:
            content_type, content = _multipart_body(options)
        elif options.content_type is not None:
            content_type, content = _typed_body(options)
        else:
            content = encode_body(options.json_data, options.extra_json)
        raw_mode = header_value(options.headers, self._raw_header) if options.headers else None
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        max_retries = self.max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries
        self._validate_max_retries(max_retries)
        extension = self._timeout_extension(timeout)
        return _Prepared(
            url,
            query or None,
            content,
            timeout,
            extension,
            cast(Optional[str], raw_mode),
            max_retries,
            content_type,
            auth,
        )

    def _prepare_url(self, path: str) -> str:
        if "://" in path:
            return path
        if self._base_url_prefix is not None:
            return self._base_url_prefix + path.lstrip("/")
        return str(self._base_url.copy_with(raw_path=self._base_url.raw_path + path.lstrip("/").encode()))

    def _build_headers(
        self,
        options: FinalRequestOptions,
        timeout: Any,
        retries_taken: int,
        content_type: Optional[str] = None,
        auth: Tuple[str, ...] = (),
    ) -> List[Tuple[str, str]]:
        custom = options.headers
        merged: Dict[str, str] = {}
        merge_headers(merged, self._auth_headers(auth))
        defaults = self._lowered_default_headers()
        if defaults is not None:
            merged.update(defaults)
        else:
            merge_headers(merged, self.default_headers)
        if custom:
            merge_headers(merged, custom)
        if (
            "authorization" not in merged
            and not _omits(custom, "authorization")
            and any(self._auth_schemes[name][2] == "Authorization" for name in auth)
        ):
            options_needed = " and ".join(o for name in auth for o in self._auth_schemes[name][3])
            raise TypeError(
                f"Could not resolve authentication method. Expected the {options_needed} to be set. "
                "Or for the `Authorization` header to be explicitly omitted."
            )
        retry_header, timeout_header = (
            self._retry_count_header,
            self._read_timeout_header,
        )
        if retry_header is not None and (not custom or not has_header(custom, retry_header)):
            merged[retry_header] = str(retries_taken)
        if timeout_header is not None and (not custom or not has_header(custom, timeout_header)):
            read_timeout = timeout if timeout is None or isinstance(timeout, (int, float)) else timeout.read
            if read_timeout is not None:
                merged[timeout_header] = str(read_timeout)
        if self._header_prefix is None:
            merged.pop(self._raw_header, None)  # raw-response mode: read, never sent
        if options.method == "get":
            merged.pop("content-type", None)
        elif content_type is not None:
            merged["content-type"] = content_type
        return list(merged.items())

    def _build_request(self, options: FinalRequestOptions, prepared: _Prepared, retries_taken: int) -> httpx2.Request:
        headers = self._build_headers(
            options,
            prepared.timeout,
            retries_taken,
            prepared.content_type,
            prepared.auth,
        )
        client = self._client
        if self._plain_build_request and prepared.params is None and not client.cookies:
            # What ``client.build_request`` would produce, without its costly header merge.
            ours = {name for name, _ in headers}
            merged: List[Tuple[Any, Any]] = [
                (name, value) for name, value in client.headers.raw if name.lower().decode("latin-1") not in ours
            ]
            merged.extend(headers)
            request: httpx2.Request = self._request_class(
                options.method,
                prepared.url,
                headers=merged,
                content=prepared.content,
                extensions={"timeout": prepared.timeout_extension},
            )
            return request
        return client.build_request(
            options.method,
            prepared.url,
            headers=headers,
            content=prepared.content,
            params=prepared.params,
            extensions={"timeout": prepared.timeout_extension},  # whichever httpx the client is from
        )

    @staticmethod
    def _options(
        method: str,
        path: str,
        body: Body | None,
        options: Optional[RequestOptions],
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
    ) -> FinalRequestOptions:
        if isinstance(body, Omit):  # an optional whole body left out: no body at all
            body = None
        if multipart or content_type is not None:
            # file values must reach the encoder untouched
            return FinalRequestOptions(
                method,
                path,
                json_data=body,
                multipart=multipart,
                content_type=content_type,
                field_styles=field_styles,
                **(options or {}),
            )
        if options is None:
            return FinalRequestOptions(method, path, json_data=prepare_body(body))
        return FinalRequestOptions(method, path, json_data=prepare_body(body), **options)

    # -- deciding what a failure means -----------------------------------------------

    def _send_retry_delay(
        self,
        err: Exception,
        request: httpx2.Request,
        retries_taken: int,
        max_retries: int,
        deadline: Optional[Deadline] = None,
    ) -> float:
        """The wait before retrying ``err`` (raised while sending); raises it otherwise.

        Every failure comes out as an SDK error, with ``err`` as its cause: a timeout as
        ``APITimeoutError``, anything else as ``APIConnectionError``. Only timeouts and
        connection errors are retried, while retries remain and the deadline leaves time;
        a redirect loop, a closed client and an error of another kind (raised by a
        transport or an event hook) are not.
        """
        timeout_error, connection_errors = http_errors()
        if isinstance(err, SDKError):
            raise err
        timed_out = isinstance(err, timeout_error)
        if not timed_out:
            message = _unretried(err, self._client.is_closed)
            if message is not None or not isinstance(err, connection_errors):
                raise APIConnectionError(message=message or f"{type(err).__name__}: {err}", request=request) from err
        if retries_taken < max_retries:
            delay = retry_delay(retries_taken)
            if deadline is None or deadline.allows(delay):
                _log_retry(err)
                return delay
        if timed_out:
            raise APITimeoutError(request=request) from err
        raise APIConnectionError(request=request) from err

    def _status_retry_delay(
        self, response: httpx2.Response, retries_taken: int, max_retries: int, deadline: Optional[Deadline] = None
    ) -> Optional[float]:
        """The wait before retrying after ``response`` (not a 2xx), or None to raise its error."""
        if retries_taken >= max_retries or not should_retry(response):
            return None
        delay = retry_delay(retries_taken, response.headers)
        if deadline is not None and not deadline.allows(delay):
            return None
        _log_retry(f"status code {response.status_code}")
        return delay

    def _make_status_error_from_response(self, response: httpx2.Response) -> APIStatusError:
        return status_error(response)

    # -- turning the response into a value -------------------------------------------

    def _process_response(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        prepared: _Prepared,
        response: httpx2.Response,
        retries_taken: int,
        stream: bool = False,
        stream_cls: Optional[type] = None,
    ) -> Any:
        if prepared.raw_mode:
            return self._wrap_response(
                cast_to,
                options,
                response,
                retries_taken,
                legacy=prepared.raw_mode == "true",
                stream=stream,
                stream_cls=stream_cls,
            )
        if stream:
            from ._streaming import build_stream

            return build_stream(stream_cls, cast_to, response, self)
        return self._parse_response(
            response,
            cast_to,
            strict=self._strict_response_validation,
            post_parser=options.post_parser,
        )

    def _wrap_response(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        response: httpx2.Response,
        retries_taken: int,
        *,
        legacy: bool,
        stream: bool = False,
        stream_cls: Optional[type] = None,
    ) -> Any:
        from ._response import APIResponse, AsyncAPIResponse, LegacyAPIResponse

        response_class: Any = LegacyAPIResponse if legacy else (AsyncAPIResponse if self._is_async else APIResponse)
        return response_class(
            raw=response,
            client=self,
            cast_to=cast_to,
            options=options,
            retries_taken=retries_taken,
            stream=stream,
            stream_cls=stream_cls,
        )

    @property
    def _raw_header(self) -> str:
        return self._raw_response_header.lower()


def _multipart_body(options: FinalRequestOptions) -> Tuple[str, bytes]:
    from ._multipart import encode_multipart

    boundary = multipart_boundary(options.headers) if options.headers else None
    body = merge_body(options.json_data, options.extra_json)
    return encode_multipart(body, boundary=boundary)


def _typed_body(options: FinalRequestOptions) -> Tuple[Optional[str], Optional[bytes]]:
    from ._content import encode_content

    assert options.content_type is not None
    content_type, content = encode_content(
        options.json_data,
        options.content_type,
        extra_json=options.extra_json,
        styles=options.field_styles,
    )
    if options.headers and has_header(options.headers, "content-type"):
        return None, content  # the caller's own content type wins
    return content_type, content


def _log_retry(reason: object) -> None:
    import logging  # imported on the (rare) retry path only, to keep the package import cheap

    logging.getLogger(__name__).debug(
        "Retrying after %s",
        reason if isinstance(reason, str) else type(reason).__name__,
    )


def _omits(headers: Mapping[str, object], lower_name: str) -> bool:
    return any(name.lower() == lower_name and isinstance(value, Omit) for name, value in headers.items())
