"""Naming shared by the targets: IR resource paths -> the names files, classes and argument
types take, unique wherever they meet.

Both targets apply the same rules, each spelling words its own way (`pascal`):
- a resource is filed under its name, or `<parent>_<name>` when named like its parent
  (`teams.teams` is `teams/teams_teams`), so no module is written over another;
- a resource class takes its PascalCase name, with `Resource` appended (then
  `Resource2`, ...) when that name, or a name derived from it, is taken: by a model, a
  runtime name, or its parent's class (`Pets` beside a model `Pets` is `PetsResource`);
- the type of a method's arguments is `ItemListParams` for `conversations.items.list`,
  told apart from another by parent resources, then by unsingularised words
  (`registry.list` and `registries.list`), then by a number, and never a taken name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable

from .. import ir
from ..ir.naming import singular

__all__ = ["file_words", "free_name", "numbered", "params_type_names", "resource_classes"]


def file_words(path: tuple[str, ...]) -> tuple[str, ...]:
    """The words each level of a resource path is filed under (see the module docstring)."""
    found: list[str] = []
    for name in path:
        found.append(f"{found[-1]}_{name}" if found and found[-1] == name else name)
    return tuple(found)


def resource_classes(
    resources: tuple[ir.Resource, ...],
    pascal: Callable[[str], str],
    taken: Collection[str],
    derived: Callable[[str], Iterable[str]] = lambda name: (name,),
) -> dict[tuple[str, ...], str]:
    """The class of every resource by its path; `derived` gives the names a target makes of
    a class name (`Pets` -> `AsyncPets`, `PetsWithRawResponse`, ...), all of them checked."""
    found: dict[tuple[str, ...], str] = {}
    for resource in ir.depth_first(resources):
        parent = found.get(resource.path[:-1])
        blocked = set(taken) | set(derived(parent) if parent else ())
        base = pascal(resource.name)
        name, counter = base, 1
        while any(d in blocked for d in derived(name)):
            name, counter = f"{base}Resource{counter if counter > 1 else ''}", counter + 1
        found[resource.path] = name
    return found


def params_type_names(
    methods: list[tuple[tuple[str, ...], str]], pascal: Callable[[str], str], taken: Collection[str] = ()
) -> list[str]:
    """The type names of methods' arguments (`methods` are (resource path, method name)
    pairs, `pascal` a target's class-name spelling): distinct, and none of `taken`."""

    def name(index: int) -> str:
        path, method = methods[index]
        words = path[-depths[index] :]
        return "".join(pascal(p if plain[index] else singular(p)) for p in words) + f"{pascal(method)}Params"

    depths, plain = [1] * len(methods), [False] * len(methods)
    while True:
        names = [name(i) for i in range(len(methods))]
        counts = Counter(names)
        clashing = [i for i, n in enumerate(names) if counts[n] > 1 or n in taken]
        movable = [i for i in clashing if depths[i] < len(methods[i][0]) or not plain[i]]
        if not movable:
            return numbered(names, taken)
        for index in movable:
            if depths[index] < len(methods[index][0]):
                depths[index] += 1
            else:
                plain[index] = True


def numbered(names: list[str], taken: Collection[str] = (), separator: str = "") -> list[str]:
    """`names` in order, a number (2, 3, ... after `separator`) appended to each that
    repeats an earlier one or is taken."""
    seen = set(taken)
    result = []
    for candidate in names:
        fixed = free_name(candidate, seen, separator)
        seen.add(fixed)
        result.append(fixed)
    return result


def free_name(name: str, taken: Collection[str], separator: str = "") -> str:
    """`name`, or the first of `name2`, `name3`, ... (after `separator`) not in `taken`."""
    fixed, counter = name, 2
    while fixed in taken:
        fixed, counter = f"{name}{separator}{counter}", counter + 1
    return fixed
