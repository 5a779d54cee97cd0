"""Spec text made safe for generated TypeScript: JSDoc lines and string literals.

Spec descriptions are data: a description can never end a comment early (`*/` is broken
up) and a string literal always stays one (quotes, backslashes, line breaks and control
characters are escaped).
"""

from __future__ import annotations

import json
import math
import re

_LINE_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85|\x0b|\x0c")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def jsdoc_lines(text: str) -> tuple[str, ...]:
    """`text` as the lines of a `/** ... */` comment, trailing blank lines removed."""
    if not text.strip():
        return ()
    lines = [_CONTROL.sub(" ", line.rstrip()).replace("*/", "*\\/") for line in _LINE_BREAKS.split(text.strip())]
    while lines and not lines[-1]:
        lines.pop()
    return tuple(lines)


def comment_line(text: str) -> str:
    """`text` fit for a `//` comment: no line break can end it."""
    return _CONTROL.sub(" ", _LINE_BREAKS.sub(" ", text))


def string_literal(text: str) -> str:
    """`text` as a single-quoted TypeScript string literal."""
    inner = json.dumps(text, ensure_ascii=False)[1:-1].replace('\\"', '"').replace("'", "\\'")
    inner = inner.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"'{inner}'"


def literal(value: object) -> str:
    """JSON data (or bytes, as a `Uint8Array`) as a TypeScript expression: objects keyed as
    written, strings single-quoted."""
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, bytes):  # a file to upload
        return f"new TextEncoder().encode({string_literal(value.decode('utf-8', 'replace'))})"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{property_key(str(k))}: {literal(v)}" for k, v in value.items()) + " }"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    raise TypeError(f"not JSON data: {value!r}")


_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def is_identifier_name(name: str) -> bool:
    """Whether `name` can stand unquoted as a property name."""
    return bool(_IDENTIFIER.match(name))


def property_key(name: str) -> str:
    """`name` as a property key: bare when it is an identifier name, else a string literal."""
    return name if is_identifier_name(name) else string_literal(name)


WIDTH = 110  # the line length generated code keeps to, as the official Node SDK's


def wrapped(head: str, items: list[str], tail: str, indent: str) -> tuple[str, ...]:
    """`head` + `items` joined by commas + `tail` on one line of at most `WIDTH`
    characters (counting `indent`), else one item per line, each with a trailing comma but
    a rest element (`...body`), which may have none."""
    line = f"{head}{', '.join(items)}{tail}"
    if len(indent) + len(line) <= WIDTH or not items:
        return (line,)
    last = items[-1] if items[-1].startswith("...") else f"{items[-1]},"
    return (head.rstrip(), *(f"  {item}," for item in items[:-1]), f"  {last}", tail.lstrip())
