"""Turn an HTTP response into the value a method returns, according to ``cast_to``.

``str``/``bytes``/``int``/``float``/``bool`` read the body text; ``httpx2.Response``
returns the response itself and ``BinaryResponseContent`` wraps it (strict or not); ``object`` gives the decoded JSON; models, unions,
lists and dicts decode the JSON and build it loosely (``construct_type``) or, with
``strict=True``, validate it (``validate_type``). A page class reshapes the decoded body
first (``BasePage._page_body``: a bare array, the ``Link`` header).

A body that does not decode (not JSON, truncated, not UTF-8, nested past the
interpreter's recursion limit) raises ``APIResponseValidationError``, carrying the
response, in loose mode too: a method never returns the text where its annotation
promises a model (the official SDK returns the text in loose mode). Only ``object``,
which any value is, still gets the text.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, Callable, Optional

import httpx2
import pydantic
import typing_extensions

from ._types import NoneType
from ._binary import BinaryResponseContent
from ._models import (
    BaseModel,
    is_basemodel,
    validate_type,
    add_request_id,
    construct_type,
)
from ._unions import UNION_ORIGINS, strip_type
from ._exceptions import APIResponseValidationError
from ._pagination import BasePage
from ._httpx_compat import classes

if TYPE_CHECKING:
    from ._request import PostParser

__all__ = ["parse_response"]

_Reader = Callable[[httpx2.Response, Any, bool], Any]


def parse_response(
    response: httpx2.Response,
    cast_to: Any,
    *,
    strict: bool,
    post_parser: Optional[PostParser] = None,
) -> Any:
    """The parsed body; top-level models get ``_request_id`` from ``x-request-id``."""
    try:
        reader = _READERS[cast_to]
    except (KeyError, TypeError):
        reader = _reader_for(cast_to)
    parsed = reader(response, cast_to, strict)
    if post_parser is not None:
        parsed = post_parser(parsed)
    if isinstance(parsed, BaseModel):
        add_request_id(parsed, response.headers.get("x-request-id"))
    return parsed


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _reader_for(cast_to: Any) -> _Reader:
    reader = _SIMPLE_READERS.get(cast_to) if _hashable(cast_to) else None
    if reader is None:
        reader = _classify(cast_to)
    if _hashable(cast_to):
        _READERS[cast_to] = reader
    return reader


def _classify(cast_to: Any) -> _Reader:
    target = strip_type(cast_to)
    origin = typing_extensions.get_origin(target) or target
    responses = classes("Response")  # httpx2's, and the legacy httpx's when it is loaded
    if isinstance(origin, type) and issubclass(origin, responses):
        if origin not in responses:
            raise ValueError("Subclasses of HTTP response classes cannot be passed to `cast_to`")
        return lambda response, _cast_to, _strict: response
    if isinstance(origin, type) and issubclass(origin, BinaryResponseContent):
        binary: Any = origin
        return lambda response, _cast_to, _strict: binary(response)
    if isinstance(origin, type) and issubclass(origin, pydantic.BaseModel) and not issubclass(origin, BaseModel):
        raise TypeError(
            f"Pydantic models must subclass our base model type, e.g. `from {__package__} import BaseModel`"
        )
    supported = target is object or origin in (list, dict) or origin in UNION_ORIGINS or type(origin) in UNION_ORIGINS
    if not supported and not (isinstance(origin, type) and issubclass(origin, BaseModel)):
        raise RuntimeError(
            f"Unsupported type, expected {cast_to} to be a subclass of {BaseModel}, {dict}, {list}, "
            f"{typing_extensions.Union}, {NoneType}, {str} or {httpx2.Response}."
        )
    return _read_json


def _read_json(response: httpx2.Response, cast_to: Any, strict: bool) -> Any:
    content_type = response.headers.get("content-type", "*").split(";", 1)[0]
    if not content_type.endswith("json"):
        return _read_non_json(response, cast_to, strict, content_type)
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError) as err:
        return _undecoded(response, cast_to, strict, f"The response body is not valid JSON: {err}", err)
    return process_data(data, cast_to, strict, response)


def _read_non_json(response: httpx2.Response, cast_to: Any, strict: bool, content_type: str) -> Any:
    # Some servers send JSON with another content type: try it when a model is expected.
    if is_basemodel(cast_to):
        try:
            data = json.loads(response.content)
        except (ValueError, RecursionError):
            pass
        else:
            return process_data(data, cast_to, strict, response)
    message = f"Expected Content-Type response header to be `application/json` but received `{content_type}` instead."
    return _undecoded(response, cast_to, strict, message)


def _undecoded(
    response: httpx2.Response, cast_to: Any, strict: bool, message: str, cause: Optional[BaseException] = None
) -> Any:
    """A body that is not the JSON asked for: its text where any value will do (``object``,
    loose mode), else ``APIResponseValidationError`` (with ``cause`` when one is given)."""
    if cast_to is object and not strict:
        return response.text
    error = APIResponseValidationError(response=response, body=response.text, message=message)
    if cause is None:
        raise error
    raise error from cause


def process_data(data: object, cast_to: Any, strict: bool, response: httpx2.Response) -> Any:
    """Build decoded JSON ``data`` as ``cast_to``."""
    if data is None:
        if _refuses_none(cast_to):
            name = getattr(cast_to, "__name__", repr(cast_to))
            raise APIResponseValidationError(
                response=response, body=None, message=f"Expected a JSON object for `{name}`, got `null`."
            )
        return None
    if cast_to is object:
        return data
    if isinstance(cast_to, type) and issubclass(cast_to, BasePage):
        data = cast_to._page_body(data, response.headers)
    try:
        return construct_type(cast_to, data) if not strict else validate_type(cast_to, data)
    except (pydantic.ValidationError, RecursionError) as err:
        raise APIResponseValidationError(response=response, body=data) from err


def _refuses_none(cast_to: Any) -> bool:
    """Whether ``cast_to`` is a model, or a union of models without ``None``."""
    target = strip_type(cast_to)
    return is_basemodel(target) and type(None) not in typing_extensions.get_args(target)


def _text(response: httpx2.Response, _cast_to: Any, _strict: bool) -> Any:
    return response.text


def _number(response: httpx2.Response, kind: Callable[[str], Any]) -> Any:
    try:
        return kind(response.text)
    except ValueError as err:
        raise APIResponseValidationError(
            response=response, body=response.text, message=f"Expected a number: {err}"
        ) from err


_SIMPLE_READERS: Dict[Any, _Reader] = {
    None: lambda response, _cast_to, _strict: None,
    NoneType: lambda response, _cast_to, _strict: None,
    str: _text,
    bytes: lambda response, _cast_to, _strict: response.content,
    int: lambda response, _cast_to, _strict: _number(response, int),
    float: lambda response, _cast_to, _strict: _number(response, float),
    bool: lambda response, _cast_to, _strict: response.text.strip().lower() == "true",
}
_READERS: Dict[Any, _Reader] = {}
