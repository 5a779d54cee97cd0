"""Encode a request body as ``application/x-www-form-urlencoded``, field by field as the
API's spec describes each one (its OpenAPI ``encoding``: a style and whether to explode).

* ``form`` (the default, exploded): a list repeats the field (``tag=a&tag=b``); an
  object spreads its properties as fields of their own (``city=Paris``). Not exploded,
  a list is one comma-separated value (``tag=a,b``), an object ``key,value`` pairs.
* ``spaceDelimited`` / ``pipeDelimited``: a list is one value joined by spaces or pipes.
* ``deepObject``: objects nest as ``metadata[key]=value``, lists of scalars as
  ``expand[]=a``, lists of objects by index (``items[0][price]=p``), at every depth.
* ``json``: the value travels as JSON text (a field whose ``contentType`` is JSON).

Booleans are ``true``/``false``, dates ISO 8601; ``None``, ``omit`` and ``not_given`` are
left out. Names and values are encoded as a query string is (a space is ``+``).
"""

from __future__ import annotations

from typing import List, Tuple, Mapping, Optional
from datetime import date, datetime
from urllib.parse import urlencode

from ._types import Omit, NotGiven
from ._utils import json_bytes, strip_not_given

__all__ = ["FieldStyle", "encode_form", "form_pairs"]

FieldStyle = Tuple[str, bool]
"""``(style, explode)`` of one field: ``("deepObject", True)``, ``("form", False)``, ..."""

Pair = Tuple[str, str]
_DEFAULT: FieldStyle = ("form", True)
_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def encode_form(body: object, styles: Optional[Mapping[str, FieldStyle]] = None) -> bytes:
    """The urlencoded body for the fields of ``body`` (a mapping)."""
    return urlencode(form_pairs(body, styles)).encode("ascii")


def form_pairs(body: object, styles: Optional[Mapping[str, FieldStyle]] = None) -> List[Pair]:
    """``(name, value)`` pairs for the fields of ``body``, in order."""
    if body is None:
        return []
    if not isinstance(body, Mapping):
        raise TypeError(f"Expected a mapping body for a form request but got {type(body)} instead.")
    out: List[Pair] = []
    for key, value in body.items():
        if _absent(value):
            continue
        style, explode = (styles or {}).get(str(key), _DEFAULT)
        _field(str(key), strip_not_given(value), style, explode, out)
    return out


def _field(key: str, value: object, style: str, explode: bool, out: List[Pair]) -> None:
    if style == "json":
        out.append((key, json_bytes(_dumped(value)).decode()))
    elif style == "deepObject":
        _deep(key, value, out)
    elif isinstance(value, Mapping):
        items = [(str(k), v) for k, v in value.items() if not _absent(v)]
        if explode:
            out.extend((k, _scalar(v)) for k, v in items)
        else:
            out.append((key, ",".join(f"{k},{_scalar(v)}" for k, v in items)))
    elif isinstance(value, list):
        texts = [_scalar(item) for item in value if not _absent(item)]
        if style == "form" and explode:
            out.extend((key, text) for text in texts)
        elif texts:
            out.append((key, _DELIMITERS.get(style, ",").join(texts)))
    else:
        out.append((key, _scalar(value)))


def _deep(key: str, value: object, out: List[Pair]) -> None:
    value = _dumped(value)
    if _absent(value):
        return
    if isinstance(value, Mapping):
        for sub, item in value.items():
            _deep(f"{key}[{sub}]", item, out)
    elif isinstance(value, list):
        nested = any(isinstance(_dumped(item), (Mapping, list)) for item in value)
        for index, item in enumerate(value):
            _deep(f"{key}[{index}]" if nested else f"{key}[]", item, out)
    else:
        out.append((key, _scalar(value)))


def _dumped(value: object) -> object:
    """A pydantic model as the plain data it holds; anything else as it is."""
    if hasattr(value, "model_dump") and hasattr(type(value), "model_fields"):
        return value.model_dump(exclude_unset=True, mode="json", by_alias=True)
    return value


def _scalar(value: object) -> str:
    value = _dumped(value)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (Mapping, list)):
        return json_bytes(value).decode()
    return str(value)


def _absent(value: object) -> bool:
    return value is None or isinstance(value, (Omit, NotGiven))
