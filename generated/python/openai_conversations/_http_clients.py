# Runtime file copied verbatim by sdkgen. Do not edit.
"""The SDK's transport defaults as values and httpx2 clients: for the client the SDK makes
itself, and for a caller who builds the HTTP client
(`OpenAI(http_client=DefaultHttpxClient(proxy=...))`) and wants to keep them.

Imports httpx2, so the package loads this module only when one of its names is used.
"""

from __future__ import annotations

from typing import Any

import httpx2

from ._constants import (
    DEFAULT_CONNECT_TIMEOUT_SECONDS,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
    DEFAULT_TIMEOUT_SECONDS,
)

__all__ = ["DEFAULT_CONNECTION_LIMITS", "DEFAULT_TIMEOUT", "DefaultAsyncHttpxClient", "DefaultHttpxClient"]

DEFAULT_TIMEOUT = httpx2.Timeout(DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT_SECONDS)
DEFAULT_CONNECTION_LIMITS = httpx2.Limits(
    max_connections=DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS
)


def with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    """`kwargs` with the SDK's timeout, pool limits and redirect policy where not given."""
    return {"timeout": DEFAULT_TIMEOUT, "limits": DEFAULT_CONNECTION_LIMITS, "follow_redirects": True, **kwargs}


class DefaultHttpxClient(httpx2.Client):
    """An `httpx2.Client` with the SDK's defaults; every argument of `httpx2.Client` is accepted."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**with_defaults(kwargs))


class DefaultAsyncHttpxClient(httpx2.AsyncClient):
    """An `httpx2.AsyncClient` with the SDK's defaults; every argument of `httpx2.AsyncClient` is accepted."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**with_defaults(kwargs))
