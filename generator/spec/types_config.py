"""The SDK config's `types:` section -> `TypeConfig`s, and their check against the spec.

    types:
      ConversationResource: {name: Conversation}     # the type's name in every target
      ResponseItem: {group: responses}               # sits with the types of `responses`
      Metadata: {group: shared}                      # sits with the types several resources share

Keys are component schema keys of the spec. `name` renames the schema before anything is
generated (every reference follows), so each target spells the type (and its companions,
such as Python's `<Name>Param`) from it. `group` places the type: a resource path (dotted,
as resources are named: `conversations.items`) puts it with that resource's types, `shared`
with the types several top-level resources use; each target lays that out its own way.
A key that names no schema, a name already taken, a group that names no resource and an
unknown or mistyped key are errors located in the config.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..core.diagnostics import Diagnostic, Location, Severity
from ..core.settings import SettingsReader

__all__ = ["SHARED_GROUP", "TypeConfig", "check_groups", "check_names", "placeable", "read_types"]
SHARED_GROUP = ("shared",)
_NAME = re.compile(r"[A-Z][A-Za-z0-9]*")
_GROUP = re.compile(r"[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*")


@dataclass(frozen=True, slots=True)
class TypeConfig:
    """`types: {schema: {name, group}}`: what one schema's type is called and where it sits."""

    schema: str  # the component key in the spec
    name: str | None  # None: the schema's own (normalized) name
    group: tuple[str, ...] | None  # a resource path, or `SHARED_GROUP`; None: the layout rule decides
    location: Location  # where the config names it


def read_types(reader: SettingsReader, data: Mapping[str, Any]) -> tuple[TypeConfig, ...]:
    """Each entry of `types:`; mistakes are recorded on `reader` with their location."""
    found = []
    for schema, item in data.items():
        pointer = f"/types/{schema}"
        if not isinstance(item, Mapping) or not item:
            reader.fail(pointer, "expected a mapping with `name` (a PascalCase type name), `group` or both")
            continue
        reader.unknown_keys(item, pointer, {"name", "group"})
        name, group = item.get("name"), item.get("group")
        if name is not None and not (isinstance(name, str) and _NAME.fullmatch(name)):
            reader.fail(f"{pointer}/name", f"name must be a PascalCase type name, got {name!r}")
            continue
        if group is not None and not (isinstance(group, str) and _GROUP.fullmatch(group)):
            reader.fail(f"{pointer}/group", f"group must be a dotted resource path or `shared`, got {group!r}")
            continue
        words = tuple(group.split(".")) if isinstance(group, str) else None
        found.append(TypeConfig(str(schema), name, words, reader.locate(pointer)))
    return tuple(found)


def check_names(types: Iterable[TypeConfig], schemas: Iterable[str], reserved: frozenset[str]) -> list[Diagnostic]:
    """Warnings for entries naming no schema of the spec (ignored: one config serves a spec
    whose schemas come and go), errors for names that are taken."""
    keys = list(schemas)
    chosen = {t.schema: t.name for t in types if t.name is not None}
    taken = {k for k in keys if k not in chosen}
    problems = []
    seen: set[str] = set()
    for entry in types:
        if entry.schema not in keys:
            problems.append(_warning(f"types: `{entry.schema}` is no component schema of the spec", entry))
        elif entry.name is not None and (entry.name in taken | seen or entry.name in reserved):
            problems.append(_error(f"types: the name `{entry.name}` of `{entry.schema}` is already taken", entry))
        if entry.name is not None:
            seen.add(entry.name)
    return problems


def check_groups(types: Iterable[TypeConfig], resources: Iterable[tuple[str, ...]]) -> list[Diagnostic]:
    """Warnings for groups that name no resource of the SDK (the entry's group is ignored)."""
    paths = set(resources)
    return [
        _warning(f"types: the group `{'.'.join(t.group)}` of `{t.schema}` is no resource of the SDK", t)
        for t in types
        if t.group is not None and not placeable(t, paths)
    ]


def placeable(entry: TypeConfig, resources: Collection[tuple[str, ...]]) -> bool:
    """Whether `entry` has a group that names a resource of the SDK (one of `resources`), or `shared`."""
    return entry.group is not None and (entry.group == SHARED_GROUP or entry.group in resources)


_HINT = "name a component schema, a PascalCase name of its own, and a resource path or `shared`"


def _error(message: str, entry: TypeConfig) -> Diagnostic:
    return Diagnostic(Severity.ERROR, message, entry.location, _HINT)


def _warning(message: str, entry: TypeConfig) -> Diagnostic:
    return Diagnostic(Severity.WARNING, message + "; the entry is ignored", entry.location, _HINT)
