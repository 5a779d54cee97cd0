"""The changelog of the API surface: two specs (+ the SDK config) -> `ApiDiff`.

Input: an old and a new OpenAPI document and one `SdkConfig`. Each is loaded, validated
(structural checks always; the OpenAPI schema validator too, unless `lenient`, where its
findings could only be warnings), normalized and built into the IR, exactly as generation
does, so methods and models carry the names the SDK gives them. Output: an `ApiDiff`, the
sorted `Change`s between the two surfaces (methods, their arguments and responses, models
and their fields), each judged by its `Rule` as breaking (a major bump), an addition
(minor) or another change (patch), and `render()`, the text `sdkgen diff` prints.

Only `diff_specs` reads files; `surface` and `compare` are pure functions over data.

Direction matters: a request type may widen without harm (callers may pass more), a
response type may narrow (readers meet less). Values added to an enum, or members to a
union, a response already had are additions, noted because a strict reader may reject
what it does not know; values removed from a response enum are additions too (readers
still work; code handling the value is dead), while values removed from a request enum
break callers. A model used by both requests and responses takes the stricter verdict.

Exit codes for `sdkgen diff`: `EXIT_OK` (0) nothing breaks, `EXIT_BREAKING` (1) something
does, `EXIT_INVALID` (2) a spec or the config is invalid (`GenerationError` raised).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .. import ir
from ..ir.build import build_ir
from ..spec.config import SdkConfig, load_config
from ..core.diagnostics import Diagnostic, GenerationError, Location, Severity, has_errors
from ..spec.load import LoadedDocument, load_document
from ..spec.normalize import normalize
from .surface import Field, Model, Role, Surface, surface
from ..pipeline import display_name
from ..ir.schemas import SCHEMA_PREFIX, union
from ..spec.validate import structural_findings, validate_document

EXIT_OK, EXIT_BREAKING, EXIT_INVALID = 0, 1, 2
_NULL = ir.TypeRef(ir.TypeKind.NULL)


class Bump(enum.Enum):
    """The version bump a change calls for, from none to major."""

    NONE = "none"
    PATCH = "patch"
    MINOR = "minor"
    MAJOR = "major"

    @property
    def rank(self) -> int:
        return _BUMP_ORDER.index(self)


_BUMP_ORDER = (Bump.NONE, Bump.PATCH, Bump.MINOR, Bump.MAJOR)


class ChangeKind(enum.Enum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


class Element(enum.Enum):
    """What changed, in the order the output lists them."""

    METHOD = "method"
    ARGUMENT = "argument"
    RESPONSE = "response"
    MODEL = "model"
    FIELD = "field"


_A, _R, _C = ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED
_MAJ, _MIN, _PAT = Bump.MAJOR, Bump.MINOR, Bump.PATCH


class Rule(enum.Enum):
    """Each kind of change the diff knows: (what it is, kind, bump where callers send the
    value, bump where readers receive it). A method-level rule costs the same for both."""

    METHOD_ADDED = ("method added", _A, _MIN, _MIN)
    METHOD_REMOVED = ("method removed", _R, _MAJ, _MAJ)
    ENDPOINT_CHANGED = ("HTTP method or path changed", _C, _MAJ, _MAJ)
    POSITIONAL_CHANGED = ("positional (path) arguments changed", _C, _MAJ, _MAJ)
    DEPRECATED = ("deprecated", _C, _MIN, _MIN)
    UNDEPRECATED = ("no longer deprecated", _C, _PAT, _PAT)
    DOCS_CHANGED = ("description changed", _C, _PAT, _PAT)
    MOVED = ("sent elsewhere in the request (query, header, body)", _C, _PAT, _PAT)
    RETURN_ADDED = ("now returns a body", _A, _MIN, _MIN)
    RETURN_REMOVED = ("no longer returns a body", _R, _MAJ, _MAJ)
    PAGING_CHANGED = ("paginated, no longer paginated, or another page class", _C, _MAJ, _MAJ)
    STREAM_ADDED = ("can now stream", _A, _MIN, _MIN)
    STREAM_REMOVED = ("can no longer stream", _R, _MAJ, _MAJ)
    ADDED_OPTIONAL = ("optional argument or field added", _A, _MIN, _MIN)
    ADDED_REQUIRED = ("required argument or field added", _A, _MAJ, _MIN)
    REMOVED = ("argument or field removed", _R, _MAJ, _MAJ)
    NOW_REQUIRED = ("optional became required", _C, _MAJ, _MIN)
    NOW_OPTIONAL = ("required became optional", _C, _MIN, _MAJ)
    VALUES_ADDED = ("enum values added", _C, _MIN, _MIN)
    VALUES_REMOVED = ("enum values removed", _C, _MAJ, _MIN)
    MEMBERS_ADDED = ("members added to a union", _C, _MIN, _MIN)
    NOW_NULLABLE = ("now nullable", _C, _MIN, _MAJ)
    NO_LONGER_NULLABLE = ("no longer nullable", _C, _MAJ, _MIN)
    WIDENED = ("type widened (int -> number, X -> X | Y, enum -> string)", _C, _MIN, _MAJ)
    NARROWED = ("type narrowed", _C, _MAJ, _MIN)
    RETYPED = ("type changed", _C, _MAJ, _MAJ)
    MODEL_ADDED = ("model added", _A, _MIN, _MIN)
    MODEL_REMOVED = ("model removed", _R, _MAJ, _MAJ)
    SHAPE_CHANGED = ("model became or stopped being an object", _C, _MAJ, _MAJ)

    @property
    def text(self) -> str:
        return str(self.value[0])

    @property
    def kind(self) -> ChangeKind:
        kind: ChangeKind = self.value[1]
        return kind

    def bump(self, roles: Iterable[Role]) -> Bump:
        """The bump for a value met in `roles` (the stricter of them; none: a method rule)."""
        levels: list[Bump] = [self.value[2] if role is Role.REQUEST else self.value[3] for role in roles]
        return max(levels or [self.value[2]], key=lambda b: b.rank)


_STRICT_READERS = "(strict readers may reject what they do not know)"
_GONE = (Rule.METHOD_REMOVED, Rule.REMOVED, Rule.MODEL_REMOVED)  # located in the old spec


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: `where` names the method (`conversations.items.list`), argument
    (`conversations.items.list(limit)`), model (`Conversation`) or field
    (`Conversation.metadata`); `location` points into the new spec, or into the old one
    for what the new one no longer has."""

    rule: Rule
    element: Element
    where: str
    detail: str
    bump: Bump
    location: Location

    @property
    def kind(self) -> ChangeKind:
        return self.rule.kind

    @property
    def breaking(self) -> bool:
        return self.bump is Bump.MAJOR


@dataclass(frozen=True, slots=True)
class ApiDiff:
    """Every change from `old` to `new` (display names), sorted; `version` is the SDK's
    current version (from the config) when known; `diagnostics` the warnings met."""

    old: str
    new: str
    changes: tuple[Change, ...]
    version: str = ""
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def breaking(self) -> bool:
        return any(c.breaking for c in self.changes)

    @property
    def bump(self) -> Bump:
        return max((c.bump for c in self.changes), key=lambda b: b.rank, default=Bump.NONE)

    @property
    def exit_code(self) -> int:
        return EXIT_BREAKING if self.breaking else EXIT_OK

    def count(self, bump: Bump) -> int:
        return sum(1 for c in self.changes if c.bump is bump)

    def next_version(self, current: str = "") -> str:
        """`current` (else `version`) bumped; below 1.0 a breaking change bumps the minor number."""
        return next_version(current or self.version, self.bump)

    def render(self) -> str:
        """The report `sdkgen diff` prints: changes grouped by bump, then a summary line."""
        lines = [f"API changes from {self.old} to {self.new}"]
        for bump, title in ((Bump.MAJOR, "Breaking"), (Bump.MINOR, "Additions"), (Bump.PATCH, "Other changes")):
            group = [c for c in self.changes if c.bump is bump]
            if group:
                lines += ["", f"{title} ({len(group)}):", *(_line(c) for c in group)]
        if not self.changes:
            lines += ["", "No changes to the API surface."]
        return "\n".join([*lines, "", self.summary()]) + "\n"

    def summary(self) -> str:
        counts = (self.count(Bump.MAJOR), self.count(Bump.MINOR), self.count(Bump.PATCH))
        text = f"{counts[0]} breaking, {_plural(counts[1], 'addition')}, {_plural(counts[2], 'other change')}: "
        text += "no version bump" if self.bump is Bump.NONE else f"a {self.bump.value} version bump"
        if self.version and self.bump is not Bump.NONE:
            text += f" ({self.version} -> {self.next_version()})"
        return text


def next_version(current: str, bump: Bump) -> str:
    """`current` (`1.2.3`; a pre-release suffix is dropped) bumped by `bump`."""
    numbers = [int("".join(ch for ch in part if ch.isdigit()) or 0) for part in current.split(".")[:3]]
    major, minor, patch = (numbers + [0, 0, 0])[:3]
    if bump is Bump.NONE:
        return current
    if major == 0:  # 0.y.z: y counts breaking releases, z everything else
        return f"0.{minor + 1}.0" if bump is Bump.MAJOR else f"0.{minor}.{patch + 1}"
    if bump is Bump.MAJOR:
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0" if bump is Bump.MINOR else f"{major}.{minor}.{patch + 1}"


def diff_specs(old: Path, new: Path, config: Path, *, lenient: bool = False) -> ApiDiff:
    """Load, validate and compare two specs; raise `GenerationError` when either is invalid."""
    settings = load_config(config, display=display_name(config))
    documents: list[LoadedDocument] = []
    findings: list[Diagnostic] = []
    for path in (old, new):
        try:
            document = load_document(path, display=display_name(path))
        except GenerationError as err:
            findings.extend(err.diagnostics)
            continue
        documents.append(document)
        # Lenient, the schema validator could only warn, and takes seconds on a large spec.
        findings.extend(structural_findings(document) if lenient else validate_document(document))
    if has_errors(findings) or len(documents) < 2:
        raise GenerationError(tuple(d for d in findings if d.severity is Severity.ERROR))
    before, after = (surface(document, settings) for document in documents)
    result = compare(before, after)
    return replace(result, version=settings.python.version, diagnostics=(*findings, *result.diagnostics))


# --- comparing ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    """The two surfaces, and how to make a `Change` located in one of them."""

    old: Surface
    new: Surface

    def change(
        self, rule: Rule, element: Element, where: str, detail: str, roles: Iterable[Role], pointer: str
    ) -> Change:
        roles = tuple(roles)
        if rule in (Rule.VALUES_ADDED, Rule.MEMBERS_ADDED) and Role.RESPONSE in roles:
            detail = f"{detail} {_STRICT_READERS}"
        side = self.old if rule in _GONE else self.new
        return Change(rule, element, where, detail, rule.bump(roles), _locate(side.document, pointer))

    def judge(self, old: ir.TypeRef, new: ir.TypeRef) -> tuple[Rule, str] | None:
        """The rule a type change falls under. Named enums, unions and aliases are type
        aliases in the SDK, so they are compared by what they stand for; models by name."""
        if old == new:
            return None
        return _type_rule(_expand(old, self.old.models), _expand(new, self.new.models), spelled=(old, new))


def compare(old: Surface, new: Surface) -> ApiDiff:
    """Every change from `old` to `new`, sorted: by bump (breaking first), element, name."""
    context = _Context(old, new)
    changes = [*_compare_methods(context), *_compare_models(context)]
    order = list(Element)
    changes.sort(key=lambda c: (-c.bump.rank, order.index(c.element), c.where, c.rule.text, c.detail))
    diagnostics = (*old.diagnostics, *new.diagnostics)
    return ApiDiff(old.document.path, new.document.path, tuple(changes), diagnostics=diagnostics)


def _compare_methods(context: _Context) -> Iterator[Change]:
    old, new = context.old.methods, context.new.methods
    for name in sorted(old.keys() | new.keys()):
        before, after = old.get(name), new.get(name)
        if before is None and after is not None:
            yield context.change(Rule.METHOD_ADDED, Element.METHOD, name, _endpoint(after), (), after.pointer)
        elif after is None and before is not None:
            detail = f"was {_endpoint(before)}"
            yield context.change(Rule.METHOD_REMOVED, Element.METHOD, name, detail, (), before.pointer)
        elif before is not None and after is not None:
            yield from _compare_method(context, name, before, after)


def _compare_method(context: _Context, name: str, old: ir.Operation, new: ir.Operation) -> Iterator[Change]:
    def change(rule: Rule, detail: str) -> Change:
        return context.change(rule, Element.METHOD, name, detail, (), new.pointer)

    if _endpoint(old) != _endpoint(new):
        yield change(Rule.ENDPOINT_CHANGED, f"{_endpoint(old)} -> {_endpoint(new)}")
    if old.deprecated != new.deprecated:
        rule = Rule.DEPRECATED if new.deprecated else Rule.UNDEPRECATED
        yield change(rule, rule.text)
    if (old.summary, old.description) != (new.summary, new.description):
        yield change(Rule.DOCS_CHANGED, Rule.DOCS_CHANGED.text)
    positional = [[p.name for p in op.located(ir.ParamLocation.PATH)] for op in (old, new)]
    if positional[0] != positional[1]:
        yield change(
            Rule.POSITIONAL_CHANGED,
            f"positional arguments ({', '.join(positional[0])}) -> ({', '.join(positional[1])})",
        )
    yield from _compare_arguments(context, name, old, new)
    yield from _compare_response(context, name, old, new)


def _compare_arguments(context: _Context, name: str, old: ir.Operation, new: ir.Operation) -> Iterator[Change]:
    def where(argument: str) -> str:
        return f"{name}({argument})"

    roles = (Role.REQUEST,)
    fields = [
        tuple(Field(p.name, p.type, p.required, p.description, p.pointer) for p in op.arguments) for op in (old, new)
    ]
    yield from _compare_members(context, fields[0], fields[1], Element.ARGUMENT, where, roles)
    before = {p.name: p for p in old.arguments}
    for after in new.arguments:
        previous = before.get(after.name)
        if previous is None or previous.location is after.location:
            continue
        detail = f"sent in the {after.location.value} (was {previous.location.value})"
        if ir.ParamLocation.PATH not in (previous.location, after.location):
            yield context.change(Rule.MOVED, Element.ARGUMENT, where(after.name), detail, roles, after.pointer)


def _compare_response(context: _Context, name: str, old: ir.Operation, new: ir.Operation) -> Iterator[Change]:
    def change(rule: Rule, detail: str) -> Change:
        return context.change(rule, Element.RESPONSE, name, detail, (Role.RESPONSE,), pointer)

    pointer = f"{new.pointer}/responses/{new.response.status}"
    before, after = old.response, new.response
    if before.type is None and after.type is not None:
        yield change(Rule.RETURN_ADDED, f"returns {_describe(after.type)}")
    elif before.type is not None and after.type is None:
        yield change(Rule.RETURN_REMOVED, f"returned {_describe(before.type)}")
    for label, was, now in (
        ("returns", before.type, after.type),
        ("page items", old.page_item, new.page_item),
        ("stream events", before.stream, after.stream),
    ):
        judged = context.judge(was, now) if was is not None and now is not None else None
        if judged is not None:
            yield change(judged[0], f"{label}: {judged[1]}")
    pages = [op.page.name if op.page else "" for op in (old, new)]
    if pages[0] != pages[1]:
        yield change(Rule.PAGING_CHANGED, f"pages: {pages[0] or 'not paginated'} -> {pages[1] or 'not paginated'}")
    if (before.stream is None) != (after.stream is None):
        rule = Rule.STREAM_ADDED if after.stream is not None else Rule.STREAM_REMOVED
        yield change(rule, f"streams when `{after.stream_flag or before.stream_flag}` is true")


def _compare_models(context: _Context) -> Iterator[Change]:
    old, new = context.old.models, context.new.models
    for name in sorted(old.keys() | new.keys()):
        before, after = old.get(name), new.get(name)
        if before is None and after is not None:
            detail = f"{_roles_text(after.roles)} model"
            yield context.change(Rule.MODEL_ADDED, Element.MODEL, name, detail, after.roles, after.pointer)
        elif after is None and before is not None:
            detail = f"{_roles_text(before.roles)} model"
            yield context.change(Rule.MODEL_REMOVED, Element.MODEL, name, detail, before.roles, before.pointer)
        elif before is not None and after is not None:
            yield from _compare_model(context, before, after)


def _compare_model(context: _Context, old: Model, new: Model) -> Iterator[Change]:
    roles = old.roles | new.roles

    def change(rule: Rule, detail: str) -> Change:
        return context.change(rule, Element.MODEL, new.name, detail, roles, new.pointer)

    if old.description != new.description:
        yield change(Rule.DOCS_CHANGED, Rule.DOCS_CHANGED.text)
    if old.fields is None or new.fields is None:
        if (old.fields is None) != (new.fields is None):
            yield change(Rule.SHAPE_CHANGED, f"{_describe(old.type)} -> {_describe(new.type)}")
        elif (judged := context.judge(old.type, new.type)) is not None:
            yield change(*judged)
        return

    def where(field: str) -> str:
        return f"{new.name}.{field}"

    yield from _compare_members(context, old.fields, new.fields, Element.FIELD, where, _sorted_roles(roles))


def _compare_members(
    context: _Context,
    old: Sequence[Field],
    new: Sequence[Field],
    element: Element,
    where: Callable[[str], str],
    roles: Sequence[Role],
) -> Iterator[Change]:
    """Arguments of a method, or fields of a model, matched by name."""
    before, after = {m.name: m for m in old}, {m.name: m for m in new}
    for name in sorted(before.keys() | after.keys()):
        was, now = before.get(name), after.get(name)
        if was is None and now is not None:
            rule = Rule.ADDED_REQUIRED if now.required else Rule.ADDED_OPTIONAL
            detail = f"{'required' if now.required else 'optional'}, {_describe(now.type)}"
            yield context.change(rule, element, where(name), detail, roles, now.pointer)
        elif now is None and was is not None:
            yield context.change(Rule.REMOVED, element, where(name), "removed", roles, was.pointer)
        elif was is not None and now is not None:
            for rule, detail in _member_rules(context, was, now):
                yield context.change(rule, element, where(name), detail, roles, now.pointer)


def _member_rules(context: _Context, old: Field, new: Field) -> Iterator[tuple[Rule, str]]:
    if old.required != new.required:
        yield (Rule.NOW_REQUIRED, "now required") if new.required else (Rule.NOW_OPTIONAL, "now optional")
    judged = context.judge(old.type, new.type)
    if judged is not None:
        yield judged
    if old.description != new.description:
        yield Rule.DOCS_CHANGED, Rule.DOCS_CHANGED.text


# --- types --------------------------------------------------------------------------------------


def _type_rule(
    old: ir.TypeRef, new: ir.TypeRef, spelled: tuple[ir.TypeRef, ir.TypeRef] | None = None
) -> tuple[Rule, str] | None:
    """Which rule a type change falls under, and how to say it (naming the types as
    `spelled`, when given); None when unchanged."""
    if old == new or (_covers(old, new) and _covers(new, old)):
        return None  # the same values, spelled in another order or form
    if _strip_values(old) == _strip_values(new):
        added, removed = sorted(_values(new) - _values(old)), sorted(_values(old) - _values(new))
        parts = [f"{verb}: {', '.join(values)}" for verb, values in (("added", added), ("removed", removed)) if values]
        return (Rule.VALUES_REMOVED if removed else Rule.VALUES_ADDED), f"values {'; '.join(parts)}"
    if _without_null(new) == old:
        return Rule.NOW_NULLABLE, "now nullable"
    if _without_null(old) == new:
        return Rule.NO_LONGER_NULLABLE, "no longer nullable"
    detail = _retyped(old, new, spelled or (old, new))
    if _covers(new, old):
        gained = set(_members(new)) - set(_members(old))
        additive = old.kind is ir.TypeKind.UNION and _NULL not in gained
        return (Rule.MEMBERS_ADDED if additive else Rule.WIDENED), detail
    return (Rule.NARROWED if _covers(old, new) else Rule.RETYPED), detail


def _expand(type_: ir.TypeRef, models: Mapping[str, Model], seen: frozenset[str] = frozenset()) -> ir.TypeRef:
    """`type_` with references to models that are no objects replaced by what they name."""
    if type_.kind is ir.TypeKind.REF:
        model = models.get(type_.name)
        if model is None or model.fields is not None or type_.name in seen:
            return type_
        return _expand(model.type, models, seen | {type_.name})
    item = _expand(type_.item, models, seen) if type_.item is not None else None
    variants = [_expand(v, models, seen) for v in type_.variants]
    return union(variants) if type_.kind is ir.TypeKind.UNION else replace(type_, item=item)


def _covers(wide: ir.TypeRef, narrow: ir.TypeRef) -> bool:
    """Whether every value of `narrow` is a value of `wide` (named schemas by name only)."""
    if wide == narrow or wide.kind is ir.TypeKind.ANY:
        return True
    if narrow.kind is ir.TypeKind.UNION:
        return all(_covers(wide, member) for member in narrow.variants)
    if wide.kind is ir.TypeKind.UNION:
        return any(_covers(member, narrow) for member in wide.variants)
    if narrow.kind is ir.TypeKind.LITERAL:
        if wide.kind is ir.TypeKind.LITERAL:
            return _values(narrow) <= _values(wide)
        return all(_covers(wide, ir.TypeRef(_value_kind(v))) for v in narrow.values)
    if wide.kind is ir.TypeKind.NUMBER and narrow.kind is ir.TypeKind.INTEGER:
        return True
    if wide.kind is narrow.kind and wide.kind in (ir.TypeKind.ARRAY, ir.TypeKind.MAP):
        return _covers(wide.item or ir.TypeRef(ir.TypeKind.ANY), narrow.item or ir.TypeRef(ir.TypeKind.ANY))
    return False


def _value_kind(value: ir.JsonValue) -> ir.TypeKind:
    if isinstance(value, bool):
        return ir.TypeKind.BOOLEAN
    if isinstance(value, int):
        return ir.TypeKind.INTEGER
    kinds = {str: ir.TypeKind.STRING, float: ir.TypeKind.NUMBER}
    return kinds.get(type(value), ir.TypeKind.NULL)


def _strip_values(type_: ir.TypeRef) -> ir.TypeRef:
    """`type_` with every literal's values forgotten: equal for two types differing only in them."""
    if type_.kind is ir.TypeKind.LITERAL:
        return ir.TypeRef(ir.TypeKind.LITERAL)
    item = _strip_values(type_.item) if type_.item is not None else None
    variants = tuple(dict.fromkeys(_strip_values(v) for v in type_.variants))
    return replace(type_, item=item, variants=variants)


def _values(type_: ir.TypeRef) -> frozenset[str]:
    """Every literal value inside `type_`, as JSON text (so `1` and `true` stay apart)."""
    own = {json.dumps(v) for v in type_.values}
    inner = [_values(t) for t in (type_.item, *type_.variants) if t is not None]
    return frozenset(own.union(*inner))


def _members(type_: ir.TypeRef) -> tuple[ir.TypeRef, ...]:
    return type_.variants if type_.kind is ir.TypeKind.UNION else (type_,)


def _without_null(type_: ir.TypeRef) -> ir.TypeRef:
    return union(m for m in _members(type_) if m != _NULL)


def _retyped(old: ir.TypeRef, new: ir.TypeRef, spelled: tuple[ir.TypeRef, ir.TypeRef]) -> str:
    if ir.TypeKind.UNION in (old.kind, new.kind):
        added = [_describe(m) for m in _members(new) if m not in _members(old)]
        removed = [_describe(m) for m in _members(old) if m not in _members(new)]
        parts = [f"{verb}: {', '.join(found)}" for verb, found in (("added", added), ("removed", removed)) if found]
        return f"members {'; '.join(parts)}"
    return f"type {_describe(spelled[0])} -> {_describe(spelled[1])}"


def _describe(type_: ir.TypeRef, limit: int = 100) -> str:
    """A language-neutral spelling (`string`, `array<Item>`, `map<any>`, `"a" | "b"`, `Foo |
    null`), cut at `limit` characters."""
    text = _spelling(type_)
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _spelling(type_: ir.TypeRef) -> str:
    if type_.kind is ir.TypeKind.REF:
        return type_.name
    if type_.kind is ir.TypeKind.LITERAL:
        return " | ".join(json.dumps(v) for v in type_.values)
    if type_.kind is ir.TypeKind.UNION:
        return " | ".join(_spelling(v) for v in type_.variants)
    if type_.kind in (ir.TypeKind.ARRAY, ir.TypeKind.MAP):
        return f"{type_.kind.value}<{_spelling(type_.item or ir.TypeRef(ir.TypeKind.ANY))}>"
    return str(type_.kind.value)


# --- helpers ------------------------------------------------------------------------------------


def _endpoint(operation: ir.Operation) -> str:
    query = "&".join(f"{k}={v}" for k, v in operation.query_constants)
    return f"{operation.method.upper()} {operation.path}{'?' + query if query else ''}"


def _locate(document: LoadedDocument, pointer: str) -> Location:
    """Where `pointer` is; without a line for a schema normalization named (it has none)."""
    parts = pointer.split("/")
    if pointer.startswith(SCHEMA_PREFIX[1:]) and "/".join(parts[:4]) not in document.positions:
        return Location(document.path, pointer)
    return document.locate(pointer)


def _line(change: Change) -> str:
    sign = {ChangeKind.ADDED: "+", ChangeKind.REMOVED: "-", ChangeKind.CHANGED: "~"}[change.kind]
    return f"  {sign} {change.element.value:<8} {change.where}: {change.detail}  [{change.location}]"


def _sorted_roles(roles: frozenset[Role]) -> tuple[Role, ...]:
    return tuple(role for role in Role if role in roles)


def _roles_text(roles: frozenset[Role]) -> str:
    return " and ".join(role.value for role in _sorted_roles(roles))


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
