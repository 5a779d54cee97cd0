"""Trust: a chunk of generated Python -> whether black would leave it as it is, judged
without running black.

The built-in templates (laid out by the views, `layout`) and datamodel-code-generator's
formatter print what black prints. `trusted` says no where that may not hold, from what
the text shows, conservatively: a false alarm only costs formatting the chunk with black.
The format stage (`format.format_files`) formats every chunk it does not trust. Tests
hold the output of every spec they generate to `black --check`, and a unit test shows
black changing a sample of each kind this module refuses.

Refused: a line of code past black's length (black would split it; a line inside a
multi-line string, such as a docstring's long link, is text it never touches); trailing whitespace;
a character that is not printable (tabs, form feeds, ...); a docstring that starts or ends
with a quote (four in a row: black adds a space) or a space (black strips it); a bracket
split over lines whose last item has no trailing comma (black may join it, or split the
statement elsewhere); a line continued by a backslash; and a string black respells: in
single quotes, with a prefix other than `b`, with an escaped quote, an uppercase
hexadecimal escape, a lowercase `\\N{...}` name or a backslash at its end.
"""

from __future__ import annotations

import io
import re
import tokenize

from .style import LINE_LENGTH

__all__ = ["trusted"]

# A space inside a docstring's quotes, but for the one black puts beside a quote there.
_SPACED_DOCSTRING = re.compile(r'""" [^"]|[^ \n"] """')
_OPENERS = ("(", "[", "{")
_CLOSERS = {"(": ")", "[": "]", "{": "}"}
_STRING = re.compile(r'([A-Za-z]*)("""|"|\'\'\'|\')')
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}


def trusted(text: str) -> bool:
    """Whether black would leave `text` (top-level statements) as it is, as far as the text
    shows (see the module docstring)."""
    if '""""' in text or _SPACED_DOCSTRING.search(text) or not text.replace("\n", "").isprintable():
        return False
    lines = text.split("\n")
    long = []
    for index, line in enumerate(lines):
        if line.endswith(" "):
            return False
        if len(line) > LINE_LENGTH and not line.lstrip(" ").startswith("# "):  # black leaves a comment as it is
            long.append(index + 1)
        if line.endswith(_OPENERS) and not _closed_with_comma(lines, index):
            return False
    if not long and "\\" not in text:
        return True
    strings = _strings(text)
    if strings is None or any(not _string_as_black_prints(s.string) for s in strings if "\\" in s.string):
        return False
    inner = {row for s in strings for row in range(s.start[0] + 1, s.end[0])}  # rows wholly inside a string
    ended = {row for s in strings for row in range(s.start[0], s.end[0])}  # rows a string goes on past
    if any(row not in inner for row in long):
        return False  # a line of code black would split (a string's text it never touches)
    return not any(line.endswith("\\") and row not in ended for row, line in enumerate(lines, 1))


def _closed_with_comma(lines: list[str], index: int) -> bool:
    """Whether the bracket that ends `lines[index]` closes at its own indentation on a later
    line after a magic trailing comma. A split without one is left to black even where it
    could not be joined: black may split the statement elsewhere (it wraps a long value
    after `=` in parentheses rather than split an annotation, for one)."""
    opening = lines[index]
    indent = len(opening) - len(opening.lstrip(" "))
    closer = " " * indent + _CLOSERS[opening[-1]]
    for later in range(index + 1, len(lines)):
        line = lines[later]
        if line.startswith(closer):
            return lines[later - 1].endswith(",")
        if line and len(line) - len(line.lstrip(" ")) <= indent:
            return False  # back at the bracket's indentation without its closer: not a shape we know
    return False


def _strings(text: str) -> list[tokenize.TokenInfo] | None:
    """The string tokens of `text`, or None when it does not tokenize."""
    try:
        return [t for t in tokenize.generate_tokens(io.StringIO(text).readline) if t.type == tokenize.STRING]
    except (tokenize.TokenError, SyntaxError):
        return None


def _string_as_black_prints(literal: str) -> bool:
    """Whether black leaves the string `literal` (one holding a backslash) as it is."""
    match = _STRING.match(literal)
    if match is None:
        return False
    prefix, quote = match.groups()
    if prefix not in ("", "b") or quote.startswith("'"):
        return False
    body = literal[len(prefix) + len(quote) : -len(quote)]
    index = body.find("\\")
    while index != -1:
        escaped = body[index + 1 : index + 2]
        if escaped in ("'", '"', ""):
            return False  # a quote black would unescape or swap for; a backslash before the closing quotes
        if escaped in _HEX_DIGITS and any(c in "ABCDEF" for c in body[index + 2 : index + 2 + _HEX_DIGITS[escaped]]):
            return False  # black writes hexadecimal digits in lowercase
        if escaped == "N":
            end = body.find("}", index)
            if end == -1 or body[index + 3 : end] != body[index + 3 : end].upper():
                return False  # black writes character names in uppercase
        index = body.find("\\", index + 2)
    return True
