"""Expressions laid out over lines as black lays them out: `Group` trees -> source text.

A generated expression that may be long (a test's expected JSON body, a call's arguments,
a request path) is built as a tree: atoms (text black never splits: names, numbers,
strings) and bracketed groups (a call's arguments, a list, dict or tuple display). `lay_out`
prints it at a given indent and between a given prefix and suffix the way black 26 prints
such a line, so that the formatter has nothing left to rewrite. The rules, black's
right-hand split for a line inside brackets that holds no magic trailing comma:

- the line fits in `LINE_LENGTH`: one line;
- else it is split at its last bracket: the head up to the opening bracket, the body one
  level deeper, the closing bracket (and suffix) on a line of its own;
- the body goes on one line when it fits, unless it is a display (list, dict, tuple) of
  more than one item, which black always explodes; else each item goes on a line of its
  own with a trailing comma (a single item is laid out again, without one).

An expression ending in an atom that does not fit stays one line (black cannot split it
either; it formats that statement itself).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .imports import import_lines
from .style import LINE_LENGTH
from .text import python_literal

__all__ = ["Group", "Item", "Node", "annotation_node", "declaration", "flat", "from_import", "lay_out", "literal_node"]


@dataclass(frozen=True, slots=True)
class Item:
    """One element of a group: `prefix` (`"key": `, `name=`, or nothing) and its value."""

    prefix: str
    value: Node


@dataclass(frozen=True, slots=True)
class Group:
    """`head` (a callee, or nothing for a display) followed by bracketed items.

    `display` marks a list, dict or tuple display: black explodes one of those one item per
    line whenever it splits it. `tail` follows the last item (the comma of a one-item
    tuple)."""

    head: str
    opening: str
    items: tuple[Item, ...]
    closing: str
    display: bool
    tail: str = ""


Node = str | Group


def flat(node: Node) -> str:
    """`node` on one line."""
    if isinstance(node, str):
        return node
    return node.head + node.opening + _flat_items(node) + node.closing


def _flat_items(group: Group) -> str:
    return ", ".join(item.prefix + flat(item.value) for item in group.items) + group.tail


def lay_out(prefix: str, node: Node, suffix: str, indent: int) -> str:
    """`prefix`, `node` and `suffix` as black prints them starting at column `indent`: the
    first line without its indentation, later lines with theirs."""
    return "\n".join(_lines(prefix, node, suffix, indent))[indent:]


def _lines(prefix: str, node: Node, suffix: str, indent: int) -> list[str]:
    pad = " " * indent
    one = pad + prefix + flat(node) + suffix
    if len(one) <= LINE_LENGTH or isinstance(node, str) or not node.items:
        return [one]
    lines = [pad + prefix + node.head + node.opening]
    body = " " * (indent + 4) + _flat_items(node)
    if len(body) <= LINE_LENGTH and not (node.display and len(node.items) > 1):
        lines.append(body)
    elif len(node.items) == 1:
        lines += _lines(node.items[0].prefix, node.items[0].value, node.tail, indent + 4)
    else:
        for item in node.items:
            lines += _lines(item.prefix, item.value, ",", indent + 4)
    lines.append(pad + node.closing + suffix)
    return lines


def literal_node(value: object) -> Node:
    """`value` (JSON data, or bytes, as `text.python_literal` takes it) as a tree."""
    if isinstance(value, dict):
        items = tuple(Item(f"{python_literal(k)}: ", literal_node(v)) for k, v in value.items())
        return Group("", "{", items, "}", True) if items else "{}"
    if isinstance(value, list):
        return Group("", "[", tuple(Item("", literal_node(v)) for v in value), "]", True) if value else "[]"
    if isinstance(value, tuple):
        items = tuple(Item("", literal_node(v)) for v in value)
        return Group("", "(", items, ")", True, "," if len(items) == 1 else "") if items else "()"
    return python_literal(value)


def from_import(module: str, names: tuple[str, ...], indent: int = 0) -> str:
    """`from module import a, b` as black prints it at `indent` (the first line without its
    indentation), by `imports.import_lines`."""
    return "\n".join(import_lines(module, names, indent=" " * indent))[indent:]


def declaration(name: str, annotation: str, default: str, indent: int) -> str:
    """`name: annotation = default` (the default optional), a parameter of a function whose
    parameters are one per line, as black prints it at `indent` (its comma not included).

    An annotation too long for the line is split at its last bracket when it is one term;
    a union (`X | Omit`) is put in parentheses, one line when it fits, else one term a line."""
    tail = f" = {default}" if default else ""
    one = f"{name}: {annotation}{tail}"
    terms = _split_top(annotation, " | ")
    if indent + len(one) + 1 <= LINE_LENGTH:
        return one
    if len(terms) == 1:
        return lay_out(f"{name}: ", annotation_node(annotation), f"{tail},", indent)[:-1]
    if terms[-1].endswith(("]", ")")):  # black may split at that bracket instead: left to it
        return one
    pad = " " * (indent + 4)
    inner = pad + annotation
    if len(inner) <= LINE_LENGTH:
        body = [inner]
    else:
        body = [*_lines("", annotation_node(terms[0]), "", indent + 4)]
        body += [line for term in terms[1:] for line in _lines("| ", annotation_node(term), "", indent + 4)]
    return "\n".join([f"{name}: (", *body, " " * indent + f"){tail}"])


def annotation_node(text: str) -> Node:
    """A type annotation as a tree: `Head[a, b]` a group of its arguments, anything else an atom."""
    if not text.endswith("]") or len(_split_top(text, " | ")) > 1:
        return text
    opening = _opening(text)
    if opening <= 0:
        return text
    items = tuple(Item("", annotation_node(part.strip())) for part in _split_top(text[opening + 1 : -1], ","))
    return Group(text[:opening], "[", items, "]", False)


def _split_top(text: str, separator: str) -> list[str]:
    """`text` split at `separator` where it is outside brackets and string literals."""
    parts, start = [], 0
    for i, _, depth in _outside_strings(text):
        if depth == 0 and i >= start and text.startswith(separator, i):
            parts.append(text[start:i])
            start = i + len(separator)
    return [*parts, text[start:]]


def _opening(text: str) -> int:
    """The index of the last top-level opening bracket of `text` (-1 if none or unbalanced)."""
    opened, depth = -1, 0
    for i, ch, depth in _outside_strings(text):
        if ch and ch in "([{" and depth == 0:
            opened = i
    return opened if depth == 0 else -1


def _outside_strings(text: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, bracket depth before it) of each character of `text` outside string
    literals; the depth after the last closing bracket comes last, as (len(text), "", depth)."""
    depth, quote, i = 0, "", 0
    while i < len(text):
        ch = text[i]
        if quote:
            i += 2 if ch == "\\" else 1
            quote = "" if ch == quote else quote
            continue
        if ch in "\"'":
            quote = ch
        else:
            yield i, ch, depth
            depth += 1 if ch in "([{" else -1 if ch in ")]}" else 0
        i += 1
    yield len(text), "", depth
