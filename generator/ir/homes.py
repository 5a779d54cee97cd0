"""Where each model lives: an `Api` -> the resource each named schema is declared beside.

A model's home is the resource whose operations use it, as the official SDKs place their
types (`Conversation` beside `conversations`, `ConversationItem` beside
`conversations.items`). "Use" is transitive: an operation uses the models its arguments,
body and responses name, and every model those name in turn. The home is the deepest
resource that holds every operation using the model (their longest common path prefix):
a model only `items` uses lives in `items`, one `conversations` and `items` both use lives
in `conversations`. A model used under two top-level resources, or by no operation at
all (a webhook payload, a schema nothing references), has no home: the empty path, the
package's shared module. The config's `types: {Schema: {group: ...}}` (`Api.type_groups`)
places a model in the named resource (or the shared module) instead. The rule reads only
the IR, so every target places alike.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..spec.types_config import SHARED_GROUP
from .nodes import Api, Model, Operation, TypeKind, TypeRef, depth_first

SHARED: tuple[str, ...] = ()  # the home of a model no single resource owns


def model_homes(api: Api) -> dict[str, tuple[str, ...]]:
    """Each model's name -> the path of the resource it is declared beside (`SHARED` for none)."""
    models = {m.name: m for m in api.models}
    users: dict[str, list[tuple[str, ...]]] = {}
    for resource in depth_first(api.resources):
        for op in resource.operations:
            for name in _reached(op, models):
                users.setdefault(name, []).append(resource.path)
    placed = {name: SHARED if group == SHARED_GROUP else group for name, group in api.type_groups}
    return {m.name: placed[m.name] if m.name in placed else _common_prefix(users.get(m.name, [])) for m in api.models}


def _reached(op: Operation, models: dict[str, Model]) -> set[str]:
    """Every model the operation names, directly or through other models."""
    found: set[str] = set()
    pending = [name for ref in _operation_refs(op) for name in _names(ref)]
    while pending:
        name = pending.pop()
        if name in found or name not in models:
            continue
        found.add(name)
        pending += [n for ref in _model_refs(models[name]) for n in _names(ref)]
    return found


def _operation_refs(op: Operation) -> Iterator[TypeRef]:
    yield from (p.type for p in op.arguments)
    for ref in (op.response.type, op.response.stream, op.page_item):
        if ref is not None:
            yield ref


def _model_refs(model: Model) -> Iterator[TypeRef]:
    yield from (f.type for f in model.fields)
    for ref in (model.extra, model.type):
        if ref is not None:
            yield ref


def _names(ref: TypeRef) -> Iterator[str]:
    """The schema names a type reference mentions."""
    if ref.kind is TypeKind.REF:
        yield ref.name
    if ref.item is not None:
        yield from _names(ref.item)
    for variant in ref.variants:
        yield from _names(variant)


def _common_prefix(paths: list[tuple[str, ...]]) -> tuple[str, ...]:
    if not paths:
        return SHARED
    prefix = paths[0]
    for path in paths[1:]:
        length = next((i for i, (a, b) in enumerate(zip(prefix, path)) if a != b), min(len(prefix), len(path)))
        prefix = prefix[:length]
    return prefix
