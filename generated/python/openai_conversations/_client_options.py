# Runtime file copied verbatim by sdkgen. Do not edit.
"""Client configuration: constructor validation, environment fallbacks, default
headers, base URL handling and ``copy``.

The concrete (generated) client sets the class attributes below; nothing here names
a particular API, header prefix or environment variable.
"""

from __future__ import annotations

import os
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Tuple,
    Union,
    Mapping,
    Callable,
    ClassVar,
    Optional,
)


from ._types import Omit, NotGiven, ArrayFormat, is_given
from ._utils import async_library, platform_headers
from ._constants import RAW_RESPONSE_HEADER_SUFFIX, INTERNAL_RAW_RESPONSE_HEADER
from ._auth import AuthScheme, Security, select, credentials_on_the_wire
from ._exceptions import SDKError
from ._httpx_compat import client_module, is_http_client, as_httpx2_timeout

if TYPE_CHECKING:
    import httpx2

    from ._deadline import Deadline

__all__ = ["ClientOptions", "HeaderOption"]

HeaderOption = Tuple[str, str, str]
"""``(constructor parameter, header name, environment variable)``."""


class ClientOptions:
    """Configuration shared by the sync and async clients."""

    # Set by the generated client class.
    _version: ClassVar[str]
    _api_key_env: ClassVar[str]
    _base_url_env: ClassVar[str]
    _default_base_url: ClassVar[str]
    _array_format: ClassVar[ArrayFormat] = "repeat"
    _header_options: ClassVar[Tuple[HeaderOption, ...]] = ()
    _auth_schemes: ClassVar[Mapping[str, AuthScheme]] = {}
    _security: ClassVar[Security] = ()
    _credentials: ClassVar[Tuple[Tuple[str, str], ...]] = ()  # (option, environment variable)
    _required_credentials: ClassVar[Tuple[str, ...]] = ()
    _is_async: ClassVar[bool]

    max_retries: int
    timeout: Union[float, "httpx2.Timeout", None]
    deadline: Optional[float]
    """The longest a call may take, retries and waits included (see ``_deadline``); ``None``: no bound."""
    _strict_response_validation: bool

    def __init__(
        self,
        *,
        credentials: Mapping[str, Any],
        base_url: Union[str, "httpx2.URL", None, NotGiven],
        timeout: Union[float, "httpx2.Timeout", None, NotGiven],
        max_retries: int,
        default_headers: Optional[Mapping[str, str]],
        default_query: Optional[Mapping[str, object]],
        http_client: Any,
        _strict_response_validation: bool,
        header_options: Mapping[str, Optional[str]],
        deadline: Optional[float] = None,
    ) -> None:
        import httpx2

        from ._parsing import parse_response  # loads pydantic on first use

        self._parse_response: Callable[..., Any] = parse_response
        self._resolve_credentials(credentials)
        for param, _header, env in self._header_options:
            value = header_options.get(param)
            setattr(self, param, value if value is not None else os.environ.get(env))
        self._check_http_client(http_client)
        self._validate_max_retries(max_retries)
        self.max_retries = max_retries
        self.deadline = check_deadline(deadline)
        self.timeout = _resolve_timeout(timeout, http_client)
        self.base_url = _resolve_base_url(base_url, self._base_url_env, self._default_base_url)
        self._custom_headers: Mapping[str, str] = default_headers or {}
        self._custom_query: Mapping[str, object] = default_query or {}
        self._strict_response_validation = _strict_response_validation
        prefix = self._header_prefix
        self._retry_count_header = _lower_header(prefix, "-retry-count")
        self._read_timeout_header = _lower_header(prefix, "-read-timeout")
        self._client = http_client or _default_http_client(self._is_async, str(self.base_url), self.timeout)
        # The process the SDK's own HTTP client (or a copy's, which shares it) belongs to.
        self._owner_pid = os.getpid() if type(self._client) in _CLOSING_CLASSES.values() else None
        module = client_module(self._client)  # httpx2, or the legacy httpx of a client passed in
        self._request_class = module.Request
        http_base: Any = module.AsyncClient if self._is_async else module.Client
        # Requests are built directly unless the http client customises ``build_request``.
        self._plain_build_request = type(self._client).build_request is http_base.build_request
        self._timeout_cache: Tuple[Any, Dict[str, Optional[float]]] = (None, {})
        self._defaults_cache: Tuple[Any, Optional[Dict[str, str]]] = (None, None)

    def _start_deadline(self) -> Optional[Deadline]:
        """The ``_deadline.Deadline`` of a call starting now, or None without the option."""
        if self.deadline is None:
            return None
        from ._deadline import Deadline

        return Deadline(self.deadline)

    def _http(self) -> Any:
        """The HTTP client to send with. The SDK's own client is not used across ``fork()``:
        a child process gets a new one, since the parent's pooled connections would carry
        both processes' requests. A client the user passed is theirs to manage."""
        if self._owner_pid is not None and self._owner_pid != os.getpid():
            self._client._sdk_abandoned = True  # the parent's connections: never closed from here
            self._client = _default_http_client(self._is_async, str(self.base_url), self.timeout)
            self._owner_pid = os.getpid()
        return self._client

    def _resolve_credentials(self, given: Mapping[str, Any]) -> None:
        """Each credential option from its argument, else its environment variable; a
        callable is kept as a provider, called before each request. A required one
        missing is an error here."""
        self._credential_providers: Dict[str, Callable[[], Any]] = {}
        for option, env in self._credentials:
            value = given.get(option)
            if value is None:
                value = os.environ.get(env)
            if callable(value):
                self._credential_providers[option] = value
                value = ""
            required = option in self._required_credentials
            setattr(self, option, value or ("" if required else None))
            if required and not value and option not in self._credential_providers:
                raise SDKError(
                    f"The {option} client option must be set either by passing {option} to the client "
                    f"or by setting the {env} environment variable"
                )

    def _select_credentials(self, security: Optional[Security]) -> Tuple[str, ...]:
        """The schemes a request with this requirement (None: the client's) sends."""
        is_set = {
            option: bool(getattr(self, option)) or option in self._credential_providers
            for option, _env in self._credentials
        }
        chosen = self._security if security is None else security
        return select(chosen, self._auth_schemes, is_set, dict(self._credentials))

    def _credential_values(self) -> Dict[str, Optional[str]]:
        """The credentials now; a callable one is called (by the async client's
        ``_refresh_credentials`` instead, which awaits it)."""
        if not self._is_async:
            for option, provider in self._credential_providers.items():
                setattr(self, option, provider())
        return {option: getattr(self, option) for option, _env in self._credentials}

    @staticmethod
    def _validate_max_retries(value: object) -> None:
        if value is None:
            raise TypeError(
                "max_retries cannot be None. Use 0 to disable retries or a large integer for a larger retry budget."
            )
        if not isinstance(value, int):
            raise TypeError("max_retries must be a non-negative integer")
        if value < 0:
            raise ValueError("max_retries must be a non-negative integer")

    def _check_http_client(self, http_client: object) -> None:
        if http_client is not None and not is_http_client(http_client, self._is_async):
            name = "AsyncClient" if self._is_async else "Client"
            raise TypeError(
                f"Invalid `http_client` argument; Expected an instance of `httpx.{name}` or `httpx2.{name}` "
                f"but got {type(http_client)}"
            )

    def _timeout_extension(self, timeout: Any) -> Dict[str, Optional[float]]:
        """``httpx2.Timeout(timeout).as_dict()``, cached for the client's own timeout."""
        source, extension = self._timeout_cache
        if timeout is source and source is not None:
            return extension
        import httpx2

        extension = httpx2.Timeout(as_httpx2_timeout(timeout)).as_dict()
        if timeout is self.timeout:
            self._timeout_cache = (timeout, extension)
        return extension

    # -- headers -------------------------------------------------------------------

    @property
    def _header_prefix(self) -> Optional[str]:
        """The prefix of the SDK's telemetry headers (``<prefix>-Lang``,
        ``<prefix>-Retry-Count``, ...), or None to send none: a generated client sets
        it as a class attribute."""
        return None

    @property
    def auth_headers(self) -> Dict[str, str]:
        """The headers that authenticate a request of the client's own requirement (none
        when its credentials are missing); a callable credential is called."""
        try:
            selected = self._select_credentials(None)
        except SDKError:
            return {}
        return self._auth_headers(selected)

    def _auth_headers(self, selected: Tuple[str, ...]) -> Dict[str, str]:
        """The headers sending the ``selected`` schemes' credentials (cookies included)."""
        if not selected:
            return {}
        values = self._credential_values()
        return credentials_on_the_wire(selected, self._auth_schemes, values)[0]

    @property
    def user_agent(self) -> str:
        """``<ClientClass>/Python <package version>``."""
        return f"{self.__class__.__name__}/Python {self._version}"

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        """The headers sent with every request, before ``extra_headers``."""
        prefix, custom = self._header_prefix, self._custom_headers
        headers: Dict[str, Union[str, Omit]] = {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
        }
        headers.update(platform_headers(prefix, self._version))
        headers.update(custom)
        if prefix is not None:
            headers[f"{prefix}-Async"] = f"async:{async_library()}" if self._is_async else "false"
        for param, header, _env in self._header_options:
            value = getattr(self, param)
            headers[header] = value if value is not None else Omit()
        headers.update(custom)
        return headers

    @property
    def _raw_response_header(self) -> str:
        """The header that asks for a raw response: ``<prefix>-Raw-Response``; without
        a prefix an internal name, which ``_build_headers`` drops before sending."""
        prefix = self._header_prefix
        if prefix is None:
            return INTERNAL_RAW_RESPONSE_HEADER
        return prefix + RAW_RESPONSE_HEADER_SUFFIX

    def _lowered_default_headers(self) -> Optional[Dict[str, str]]:
        """``default_headers`` keyed by lower-case name, omitted ones dropped; cached
        while the header options are unchanged. ``None`` when they must be merged one
        by one (``default_headers`` overridden, or an ``Authorization`` among them)."""
        if type(self).default_headers is not ClientOptions.default_headers:
            return None
        key = [getattr(self, option[0]) for option in self._header_options]
        if self._is_async:
            key.append(async_library())
        cached_key, cached = self._defaults_cache
        if cached_key == key:
            return cached
        lowered: Dict[str, str] = {}
        for name, value in self.default_headers.items():
            if isinstance(value, Omit):
                lowered.pop(name.lower(), None)
            else:
                lowered[name.lower()] = value
        result = None if any(name.lower() == "authorization" for name in self.default_headers) else lowered
        self._defaults_cache = (key, result)
        return result

    @property
    def default_query(self) -> Dict[str, object]:
        """The query parameters sent with every request, before per-call ones."""
        return dict(self._custom_query)

    # -- base URL --------------------------------------------------------------------

    @property
    def base_url(self) -> httpx2.URL:
        """The base URL, always ending with a slash."""
        return self._base_url

    @base_url.setter
    def base_url(self, url: Union[str, "httpx2.URL"]) -> None:
        """Set the base URL; a trailing slash is added when missing."""
        import httpx2

        url = httpx2.URL(str(url))
        path, separator, query = url.raw_path.partition(b"?")
        if not path.endswith(b"/"):
            url = url.copy_with(raw_path=path + b"/" + separator + query)
        self._base_url = url
        # Plain string concatenation is exact (and fast) unless the base URL has a query.
        # (``str(URL("http://host"))`` has no trailing slash although its path is "/".)
        prefix = str(url)
        self._base_url_prefix: Optional[str] = None if separator else (prefix if prefix.endswith("/") else prefix + "/")

    # -- copy ------------------------------------------------------------------------

    def _copy_kwargs(
        self,
        *,
        credentials: Mapping[str, Any],
        base_url: Union[str, "httpx2.URL", None, NotGiven],
        timeout: Union[float, "httpx2.Timeout", None, NotGiven],
        http_client: Any,
        max_retries: Union[int, NotGiven],
        default_headers: Optional[Mapping[str, str]],
        set_default_headers: Optional[Mapping[str, str]],
        default_query: Optional[Mapping[str, object]],
        set_default_query: Optional[Mapping[str, object]],
        header_options: Mapping[str, Optional[str]],
        deadline: Union[float, None, NotGiven] = NotGiven(),
    ) -> Dict[str, Any]:
        """Constructor arguments for a copy: unset arguments keep this client's values,
        and the copy shares this client's HTTP connection pool."""
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")
        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")
        headers = _merged(self._custom_headers, default_headers, set_default_headers)
        query = _merged(self._custom_query, default_query, set_default_query)
        kwargs: Dict[str, Any] = {
            "base_url": base_url or self.base_url,
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "http_client": http_client or self._client,
            "max_retries": max_retries if is_given(max_retries) else self.max_retries,
            "deadline": deadline if is_given(deadline) else self.deadline,
            "default_headers": headers,
            "default_query": query,
            "_strict_response_validation": self._strict_response_validation,
        }
        for param, _header, _env in self._header_options:
            kwargs[param] = header_options.get(param) or getattr(self, param)
        for option, _env in self._credentials:
            kwargs[option] = credentials.get(option) or self._credential_providers.get(option) or getattr(self, option)
        return kwargs


def check_deadline(deadline: Optional[float]) -> Optional[float]:
    """``deadline`` (see ``_deadline``) if it is a positive number of seconds or ``None``."""
    if deadline is None:
        return None
    if isinstance(deadline, bool) or not isinstance(deadline, (int, float)) or not 0 < deadline < float("inf"):
        raise ValueError(f"`deadline` must be a positive number of seconds or None, not {deadline!r}")
    return float(deadline)


def _lower_header(prefix: Optional[str], suffix: str) -> Optional[str]:
    """``<prefix><suffix>`` in lower case, or None when the client has no header prefix."""
    return None if prefix is None else (prefix + suffix).lower()


def _merged(
    current: Mapping[str, Any],
    merge: Optional[Mapping[str, Any]],
    replace: Optional[Mapping[str, Any]],
) -> Mapping[str, Any]:
    if merge is not None:
        return {**current, **merge}
    return replace if replace is not None else current


def _resolve_timeout(timeout: Union[float, "httpx2.Timeout", None, NotGiven], http_client: Any) -> Any:
    import httpx2

    if not isinstance(timeout, NotGiven):
        return timeout
    # A custom http_client's own timeout wins unless it is httpx2's default.
    if http_client is not None and as_httpx2_timeout(http_client.timeout) != httpx2.Timeout(5.0):
        return as_httpx2_timeout(http_client.timeout)
    from ._http_clients import DEFAULT_TIMEOUT

    return DEFAULT_TIMEOUT


def _resolve_base_url(
    base_url: Union[str, "httpx2.URL", None, NotGiven], env: str, default: str
) -> Union[str, "httpx2.URL"]:
    if base_url is None or isinstance(base_url, NotGiven):
        return os.environ.get(env) or default
    return base_url


def _default_http_client(is_async: bool, base_url: str, timeout: Any) -> Any:
    from ._http_clients import with_defaults

    client_class = _closing_client_class(is_async)
    return client_class(**with_defaults({"base_url": base_url, "timeout": timeout}))


_CLOSING_CLASSES: Dict[bool, type] = {}


def _closing_client_class(is_async: bool) -> type:
    """An httpx2 client class that closes its connections when garbage-collected
    (only used for the client the SDK creates itself)."""
    import httpx2

    if is_async not in _CLOSING_CLASSES:
        base: type = httpx2.AsyncClient if is_async else httpx2.Client

        def __del__(self: Any) -> None:
            if self.is_closed or getattr(self, "_sdk_abandoned", False):
                return
            try:
                if is_async:
                    import asyncio

                    asyncio.get_running_loop().create_task(self.aclose())
                else:
                    self.close()
            except Exception:
                pass

        _CLOSING_CLASSES[is_async] = type(f"SDK{base.__name__}", (base,), {"__del__": __del__})
    return _CLOSING_CLASSES[is_async]
