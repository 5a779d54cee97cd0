"""Comparing two API surfaces: `Surface` x 2 -> `ApiDiff`, every change judged by its `Rule`.

Pure functions over data: methods are matched by dotted name (`conversations.items.list`),
their arguments by argument name (the IR's, which tells apart one wire name in two places,
and changes when the SDK's argument does), models' fields by wire name, models by name. Each change is located
in the new spec, or in the old one for what the new one no longer has.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from .. import ir
from ..core.diagnostics import Location
from ..spec.load import LoadedDocument
from ..spec.schema_tree import SCHEMA_PREFIX
from .changes import ApiDiff, Bump, Change, Element, Rule, Subject
from .surface import Role, Surface
from .type_changes import describe, expand, type_rule

_STRICT_READERS = "(strict readers may reject what they do not know)"
_GONE = (Rule.METHOD_REMOVED, Rule.REMOVED, Rule.MODEL_REMOVED)  # located in the old spec


@dataclass(frozen=True, slots=True)
class _Context:
    """The two surfaces, and how to make a `Change` located in one of them."""

    old: Surface
    new: Surface

    def change(
        self, rule: Rule, element: Element, subject: Subject, detail: str, roles: Iterable[Role], pointer: str
    ) -> Change:
        roles = tuple(roles)
        if rule in (Rule.VALUES_ADDED, Rule.MEMBERS_ADDED) and Role.RESPONSE in roles:
            detail = f"{detail} {_STRICT_READERS}"
        side = self.old if rule in _GONE else self.new
        return Change(rule, element, subject, detail, rule.bump(roles), _locate(side.document, pointer))

    def judge(self, old: ir.TypeRef, new: ir.TypeRef) -> tuple[Rule, str] | None:
        """The rule a type change falls under. Named enums, unions and aliases are type
        aliases in the SDK, so they are compared by what they stand for; models by name."""
        if old == new:
            return None
        return type_rule(expand(old, self.old.models), expand(new, self.new.models), spelled=(old, new))


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
            subject = Subject(name, endpoint=_endpoint(after))
            yield context.change(Rule.METHOD_ADDED, Element.METHOD, subject, _endpoint(after), (), after.pointer)
        elif after is None and before is not None:
            subject, detail = Subject(name, endpoint=_endpoint(before)), f"was {_endpoint(before)}"
            yield context.change(Rule.METHOD_REMOVED, Element.METHOD, subject, detail, (), before.pointer)
        elif before is not None and after is not None:
            yield from _compare_method(context, name, before, after)


def _compare_method(context: _Context, name: str, old: ir.Operation, new: ir.Operation) -> Iterator[Change]:
    def change(rule: Rule, detail: str) -> Change:
        return context.change(rule, Element.METHOD, Subject(name, endpoint=_endpoint(new)), detail, (), new.pointer)

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
    def where(argument: str) -> Subject:
        return Subject(name, argument, _endpoint(new))

    roles = (Role.REQUEST,)
    fields = [
        tuple(ir.ModelField(p.arg, p.type, p.required, p.description, False, p.pointer) for p in op.arguments)
        for op in (old, new)
    ]
    yield from _compare_members(context, fields[0], fields[1], Element.ARGUMENT, where, roles)
    before = {p.arg: p for p in old.arguments}  # by argument name: one wire name may travel in two places
    for after in new.arguments:
        previous = before.get(after.arg)
        if previous is None or previous.location is after.location:
            continue
        detail = f"sent in the {after.location.value} (was {previous.location.value})"
        if ir.ParamLocation.PATH not in (previous.location, after.location):
            yield context.change(Rule.MOVED, Element.ARGUMENT, where(after.arg), detail, roles, after.pointer)


def _compare_response(context: _Context, name: str, old: ir.Operation, new: ir.Operation) -> Iterator[Change]:
    def change(rule: Rule, detail: str) -> Change:
        subject = Subject(name, endpoint=_endpoint(new))
        return context.change(rule, Element.RESPONSE, subject, detail, (Role.RESPONSE,), pointer)

    pointer = f"{new.pointer}/responses/{new.response.status}"
    before, after = old.response, new.response
    if before.type is None and after.type is not None:
        yield change(Rule.RETURN_ADDED, f"returns {describe(after.type)}")
    elif before.type is not None and after.type is None:
        yield change(Rule.RETURN_REMOVED, f"returned {describe(before.type)}")
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
            roles = context.new.roles[name]
            detail = f"{_roles_text(roles)} model"
            yield context.change(Rule.MODEL_ADDED, Element.MODEL, Subject(name), detail, roles, after.pointer)
        elif after is None and before is not None:
            roles = context.old.roles[name]
            detail = f"{_roles_text(roles)} model"
            yield context.change(Rule.MODEL_REMOVED, Element.MODEL, Subject(name), detail, roles, before.pointer)
        elif before is not None and after is not None:
            yield from _compare_model(context, before, after)


def _compare_model(context: _Context, old: ir.Model, new: ir.Model) -> Iterator[Change]:
    roles = context.old.roles[old.name] | context.new.roles[new.name]

    def change(rule: Rule, detail: str) -> Change:
        return context.change(rule, Element.MODEL, Subject(new.name), detail, roles, new.pointer)

    if old.description != new.description:
        yield change(Rule.DOCS_CHANGED, Rule.DOCS_CHANGED.text)
    if old.type is not None and new.type is not None:  # no objects: what they stand for
        judged = context.judge(old.type, new.type)
        if judged is not None:
            yield change(*judged)
        return
    if old.type is not None or new.type is not None:
        yield change(Rule.SHAPE_CHANGED, f"{describe(_shape(old))} -> {describe(_shape(new))}")
        return

    def where(field: str) -> Subject:
        return Subject(new.name, field)

    yield from _compare_members(context, old.fields, new.fields, Element.FIELD, where, _sorted_roles(roles))


def _compare_members(
    context: _Context,
    old: Sequence[ir.ModelField],
    new: Sequence[ir.ModelField],
    element: Element,
    where: Callable[[str], Subject],
    roles: Sequence[Role],
) -> Iterator[Change]:
    """Arguments of a method, or fields of a model, matched by name."""
    before, after = {m.name: m for m in old}, {m.name: m for m in new}
    for name in sorted(before.keys() | after.keys()):
        was, now = before.get(name), after.get(name)
        if was is None and now is not None:
            rule = Rule.ADDED_REQUIRED if now.required else Rule.ADDED_OPTIONAL
            detail = f"{'required' if now.required else 'optional'}, {describe(now.type)}"
            yield context.change(rule, element, where(name), detail, roles, now.pointer)
        elif now is None and was is not None:
            yield context.change(Rule.REMOVED, element, where(name), "removed", roles, was.pointer)
        elif was is not None and now is not None:
            for rule, detail in _member_rules(context, was, now):
                yield context.change(rule, element, where(name), detail, roles, now.pointer)


def _member_rules(context: _Context, old: ir.ModelField, new: ir.ModelField) -> Iterator[tuple[Rule, str]]:
    if old.required != new.required:
        yield (Rule.NOW_REQUIRED, "now required") if new.required else (Rule.NOW_OPTIONAL, "now optional")
    judged = context.judge(old.type, new.type)
    if judged is not None:
        yield judged
    if old.description != new.description:
        yield Rule.DOCS_CHANGED, Rule.DOCS_CHANGED.text


def _shape(model: ir.Model) -> ir.TypeRef:
    """What a model stands for: its type, or for an object, a map of what it may hold."""
    return model.type or ir.TypeRef(ir.TypeKind.MAP, item=model.extra or ir.TypeRef(ir.TypeKind.ANY))


def _endpoint(operation: ir.Operation) -> str:
    query = "&".join(f"{k}={v}" for k, v in operation.query_constants)
    return f"{operation.method.upper()} {operation.path}{'?' + query if query else ''}"


def _locate(document: LoadedDocument, pointer: str) -> Location:
    """Where `pointer` is; without a line for a schema normalization named (it has none), and
    in the file it came from for a schema of another file."""
    component = "/".join(pointer.split("/")[:4])
    named = component in document.positions or component in document.mounts
    if pointer.startswith(SCHEMA_PREFIX[1:]) and not named:
        return Location(document.path, pointer)
    return document.locate(pointer)


def _sorted_roles(roles: frozenset[Role]) -> tuple[Role, ...]:
    return tuple(role for role in Role if role in roles)


def _roles_text(roles: frozenset[Role]) -> str:
    return " and ".join(role.value for role in _sorted_roles(roles))
