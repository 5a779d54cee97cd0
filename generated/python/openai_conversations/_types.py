# Runtime file copied verbatim by sdkgen. Do not edit.
"""Sentinels, type aliases and the per-request options dictionary.

Imported by every other runtime module, so it must stay cheap: no httpx2 and no
pydantic at import time (``Timeout`` is resolved lazily through ``__getattr__``).
"""

from __future__ import annotations

import os
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Tuple,
    Literal,
    Mapping,
    Optional,
    TypedDict,
    TypeVar,
    Union,
)

if TYPE_CHECKING:
    from httpx2 import Timeout as Timeout
    from typing_extensions import TypeGuard

__all__ = [
    "NOT_GIVEN",
    "ArrayFormat",
    "Body",
    "FileContent",
    "FileTypes",
    "Headers",
    "NoneType",
    "NotGiven",
    "Omit",
    "Query",
    "RequestOptions",
    "ResponseT",
    "Timeout",
    "is_given",
    "not_given",
    "omit",
]

NoneType: type[None] = type(None)
ResponseT = TypeVar("ResponseT")


class NotGiven:
    """Marks an argument the caller did not pass, where ``None`` has its own meaning.

    ``timeout=not_given`` means "use the client's timeout" whereas ``timeout=None``
    means "no timeout at all".
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


not_given = NotGiven()
NOT_GIVEN = NotGiven()  # a distinct instance, kept for backwards compatibility


class Omit:
    """Marks a value to leave out: a body or query key that is not sent, or a
    default header to remove (``extra_headers={"Accept": omit}``)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False


omit = Omit()

_T = TypeVar("_T")


def is_given(value: Union[_T, NotGiven, Omit]) -> TypeGuard[_T]:
    """True unless ``value`` is a ``NotGiven`` or ``Omit`` sentinel."""
    return not isinstance(value, (NotGiven, Omit))


Headers = Mapping[str, Union[str, Omit]]
Query = Mapping[str, object]
Body = object

ArrayFormat = Literal["brackets", "repeat", "comma", "indices"]

FileContent = Union[IO[bytes], bytes, "os.PathLike[str]"]
"""The bytes of an uploaded file: an open binary file, bytes, or a path to read."""

FileTypes = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
"""A file field of a multipart body: its content, or a ``(filename, content,
content_type, headers)`` tuple with the last two optional."""


class RequestOptions(TypedDict, total=False):
    """Per-request options built by ``make_request_options``."""

    headers: Headers
    max_retries: int
    timeout: Union[float, "Timeout", None]
    params: Query
    extra_json: Mapping[str, object]
    security: Tuple[Tuple[str, ...], ...]


def __getattr__(name: str) -> Any:
    # ``Timeout`` is httpx2's class; import httpx2 only when someone asks for it.
    if name == "Timeout":
        import httpx2

        return httpx2.Timeout
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
