"""Changes of the API surface, and the version bump they call for.

`Rule` names each kind of change the diff knows, and how much it costs where callers
send the value and where readers receive it; a `Change` is one difference, located; an
`ApiDiff` is every change between two specs, with its bump, exit code and report (text
for people, `render`; JSON for programs, `to_json`).

The bump is semver's, applied to the SDK's version: a breaking change is a major bump, an
addition a minor one, any other change (a description) a patch, and no change none. Below
1.0 (`0.y.z`), y counts breaking releases and z everything else, so there a breaking change
is a minor bump and an addition a patch (`version_bump`); the report names the bump it
applies.

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
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..core.diagnostics import Diagnostic, Location
from .surface import Role

EXIT_OK, EXIT_BREAKING, EXIT_INVALID = 0, 1, 2


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


@dataclass(frozen=True, slots=True)
class Subject:
    """What a change is about: a method by dotted name (`conversations.items.list`) or a
    model by name (`Conversation`) as `owner`; one of its arguments (by argument name) or fields (by wire name)
    as `member` (else empty); for a method's changes, its `endpoint` (`GET /things`)."""

    owner: str
    member: str = ""
    endpoint: str = ""


_CATEGORY = {Bump.MAJOR: "breaking", Bump.MINOR: "addition", Bump.PATCH: "other", Bump.NONE: "none"}
_OF_METHODS = (Element.METHOD, Element.ARGUMENT, Element.RESPONSE)


@dataclass(frozen=True, slots=True)
class Change:
    """One difference, about `subject`; `bump` is what it calls for from 1.0 on (major:
    breaking); `location` points into the new spec, or into the old one for what the new one
    no longer has."""

    rule: Rule
    element: Element
    subject: Subject
    detail: str
    bump: Bump
    location: Location

    @property
    def kind(self) -> ChangeKind:
        return self.rule.kind

    @property
    def breaking(self) -> bool:
        return self.bump is Bump.MAJOR

    @property
    def where(self) -> str:
        """The method (`conversations.items.list`), argument (`conversations.items.list(limit)`),
        model (`Conversation`) or field (`Conversation.metadata`)."""
        owner, member = self.subject.owner, self.subject.member
        if self.element is Element.ARGUMENT:
            return f"{owner}({member})"
        return f"{owner}.{member}" if self.element is Element.FIELD else owner

    def to_dict(self) -> dict[str, Any]:
        """The change as JSON data (see `ApiDiff.to_json`)."""
        of_method = self.element in _OF_METHODS
        return {
            "kind": self.kind.value,
            "element": self.element.value,
            "where": self.where,
            "method": self.subject.owner if of_method else None,
            "endpoint": (self.subject.endpoint or None) if of_method else None,
            "argument": self.subject.member if self.element is Element.ARGUMENT else None,
            "model": None if of_method else self.subject.owner,
            "field": self.subject.member if self.element is Element.FIELD else None,
            "rule": self.rule.name.lower(),
            "breaking": self.breaking,
            "category": _CATEGORY[self.bump],
            "description": self.detail,
            **self.location.to_dict(),
        }


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
        """What the changes call for from 1.0 on: the largest bump of any change."""
        return max((c.bump for c in self.changes), key=lambda b: b.rank, default=Bump.NONE)

    @property
    def version_bump(self) -> Bump:
        """The bump applied to `version` (below 1.0 one step smaller; see `version_bump`)."""
        return version_bump(self.version, self.bump)

    @property
    def exit_code(self) -> int:
        return EXIT_BREAKING if self.breaking else EXIT_OK

    def count(self, bump: Bump) -> int:
        return sum(1 for c in self.changes if c.bump is bump)

    def next_version(self, current: str = "") -> str:
        """`current` (else `version`) bumped; below 1.0 a breaking change bumps the minor number,
        an addition the patch number."""
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
        bump = self.version_bump
        text += "no version bump" if bump is Bump.NONE else f"a {bump.value} version bump"
        if self.version and bump is not Bump.NONE:
            text += f" ({self.version} -> {self.next_version()})"
        return text

    def to_dict(self) -> dict[str, Any]:
        """The diff as JSON data: what `to_json` prints, for a report that embeds it."""
        return {
            "old": self.old,
            "new": self.new,
            "version": self.version or None,
            "bump": self.version_bump.value,
            "next_version": self.next_version() or None,
            "breaking": self.breaking,
            "counts": {
                "breaking": self.count(Bump.MAJOR),
                "additions": self.count(Bump.MINOR),
                "other": self.count(Bump.PATCH),
            },
            "changes": [change.to_dict() for change in self.changes],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }

    def to_json(self) -> str:
        """The report for programs (`sdkgen diff --format json`): one JSON object, keys in a
        fixed order, changes in `render`'s order, ending with a newline.

        `old`, `new`: the specs' names; `version`: the SDK's current version (null when
        unknown); `bump`: the bump applied to it (`none`, `patch`, `minor`, `major`, as the
        text summary names it); `next_version`: the version after it (null when unknown);
        `breaking`; `counts` of `breaking`, `additions` and `other` changes; `changes`, each
        with `kind` (added, removed, changed), `element` (method, argument, response, model,
        field), `where`, `method`, `endpoint` (`GET /things`), `argument`, `model`, `field`
        (null where they do not apply), `rule`, `breaking`, `category` (breaking, addition,
        other), `description`, and `file`, `line`, `column`, `pointer`; `diagnostics` (the
        warnings met), each with `severity`, `file`, `line`, `column`, `pointer`,
        `message`, `hint`. Lines and columns are 1-based, null when unknown; a pointer or
        hint that is none is `""`."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"


def version_bump(current: str, bump: Bump) -> Bump:
    """The part of version `current` that changes calling for `bump` increment: `bump`
    itself from 1.0 on (and without a version), below 1.0 (`0.y.z`: y counts breaking
    releases, z everything else) minor for a breaking change and patch for any other."""
    if not current or bump is Bump.NONE or _numbers(current)[0] != 0:
        return bump
    return Bump.MINOR if bump is Bump.MAJOR else Bump.PATCH


def next_version(current: str, bump: Bump) -> str:
    """`current` (`1.2.3`; a pre-release suffix is dropped) after changes calling for `bump`,
    the part `version_bump` names incremented; `current` itself for no bump or no version."""
    applied = version_bump(current, bump)
    if not current or applied is Bump.NONE:
        return current
    major, minor, patch = _numbers(current)
    if applied is Bump.MAJOR:
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0" if applied is Bump.MINOR else f"{major}.{minor}.{patch + 1}"


def _numbers(version: str) -> tuple[int, int, int]:
    """(major, minor, patch) of `version`; missing parts are 0, non-digits are dropped."""
    numbers = [int("".join(ch for ch in part if ch.isdigit()) or 0) for part in version.split(".")[:3]]
    major, minor, patch = (numbers + [0, 0, 0])[:3]
    return major, minor, patch


def _line(change: Change) -> str:
    sign = {ChangeKind.ADDED: "+", ChangeKind.REMOVED: "-", ChangeKind.CHANGED: "~"}[change.kind]
    return f"  {sign} {change.element.value:<8} {change.where}: {change.detail}  [{change.location}]"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
