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

from dataclasses import dataclass

from .style import LINE_LENGTH
from .text import python_literal

__all__ = ["Group", "Item", "Node", "flat", "from_import", "lay_out", "literal_node"]


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


def from_import(module: str, names: tuple[str, ...]) -> str:
    """`from module import a, b` as black prints it at column 0: one line when it fits, else
    one name per line in parentheses, with a trailing comma (black always explodes imports)."""
    one = f"from {module} import {', '.join(names)}"
    if len(one) <= LINE_LENGTH:
        return one
    return "\n".join([f"from {module} import (", *(f"    {name}," for name in names), ")"])
