"""The requests a call with the IR's example arguments must send, for generated tests of
every target: its path, its query pairs, its header values. Language-neutral: values are
the strings that go on the wire.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from .. import ir

PATH_SAFE = "!$&'()*+,;=:@"  # what a path parameter keeps unencoded (RFC 3986 `pchar`)
_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")  # an HTTP header name (RFC 9110 `token`)


def is_header_name(name: str) -> bool:
    """Whether `name` is a valid HTTP header name (`fetch` refuses to send any other)."""
    return bool(_TOKEN.match(name))


def header_text(value: object, explode: bool = False) -> str:
    """A header argument's value as sent (`simple`: a list joined by commas, an object as
    `key,value` pairs, or `key=value` ones when exploded)."""
    if isinstance(value, list):
        return ",".join(_text(v) for v in value)
    if isinstance(value, dict):
        present = [(str(k), _text(v)) for k, v in value.items() if v is not None]
        return ",".join(f"{k}={v}" if explode else f"{k},{v}" for k, v in present)
    return _text(value)


def url_path(op: ir.Operation) -> str:
    """The path a call with the example path arguments requests, each value in its style,
    percent-encoded."""
    path = op.path
    for param in op.located(ir.ParamLocation.PATH):
        value = path_text(param.name, param.example, param.style or "simple", param.explode)
        path = path.replace("{" + param.name + "}", quote(value, safe=PATH_SAFE))
    return path


def path_text(name: str, value: object, style: str, explode: bool) -> str:
    """A path parameter's text in its style (`simple` `a,b`, `label` `.a.b`, `matrix` `;id=a,b`)."""
    if isinstance(value, dict):
        items = [f"{k}{'=' if explode else ','}{_text(v)}" for k, v in value.items() if v is not None]
    elif isinstance(value, list):
        items = [_text(v) for v in value if v is not None]
    else:
        items = [_text(value)]
    if style == "label":
        return "." + (".".join(items) if explode else ",".join(items))
    if style == "matrix" and explode and isinstance(value, (list, dict)):
        return "".join(f";{name}={item}" if isinstance(value, list) else f";{item}" for item in items)
    if style == "matrix":
        return f";{name}=" + ",".join(items)
    return ",".join(items)


def query_pairs(op: ir.Operation, array_format: str) -> list[tuple[str, str]]:
    """The query pairs the call with every argument sends: the path key's constants first,
    then each parameter in its style; one whose spec says nothing (no `style`) as the
    client sends them, objects as `key[sub]` and arrays per `array_format`."""
    pairs: list[tuple[str, str]] = list(op.query_constants)
    for param in op.located(ir.ParamLocation.QUERY):
        if param.style:
            pairs += style_pairs(param.name, param.example, param.style, param.explode)
        else:
            _pairs(param.name, param.example, array_format, pairs)
    return pairs


def style_pairs(key: str, value: object, style: str, explode: bool) -> list[tuple[str, str]]:
    """The pairs a query (or cookie) value sends in an OpenAPI style."""
    if value is None:
        return []
    if style == "deepObject":
        out: list[tuple[str, str]] = []
        _pairs(key, value, "brackets", out)
        return out
    delimiter = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
    if isinstance(value, dict):
        present = [(str(k), _text(v)) for k, v in value.items() if v is not None]
        return present if explode else [(key, delimiter.join(t for pair in present for t in pair))]
    if isinstance(value, list):
        items = [_text(v) for v in value if v is not None]
        return [(key, item) for item in items] if explode else [(key, delimiter.join(items))]
    return [(key, _text(value))]


def _pairs(key: str, value: object, array_format: str, out: list[tuple[str, str]]) -> None:
    if value is None:
        return
    if isinstance(value, dict):
        for sub, item in value.items():
            _pairs(f"{key}[{sub}]", item, array_format, out)
    elif isinstance(value, list) and array_format == "comma":
        out.append((key, ",".join(_text(v) for v in value if v is not None)))
    elif isinstance(value, list):
        for item in value:
            _pairs(f"{key}[]" if array_format == "brackets" else key, item, array_format, out)
    else:
        out.append((key, _text(value)))


@dataclass(frozen=True, slots=True)
class ExpectedBody:
    """The body a call sends: JSON data (`raw` None), or text (a form's, a text body's, a
    file's content) sent as `content_type`."""

    json: object = None
    raw: str | None = None
    content_type: str = ""


def json_literal(body: ExpectedBody | None, spell: Callable[[object], str], absent: str) -> str:
    """A JSON body spelled by `spell`, or `absent` when the body is not JSON (or none)."""
    return spell(body.json) if body is not None and body.raw is None else absent


def raw_literal(body: ExpectedBody | None, spell: Callable[[str], str], absent: str) -> str:
    """A body that is not JSON, its text spelled by `spell`, or `absent` when it is JSON (or none)."""
    return spell(body.raw) if body is not None and body.raw is not None else absent


FILE_CONTENT = "raw file contents"  # what generated tests upload where a file is taken


def expected_body(op: ir.Operation, *, every: bool) -> ExpectedBody | None:
    """The body the call with the required (or `every`) example arguments sends; None for
    no body, or a multipart one (its boundary is the runtime's choice)."""
    if op.body is None or op.body.kind is ir.BodyKind.MULTIPART:
        return None
    params = [p for p in op.located(ir.ParamLocation.BODY) if every or p.required]
    kind, media = op.body.kind, op.body.content_type
    if op.body.whole and not params:
        return None
    if kind is ir.BodyKind.TEXT:
        return ExpectedBody(raw=str(params[0].example), content_type=media)
    if kind is ir.BodyKind.BINARY:
        return ExpectedBody(raw=FILE_CONTENT, content_type="application/octet-stream" if "*" in media else media)
    if op.body.whole:
        return ExpectedBody(json=params[0].example)
    if kind is ir.BodyKind.FORM:
        pairs = form_pairs([(p.name, p.example) for p in params], op.body.encodings)
        return ExpectedBody(raw=urlencode(pairs), content_type=media)
    return ExpectedBody(json={p.name: p.example for p in params})


def form_pairs(fields: list[tuple[str, object]], encodings: tuple[ir.FieldEncoding, ...]) -> list[tuple[str, str]]:
    """The pairs of a urlencoded form, each field written as its encoding says (exploded
    `form` style by default; `deepObject` nests `a[b]`, `a[]` for scalars, `a[0][b]`)."""
    styles = {e.name: e for e in encodings}
    out: list[tuple[str, str]] = []
    for name, value in fields:
        encoding = styles.get(name, ir.FieldEncoding(name))
        if value is None:
            continue
        if encoding.as_json:
            out.append((name, json.dumps(value, separators=(",", ":"), ensure_ascii=False)))
        elif encoding.style == "deepObject":
            _deep(name, value, out)
        else:
            _flat(name, value, encoding, out)
    return out


def _flat(name: str, value: object, encoding: ir.FieldEncoding, out: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        items = [(str(k), _text(v)) for k, v in value.items() if v is not None]
        if encoding.explode:
            out.extend(items)
        else:
            out.append((name, ",".join(f"{k},{v}" for k, v in items)))
    elif isinstance(value, list):
        texts = [_text(v) for v in value if v is not None]
        if encoding.style == "form" and encoding.explode:
            out.extend((name, t) for t in texts)
        elif texts:
            out.append((name, {"spaceDelimited": " ", "pipeDelimited": "|"}.get(encoding.style, ",").join(texts)))
    else:
        out.append((name, _text(value)))


def _deep(key: str, value: object, out: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        for sub, item in value.items():
            if item is not None:
                _deep(f"{key}[{sub}]", item, out)
    elif isinstance(value, list):
        nested = any(isinstance(item, (dict, list)) for item in value)
        for index, item in enumerate(value):
            if item is not None:
                _deep(f"{key}[{index}]" if nested else f"{key}[]", item, out)
    else:
        out.append((key, _text(value)))


def _text(value: object) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def with_files(type_: ir.TypeRef, value: object) -> object:
    """`value` with bytes wherever `type_` expects binary content (a file to upload)."""
    if type_.kind is ir.TypeKind.BINARY:
        return b"raw file contents"
    if type_.kind is ir.TypeKind.ARRAY and type_.item is not None:
        items = value if isinstance(value, list) and value else [None]
        return [with_files(type_.item, item) for item in items] if _carries_files(type_.item) else value
    if type_.kind is ir.TypeKind.UNION:
        wanted = ir.TypeKind.ARRAY if isinstance(value, list) else ir.TypeKind.BINARY
        matching = [v for v in type_.variants if v.kind is wanted and _carries_files(v)]
        return with_files(matching[0], value) if matching and not isinstance(value, dict) else value
    return value


def _carries_files(type_: ir.TypeRef) -> bool:
    if type_.kind is ir.TypeKind.BINARY:
        return True
    return any(_carries_files(t) for t in (type_.item, *type_.variants) if t is not None)
