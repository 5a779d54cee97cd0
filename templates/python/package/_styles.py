"""Parameter values in their OpenAPI ``style``: query, path, header and cookie text.

A method wraps a query or header value whose parameter has a style of its own in
``styled(value, style, explode)``; the query-string encoder (``_qs``) and
``header_params`` then send it as the spec asks, whatever the client's array format::

    tags=["a", "b"]  form, explode     tags=a&tags=b
                     form              tags=a,b
                     spaceDelimited    tags=a b
                     pipeDelimited     tags=a|b
    {"r": 1, "g": 2} form, explode     r=1&g=2
                     form              color=r,1,g,2
                     deepObject        color[r]=1&color[g]=2

``path_param`` spells a path value (``simple`` ``a,b``, ``label`` ``.a.b``, ``matrix``
``;id=a,b``) and ``cookie_header`` the ``Cookie`` header of cookie parameters.
"""

from __future__ import annotations

from typing import Dict, List, Tuple, Mapping
from urllib.parse import quote

from ._types import NotGiven, Omit

__all__ = ["Styled", "cookie_header", "path_param", "style_pairs", "styled", "text"]

Pair = Tuple[str, str]
_DELIMITERS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}
_COOKIE_SAFE = "!*'(),"  # kept as they are, beside letters, digits and `-._~`


class Styled:
    """A parameter value with its OpenAPI style (see the module docstring)."""

    __slots__ = ("value", "style", "explode")

    def __init__(self, value: object, style: str, explode: bool) -> None:
        self.value = value
        self.style = style
        self.explode = explode

    def __repr__(self) -> str:
        return f"Styled({self.value!r}, {self.style!r}, explode={self.explode!r})"


def styled(value: object, style: str, explode: bool) -> object:
    """``value`` marked with its style; an unset value (``omit``, ``None``) unchanged."""
    if value is None or isinstance(value, (Omit, NotGiven)):
        return value
    return Styled(value, style, explode)


def text(value: object) -> str:
    """A scalar as sent: booleans ``true``/``false``, others ``str()``."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def style_pairs(key: str, value: Styled) -> List[Pair]:
    """The ``(name, value)`` pairs a styled query or cookie value sends as ``key``."""
    inner = value.value
    if value.style == "deepObject":
        return _deep(key, inner)
    delimiter = _DELIMITERS.get(value.style, ",")
    if isinstance(inner, Mapping):
        if value.explode:
            return [(str(k), text(v)) for k, v in inner.items() if v is not None]
        items = [text(t) for k, v in inner.items() if v is not None for t in (k, v)]
        return [(key, delimiter.join(items))]
    if isinstance(inner, (list, tuple)):
        if value.explode:
            return [(key, text(item)) for item in inner if item is not None]
        return [(key, delimiter.join(text(item) for item in inner if item is not None))]
    return [(key, text(inner))]


def _deep(key: str, value: object) -> List[Pair]:
    """``key[inner]=value`` at every level, lists as ``key[]=a&key[]=b``."""
    if isinstance(value, Mapping):
        return [pair for k, v in value.items() for pair in _deep(f"{key}[{k}]", v)]
    if isinstance(value, (list, tuple)):
        return [pair for item in value for pair in _deep(f"{key}[]", item)]
    return [] if value is None else [(key, text(value))]


def path_param(name: str, value: object, style: str, explode: bool) -> str:
    """The text of the path parameter ``name`` (percent-encoded later, as one segment)."""
    if isinstance(value, Mapping):
        joiner = "=" if explode else ","
        items = [f"{k}{joiner}{text(v)}" for k, v in value.items() if v is not None]
    elif isinstance(value, (list, tuple)):
        items = [text(item) for item in value if item is not None]
    else:
        items = [text(value)]
    if style == "label":
        return "." + (".".join(items) if explode else ",".join(items))
    if style == "matrix":
        if explode and isinstance(value, (list, tuple)):
            return "".join(f";{name}={item}" for item in items)
        if explode and isinstance(value, Mapping):
            return "".join(f";{item}" for item in items)
        return f";{name}=" + ",".join(items)
    return ",".join(items)


def cookie_header(values: Mapping[str, object]) -> Dict[str, str]:
    """``{"Cookie": "a=1; b=2"}`` for the cookie parameters that are set (``{}`` for
    none); each value percent-encoded, lists and objects in the ``form`` style."""
    pairs: List[Pair] = []
    for name, value in values.items():
        if value is None or isinstance(value, (Omit, NotGiven)):
            continue
        if not isinstance(value, Styled):
            value = Styled(value, "form", True)
        pairs += style_pairs(name, value)
    if not pairs:
        return {}
    cookie = "; ".join(f"{k}={quote(v, safe=_COOKIE_SAFE)}" for k, v in pairs)
    return {"Cookie": cookie}
