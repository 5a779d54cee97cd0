"""Normalize: validated document data -> the same API with every schema named and every
discriminator explicit.

Input: a validated `LoadedDocument` and the targets' `TypeNameRules`. Output: `Normalized`,
new document data (the input is never changed; untouched subtrees are shared) plus
warnings. Later stages (build IR, models) read the normalized data, so no generator
downstream ever invents a class name. Component keys that are no class names are renamed
first (`rename`); then, over every schema root of the document (`sites`), three passes:

1. Canonical form (`canonical`): OpenAPI 3.0 spellings become 3.1 ones, recursive
   references resolved, and other respellings that give each class one shape.
2. Hoisting (`hoist`): every inline schema that would become a class moves to
   `components/schemas/<Name>`, named from where it sits (`type_names`).
3. Explicit discriminators (`hoist`): every `discriminator` gets a full `mapping`, or is
   dropped with a warning.

Last, `allOf` extensions that contradict their parent are flattened (`inheritance`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..core.diagnostics import Diagnostic
from .canonical import Fixer
from .hoist import Hoister
from .inheritance import flatten_contradicting
from .load import LoadedDocument
from .rename import rename_schemas
from .schema_tree import as_mapping
from .sites import Role, sites
from .type_names import TypeNameRules, class_name, component_renames, member_candidates

__all__ = ["Normalized", "TypeNameRules", "class_name", "member_candidates", "normalize"]


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalized document data, the component names hoisting added, and warnings."""

    data: Mapping[str, Any]
    hoisted: tuple[str, ...]
    diagnostics: tuple[Diagnostic, ...]


def normalize(document: LoadedDocument, rules: TypeNameRules) -> Normalized:
    """Every inline class schema named (clear of the names `rules` keep) and every
    discriminator explicit; `document` is not changed."""
    renames, renamed = component_renames(document, rules)
    data = rename_schemas(document.data, renames) if renames else document.data
    roots = tuple(sites(data))
    fixer = Fixer(document)
    fixed = {site.path: fixer.site(_at(data, site.path), site) for site in roots}
    components = {site.path[-1]: fixed[site.path] for site in roots if site.role is Role.COMPONENT}
    hoister = Hoister(document, components, fixer.titles, rules)
    done = {site.path: hoister.site(fixed[site.path], site) for site in roots}
    schemas: dict[str, Any] = {}
    for site in roots:
        if site.role is Role.COMPONENT:
            schemas[site.path[-1]] = done[site.path]
            schemas.update(hoister.take_born(site.path[-1]))
    schemas.update(hoister.take_born(None))
    schemas = flatten_contradicting(schemas)
    updates = {path: schema for path, schema in done.items() if path[:2] != ("components", "schemas")}
    if schemas or "schemas" in as_mapping(data.get("components")):
        updates[("components", "schemas")] = schemas
    if not isinstance(data.get("paths"), Mapping):  # a document of webhooks or components only
        updates[("paths",)] = {}
    diagnostics = (*renamed, *fixer.diagnostics, *hoister.diagnostics)
    return Normalized(_assign(data, updates), tuple(hoister.hoisted), diagnostics)


def _at(data: Any, path: tuple[str, ...]) -> Any:
    for token in path:
        data = data[int(token)] if isinstance(data, list) else data[token]
    return data


def _assign(node: Any, updates: Mapping[tuple[str, ...], Any]) -> Any:
    """`node` with the value at each path replaced, copying only the containers on those paths."""
    if () in updates:
        return updates[()]
    groups: dict[str, dict[tuple[str, ...], Any]] = defaultdict(dict)
    for path, value in updates.items():
        groups[path[0]][path[1:]] = value
    if isinstance(node, list):
        items = list(node)
        for token, sub in groups.items():
            items[int(token)] = _assign(items[int(token)], sub)
        return items
    copy = dict(node)
    for token, sub in groups.items():
        copy[token] = _assign(copy.get(token, {}), sub)
    return copy
