# Runtime file copied verbatim by sdkgen. Do not edit.
"""The errors the HTTP library and its backends raise, and their SDK errors.

``http_errors`` names them for the request loop (which retries them), ``unretried``
those of them a retry cannot mend; ``reading``
turns them into SDK errors while a response body is read after the call returned
(``with_streaming_response``, event streams): a timeout becomes ``APITimeoutError``,
a dropped or broken connection ``APIConnectionError``, each with the cause chained.
"""

from __future__ import annotations

import sys
import contextlib
from typing import TYPE_CHECKING, Type, Tuple, Iterator, Optional

from ._exceptions import APITimeoutError, APIConnectionError
from ._httpx_compat import classes

if TYPE_CHECKING:
    import httpx2

__all__ = ["http_errors", "reading", "unretried"]


def http_errors() -> Tuple[Tuple[Type[Exception], ...], Tuple[Type[Exception], ...]]:
    """``(timeout errors, connection errors)`` raised by httpx2 (or a legacy httpx client)
    and their backends."""
    import ssl

    connection: Tuple[Type[Exception], ...] = (*classes("RequestError"), ssl.SSLError)
    anyio = sys.modules.get("anyio")
    if anyio is not None:
        connection += (anyio.EndOfStream,)
    return classes("TimeoutException"), connection


def unretried(err: Exception, client_closed: bool) -> Optional[str]:
    """Why sending failed for good, if a retry cannot mend ``err``: a redirect loop, or a
    call on a closed client."""
    if isinstance(err, classes("TooManyRedirects")):
        return f"Too many redirects: {err}"
    if client_closed:
        return "The client is closed: it sends no more requests after `close()` or the end of its `with` block."
    return None


@contextlib.contextmanager
def reading(request: httpx2.Request) -> Iterator[None]:
    """Read a body of ``request``'s response inside: its transport errors come out as SDK errors."""
    timeout_error, connection_errors = http_errors()
    try:
        yield
    except timeout_error as err:
        raise APITimeoutError(request=request) from err
    except connection_errors as err:
        raise APIConnectionError(
            message=f"The connection failed while reading the response: {err}", request=request
        ) from err
