"""Placement, part of building the IR: which resource and method name each operation gets.

Input: the (normalized) document, the SDK config and a schema reader. Output: one
`Placement` per operation, in spec order, and the diagnostics of what could not be
placed. Names come from the path, read as `paths` gives it (no format suffix, a version
segment a namespace only beside others): collections (`POST /things` -> `things.create`,
a GET returning an array or an envelope around one -> `things.list`), members (`GET
/things/{id}` -> `things.retrieve`, POST `update` unless the operationId names another
verb: `executeWebhook` -> `webhooks.execute`), singletons (`GET /things/{id}/limit`,
one thing rather than a list -> `things.limit.retrieve`), actions (`POST
/things/{id}/archive` -> `things.archive`) and namespaces from a path key's query string
(`/responses?beta=true` -> `beta.responses`); PATCH is `patch` where PUT is on the same
path. A path with no resource in it (`GET /`) is named from its operationId
(`list-data-sets` -> `data_sets.list`). The config overrides any of them, and collisions
are settled by nesting, then by operationId, else reported.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qsl

from ..spec.config import SdkConfig
from ..core.diagnostics import Diagnostic, Severity
from ..spec.load import LoadedDocument, escape_pointer_token
from .naming import singular, without_noun, words
from .paths import is_collection, path_names
from .schemas import SchemaReader
from .verbs import spells_path, stated_verb
from ..spec.validate import HTTP_METHODS

_COLLECTION_VERBS = {"post": "create", "get": "list", "put": "update", "patch": "update", "delete": "delete"}
_MEMBER_VERBS = {"get": "retrieve", "post": "update", "put": "update", "patch": "update", "delete": "delete"}
# The leading verb of an operationId, for a path with no resource in it (`GET /`).
_OPERATION_VERBS = {
    "list": "list",
    "get": "retrieve",
    "retrieve": "retrieve",
    "create": "create",
    "update": "update",
    "delete": "delete",
    "search": "search",
}


def place_operations(
    document: LoadedDocument, config: SdkConfig, reader: SchemaReader
) -> tuple[list[Placement], list[Diagnostic]]:
    """Every operation placed, and what could not be."""
    placer = _Placer(document, config, reader)
    placements = placer.placements()
    placer.check_unused_overrides()
    return placements, placer.diagnostics


class _Placer:
    def __init__(self, document: LoadedDocument, config: SdkConfig, reader: SchemaReader) -> None:
        self.document = document
        self.reader = reader
        self.overrides = {o.operation_id: o for o in config.overrides}
        self.diagnostics: list[Diagnostic] = []
        keys = [str(k).partition("?")[0] for k in document.data["paths"]]
        self.names = path_names(keys, config.versions)

    def report(self, severity: Severity, pointer: str, message: str, hint: str = "") -> None:
        self.diagnostics.append(Diagnostic(severity, message, self.document.locate(pointer), hint))

    def placements(self) -> list[Placement]:
        """Every operation with the resource and method name it gets, collisions resolved."""
        paths = self.document.data["paths"]
        shapes: dict[str, set[str]] = defaultdict(set)
        for key, item in paths.items():
            if isinstance(item, Mapping):
                shape = self.names.naming_path(str(key).partition("?")[0])
                shapes[shape].update(m for m in HTTP_METHODS if isinstance(item.get(m), Mapping))
        found = []
        for key, item in paths.items():
            for method in HTTP_METHODS:
                if isinstance(item, Mapping) and isinstance(item.get(method), Mapping):
                    placed = self._place(str(key), method, item, shapes)
                    if placed is not None:
                        found.append(placed)
        return self._resolve_collisions(found)

    def _place(
        self, key: str, method: str, item: Mapping[str, Any], shapes: Mapping[str, set[str]]
    ) -> Placement | None:
        pointer = f"/paths/{escape_pointer_token(key)}/{method}"
        path, _, query = key.partition("?")
        given = item[method].get("operationId")
        operation_id = str(given or f"{method}_{words(path)}")
        constants = tuple(parse_qsl(query, keep_blank_values=True))
        placed = Placement(operation_id, bool(given), path, method, item, pointer, constants, (), "", False)
        override = self.overrides.get(operation_id)
        if override is not None:
            return replace(placed, resource=override.resource, name=override.method, fixed=True)
        path = self.names.naming_path(path)
        # An operationId that spells the method and path says nothing more: names come from the path.
        says = bool(given) and not spells_path(operation_id, method, path)
        segments = [s for s in path.split("/") if s]
        statics = tuple(words(s) for s in segments if not s.startswith("{"))
        if not statics and given:  # `GET /` (operationId `list-data-sets`) -> `data_sets.list`
            verb, _, rest = words(operation_id).partition("_")
            if rest and verb in _OPERATION_VERBS:
                return replace(placed, resource=(rest,), name=_OPERATION_VERBS[verb])
        if not statics or any(not s for s in statics):
            self.report(
                Severity.ERROR,
                pointer,
                f"cannot derive a resource name from the path {path}",
                f"name it in the SDK config: operations: {{{operation_id}: {{resource: ..., method: ...}}}}",
            )
            return None
        namespace = tuple(words(k if v == "true" else f"{k}_{v}") for k, v in constants)
        if _is_action(path, segments, replace(placed, named=says), shapes):
            return replace(placed, resource=(*namespace, *statics[:-1]), name=statics[-1])
        resource = (*namespace, *statics)
        if not segments[-1].startswith("{") and not self._is_singleton(path, item, shapes):
            return replace(placed, resource=resource, name=_verb(_COLLECTION_VERBS, method, shapes[path]))
        verb = stated_verb(operation_id, path) if method == "post" and says else ""
        return replace(placed, resource=resource, name=verb or _verb(_MEMBER_VERBS, method, shapes[path]))

    def _is_singleton(self, path: str, item: Mapping[str, Any], shapes: Mapping[str, set[str]]) -> bool:
        """A path ending in a static segment that names one thing, not a collection.

        It has a GET whose response is not a collection (an array, or an envelope around
        one: see `paths.is_collection`), and no members (`path/{id}`) below it:
        `/files/{id}/content`, `/projects/{id}/spend_limit`; with no response schema, a
        singular last word says so (`/user/logout`). Its GET retrieves it and its POST
        updates it.
        """
        if "get" not in shapes.get(path, set()) or not isinstance(item.get("get"), Mapping):
            return False
        if any(other.startswith(path + "/{") for other in shapes):
            return False
        responses = item["get"].get("responses") or {}
        for status in sorted(str(s) for s in responses):
            if status.startswith("2"):
                content = (self.reader.resolve(responses[status]) or {}).get("content") or {}
                schemas = [m.get("schema") for m in content.values() if isinstance(m, Mapping) and m.get("schema")]
                if schemas:
                    return not any(is_collection(self.reader, schema, path) for schema in schemas)
        last = words(path.rsplit("/", 1)[-1]).split("_")[-1]
        return singular(last) == last  # no response to tell: a plural noun lists

    def _resolve_collisions(self, placements: list[Placement]) -> list[Placement]:
        """Two operations inferred to the same method: the one nested deeper keeps it.

        `POST /threads/{thread_id}/runs` keeps `threads.runs.create`; `POST /threads/runs`
        (operationId `createThreadAndRun`) moves up to `threads.create_and_run`. A method
        named like a sub-resource (`threads.runs`) is renamed from its operationId too.
        Collisions that remain are errors naming the config override that settles them.
        """
        groups: dict[tuple[tuple[str, ...], str], list[Placement]] = defaultdict(list)
        for placed in placements:
            groups[(placed.resource, placed.name)].append(placed)
        resolved = []
        for group in groups.values():
            ranked = sorted(group, key=lambda p: (not p.fixed, -p.path.count("{")))
            keeper, moved = ranked[0], [_renamed(p, up=True) for p in ranked[1:]]
            if len(moved) == 1 and (moved[0].resource, moved[0].name) == (keeper.resource, keeper.name):
                # Its operationId names the shallower one as the path does (PUT /pet,
                # `updatePet`): the deeper one is named from its own (`updatePetWithForm`).
                keeper, moved = _renamed(keeper, up=False), ranked[1:]
            resolved.append(keeper)
            resolved.extend(moved)
        children = {p.resource[:depth] for p in resolved for depth in range(1, len(p.resource) + 1)}
        resolved = [_renamed(p, up=False) if (*p.resource, p.name) in children else p for p in resolved]
        return self._reject_collisions(resolved, children)

    def _reject_collisions(self, placements: list[Placement], children: set[tuple[str, ...]]) -> list[Placement]:
        seen: dict[tuple[tuple[str, ...], str], Placement] = {}
        kept = []
        for placed in placements:
            first = seen.setdefault((placed.resource, placed.name), placed)
            clash = first is not placed or (*placed.resource, placed.name) in children
            if not clash:
                kept.append(placed)
                continue
            dotted = ".".join((*placed.resource, placed.name))
            other = (
                f"like {first.method.upper()} {first.path}" if first is not placed else "which is also a sub-resource"
            )
            self.report(
                Severity.ERROR,
                placed.pointer,
                f"{placed.method.upper()} {placed.path} would be the method `{dotted}`, {other}",
                f"name it in the SDK config: operations: {{{placed.operation_id}: {{resource: ..., method: ...}}}}",
            )
        return kept

    def check_unused_overrides(self) -> None:
        seen = {
            str(op.get("operationId"))
            for item in self.document.data["paths"].values()
            if isinstance(item, Mapping)
            for op in item.values()
            if isinstance(op, Mapping)
        }
        for operation_id in sorted(set(self.overrides) - seen):
            self.diagnostics.append(
                Diagnostic(
                    Severity.WARNING,
                    f"the SDK config names operation {operation_id!r}, which the spec does not have",
                    self.overrides[operation_id].location,
                    "remove the override or fix the operationId",
                )
            )


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an operation goes: the builder's scratch while names are settled."""

    operation_id: str
    named: bool  # the spec gives the operationId (else it was made up from the path)
    path: str  # the path key without its query string
    method: str
    item: Mapping[str, Any]
    pointer: str
    constants: tuple[tuple[str, str], ...]
    resource: tuple[str, ...]
    name: str
    fixed: bool  # placed by the SDK config


def _verb(verbs: Mapping[str, str], method: str, methods: set[str]) -> str:
    """The method's name from `verbs`; PATCH is `patch` where PUT is on the same path."""
    if method == "patch" and "put" in methods:
        return "patch"
    return verbs.get(method, method)


def _is_action(path: str, segments: list[str], placed: Placement, shapes: Mapping[str, set[str]]) -> bool:
    """A last static segment naming a verb on what precedes it, not a collection.

    The path must have no GET and nothing below it. After a parameter
    (`/responses/{id}/cancel`) that is enough, unless the spec's operationId says the
    segment is a noun: an operationId given by the spec must start with the segment's
    first word (`cancelResponse`), so `POST /uploads/{id}/parts` (`addUploadPart`) stays
    the collection `uploads.parts`; without one, a plural segment is a collection
    (`/accounts/{id}/login_links`). After a static segment (`/responses/compact`,
    `compactResponse`), the operationId must say so; without one, the parent must be a
    collection with members, or have operations of its own.
    """
    if len(segments) < 2 or segments[-1].startswith("{"):
        return False
    if "get" in shapes.get(path, set()) or any(other.startswith(path + "/") for other in shapes):
        return False
    verb = words(segments[-1]).split("_")[0]
    compact = re.sub(r"[^a-z0-9]", "", placed.operation_id.lower())
    namespaces = ("", *(re.sub(r"[^a-z0-9]", "", k.lower()) for k, _ in placed.constants))
    says_verb = any(compact.startswith(ns + verb) for ns in namespaces)
    if segments[-2].startswith("{"):  # unnamed: a verb unless a plural noun (`/accounts/{id}/login_links`)
        last = words(segments[-1]).split("_")[-1]
        return says_verb or not placed.named and singular(last) == last
    if placed.named:
        return says_verb
    parent = "/" + "/".join(segments[:-1])
    if shapes.get(parent):  # a thing of its own (`/charges/{id}/dispute`, `/apps/secrets`)
        return True
    return any(p.startswith(parent + "/{") and p.count("/") == parent.count("/") + 1 for p in shapes)


def _renamed(placed: Placement, *, up: bool) -> Placement:
    """`placed` named from its operationId, on its resource or (`up`) on the parent's."""
    if not placed.named or placed.fixed:
        return placed
    resource = placed.resource[:-1] if up and len(placed.resource) > 1 else placed.resource
    noun = resource[-1] if resource else placed.resource[-1]
    return replace(placed, resource=resource, name=without_noun(words(placed.operation_id), noun))
