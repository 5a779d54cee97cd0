"""Which module declares each TypeScript type, and how the other modules name it.

Input: the IR's resources and models, each schema's type name and each resource's class.
Output: a `TypeModules`: the module of each type (`ir.homes`: beside the resource whose
operations use it, as openai-node declares `Conversation` in
`resources/conversations/conversations.ts`; else in `resources/shared.ts`), the namespace
alias each module is imported under (`ConversationsAPI`, `Shared`, as openai-node names
them), a per-module spelling of every type (bare in its own module, `ItemsAPI.X`
elsewhere) and the `import type * as` lines a module needs for the types it spells.
"""

from __future__ import annotations

import posixpath
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from ... import ir
from ...ir.homes import SHARED, model_homes
from ..naming import free_name
from .imports import ImportBlock

SHARED_MODULE = "resources/shared.ts"
SHARED_ALIAS = "Shared"


@dataclass(frozen=True, slots=True)
class TypeModules:
    """Where each type is declared (`module_of`: schema name -> module path under `src/`)
    and the alias each module is imported under (`aliases`: module path -> name)."""

    module_of: Mapping[str, str]
    aliases: Mapping[str, str]
    shared: str

    def spelled(self, module: str, names: Mapping[str, str]) -> dict[str, str]:
        """Each schema's type as `module` writes it: bare when declared there, else `Alias.Name`."""
        return {
            schema: name if self.module_of[schema] == module else f"{self.aliases[self.module_of[schema]]}.{name}"
            for schema, name in names.items()
        }

    def declared_in(self, module: str) -> tuple[str, ...]:
        """The schemas `module` declares, in the models' order."""
        return tuple(schema for schema, home in self.module_of.items() if home == module)

    def add_imports(self, module: str, used: set[str], imports: ImportBlock) -> None:
        """`import type * as Alias` for each other module whose types `module` spells (`used`)."""
        by_alias = {alias: path for path, alias in self.aliases.items()}
        for alias in sorted({name.split(".", 1)[0] for name in used if "." in name}):
            imports.add_namespace(relative_module(module, by_alias[alias]), alias, type_only=True)


def relative_module(importer: str, module: str) -> str:
    """The import specifier of `module` from `importer` (both `.ts` paths under `src/`)."""
    found = posixpath.relpath(module, posixpath.dirname(importer) or ".")
    found = found if found.startswith("../") else "./" + found
    return found[: -len(".ts")] + ".js"


def type_modules(
    api: ir.Api,
    module_paths: Mapping[tuple[str, ...], str],
    classes: Mapping[tuple[str, ...], str],
    taken: Collection[str],
) -> TypeModules:
    """Each model's module (`module_paths`: each resource path's module; `classes`: its class
    name) and each module's alias, free of the names in `taken` and of each other."""
    homes = model_homes(api)
    used = set(module_paths.values())
    shared = free_name(SHARED_MODULE[: -len(".ts")], {p[: -len(".ts")] for p in used}, "-") + ".ts"
    module_of = {name: module_paths[home] if home != SHARED else shared for name, home in homes.items()}
    aliases: dict[str, str] = {}
    seen = set(taken)
    for path, module in [(SHARED, shared), *module_paths.items()]:
        alias = free_name(SHARED_ALIAS if path == SHARED else classes[path] + "API", seen)
        seen.add(alias)
        aliases[module] = alias
    return TypeModules(module_of, aliases, shared)
