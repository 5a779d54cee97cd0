"""Naming shared by the targets: the type names of methods' argument objects.

Both targets name the type of a method's arguments after its resource and the method
(`ItemListParams` for `conversations.items.list`), each spelling the words its own way.
"""

from __future__ import annotations

from collections.abc import Callable

from ..ir.naming import singular


def params_type_names(methods: list[tuple[tuple[str, ...], str]], pascal: Callable[[str], str]) -> list[str]:
    """The type names of methods' arguments: `ItemListParams` for `conversations.items.list`
    (`methods` are (resource path, method name) pairs, `pascal` a target's class-name
    spelling), with as many parent resources prefixed as it takes to tell apart methods
    whose resources share a name (`organization.roles.list` and `projects.roles.list`)."""

    def name(path: tuple[str, ...], method: str, depth: int) -> str:
        return "".join(pascal(singular(p)) for p in path[-depth:]) + f"{pascal(method)}Params"

    depths = [1] * len(methods)
    while True:
        names = [name(path, method, depth) for (path, method), depth in zip(methods, depths)]
        counts: dict[str, int] = {}
        for candidate in names:
            counts[candidate] = counts.get(candidate, 0) + 1
        clashing = [i for i, n in enumerate(names) if counts[n] > 1 and depths[i] < len(methods[i][0])]
        if not clashing:
            return names
        for index in clashing:
            depths[index] += 1
