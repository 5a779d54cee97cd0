"""The `export declare namespace` blocks that make types reachable through their classes.

Input: names (a class, the types a module declares, its children's classes and types).
Output: the lines inside a resource's `export declare namespace Conversations { ... }` and
the client's `export declare namespace OpenAI { ... }`, as openai-node writes them, so that
`OpenAI.Conversations.Items.ItemListParams` is a type and `OpenAI.Conversations.Items` a
class. Each `export { ... }` is wrapped as `wrapped` wraps, indented inside its block.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import wrapped

_INDENT = "  "


@dataclass(frozen=True, slots=True)
class Exported:
    """A module's namespace entry: its class (or '') and the types it declares."""

    class_name: str
    types: tuple[str, ...]

    def names(self) -> list[str]:
        """`Items as Items`, then `type X as X` for each type."""
        head = [f"{self.class_name} as {self.class_name}"] if self.class_name else []
        return head + [f"type {name} as {name}" for name in self.types]


def export_lines(entries: list[str]) -> tuple[str, ...]:
    """One `export { ... };` statement of `entries`, indented inside a namespace block."""
    if not entries:
        return ()
    return tuple(_INDENT + line for line in wrapped("export { ", entries, " };", _INDENT))


def resource_namespace(own: Exported, children: tuple[Exported, ...]) -> tuple[str, ...]:
    """The lines inside a resource's namespace: its own types, then each child's class and types."""
    lines = export_lines(own.names())
    for child in children:
        lines += ("",) * bool(lines) + export_lines(child.names())
    return lines


def alias_lines(alias: str, types: tuple[str, ...]) -> tuple[str, ...]:
    """`export type X = Alias.X;` for each type (a type another module declares, re-exported)."""
    return tuple(f"{_INDENT}export type {name} = {alias}.{name};" for name in types)
