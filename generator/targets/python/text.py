"""Spec text made safe for generated Python: docstring lines and string literals.

Spec descriptions are data. Before they reach a template they are split into lines and
escaped so that no description can end a docstring early or smuggle code into the
output: backslashes and quotes are escaped, control characters and Unicode line
separators are spelled as escapes, and a trailing quote is kept away from the closing
triple quote.
"""

from __future__ import annotations

import math
import re

LINE_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85|\x0b|\x0c")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def docstring_lines(text: str) -> tuple[str, ...]:
    """`text` as escaped docstring lines, trailing blank lines removed."""
    lines = [escape_line(line.rstrip()) for line in LINE_BREAKS.split(text.strip())] if text.strip() else []
    while lines and not lines[-1]:
        lines.pop()
    if lines:
        lines[-1] = escape_trailing_quote(lines[-1])
    return tuple(lines)


def escape_trailing_quote(line: str) -> str:
    """An escaped line that ends a docstring, its last quote (if any) escaped so that it
    cannot run into the closing triple quote."""
    if line.endswith('"'):
        body = line[:-1]
        if (len(body) - len(body.rstrip("\\"))) % 2 == 0:  # the quote is not escaped yet
            return body + '\\"'
    return line


def escape_line(line: str) -> str:
    """One line of spec text escaped for a docstring: backslashes, triple quotes, tabs and
    control characters spelled as escapes."""
    line = line.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').replace("\t", "\\t")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", line)


def one_line(text: str) -> str:
    """`text` as one escaped docstring line (line breaks become spaces)."""
    return " ".join(line for line in docstring_lines(text) if line)


def toml_string(text: str) -> str:
    """`text` as a TOML basic string literal, in ASCII (as JSON spells it, but with one
    `\\U` escape for a character beyond U+FFFF, and DEL escaped: TOML wants both)."""
    return '"' + "".join(_TOML_ESCAPES.get(ch) or _toml_char(ch) for ch in text) + '"'


_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _toml_char(ch: str) -> str:
    code = ord(ch)
    if 0x20 <= code < 0x7F:
        return ch
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def python_literal(value: object) -> str:
    """`value` (JSON data, or bytes) as Python source, strings in double quotes as black
    writes them, so the formatter has less to rewrite."""
    if isinstance(value, str):
        text = repr(value)
        return f'"{text[1:-1]}"' if text.startswith("'") and '"' not in value else text
    if isinstance(value, bytes):
        text = repr(value)
        return f'b"{text[2:-1]}"' if text.startswith("b'") and b'"' not in value else text
    if isinstance(value, dict):
        return "{" + ", ".join(f"{python_literal(k)}: {python_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        items = [python_literal(v) for v in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(value, float) and not math.isfinite(value):  # YAML's .nan and .inf
        return f'float("{value}")'
    return repr(value)
