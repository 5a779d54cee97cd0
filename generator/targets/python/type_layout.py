"""Where each type of the Python package lives: definitions, who uses them, and the
config's groups -> a module per type under `types/`, grouped by resource.

The rule follows openai-python's layout:
- a resource's folder is `types/<top>/` for a top-level resource with sub-resources (its
  sub-resources' types sit there too), else its parent's folder: a leaf top-level
  resource's types sit at the root of `types/`, `chat.completions`' in `types/chat/`,
  `beta.threads.runs`' in `types/beta/threads/`;
- a method's `<Resource><Method>Params` sits in its resource's folder;
- a type sits in the folder all its users share (the resources whose methods send or
  return it, directly or through other types), or in `types/shared/` (responses) and
  `types/shared_params/` (requests) when resources of several top-level resources use it;
  a type no method reaches sits at the root;
- the config's `types: {Schema: {group: ...}}` puts a type in a named folder instead.

The module is named for the type in snake_case (`ConversationItemList` ->
`conversation_item_list.py`, `InputTextContentParam` -> `input_text_content_param.py`).
Types that use each other in a cycle share one module, named for the first of them; each
other name of the cycle gets a module of its own that re-exports it, so every type has its
module path. A module name already taken in a folder (by another module or a sub-folder)
is numbered (`_2`). Every definition of `type_split` is placed; the result is pure data.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ...core.graph import strongly_connected
from .type_split import Definition

__all__ = [
    "Folder",
    "TypeLayout",
    "TypeModule",
    "lay_out",
    "module_name",
    "relative_module",
    "resource_folder",
    "with_modules",
]

Folder = tuple[str, ...]
SHARED = ("shared",)
SHARED_PARAMS = ("shared_params",)


@dataclass(frozen=True, slots=True)
class TypeModule:
    """One module of `types/`: its folder, file stem and the names it defines (`alias_of`:
    the module it re-exports its one name from, for a member of a cycle)."""

    folder: Folder
    stem: str
    names: tuple[str, ...]
    alias_of: str = ""
    request: bool = False  # a request TypedDict's module (`<Name>Param`), whose names may repeat a model's

    @property
    def dotted(self) -> str:
        """The module's path below `types` (`conversations.conversation`)."""
        return ".".join((*self.folder, self.stem))


@dataclass(frozen=True, slots=True)
class TypeLayout:
    """Every module of `types/` and the module (below `types`) that defines each name: a
    model or a method's arguments (`module_of`), a request type (`request_module_of`; a
    schema may be called `FooParam` beside the request type of `Foo`)."""

    modules: tuple[TypeModule, ...]
    module_of: Mapping[str, str]
    reserved: frozenset[Folder] = frozenset()  # folders no module may take the name of
    request_module_of: Mapping[str, str] = field(default_factory=dict)

    def module(self, name: str, *, request: bool) -> str:
        """The module of `name`: its request type's when `request` and there is one."""
        return self.request_module_of[name] if request and name in self.request_module_of else self.module_of[name]

    def folders(self) -> tuple[Folder, ...]:
        """Every folder of `types/` holding a module, with every folder above it, root first."""
        found = {m.folder[:i] for m in self.modules for i in range(len(m.folder) + 1)} | {()}
        return tuple(sorted(found, key=lambda f: (len(f), f)))


def module_name(type_name: str) -> str:
    """`ConversationItemList` -> `conversation_item_list`, `HTTPError` -> `http_error`."""
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", type_name)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    stem = "_".join(w for w in re.split(r"[^A-Za-z0-9]+", text) if w).lower() or "type"
    stem = "_" + stem if stem[0].isdigit() else stem
    return stem + "_" if keyword.iskeyword(stem) else stem


def resource_folder(path: Sequence[str], has_children: bool) -> Folder:
    """The folder of a resource's types (see the module docstring), as module words."""
    words = tuple(module_name(p) for p in path)
    return words if len(words) == 1 and has_children else words[:-1]


def relative_module(folder: Folder, dotted: str) -> str:
    """How a module in `types/<folder>/` imports the module `dotted` (below `types`)."""
    target, _, stem = dotted.rpartition(".")
    if tuple(target.split(".")) == folder or (not target and not folder):
        return f".{stem}"
    return "." * (len(folder) + 1) + dotted


def lay_out(
    models: Sequence[Definition],
    params: Sequence[Definition],
    users: Mapping[str, Iterable[tuple[str, ...]]],
    folders_of: Mapping[tuple[str, ...], Folder],
    groups: Mapping[str, Folder],
    request_users: Mapping[str, Iterable[tuple[str, ...]]] | None = None,
) -> TypeLayout:
    """Place every definition: `users` (`request_users` for `params`, else `users` too) maps
    a type name to the resource paths whose methods use it directly, `folders_of` a resource
    path to its folder (each such folder is kept free of a module of its name), `groups` the
    folders the config chooses."""
    placed = _placed(models, users, folders_of, groups, SHARED)
    requests = _placed(params, users if request_users is None else request_users, folders_of, groups, SHARED_PARAMS)
    reserved = frozenset({*folders_of.values(), *(f for f, _ in (*placed, *requests))})
    return _with(_with(TypeLayout((), {}, reserved), placed), requests, request=True)


def with_modules(layout: TypeLayout, singles: Sequence[tuple[str, Folder]]) -> TypeLayout:
    """`layout` with a module for each (name, folder) of `singles` (methods' arguments types)."""
    return _with(layout, [(folder, (name,)) for name, folder in singles])


def _with(layout: TypeLayout, placed: Sequence[tuple[Folder, tuple[str, ...]]], request: bool = False) -> TypeLayout:
    taken: dict[Folder, set[str]] = {}
    for folder in {*layout.reserved, *(f for f, _ in placed)}:
        for i in range(1, len(folder) + 1):
            taken.setdefault(folder[: i - 1], {"__init__"}).add(folder[i - 1])
    for module in layout.modules:
        taken.setdefault(module.folder, {"__init__"}).add(module.stem)
    modules = list(layout.modules)
    module_of = dict(layout.request_module_of if request else layout.module_of)
    for folder, members in placed:
        names = taken.setdefault(folder, {"__init__"})
        owner = TypeModule(folder, _free(module_name(members[0]), names), members, request=request)
        modules.append(owner)
        module_of.update((name, owner.dotted) for name in members)
        for other in members[1:]:
            modules.append(TypeModule(folder, _free(module_name(other), names), (other,), owner.dotted, request))
    reserved = layout.reserved | {f for f, _ in placed}
    if request:
        return TypeLayout(tuple(modules), layout.module_of, reserved, module_of)
    return TypeLayout(tuple(modules), module_of, reserved, layout.request_module_of)


def _free(stem: str, taken: set[str]) -> str:
    candidate, number = stem, 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}_{number}"
    taken.add(candidate)
    return candidate


def _placed(
    definitions: Sequence[Definition],
    users: Mapping[str, Iterable[tuple[str, ...]]],
    folders_of: Mapping[tuple[str, ...], Folder],
    groups: Mapping[str, Folder],
    shared: Folder,
) -> list[tuple[Folder, tuple[str, ...]]]:
    """Each cycle of `definitions` (in definition order) with its folder."""
    order = {d.name: i for i, d in enumerate(definitions)}
    graph = {d.name: sorted((u for u in d.uses if u in order), key=order.__getitem__) for d in definitions}
    cycles = strongly_connected(list(order), graph)
    cycle_of = {name: index for index, cycle in enumerate(cycles) for name in cycle}
    reach: list[set[tuple[str, ...]]] = [set() for _ in cycles]
    # Dependents come after their dependencies in `cycles`: walk back, handing users down.
    for index in range(len(cycles) - 1, -1, -1):
        for name in cycles[index]:
            reach[index].update(users.get(name, ()))
        for name in cycles[index]:
            for used in graph[name]:
                if cycle_of[used] != index:
                    reach[cycle_of[used]] |= reach[index]
    result = []
    for index in sorted(range(len(cycles)), key=lambda i: min(order[n] for n in cycles[i])):
        members = tuple(sorted(cycles[index], key=order.__getitem__))
        chosen = next((groups[n] for n in members if n in groups), None)
        result.append((chosen if chosen is not None else _folder(reach[index], folders_of, shared), members))
    return result


def _folder(paths: set[tuple[str, ...]], folders_of: Mapping[tuple[str, ...], Folder], shared: Folder) -> Folder:
    if not paths:
        return ()
    if len({p[0] for p in paths}) > 1:
        return shared
    folders = [folders_of[p] for p in sorted(paths)]
    common = folders[0]
    for folder in folders[1:]:
        size = 0
        while size < min(len(common), len(folder)) and common[size] == folder[size]:
            size += 1
        common = common[:size]
    return common
