# Runtime file copied verbatim by sdkgen. Do not edit.
"""The legacy ``httpx`` package beside ``httpx2``, which the SDK sends with.

As the official SDK does, a client accepts an ``httpx.Client``/``httpx.AsyncClient`` as
its ``http_client`` too: requests for it are built with its own module's classes, and
its module's exceptions, responses and timeouts are understood wherever ``httpx2``'s
are. ``httpx`` is never imported here: it is only looked for among the modules the
program has loaded (a program that passes an ``httpx`` client has loaded it).
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any, Tuple, Optional

__all__ = ["legacy_httpx", "client_module", "is_http_client", "classes", "as_httpx2_timeout"]


def legacy_httpx() -> Optional[ModuleType]:
    """The loaded ``httpx`` module, unless it is absent or ``httpx2`` itself (after
    ``httpx2.alias_httpx()``)."""
    module = sys.modules.get("httpx")
    if module is None or module is sys.modules.get("httpx2"):
        return None
    return module


def client_module(client: Any) -> ModuleType:
    """The module whose classes go with ``client``: ``httpx2``, or the legacy ``httpx``."""
    import httpx2

    legacy = legacy_httpx()
    if legacy is not None and isinstance(client, (legacy.Client, legacy.AsyncClient)):
        return legacy
    return httpx2


def is_http_client(value: object, is_async: bool) -> bool:
    """Whether ``value`` is an ``httpx2`` or legacy ``httpx`` client of the right kind."""
    name = "AsyncClient" if is_async else "Client"
    return isinstance(value, classes(name))


def classes(name: str) -> Tuple[Any, ...]:
    """``httpx2.<name>``, and the legacy ``httpx.<name>`` when that module is loaded."""
    import httpx2

    legacy = legacy_httpx()
    found: Tuple[Any, ...] = (getattr(httpx2, name),)
    return found if legacy is None else (*found, getattr(legacy, name))


def as_httpx2_timeout(timeout: Any) -> Any:
    """``timeout`` with a legacy ``httpx.Timeout`` turned into an ``httpx2.Timeout``."""
    import httpx2

    if timeout is None or isinstance(timeout, (int, float, httpx2.Timeout)) or not hasattr(timeout, "as_dict"):
        return timeout
    return httpx2.Timeout(**timeout.as_dict())
