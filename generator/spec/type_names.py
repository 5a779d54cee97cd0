"""Type names for schemas: the PascalCase names normalizing gives, and the choice of a free one.

Input: component keys and name candidates, and `TypeNameRules`: what the targets keep for
themselves (names their generated modules import or define, and the suffixes a target
appends to a type's name to make a companion type, such as Python's `<Name>Param`). The
rules come from the targets, through the pipeline; nothing here knows a language. Output:
class names that are PascalCase identifiers, unique, and clear of every target's names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..core.diagnostics import Diagnostic, Severity
from .load import LoadedDocument, escape_pointer_token
from .schema_tree import as_mapping

_CLASS_NAME = re.compile(r"[A-Z][A-Za-z0-9]*")  # a component key kept as it is
_WORD = re.compile(r"[A-Za-z0-9]+")
_PASCAL = re.compile(r"[A-Z][A-Za-z0-9]*")


@dataclass(frozen=True, slots=True)
class TypeNameRules:
    """What the targets' generated code keeps for itself: names a schema's type may not take
    (`reserved`), and the suffixes a target appends to a type's name to make a companion
    type (`suffixes`: `Foo` -> `FooParam`), so `FooParam` is not free beside `Foo`."""

    reserved: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()


def class_name(*parts: str) -> str:
    """The PascalCase identifier of `parts`: each run of letters and digits capitalised, the rest dropped.

    `class_name("Thing", "foo_bar")` is `ThingFooBar`, `class_name("Event", "response.audio.delta")`
    is `EventResponseAudioDelta`; inner capitals are kept (`inputTokens` -> `InputTokens`). A result
    that would not start with a letter is prefixed with `Schema`.
    """
    text = "".join(word[0].upper() + word[1:] for part in parts for word in _WORD.findall(part))
    return text if text[:1].isalpha() else "Schema" + text


def member_candidates(
    member: Mapping[str, Any], base: str, *, only: bool, title_ok: Callable[[str], bool], tag: str | None, ref: str
) -> tuple[str, ...]:
    """Names for an inline union member that becomes a class, best first.

    `base` is the name of the union's position, `only` says the member is the union's only class.
    In order: `base` itself when the member is the only class (`anyOf [object, string]`); the
    member's `title` when it is already a PascalCase identifier that `title_ok` accepts (used once in
    the whole spec); `base` + its tag value (`type: const "response.audio.delta"` ->
    `<Base>ResponseAudioDelta`); `base` + the one component its `allOf` extends; `base` + its first
    property (only for one of several classes); `base` + `Object`.
    """
    names = [base] if only else []
    title = member.get("title")
    if isinstance(title, str) and _PASCAL.fullmatch(title) and title_ok(title):
        names.append(title)
    if tag:
        names.append(class_name(base, tag))
    if ref:
        names.append(class_name(base, ref))
    properties = member.get("properties")
    if not only and isinstance(properties, Mapping) and properties:
        names.append(class_name(base, str(next(iter(properties)))))
    names.append(class_name(base, "Object"))
    return tuple(dict.fromkeys(names))


class TypeNames:
    """The class names in use, and the choice of a free one.

    A name is free when no component key (or its PascalCase spelling) uses it, no target
    reserves it (`rules.reserved`), and neither it nor a companion of it (`rules.suffixes`:
    `<Name>Param`) can meet another name's: `FooParam` is not free beside `Foo`, nor `Foo`
    beside `FooParam`. The first free candidate wins; if none is free, the first candidate
    gets `Variant` and a letter (reported).
    """

    def __init__(self, keys: Sequence[str], rules: TypeNameRules) -> None:
        self.taken = {*keys, *(class_name(k) for k in keys)}
        self.rules = rules

    def free(self, name: str) -> bool:
        """Whether `name` may be given to one more schema."""
        if name in self.taken or name in self.rules.reserved:
            return False
        for suffix in self.rules.suffixes:
            if name + suffix in self.taken or (name.endswith(suffix) and name[: -len(suffix)] in self.taken):
                return False
        return True

    def take(self, candidates: Sequence[str]) -> tuple[str, bool]:
        """The first free candidate, or a `Variant` one; True when it had to be a `Variant`."""
        chosen = next((c for c in candidates if self.free(c)), None)
        index = 0
        while chosen is None or not self.free(chosen):
            chosen, index = candidates[0] + "Variant" + _letters(index), index + 1
        self.taken.add(chosen)
        return chosen, index > 0


def component_renames(document: LoadedDocument, rules: TypeNameRules) -> tuple[dict[str, str], list[Diagnostic]]:
    """A class name for each component schema whose key is none (`thing-2` -> `Thing2`) or
    is reserved by a target, and a warning for each that could not have the plain
    respelling of its key."""
    keys = [str(key) for key in as_mapping(as_mapping(document.data.get("components")).get("schemas"))]
    kept = {key for key in keys if _CLASS_NAME.fullmatch(key) and key not in rules.reserved}
    names = TypeNames(tuple(kept), rules)
    renames: dict[str, str] = {}
    found = []
    for key in (k for k in keys if k not in kept):
        renames[key], last_resort = names.take((class_name(key),))
        if last_resort:
            found.append(
                _warning(
                    document,
                    f"/components/schemas/{escape_pointer_token(key)}",
                    f"the schema {key!r} cannot be the class {class_name(key)}: named it {renames[key]}",
                    "rename the schema to a PascalCase name of its own",
                )
            )
    return renames, found


def _letters(index: int) -> str:
    """`A`..`Z`, then `AA`, `AB`, ...: a suffix that is no number."""
    text = chr(ord("A") + index % 26)
    return _letters(index // 26 - 1) + text if index >= 26 else text


def _warning(document: LoadedDocument, pointer: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(Severity.WARNING, message, document.locate(pointer), hint)
