"""An operation's parameters: spec `parameters` -> `ir.Parameter`s, and every argument's name.

Input: the path item's and the operation's `parameters` (the operation's win for one name
and location), the schema reader and the config's client-wide `array_format`. Output: one
`ir.Parameter` per path, query, header and cookie parameter, its `style` and `explode`
resolved from the spec with OpenAPI's defaults, and (`name_arguments`, once the body's
fields have joined them) a distinct, readable argument name for every argument.

Decided here, once:
- a query parameter the spec gives no `style`/`explode` follows the config's `array_format`
  when the config sets one (`style` left empty), else OpenAPI's default (`form`, exploded);
- a style OpenAPI does not define for the location is reported and the default used;
- argument names are the wire name as lower-case words, comparison operators spelled out
  (`StartTime<` -> `start_time_before`, `>=` -> `on_or_after`), brackets and punctuation
  dropped (`ids[]` -> `ids`, `filter[name]` -> `filter_name`); where two arguments come to
  the same name, path parameters keep it, then query, header, cookie, and the others take
  their location as a prefix (`body_username`, `header_id`), as Stainless-generated SDKs
  name a body field that clashes; a last clash (names differing only in case in one
  location) takes `_2`, `_3`, ... in argument order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from ..core.diagnostics import Severity
from . import nodes as ir
from .naming import words
from .schemas import SchemaReader

Report = Callable[[Severity, str, str, str], None]

LOCATIONS = ("path", "query", "header", "cookie")
DEFAULT_STYLES = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}
STYLES = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
# Operators in wire names (`StartTime<`), longest first, as the words they mean.
_OPERATORS = (
    ("<=", " on or before "),
    (">=", " on or after "),
    ("!=", " not "),
    ("<", " before "),
    (">", " after "),
    ("=", " eq "),
)
# Who keeps a name two arguments share; the others take their location as a prefix.
_PRIORITY = (ir.ParamLocation.PATH, ir.ParamLocation.QUERY, ir.ParamLocation.HEADER, ir.ParamLocation.COOKIE)
_SCALARS = frozenset(
    {ir.TypeKind.STRING, ir.TypeKind.INTEGER, ir.TypeKind.NUMBER, ir.TypeKind.BOOLEAN, ir.TypeKind.LITERAL}
    | {ir.TypeKind.NULL}
)


def read_parameters(
    reader: SchemaReader,
    report: Report,
    item: Mapping[str, Any],
    spec: Mapping[str, Any],
    pointer: str,
    array_format: str | None,
) -> tuple[list[ir.Parameter], list[Any]]:
    """The parameters of the operation at `pointer`, and their schemas (request roots)."""
    path_pointer = pointer.rsplit("/", 1)[0]
    merged: dict[tuple[str, str], tuple[Mapping[str, Any], str]] = {}
    for where, params in ((path_pointer, item.get("parameters")), (pointer, spec.get("parameters"))):
        for index, raw in enumerate(params or []):
            param = reader.resolve(raw)
            merged[(str(param.get("name")), str(param.get("in")))] = (param, f"{where}/parameters/{index}")
    found: list[ir.Parameter] = []
    roots: list[Any] = []
    for (name, location), (param, where) in merged.items():
        if location not in LOCATIONS:
            report(
                Severity.WARNING,
                where,
                f"{location} parameter {name!r} is not supported and is left out",
                "send it through the request options, or describe it as a header or query parameter",
            )
            continue
        if location == "query" and param.get("allowReserved") is True:
            report(
                Severity.WARNING,
                where,
                f"query parameter {name!r} allows reserved characters unencoded (allowReserved); "
                "the SDK percent-encodes them",
                "a server that decodes its query string reads the same value",
            )
        schema = param.get("schema", {})
        roots.append(schema)
        style, explode = parameter_style(
            param, location, array_format, lambda m: report(Severity.WARNING, where, m, "")
        )
        found.append(
            ir.Parameter(
                name=name,
                location=ir.ParamLocation(location),
                type=reader.type_of(schema),
                required=location == "path" or param.get("required") is True,
                description=_text(param.get("description") or reader.resolve(schema).get("description")),
                pointer=where,
                example=param["example"] if "example" in param else reader.example(schema, full=False),
                style=style,
                explode=explode,
                allow_reserved=location == "query" and param.get("allowReserved") is True,
            )
        )
    return found, roots


def parameter_style(
    param: Mapping[str, Any], location: str, array_format: str | None, warn: Callable[[str], None]
) -> tuple[str, bool]:
    """`(style, explode)` of a parameter in `location`, OpenAPI's defaults filled in.

    A query parameter the spec says nothing about gets `("", False)` when the config sets
    a client-wide `array_format`: that format applies to it.
    """
    style, explode = param.get("style"), param.get("explode")
    if location == "query" and style is None and explode is None and array_format:
        return "", False
    if style is not None and style not in STYLES[location]:
        warn(
            f"style {style!r} is not defined for {location} parameters; "
            f"it is sent in the default style {DEFAULT_STYLES[location]!r}"
        )
        style = None
    style = str(style or DEFAULT_STYLES[location])
    return style, explode if isinstance(explode, bool) else style == "form"


def needs_style(param: ir.Parameter) -> bool:
    """Whether the runtime must be told the style of `param`'s value. It sends a scalar
    as every style but `label` and `matrix` asks, a header as `simple` unexploded, a
    cookie as `form` exploded, and a query value the spec says nothing about (no `style`)
    in the client-wide format."""
    if not param.style or param.location is ir.ParamLocation.BODY:
        return False
    if param.location is ir.ParamLocation.PATH and param.style != "simple":
        return True
    if param.location is ir.ParamLocation.HEADER and not param.explode:
        return False
    if param.location is ir.ParamLocation.COOKIE and param.explode:
        return False
    return not is_scalar(param.type)


def is_scalar(type_: ir.TypeRef) -> bool:
    """A string, number, boolean or literal (or a union of them), never a list or an object."""
    if type_.kind is ir.TypeKind.UNION:
        return all(is_scalar(v) for v in type_.variants)
    return type_.kind in _SCALARS


def argument_word(wire: str) -> str:
    """The argument name of the wire name `wire`, as lower-case words (`StartTime<` ->
    `start_time_before`, `ids[]` -> `ids`, `2fa` -> `2fa`: targets spell leading digits)."""
    text = wire
    for operator, word in _OPERATORS:
        text = text.replace(operator, word)
    return words(text) or "value"


def name_arguments(arguments: Iterable[ir.Parameter]) -> list[ir.Parameter]:
    """`arguments` with distinct argument names (see the module docstring), in order."""
    params = list(arguments)
    bases = [argument_word(p.name) for p in params]
    counts: dict[str, list[ir.Parameter]] = {}
    for param, base in zip(params, bases):
        counts.setdefault(base, []).append(param)
    names = []
    for param, base in zip(params, bases):
        sharing = counts[base]
        keeper = min(sharing, key=_rank)
        prefixed = len(sharing) > 1 and param.location is not keeper.location
        names.append(f"{param.location.value}_{base}" if prefixed else base)
    taken: set[str] = set()
    result = []
    for param, name in sorted(zip(params, names), key=lambda pair: _keeps_first(pair[0], pair[1])):
        candidate, counter = name, 2
        while candidate in taken:
            candidate, counter = f"{name}_{counter}", counter + 1
        taken.add(candidate)
        result.append((param, candidate))
    chosen = {id(param): name for param, name in result}
    return [replace(p, argument=chosen[id(p)]) for p in params]


def _rank(param: ir.Parameter) -> int:
    return _PRIORITY.index(param.location) if param.location in _PRIORITY else len(_PRIORITY)


def _keeps_first(param: ir.Parameter, name: str) -> tuple[int, int]:
    """Who keeps a name still shared: a wire name spelled exactly so, then by location."""
    return (0 if param.name == name else 1, _rank(param))


def _text(value: Any) -> str:
    return str(value).strip() if value else ""
