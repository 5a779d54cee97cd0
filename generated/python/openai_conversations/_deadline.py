# Runtime file copied verbatim by sdkgen. Do not edit.
"""The opt-in bound on a whole call: the client's ``deadline`` option, in seconds.

Without it (the default, as in the official SDK) ``timeout`` bounds each network
operation, not the call: a body trickling in a byte at a time, or a ``retry-after`` of
two minutes per retry, can make one call last minutes. With it, a call ends by its
deadline: every attempt's timeouts are capped at the time left, a wait before a retry
that would pass the deadline is not made (the failure it would have retried is raised at
once), and a body still arriving when the deadline passes is cut with
``APITimeoutError`` (at most one read timeout late; the async client cancels the wait at
the deadline itself, a trickling status line and headers included). Event streams and
``with_streaming_response`` bodies, which the caller reads at their own pace, are not cut.
The option is checked by ``_client_options.check_deadline``.
"""

from __future__ import annotations

import time
from types import ModuleType
from typing import Any, Dict, Iterator, Optional, AsyncIterator

import httpx2  # imported on the first call with a deadline only

from ._httpx_compat import client_module

__all__ = ["Deadline"]

_TIMEOUTS = ("connect", "read", "write", "pool")


class Deadline:
    """When one call must end (``time.monotonic()`` seconds)."""

    __slots__ = ("ends",)

    def __init__(self, seconds: float) -> None:
        self.ends = time.monotonic() + seconds

    def allows(self, wait: float) -> bool:
        """Whether there is time to wait ``wait`` seconds and try again."""
        return time.monotonic() + wait < self.ends

    def _left(self) -> float:
        """The seconds left (a millisecond at least: a timeout of zero means none)."""
        return max(self.ends - time.monotonic(), 0.001)

    def send(self, client: httpx2.Client, request: httpx2.Request, stream: bool) -> httpx2.Response:
        """``client.send(request)`` within the deadline; unless ``stream``, the body read too."""
        self._cap(request)
        response = client.send(request, stream=True)
        if not stream:
            response.stream = _bounded(response, client_module(client), self.ends, request)
            try:
                response.read()
            except BaseException:
                response.close()
                raise
        return response

    async def asend(self, client: httpx2.AsyncClient, request: httpx2.Request, stream: bool) -> httpx2.Response:
        """The async twin of ``send``, cancelled at the deadline wherever it is waiting
        (a status line and headers trickling in too)."""
        import anyio

        self._cap(request)
        try:
            with anyio.fail_after(self._left()):
                response = await client.send(request, stream=True)
                if not stream:
                    response.stream = _bounded(response, client_module(client), self.ends, request)
                    try:
                        await response.aread()
                    except BaseException:
                        await response.aclose()
                        raise
        except TimeoutError as err:
            raise httpx2.ReadTimeout(
                "The call's deadline passed while it waited for the response.", request=request
            ) from err
        return response

    def _cap(self, request: httpx2.Request) -> None:
        left = self._left()
        timeouts: Dict[str, Optional[float]] = request.extensions.get("timeout") or {}
        request.extensions["timeout"] = {
            name: left if timeouts.get(name) is None else min(timeouts[name] or left, left) for name in _TIMEOUTS
        }


def _bounded(response: Any, module: ModuleType, ends: float, request: httpx2.Request) -> Any:
    """``response``'s body, raising ``httpx2.ReadTimeout`` once the deadline has passed: a
    stream of the client's own ``module`` (``httpx2``, or a legacy ``httpx`` client's)."""
    bounded = _BOUNDED.get(module.__name__)
    if bounded is None:
        bounded = type("BoundedBody", (_BoundedBody, module.SyncByteStream, module.AsyncByteStream), {})
        _BOUNDED[module.__name__] = bounded
    return bounded(response.stream, ends, request)


class _BoundedBody:
    def __init__(self, inner: Any, ends: float, request: httpx2.Request) -> None:
        self._inner = inner
        self._ends = ends
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            self._check()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            self._check()
            yield chunk

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()

    def _check(self) -> None:
        if time.monotonic() >= self._ends:
            raise httpx2.ReadTimeout(
                "The call's deadline passed while its response body was read.", request=self._request
            )


_BOUNDED: Dict[str, type] = {}
