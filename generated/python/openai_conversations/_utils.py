# Runtime file copied verbatim by sdkgen. Do not edit.
"""Small pure helpers: path templating, header parameters, platform headers, body
cleaning, JSON bytes."""

from __future__ import annotations

import re
import sys
import json
import platform
from typing import Any, Dict, Tuple, Mapping, Iterable, Optional
from datetime import datetime
from functools import lru_cache
from urllib.parse import quote

from ._types import NotGiven, Omit
from ._styles import Styled, text

__all__ = [
    "async_library",
    "header_params",
    "json_bytes",
    "path_template",
    "platform_headers",
    "strip_not_given",
]

_DOT_SEGMENT_RE = re.compile(r"^(?:\.|%2[eE]){1,2}$")
_PLACEHOLDER_RE = re.compile(r"\{(\w+)\}")
_UNRESERVED_RE = re.compile(r"[A-Za-z0-9_.~-]+")  # never changed by ``quote``
_PATH_SAFE = "!$&'()*+,;=:@"
_QUERY_SAFE = "!$'()*+,;:@/?"
_FRAGMENT_SAFE = "!$&'()*+,;=:@/?"


def path_template(template: str, /, **values: Any) -> str:
    """Interpolate ``{name}`` placeholders, percent-encoding each value.

    Path values are quoted so that ``/``, ``?``, ``#``, ``%`` and spaces cannot change
    the URL's structure; ``None`` becomes ``null`` and booleans ``true``/``false``.
    A resulting ``.`` or ``..`` segment (literal or ``%2e``-encoded) raises ValueError.
    """
    path, query, fragment = _split_template(template)
    result = _interpolate(path, values, _PATH_SAFE)
    for segment in result.split("/"):
        if _DOT_SEGMENT_RE.match(segment):
            raise ValueError(f"Constructed path {result!r} contains dot-segment {segment!r} which is not allowed")
    if query is not None:
        result += "?" + _interpolate(query, values, _QUERY_SAFE)
    if fragment is not None:
        result += "#" + _interpolate(fragment, values, _FRAGMENT_SAFE)
    return result


@lru_cache(maxsize=512)
def _split_template(
    template: str,
) -> Tuple[Tuple[str, ...], Optional[Tuple[str, ...]], Optional[Tuple[str, ...]]]:
    """``(path, query, fragment)`` parts of a template, each split around placeholders."""
    rest, hash_sign, fragment = template.partition("#")
    path, question_mark, query = rest.partition("?")
    return (
        tuple(_PLACEHOLDER_RE.split(path)),
        tuple(_PLACEHOLDER_RE.split(query)) if question_mark else None,
        tuple(_PLACEHOLDER_RE.split(fragment)) if hash_sign else None,
    )


def _interpolate(template: Tuple[str, ...], values: Mapping[str, Any], safe: str) -> str:
    parts = list(template)
    for index in range(1, len(parts), 2):
        name = parts[index]
        if name not in values:
            raise KeyError(f"a value for placeholder {{{name}}} was not provided")
        value = values[name]
        if value is None:
            parts[index] = "null"
        elif isinstance(value, bool):
            parts[index] = "true" if value else "false"
        else:
            text = str(value)
            parts[index] = text if _UNRESERVED_RE.fullmatch(text) else quote(text, safe=safe)
    return "".join(parts)


def header_params(values: Mapping[str, object]) -> Dict[str, str]:
    """Header parameters as header values (OpenAPI ``style: simple``): ``omit``,
    ``not_given`` and ``None`` are left out, lists joined with ``,`` (``a,b``),
    mappings as ``key,value`` pairs (``key=value`` when ``styled`` with ``explode``),
    booleans ``true``/``false``, others ``str()``."""
    headers: Dict[str, str] = {}
    for name, value in values.items():
        if value is None or isinstance(value, (Omit, NotGiven)):
            continue
        if isinstance(value, Styled):
            if value.explode and isinstance(value.value, Mapping):
                headers[name] = ",".join(f"{k}={text(v)}" for k, v in value.value.items())
                continue
            value = value.value
        if isinstance(value, Mapping):
            items: Iterable[object] = (text for pair in value.items() for text in pair)
            headers[name] = ",".join(text(item) for item in items)
        elif isinstance(value, (list, tuple)):
            headers[name] = ",".join(text(item) for item in value if item is not None)
        else:
            headers[name] = text(value)
    return headers


def strip_not_given(value: object) -> object:
    """Prepare a request body: drop ``omit``/``not_given`` dict entries at every level
    and turn any non-str/bytes/dict iterable (tuple, generator, set) into a list.
    ``None`` is kept and is sent as JSON ``null``."""
    if isinstance(value, Mapping):
        return {key: strip_not_given(item) for key, item in value.items() if not isinstance(item, (Omit, NotGiven))}
    if isinstance(value, list):
        return [strip_not_given(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bytes, bytearray)):
        return value
    if isinstance(value, Iterable) and not hasattr(value, "model_dump"):  # keep pydantic models whole
        return [strip_not_given(item) for item in value]
    return value


def json_bytes(value: object) -> bytes:
    """Compact UTF-8 JSON, as httpx2 would send it (no ``\\u`` escapes, no NaN)."""
    return json.dumps(
        value,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
        default=_json_default,
    ).encode()


def _json_default(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    model_dump = getattr(value, "model_dump", None)
    if model_dump is not None and hasattr(type(value), "model_fields"):
        return model_dump(exclude_unset=True, mode="json", by_alias=True)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


@lru_cache(maxsize=None)
def platform_headers(prefix: Optional[str], version: str) -> Tuple[Tuple[str, str], ...]:
    """The ``<prefix>-Lang/-Package-Version/-OS/-Arch/-Runtime/-Runtime-Version``
    headers; none without a prefix."""
    if prefix is None:
        return ()
    return (
        (f"{prefix}-Lang", "python"),
        (f"{prefix}-Package-Version", version),
        (f"{prefix}-OS", _platform_name()),
        (f"{prefix}-Arch", _architecture()),
        (f"{prefix}-Runtime", _safe(platform.python_implementation)),
        (f"{prefix}-Runtime-Version", _safe(platform.python_version)),
    )


def _safe(getter: Any) -> str:
    try:
        return str(getter())
    except Exception:
        return "unknown"


_SYSTEM_NAMES: Dict[str, str] = {
    "darwin": "MacOS",
    "windows": "Windows",
    "freebsd": "FreeBSD",
    "openbsd": "OpenBSD",
}


def _platform_name() -> str:
    try:
        system = platform.system().lower()
        full_name = platform.platform().lower()
    except Exception:
        return "Unknown"
    if "iphone" in full_name or "ipad" in full_name:
        return "iOS"
    if system in _SYSTEM_NAMES:
        return _SYSTEM_NAMES[system]
    if "android" in full_name:
        return "Android"
    if system == "linux":
        return _linux_flavour()
    return f"Other:{full_name}" if full_name else "Unknown"


def _linux_flavour() -> str:
    try:
        distro = platform.freedesktop_os_release().get("ID", "").lower()
    except OSError:
        distro = ""
    return {"freebsd": "FreeBSD", "openbsd": "OpenBSD"}.get(distro, "Linux")


_ARCHITECTURES: Dict[str, str] = {
    "arm64": "arm64",
    "aarch64": "arm64",
    "arm": "arm",
    "x86_64": "x64",
}


def _architecture() -> str:
    try:
        machine = platform.machine().lower()
    except Exception:
        return "unknown"
    if machine in _ARCHITECTURES:
        return _ARCHITECTURES[machine]
    if sys.maxsize <= 2**32:
        return "x32"
    return f"other:{machine}" if machine else "unknown"


def async_library() -> str:
    """Name of the running async library (``asyncio`` or ``trio``), else ``"false"``."""
    import asyncio

    try:
        asyncio.get_running_loop()
        return "asyncio"
    except RuntimeError:
        pass
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            trio.lowlevel.current_task()
            return "trio"
        except RuntimeError:
            pass
    return "false"
