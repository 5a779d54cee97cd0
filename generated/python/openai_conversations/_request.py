# Runtime file copied verbatim by sdkgen. Do not edit.
"""What one API call asks for (``FinalRequestOptions``) and the pure helpers that
turn it into a URL, a query string, a JSON body and header pairs."""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Tuple,
    Union,
    Mapping,
    Callable,
    Optional,
    cast,
)
from urllib.parse import urlencode, parse_qsl

from ._qs import stringify_items
from ._types import (
    Body,
    Omit,
    Query,
    Headers,
    NotGiven,
    ArrayFormat,
    RequestOptions,
    not_given,
)
from ._utils import json_bytes, strip_not_given
from ._auth import Security

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "FinalRequestOptions",
    "make_request_options",
    "merge_headers",
    "encode_query",
    "encode_body",
    "merge_body",
]

PostParser = Callable[[Any], Any]


class FinalRequestOptions:
    """Everything needed to send one request (and to re-send it for the next page)."""

    __slots__ = (
        "method",
        "url",
        "params",
        "headers",
        "json_data",
        "extra_json",
        "timeout",
        "max_retries",
        "post_parser",
        "multipart",
        "content_type",
        "field_styles",
        "security",
    )

    def __init__(
        self,
        method: str,
        url: str,
        *,
        params: Query | None = None,
        headers: Headers | None = None,
        json_data: Body | None = None,
        extra_json: Mapping[str, object] | None = None,
        timeout: Union[float, "httpx2.Timeout", None, NotGiven] = not_given,
        max_retries: int | NotGiven = not_given,
        post_parser: Optional[PostParser] = None,
        multipart: bool = False,
        content_type: Optional[str] = None,
        field_styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
        security: Optional[Security] = None,
    ) -> None:
        self.method = method
        self.url = url
        self.params: Query = params if params is not None else {}
        self.headers: Headers = headers if headers is not None else {}
        self.json_data = json_data
        self.extra_json = extra_json
        self.timeout = timeout
        self.max_retries = max_retries
        self.post_parser = post_parser
        self.multipart = multipart
        """Send the body as ``multipart/form-data`` instead of JSON."""
        self.content_type = content_type
        """Send the body as this media type (a form, text or raw bytes) instead of JSON."""
        self.field_styles = field_styles
        """How each field of a form body is written: ``(style, explode)`` by name."""
        self.security = security
        """The operation's own security requirement; None: the client's."""

    def copy(self) -> FinalRequestOptions:
        """A shallow copy (the mappings are shared, so replace them, never mutate)."""
        clone = FinalRequestOptions.__new__(FinalRequestOptions)
        for name in FinalRequestOptions.__slots__:
            object.__setattr__(clone, name, getattr(self, name))
        return clone

    def __repr__(self) -> str:
        return f"FinalRequestOptions(method={self.method!r}, url={self.url!r}, params={self.params!r})"


def make_request_options(
    *,
    query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: Union[float, "httpx2.Timeout", None, NotGiven] = not_given,
    security: Optional[Security] = None,
) -> RequestOptions:
    """The per-call options of a resource method; ``extra_query`` wins over ``query``
    (an ``omit`` in ``extra_query`` also removes a client ``default_query`` entry)."""
    options: RequestOptions = {}
    if extra_headers is not None:
        options["headers"] = extra_headers
    if extra_body is not None:
        options["extra_json"] = cast(Mapping[str, object], extra_body)
    if query is not None:
        # Unset method parameters are dropped here so that a next-page cursor is
        # appended after the parameters that were actually sent.
        options["params"] = {key: value for key, value in query.items() if not isinstance(value, (Omit, NotGiven))}
    if extra_query is not None:
        options["params"] = {**options.get("params", {}), **extra_query}
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if security is not None:
        options["security"] = security
    return options


def merge_headers(merged: Dict[str, str], headers: Headers) -> None:
    """Apply ``headers`` onto ``merged`` (keyed by lower-case name): later values win,
    an ``omit`` value removes the header. Positions follow first insertion."""
    for name, value in headers.items():
        if isinstance(value, Omit):
            merged.pop(name.lower(), None)
        else:
            merged[name.lower()] = value


def has_header(headers: Headers, lower_name: str) -> bool:
    """Whether ``headers`` names ``lower_name`` (in any case), ``omit`` included."""
    return any(name.lower() == lower_name for name in headers)


def header_value(headers: Headers, lower_name: str) -> object:
    """The value ``headers`` gives ``lower_name`` (any case; the last one wins), else None."""
    found: object = None
    for name, value in headers.items():
        if name.lower() == lower_name:
            found = value
    return found


def encode_query(url: str, params: Mapping[str, object], array_format: ArrayFormat) -> Tuple[str, str]:
    """Split ``url`` and merge its own query (first) with ``params``; return the bare
    URL and the encoded query. Repeated keys are grouped at their first position, as
    httpx2 re-encodes them."""
    if not params:
        return url, ""
    bare, question_mark, own_query = url.partition("?")
    if question_mark:
        own = dict(_first_values(own_query))
        params = {**own, **params}
    pairs = stringify_items(params, array_format=array_format)
    if len({key for key, _ in pairs}) != len(pairs):
        pairs = _group_pairs(pairs)
    return bare, urlencode(pairs)


def _first_values(query: str) -> List[Tuple[str, str]]:
    seen: Dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        seen.setdefault(key, value)
    return list(seen.items())


def _group_pairs(pairs: List[Tuple[str, str]]) -> List[Tuple[str, str]]:
    grouped: Dict[str, List[str]] = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    return [(key, value) for key, values in grouped.items() for value in values]


def encode_body(json_data: Body | None, extra_json: Mapping[str, object] | None) -> Optional[bytes]:
    """The JSON request body (see ``merge_body``); ``None`` means no body at all."""
    if extra_json is not None:
        json_data = merge_body(json_data, extra_json)
    if json_data is None or isinstance(json_data, NotGiven):
        return None
    if isinstance(json_data, bytes):
        return json_data
    return json_bytes(json_data)


def merge_body(json_data: Body | None, extra_json: Mapping[str, object] | None) -> Body | None:
    """The body with ``extra_json`` keys merged over it (an ``omit`` value removes a
    key); a body that is not a mapping cannot take ``extra_body``."""
    if extra_json is None:
        return json_data
    if json_data is None:
        json_data = extra_json
    elif isinstance(json_data, Mapping):
        json_data = {**json_data, **extra_json}
    else:
        raise RuntimeError(f"Unexpected JSON data type, {type(json_data)}, cannot merge with `extra_body`")
    return {key: value for key, value in json_data.items() if not isinstance(value, Omit)}


def multipart_boundary(headers: Headers) -> Optional[str]:
    """The boundary of a caller's ``multipart/form-data; boundary=...`` content type."""
    content_type = header_value(headers, "content-type")
    if not isinstance(content_type, str) or not content_type.startswith("multipart/form-data"):
        return None
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.strip().partition("=")
        if name.lower() == "boundary" and value.strip('"'):
            return value.strip('"')
    return None


def prepare_body(body: Body | None) -> Body | None:
    """Drop ``omit``/``not_given`` entries from a resource body and materialise iterables."""
    return None if body is None else strip_not_given(body)
