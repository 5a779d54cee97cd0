# File generated from conversations.yaml by sdkgen. Do not edit.
"""The OpenAI Conversations API clients: ``OpenAI`` (blocking) and ``AsyncOpenAI`` (asyncio/trio)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Tuple, Union, Mapping, Callable, ClassVar, Optional, Awaitable
from functools import cached_property


from ._types import NotGiven, ArrayFormat, not_given
from ._version import __version__
from ._base_client import SyncAPIClient, AsyncAPIClient
from ._auth import AuthScheme, Security
from ._client_options import HeaderOption

if TYPE_CHECKING:
    import httpx2
    from typing_extensions import Self
    from .resources.conversations import (
        Conversations,
        AsyncConversations,
        ConversationsWithRawResponse,
        AsyncConversationsWithRawResponse,
        ConversationsWithStreamingResponse,
        AsyncConversationsWithStreamingResponse,
    )

__all__ = ["OpenAI", "AsyncOpenAI", "Client", "AsyncClient"]

_HEADER_OPTIONS: Tuple[HeaderOption, ...] = (
    ("organization", "OpenAI-Organization", "OPENAI_ORG_ID"),
    ("project", "OpenAI-Project", "OPENAI_PROJECT_ID"),
)

_AUTH_SCHEMES: Dict[str, AuthScheme] = {
    "ApiKeyAuth": ("bearer", "header", "Authorization", ("api_key",)),
}


class _ClientSettings:
    """Class-level settings shared by both clients."""

    _header_prefix: ClassVar[str] = "X-Stainless"
    _version: ClassVar[str] = __version__
    _api_key_env: ClassVar[str] = "OPENAI_API_KEY"
    _base_url_env: ClassVar[str] = "OPENAI_BASE_URL"
    _default_base_url: ClassVar[str] = "https://api.openai.com/v1"
    _array_format: ClassVar[ArrayFormat] = "brackets"
    _header_options: ClassVar[Tuple[HeaderOption, ...]] = _HEADER_OPTIONS
    _auth_schemes: ClassVar[Mapping[str, AuthScheme]] = _AUTH_SCHEMES
    _security: ClassVar[Security] = (("ApiKeyAuth",),)
    _credentials: ClassVar[Tuple[Tuple[str, str], ...]] = (("api_key", "OPENAI_API_KEY"),)
    _required_credentials: ClassVar[Tuple[str, ...]] = ("api_key",)


class OpenAI(_ClientSettings, SyncAPIClient):
    """Blocking client for the OpenAI Conversations API."""

    api_key: str
    """An OpenAI API key, sent in the header `Authorization: Bearer <key>`. Defaults to `$OPENAI_API_KEY`."""
    organization: Optional[str]
    """The organization requests are made on behalf of. Sent as `OpenAI-Organization`; defaults to `$OPENAI_ORG_ID`."""
    project: Optional[str]
    """The project requests are made on behalf of. Sent as `OpenAI-Project`; defaults to `$OPENAI_PROJECT_ID`."""

    def __init__(
        self,
        *,
        api_key: Union[str, Callable[[], str], None] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        base_url: Union[str, "httpx2.URL", None, NotGiven] = not_given,
        timeout: Union[float, "httpx2.Timeout", None, NotGiven] = not_given,
        max_retries: int = 2,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional["httpx2.Client"] = None,
        deadline: Optional[float] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        """Create a client. `api_key` defaults to `$OPENAI_API_KEY` and `base_url` to
        `$OPENAI_BASE_URL`, then `https://api.openai.com/v1`.
        `deadline` (seconds) bounds a whole call, its retries and their waits included; none by default."""
        super().__init__(
            credentials={
                "api_key": api_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            deadline=deadline,
            _strict_response_validation=_strict_response_validation,
            header_options={
                "organization": organization,
                "project": project,
            },
        )

    @cached_property
    def conversations(self) -> Conversations:
        """Create, retrieve, update and delete conversations and the items they contain."""
        from .resources.conversations import Conversations

        return Conversations(self)

    @cached_property
    def with_raw_response(self) -> OpenAIWithRawResponse:
        """Resources whose methods return the raw HTTP response."""
        return OpenAIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OpenAIWithStreamedResponse:
        """Resources whose methods return a context manager streaming the response."""
        return OpenAIWithStreamedResponse(self)

    def copy(
        self,
        *,
        api_key: Union[str, Callable[[], str], None] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        base_url: Union[str, "httpx2.URL", None, NotGiven] = not_given,
        timeout: Union[float, "httpx2.Timeout", None, NotGiven] = not_given,
        http_client: Optional["httpx2.Client"] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        deadline: Union[float, None, NotGiven] = not_given,
    ) -> Self:
        """A new client with the same options except those given; it shares this client's
        connection pool. `default_*` are merged over the current values, `set_default_*`
        replace them."""
        return self.__class__(
            **self._copy_kwargs(
                credentials={
                    "api_key": api_key,
                },
                base_url=base_url,
                timeout=timeout,
                http_client=http_client,
                max_retries=max_retries,
                default_headers=default_headers,
                set_default_headers=set_default_headers,
                default_query=default_query,
                set_default_query=set_default_query,
                deadline=deadline,
                header_options={
                    "organization": organization,
                    "project": project,
                },
            )
        )

    with_options = copy


class AsyncOpenAI(_ClientSettings, AsyncAPIClient):
    """Asynchronous client for the OpenAI Conversations API."""

    api_key: str
    """An OpenAI API key, sent in the header `Authorization: Bearer <key>`. Defaults to `$OPENAI_API_KEY`."""
    organization: Optional[str]
    """The organization requests are made on behalf of. Sent as `OpenAI-Organization`; defaults to `$OPENAI_ORG_ID`."""
    project: Optional[str]
    """The project requests are made on behalf of. Sent as `OpenAI-Project`; defaults to `$OPENAI_PROJECT_ID`."""

    def __init__(
        self,
        *,
        api_key: Union[str, Callable[[], Awaitable[str]], Callable[[], str], None] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        base_url: Union[str, "httpx2.URL", None, NotGiven] = not_given,
        timeout: Union[float, "httpx2.Timeout", None, NotGiven] = not_given,
        max_retries: int = 2,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional["httpx2.AsyncClient"] = None,
        deadline: Optional[float] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        """Create a client. `api_key` defaults to `$OPENAI_API_KEY` and `base_url` to
        `$OPENAI_BASE_URL`, then `https://api.openai.com/v1`. A callable `api_key`
        (an `async def` function, or a plain one) is called before every attempt.
        `deadline` (seconds) bounds a whole call, its retries and their waits included; none by default."""
        super().__init__(
            credentials={
                "api_key": api_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            deadline=deadline,
            _strict_response_validation=_strict_response_validation,
            header_options={
                "organization": organization,
                "project": project,
            },
        )

    @cached_property
    def conversations(self) -> AsyncConversations:
        """Create, retrieve, update and delete conversations and the items they contain."""
        from .resources.conversations import AsyncConversations

        return AsyncConversations(self)

    @cached_property
    def with_raw_response(self) -> AsyncOpenAIWithRawResponse:
        """Resources whose methods return the raw HTTP response."""
        return AsyncOpenAIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOpenAIWithStreamedResponse:
        """Resources whose methods return a context manager streaming the response."""
        return AsyncOpenAIWithStreamedResponse(self)

    def copy(
        self,
        *,
        api_key: Union[str, Callable[[], Awaitable[str]], Callable[[], str], None] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        base_url: Union[str, "httpx2.URL", None, NotGiven] = not_given,
        timeout: Union[float, "httpx2.Timeout", None, NotGiven] = not_given,
        http_client: Optional["httpx2.AsyncClient"] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        deadline: Union[float, None, NotGiven] = not_given,
    ) -> Self:
        """A new client with the same options except those given; it shares this client's
        connection pool. `default_*` are merged over the current values, `set_default_*`
        replace them."""
        return self.__class__(
            **self._copy_kwargs(
                credentials={
                    "api_key": api_key,
                },
                base_url=base_url,
                timeout=timeout,
                http_client=http_client,
                max_retries=max_retries,
                default_headers=default_headers,
                set_default_headers=set_default_headers,
                default_query=default_query,
                set_default_query=set_default_query,
                deadline=deadline,
                header_options={
                    "organization": organization,
                    "project": project,
                },
            )
        )

    with_options = copy


class OpenAIWithRawResponse:
    """``client.with_raw_response.<resource>``."""

    def __init__(self, client: OpenAI) -> None:
        self._client = client

    @cached_property
    def conversations(self) -> ConversationsWithRawResponse:
        from .resources.conversations import ConversationsWithRawResponse

        return ConversationsWithRawResponse(self._client.conversations)


class AsyncOpenAIWithRawResponse:
    """``client.with_raw_response.<resource>``."""

    def __init__(self, client: AsyncOpenAI) -> None:
        self._client = client

    @cached_property
    def conversations(self) -> AsyncConversationsWithRawResponse:
        from .resources.conversations import AsyncConversationsWithRawResponse

        return AsyncConversationsWithRawResponse(self._client.conversations)


class OpenAIWithStreamedResponse:
    """``client.with_streaming_response.<resource>``."""

    def __init__(self, client: OpenAI) -> None:
        self._client = client

    @cached_property
    def conversations(self) -> ConversationsWithStreamingResponse:
        from .resources.conversations import ConversationsWithStreamingResponse

        return ConversationsWithStreamingResponse(self._client.conversations)


class AsyncOpenAIWithStreamedResponse:
    """``client.with_streaming_response.<resource>``."""

    def __init__(self, client: AsyncOpenAI) -> None:
        self._client = client

    @cached_property
    def conversations(self) -> AsyncConversationsWithStreamingResponse:
        from .resources.conversations import AsyncConversationsWithStreamingResponse

        return AsyncConversationsWithStreamingResponse(self._client.conversations)


Client = OpenAI
AsyncClient = AsyncOpenAI
