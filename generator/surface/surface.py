"""The API surface of one spec, for the diff: its methods and its models, and who uses each model.

Input: a loaded document, the SDK config and the targets' type-name rules. Output: a
`Surface`, built exactly as generation builds the SDK (normalized, then the IR), so
methods and models carry the names the SDK gives them: methods by dotted name, models as
the IR describes them (`ir.Model`), and for each model whether requests, responses or both
use it.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, replace

from .. import ir
from ..core.diagnostics import Diagnostic
from ..ir.build import build_ir
from ..spec.config import SdkConfig
from ..spec.load import LoadedDocument
from ..spec.normalize import TypeNameRules, normalize


class Role(enum.Enum):
    """Who meets a value: the caller who sends it, or the reader who receives it."""

    REQUEST = "request"
    RESPONSE = "response"


@dataclass(frozen=True, slots=True)
class Surface:
    """One spec's API surface: methods by dotted name (`conversations.items.list`), models
    by name and who uses each (`roles`), the normalized document (for locations) and the
    warnings met building it."""

    document: LoadedDocument
    methods: Mapping[str, ir.Operation]
    models: Mapping[str, ir.Model]
    roles: Mapping[str, frozenset[Role]]
    diagnostics: tuple[Diagnostic, ...] = ()


def surface(document: LoadedDocument, config: SdkConfig, rules: TypeNameRules) -> Surface:
    """The surface of a validated document: normalized and built into the IR as generation does."""
    normalized = normalize(document, rules)
    document = replace(document, data=normalized.data)
    built = build_ir(document, config)
    api = built.api
    methods = {".".join((*r.path, op.name)): op for r in ir.depth_first(api.resources) for op in r.operations}
    users = {Role.RESPONSE: set(api.response_schemas), Role.REQUEST: set(api.request_schemas)}
    roles = {m.name: frozenset(role for role, names in users.items() if m.name in names) for m in api.models}
    diagnostics = (*normalized.diagnostics, *built.diagnostics)
    return Surface(document, methods, {m.name: m for m in api.models}, roles, diagnostics)
