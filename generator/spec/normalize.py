"""Stage 2b, normalize: validated document data -> the same API with every schema named and every
discriminator explicit.

Input: a validated `LoadedDocument`. Output: `Normalized`, new document data (the input is never
changed; untouched subtrees are shared) plus warnings. Later stages (build IR, models) read the
normalized data, so no generator downstream ever invents a class name. Three passes:

1. Canonical form (`_Fixer`): OpenAPI 3.0 spellings inside a 3.1 document become 3.1 ones
   (`nullable: true` -> `"null"` in `type`, or `anyOf [ref, null]`), `$recursiveRef: "#"` becomes a
   `$ref` to the component declaring the `$recursiveAnchor`, duplicated `required` entries go, a
   nullable inline object written as `anyOf [object, null]` becomes one object schema with
   `type: [object, null]`, `allOf` parts that only annotate (`{}`) go, `allOf: [A, anyOf: [B, C]]`
   becomes `anyOf: [allOf: [A, B], allOf: [A, C]]`, and a `discriminator` on a schema that is no
   union is dropped (reported).
2. Hoisting (`_Hoister`): every inline schema that would become a class (an object with properties,
   an `allOf` of several parts, a union with a discriminator) moves to `components/schemas/<Name>`
   and is replaced by a `$ref` (a nullable one, or one defaulting to null, by `anyOf [ref, null]`),
   annotations such as `description` staying beside it. Names come from `class_name` and
   `member_candidates`; `_Names` settles collisions. Inline enums stay inline (as `Literal`s).
3. Explicit discriminators (`_Hoister.explicit`): a `discriminator` without a full `mapping` gets one
   built from each member's tag values (`const` or `enum` of the tag property, through `$ref`s and
   `allOf` parts). A union with a member whose tag cannot be determined (or with one member only)
   loses its discriminator and becomes a plain union, with a warning.
"""

from __future__ import annotations

import enum
import keyword
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from ..core.diagnostics import Diagnostic, Severity
from .load import LoadedDocument, escape_pointer_token
from .inheritance import flatten_contradicting
from .rename import rename_schemas
from .validate import HTTP_METHODS

SCHEMA_PREFIX = "#/components/schemas/"
# The model stage appends this to every class name it makes a request TypedDict of.
PARAM_SUFFIX = "Param"
# Where subschemas sit inside a schema, by keyword (walked by position, never by key name).
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_VALUES = ("items", "additionalProperties", "not", "if", "then", "else", "contains")
# Keys describing a use of a schema rather than the schema: they stay beside the `$ref`.
_SITE_KEYS = ("description", "default", "deprecated", "readOnly", "writeOnly")
_ANNOTATIONS = frozenset({*_SITE_KEYS, "title", "example", "examples", "externalDocs"})
# Names the generated model modules import; a class must not shadow them.
_RESERVED = frozenset(
    {"Annotated", "Any", "AwareDatetime", "BaseModel", "ConfigDict", "Dict", "Enum", "Field", "List", "Literal"}
    | {"NotRequired", "Optional", "Required", "RootModel", "TypeAlias", "TypeAliasType", "TypedDict", "Union"}
    | {"None", "True", "False"}  # keywords
    # the runtime names resource modules import beside the models they use
    | {"AsyncAPIResource", "AsyncPaginator", "AsyncStream", "BinaryResponseContent", "Body", "FileTypes"}
    | {"Headers", "Iterable", "NotGiven", "Omit", "Query", "Stream", "SyncAPIResource"}
    # ... and the names of the generated tests' conftest that their test modules import or define
    | {"CASES", "Case", "PathCase", "PathParamTests", "ResourceTests", "StreamTests"}
)
_CLASS_NAME = re.compile(r"[A-Z][A-Za-z0-9]*")  # a component key kept as it is
_TAG_PROPERTIES = ("type", "event")  # tried, after a union's discriminator, to name its members
_WORD = re.compile(r"[A-Za-z0-9]+")
_PASCAL = re.compile(r"[A-Z][A-Za-z0-9]*")
_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")
_NULL = {"type": "null"}


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalized document data, the component names hoisting added, and warnings."""

    data: Mapping[str, Any]
    hoisted: tuple[str, ...]
    diagnostics: tuple[Diagnostic, ...]


def normalize(document: LoadedDocument) -> Normalized:
    """Every inline class schema named and every discriminator explicit; `document` is not changed."""
    renames, renamed = _component_renames(document)
    data = rename_schemas(document.data, renames) if renames else document.data
    sites = tuple(_sites(data))
    fixer = _Fixer(document)
    fixed = {site.path: fixer.site(_at(data, site.path), site) for site in sites}
    components = {site.path[-1]: fixed[site.path] for site in sites if site.role is _Role.COMPONENT}
    hoister = _Hoister(document, components, fixer.titles)
    done = {site.path: hoister.site(fixed[site.path], site) for site in sites}
    schemas: dict[str, Any] = {}
    for site in sites:
        if site.role is _Role.COMPONENT:
            schemas[site.path[-1]] = done[site.path]
            schemas.update(hoister.take_born(site.path[-1]))
    schemas.update(hoister.take_born(None))
    schemas = flatten_contradicting(schemas)
    updates = {path: schema for path, schema in done.items() if path[:2] != ("components", "schemas")}
    if schemas or "schemas" in _mapping(data.get("components")):
        updates[("components", "schemas")] = schemas
    diagnostics = (*renamed, *fixer.diagnostics, *hoister.diagnostics)
    return Normalized(_assign(data, updates), tuple(hoister.hoisted), diagnostics)


# --- naming ---------------------------------------------------------------------------------------


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
    if isinstance(title, str) and _PASCAL.fullmatch(title) and not keyword.iskeyword(title) and title_ok(title):
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


class _Names:
    """The class names in use, and the choice of a free one.

    A name is free when no component key (or its Python spelling) uses it, it shadows no name the
    model modules import, and it and its request TypedDict name (`<Name>Param`) cannot meet another
    name's: `FooParam` is not free beside `Foo`, nor `Foo` beside `FooParam`. The first free
    candidate wins; if none is free, the first candidate gets `Variant` and a letter (reported).
    """

    def __init__(self, keys: Sequence[str]) -> None:
        self.taken = {*keys, *(class_name(k) for k in keys)}

    def free(self, name: str) -> bool:
        if name in self.taken or name in _RESERVED or name + PARAM_SUFFIX in self.taken:
            return False
        return not (name.endswith(PARAM_SUFFIX) and name[: -len(PARAM_SUFFIX)] in self.taken)

    def take(self, candidates: Sequence[str]) -> tuple[str, bool]:
        """The first free candidate, or a `Variant` one; True when it had to be a `Variant`."""
        chosen = next((c for c in candidates if self.free(c)), None)
        index = 0
        while chosen is None or not self.free(chosen):
            chosen, index = candidates[0] + "Variant" + _letters(index), index + 1
        self.taken.add(chosen)
        return chosen, index > 0


def _component_renames(document: LoadedDocument) -> tuple[dict[str, str], list[Diagnostic]]:
    """A class name for each component schema whose key is none (`thing-2` -> `Thing2`), and
    a warning for each that could not have the plain respelling of its key."""
    keys = [str(key) for key in _mapping(_mapping(document.data.get("components")).get("schemas"))]
    kept = {key for key in keys if _CLASS_NAME.fullmatch(key) and key not in _RESERVED}
    names = _Names(tuple(kept))
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


# --- where schemas sit ----------------------------------------------------------------------------


class _Role(enum.Enum):
    """How a schema site is treated: a component keeps its name, a body's root stays inline."""

    COMPONENT = "component"
    BODY = "body"  # request body root: the IR reads its properties as method arguments
    CLASS = "class"  # parameter or response root: hoisted when it is a class


@dataclass(frozen=True, slots=True)
class _Site:
    path: tuple[str, ...]
    base: str
    role: _Role
    owner: str | None

    @property
    def pointer(self) -> str:
        return "".join("/" + escape_pointer_token(token) for token in self.path)


def _sites(data: Mapping[str, Any]) -> Iterator[_Site]:
    """Every schema root of the document: component schemas, then operations' schemas.

    Parameters and request bodies kept in `components` (reached by `$ref`) are not walked.
    """
    components = _mapping(data.get("components"))
    for key in _mapping(components.get("schemas")):
        yield _Site(("components", "schemas", key), class_name(key), _Role.COMPONENT, key)
    for section in ("paths", "webhooks"):
        for key, item in _mapping(data.get(section)).items():
            if isinstance(item, Mapping):
                yield from _parameter_sites((section, key), item.get("parameters"), class_name(key, "Params"))
                yield from _operation_sites((section, key), item)
    for key, response in _mapping(components.get("responses")).items():
        yield from _response_sites(("components", "responses", key), response, class_name(key, "Response"))


def _operation_sites(path: tuple[str, ...], item: Mapping[str, Any]) -> Iterator[_Site]:
    """An operation's parameters, body and responses, named after its operationId.

    The request body's root stays inline: its properties are the method's arguments. The first
    2xx response is `<Operation>Response`, others add their status (`<Operation>NotFoundResponse`).
    """
    for method in HTTP_METHODS:
        operation = item.get(method)
        if not isinstance(operation, Mapping):
            continue
        given = operation.get("operationId")
        name = class_name(given if isinstance(given, str) and given else f"{method} {path[-1]}")
        where = (*path, method)
        yield from _parameter_sites(where, operation.get("parameters"), name + "Params")
        for media, _ in _contents(operation.get("requestBody")):
            yield _Site((*where, "requestBody", "content", media, "schema"), name + "Params", _Role.BODY, None)
        responses = _mapping(operation.get("responses"))
        success = next((s for s in sorted(str(s) for s in responses) if s.startswith("2")), None)
        for status, response in responses.items():
            words = () if str(status) == success else (_status_word(status),)
            base = class_name(name, *words, "Response")
            yield from _response_sites((*where, "responses", str(status)), response, base)


def _parameter_sites(path: tuple[str, ...], parameters: Any, base: str) -> Iterator[_Site]:
    for index, parameter in enumerate(parameters if isinstance(parameters, list) else []):
        if isinstance(parameter, Mapping) and "schema" in parameter and "$ref" not in parameter:
            name = class_name(base, str(parameter.get("name", "")))
            yield _Site((*path, "parameters", str(index), "schema"), name, _Role.CLASS, None)


def _response_sites(path: tuple[str, ...], response: Any, base: str) -> Iterator[_Site]:
    for media, _ in _contents(response):
        name = base if "event-stream" not in media else base.removesuffix("Response") + "StreamEvent"
        yield _Site((*path, "content", media, "schema"), name, _Role.CLASS, None)


def _mapping(node: Any) -> Mapping[str, Any]:
    return node if isinstance(node, Mapping) else {}


def _contents(node: Any) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(node, Mapping) and "$ref" not in node and isinstance(node.get("content"), Mapping):
        for media, content in node["content"].items():
            if isinstance(content, Mapping) and "schema" in content:
                yield str(media), content


def _status_word(status: Any) -> str:
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return str(status).replace("X", "x")


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


def _children(node: Mapping[str, Any], visit: Callable[[str, str | int | None, Any], Any]) -> dict[str, Any]:
    """A copy of schema `node` with `visit(keyword, key or index, subschema)` applied to each subschema."""
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in SCHEMA_MAPS and isinstance(value, Mapping):
            out[key] = {name: visit(key, name, sub) for name, sub in value.items()}
        elif key in SCHEMA_LISTS and isinstance(value, list):
            out[key] = [visit(key, index, sub) for index, sub in enumerate(value)]
        elif key in SCHEMA_VALUES and isinstance(value, Mapping):
            out[key] = visit(key, None, value)
        else:
            out[key] = value
    return out


def _child_pointer(pointer: str, key: str, index: str | int | None) -> str:
    return f"{pointer}/{key}" if index is None else f"{pointer}/{key}/{escape_pointer_token(str(index))}"


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null" and set(schema) <= {"type", "description"}


def _warning(document: LoadedDocument, pointer: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(Severity.WARNING, message, document.locate(pointer), hint)


# --- pass 1: canonical form -----------------------------------------------------------------------


class _Fixer:
    """3.0 spellings to 3.1, recursive references resolved, duplicates dropped; counts titles."""

    def __init__(self, document: LoadedDocument) -> None:
        self.document = document
        self.titles: Counter[str] = Counter()
        self.diagnostics: list[Diagnostic] = []

    def site(self, schema: Any, site: _Site) -> Any:
        anchor = site.owner if isinstance(schema, Mapping) and schema.get("$recursiveAnchor") is True else None
        return self.schema(schema, site.pointer, site.owner, anchor)

    def schema(self, node: Any, pointer: str, owner: str | None, anchor: str | None) -> Any:
        if not isinstance(node, Mapping):
            return node
        out = _children(
            node, lambda key, index, sub: self.schema(sub, _child_pointer(pointer, key, index), owner, anchor)
        )
        out.pop("$recursiveAnchor", None)
        if isinstance(out.get("title"), str):
            self.titles[out["title"]] += 1
        if isinstance(out.get("required"), list):
            out["required"] = list(dict.fromkeys(out["required"]))
        if "$recursiveRef" in out:
            out = self._recursive(out, pointer, owner, anchor)
        if "discriminator" in out and not any(isinstance(out.get(k), list) for k in ("oneOf", "anyOf")):
            del out["discriminator"]
            self.diagnostics.append(
                _warning(
                    self.document,
                    f"{pointer}/discriminator",
                    "a discriminator on a schema that is not a oneOf/anyOf union is ignored",
                    "move the discriminator onto the union it describes",
                )
            )
        return _object_or_null(_distributed(_without_empty_parts(_nullable(out))))

    def _recursive(self, node: dict[str, Any], pointer: str, owner: str | None, anchor: str | None) -> dict[str, Any]:
        """`$recursiveRef: "#"` as a `$ref` to the component that declares `$recursiveAnchor`."""
        plain = node["$recursiveRef"] == "#"
        target = (anchor or owner) if plain else None
        if not (plain and anchor):
            self.diagnostics.append(
                _warning(
                    self.document,
                    f"{pointer}/$recursiveRef",
                    f"$recursiveRef {node['$recursiveRef']!r} outside a component declaring $recursiveAnchor"
                    + (f"; read as a $ref to {target}" if target else "; left unresolved"),
                    "use a plain $ref to the component meant",
                )
            )
        if target is None:
            return node
        rest = {k: v for k, v in node.items() if k != "$recursiveRef"}
        return {"$ref": SCHEMA_PREFIX + escape_pointer_token(target), **rest}


def _nullable(node: dict[str, Any]) -> dict[str, Any]:
    """`nullable` (OpenAPI 3.0) spelled the 3.1 way: `null` as a type, or a union with `null`."""
    if node.pop("nullable", None) is not True:
        return node
    kind = node.get("type")
    if isinstance(node.get("$ref"), str) or (isinstance(node.get("allOf"), list) and kind is None):
        core = ("$ref", "allOf")
        wrapped = {k: v for k, v in node.items() if k in core}
        return {"anyOf": [wrapped, dict(_NULL)], **{k: v for k, v in node.items() if k not in core}}
    if isinstance(kind, str) and kind != "null":
        node["type"] = [kind, "null"]
    elif isinstance(kind, list) and "null" not in kind:
        node["type"] = [*kind, "null"]
    if isinstance(node.get("enum"), list) and None not in node["enum"]:
        node["enum"] = [*node["enum"], None]
    for key in ("anyOf", "oneOf"):
        if kind is None and isinstance(node.get(key), list) and not any(_is_null(m) for m in node[key]):
            node[key] = [*node[key], dict(_NULL)]
    return node


def _without_empty_parts(node: dict[str, Any]) -> dict[str, Any]:
    """`allOf` without parts that only annotate (`{}`, `{description: ...}`); their annotations move up."""
    parts = node.get("allOf")
    if not isinstance(parts, list):
        return node
    empty = [p for p in parts if isinstance(p, Mapping) and set(p) <= _ANNOTATIONS]
    if not empty:
        return node
    kept = [p for p in parts if not (isinstance(p, Mapping) and set(p) <= _ANNOTATIONS)]
    out = {k: v for k, v in node.items() if k != "allOf"}
    for part in empty:
        out.update({k: v for k, v in part.items() if k not in out})
    return {**out, "allOf": kept} if kept else out


def _distributed(node: dict[str, Any]) -> dict[str, Any]:
    """`allOf: [A, anyOf: [B, C]]` as `anyOf: [allOf: [A, B], allOf: [A, C]]`: one class per member.

    The model generator makes the same classes from the first spelling, but numbers them.
    """
    parts = node.get("allOf")
    if not isinstance(parts, list) or "anyOf" in node or "oneOf" in node:
        return node
    unions = [i for i, p in enumerate(parts) if _union_key(p) is not None]
    if len(unions) != 1:
        return node
    union = parts[unions[0]]
    key = str(_union_key(union))
    others = [p for i, p in enumerate(parts) if i != unions[0]]
    members = [m if _is_null(m) else {"allOf": [m, *others]} for m in union[key]]
    out = {k: v for k, v in node.items() if k != "allOf"}
    out.update({k: v for k, v in union.items() if k != key and k not in out})
    return {**out, key: members}


def _union_key(node: Any) -> str | None:
    """`anyOf` or `oneOf` when `node` is a plain union (nothing but members and annotations), else None."""
    if not isinstance(node, Mapping):
        return None
    keys = [k for k in ("anyOf", "oneOf") if isinstance(node.get(k), list)]
    if len(keys) != 1 or set(node) - _ANNOTATIONS - {"discriminator"} != {keys[0]}:
        return None
    return keys[0]


def _object_or_null(node: dict[str, Any]) -> dict[str, Any]:
    """`anyOf: [{object with properties}, {type: null}]` as one object schema of type `[object, null]`.

    The same schema for JSON Schema, but one class for the model generator instead of a class and an
    alias; annotations on the union (its description, default, ...) win over the member's.
    """
    for key in ("anyOf", "oneOf"):
        members = node.get(key)
        if not (isinstance(members, list) and len(members) == 2 and set(node) - _ANNOTATIONS == {key}):
            continue
        objects = [m for m in members if not _is_null(m)]
        if len(objects) != 1 or len(members) - len(objects) != 1:
            continue
        member = objects[0]
        if not isinstance(member, Mapping) or "$ref" in member or member.get("type", "object") != "object":
            continue
        if not (isinstance(member.get("properties"), Mapping) and member["properties"]):
            continue
        outer = {k: v for k, v in node.items() if k != key}
        return {**member, **outer, "type": ["object", "null"]}
    return node


# --- passes 2 and 3: hoisting and explicit discriminators -----------------------------------------


class _Hoister:
    """Moves inline class schemas to components, naming each, and makes discriminators explicit."""

    def __init__(self, document: LoadedDocument, components: Mapping[str, Any], titles: Counter[str]) -> None:
        self.document = document
        self.components = components
        self.titles = titles
        self.names = _Names(tuple(components))
        self.new: dict[str, Any] = {}
        self.born: dict[str | None, list[str]] = defaultdict(list)
        self.hoisted: list[str] = []
        self.diagnostics: list[Diagnostic] = []
        self.owner: str | None = None

    def site(self, schema: Any, site: _Site) -> Any:
        self.owner = site.owner
        if site.role is _Role.CLASS:
            return self.child(schema, (site.base,), site.pointer)
        return self.schema(schema, site.base, site.pointer)

    def take_born(self, owner: str | None) -> dict[str, Any]:
        """The schemas hoisted out of component `owner` (None: out of operations), in hoisting order."""
        return {name: self.new[name] for name in self.born.pop(owner, [])}

    def schema(self, node: Any, base: str, pointer: str) -> Any:
        """`node` with its inline class subschemas hoisted; `base` is the name its position gives."""
        if not isinstance(node, Mapping):
            return node
        plans = {
            key: self._plan(node[key], node, base) for key in ("anyOf", "oneOf") if isinstance(node.get(key), list)
        }

        def visit(key: str, index: str | int | None, sub: Any) -> Any:
            where = _child_pointer(pointer, key, index)
            if key in plans:
                names = plans[key][int(index or 0)]
                return self.child(sub, names, where) if names else self.schema(sub, base, where)
            if key in _NAMED_POSITIONS:
                return self.child(sub, (_NAMED_POSITIONS[key](base, index),), where)
            return self.schema(sub, base, where)

        out = _children(node, visit)
        return self.explicit(out, pointer) if "discriminator" in out else out

    def child(self, node: Any, candidates: Sequence[str], pointer: str) -> Any:
        """`node` hoisted under the first free name of `candidates` if it is a class, else walked.

        After the candidates comes the first one with `Object` (or `Union`) appended.
        """
        if not _is_class(node):
            return self.schema(node, candidates[0], pointer)
        kind = "Union" if _union_key(node) else "Object"
        name, last_resort = self.names.take(tuple(dict.fromkeys((*candidates, candidates[0] + kind))))
        if last_resort:
            self.diagnostics.append(
                _warning(
                    self.document,
                    pointer,
                    f"no distinctive name for an inline schema: named it {name}",
                    "give the schema a unique PascalCase `title`, or move it to components/schemas",
                )
            )
        body, nullable = _split_null(node)
        self.new[name] = self.schema({k: v for k, v in body.items() if k != "default"}, name, pointer)
        self.born[self.owner].append(name)
        self.hoisted.append(name)
        ref = {"$ref": SCHEMA_PREFIX + name}
        site = {key: node[key] for key in _SITE_KEYS if key in node}
        return {"anyOf": [ref, dict(_NULL)], **site} if nullable else {**ref, **site}

    def _plan(self, members: list[Any], union: Mapping[str, Any], base: str) -> list[tuple[str, ...]]:
        """For each member of a union: the names it may get if it is a class, else ()."""
        classes = [i for i, member in enumerate(members) if _is_class(member)]
        discriminator = union.get("discriminator")
        given = discriminator.get("propertyName") if isinstance(discriminator, Mapping) else None
        tags = tuple(dict.fromkeys(p for p in (given, *_TAG_PROPERTIES) if isinstance(p, str)))
        plan: list[tuple[str, ...]] = []
        title_ok: Callable[[str], bool] = lambda title: self.titles[title] == 1
        for index, member in enumerate(members):
            if index not in classes:
                plan.append(())
                continue
            values = (self.tag_values(member, tag) for tag in tags)
            tag = next((v[0] for v in values if v is not None and len(v) == 1), None)
            extends = _extends(member)
            ref = class_name(extends[len(SCHEMA_PREFIX) :]) if extends else ""
            plan.append(member_candidates(member, base, only=len(classes) == 1, title_ok=title_ok, tag=tag, ref=ref))
        return plan

    def explicit(self, union: dict[str, Any], pointer: str) -> dict[str, Any]:
        """The union with a `mapping` for every member's tags, or without its discriminator (reported)."""
        discriminator = union["discriminator"]
        key = "oneOf" if isinstance(union.get("oneOf"), list) else "anyOf"
        prop = discriminator.get("propertyName") if isinstance(discriminator, Mapping) else None
        given = discriminator.get("mapping") if isinstance(discriminator, Mapping) else None
        mapping = {str(k): _as_ref(v) for k, v in given.items()} if isinstance(given, Mapping) else {}
        known = set(mapping.values())
        if len(union[key]) < 2:
            return self._plain(union, pointer, f"{pointer}/{key}/0", str(prop), "is the only one")
        for index, member in enumerate(union[key]):
            ref = _member_ref(member)
            if ref is not None and ref in known:
                continue
            values, reason = self._member_tags(ref, str(prop))
            clash = next((v for v in values if mapping.setdefault(v, ref) != ref), None)
            if clash is not None:
                reason = f"has tag {clash!r}, which {mapping[clash]} has too"
            if reason:
                return self._plain(union, pointer, f"{pointer}/{key}/{index}", str(prop), reason)
        return {**union, "discriminator": {**discriminator, "mapping": mapping}}

    def _member_tags(self, ref: str | None, prop: str) -> tuple[tuple[str, ...], str]:
        """A member's tag values, or () and why there are none."""
        if ref is None:
            return (), "is not a named schema"
        schema = self._deref({"$ref": ref})
        values = self.tag_values(schema, prop)
        if values:
            return values, ""
        if isinstance(schema, Mapping) and "properties" not in schema and ("anyOf" in schema or "oneOf" in schema):
            return (), "is itself a union"
        return (), f"has no `const` or `enum` (without null) for `{prop}`"

    def _plain(self, union: dict[str, Any], pointer: str, member: str, prop: str, reason: str) -> dict[str, Any]:
        self.diagnostics.append(
            _warning(
                self.document,
                f"{pointer}/discriminator",
                f"discriminator `{prop}` dropped, the union stays a plain union: member {member} {reason}",
                f"give every member a `{prop}` property with a `const` or `enum` value, or a discriminator mapping",
            )
        )
        return {k: v for k, v in union.items() if k != "discriminator"}

    def tag_values(self, schema: Any, prop: str, depth: int = 0) -> tuple[str, ...] | None:
        """The string values `schema` allows for property `prop`, through `$ref`s and `allOf` parts."""
        schema = self._deref(schema)
        if not isinstance(schema, Mapping) or depth > 16:
            return None
        properties = schema.get("properties")
        if isinstance(properties, Mapping) and prop in properties:
            return _literal_values(self._deref(properties[prop]))
        for part in schema.get("allOf") or []:
            found = self.tag_values(part, prop, depth + 1)
            if found is not None:
                return found
        return None

    def _deref(self, schema: Any) -> Any:
        for _ in range(16):
            ref = schema.get("$ref") if isinstance(schema, Mapping) else None
            if not isinstance(ref, str):
                return schema
            if not ref.startswith(SCHEMA_PREFIX):
                return None
            name = ref[len(SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")
            schema = self.new.get(name, self.components.get(name))
        return None


# The name a class gets from where it sits under a schema named `base`: property `foo_bar` of
# `Thing` -> `ThingFooBar`, array items -> `<Base>Item`, map values -> `<Base>Value`. (Union
# members: `member_candidates`; `allOf` parts stay inline, as the model generator merges them.)
_NAMED_POSITIONS: dict[str, Callable[[str, str | int | None], str]] = {
    "properties": lambda base, name: class_name(base, str(name)),
    "patternProperties": lambda base, _: class_name(base, "Value"),
    "additionalProperties": lambda base, _: class_name(base, "Value"),
    "items": lambda base, _: class_name(base, "Item"),
    "prefixItems": lambda base, index: class_name(base, "Item", _ORDINALS[int(index or 0) % len(_ORDINALS)]),
}


def _is_class(node: Any) -> bool:
    """Would the model generator make a class (and so invent a name) for this inline schema?"""
    if not isinstance(node, Mapping) or "$ref" in node:
        return False
    if isinstance(node.get("properties"), Mapping) and node["properties"]:
        return True
    parts = node.get("allOf")
    if isinstance(parts, list):
        substantive = [p for p in parts if not (isinstance(p, Mapping) and set(p) <= _ANNOTATIONS)]
        if len(substantive) > 1 or any(_is_class(p) for p in substantive):
            return True
    return "discriminator" in node and any(isinstance(node.get(k), list) for k in ("anyOf", "oneOf"))


def _split_null(node: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    """A class schema without `null` (from its type, or its union members) and whether it allows it.

    A `default` of null allows null too, whatever the type says.
    """
    body = dict(node)
    kind = body.get("type")
    nullable = (isinstance(kind, list) and "null" in kind) or ("default" in body and body["default"] is None)
    if isinstance(kind, list) and nullable:
        kinds = [k for k in kind if k != "null"]
        body["type"] = kinds[0] if len(kinds) == 1 else kinds
    for key in ("anyOf", "oneOf"):
        members = body.get(key)
        if isinstance(members, list) and any(_is_null(m) for m in members) and "discriminator" in body:
            body[key] = [m for m in members if not _is_null(m)]
            nullable = True
    return body, nullable


def _extends(member: Mapping[str, Any]) -> str | None:
    """The one component an `allOf` member extends, if it extends exactly one."""
    refs = [p["$ref"] for p in member.get("allOf") or [] if isinstance(p, Mapping) and isinstance(p.get("$ref"), str)]
    return refs[0] if len(refs) == 1 and refs[0].startswith(SCHEMA_PREFIX) else None


def _member_ref(member: Any) -> str | None:
    """The component a union member names: its `$ref`, or the one `$ref` of a plain `allOf` wrapper."""
    if not isinstance(member, Mapping):
        return None
    if isinstance(member.get("$ref"), str):
        return str(member["$ref"])
    parts = member.get("allOf")
    if isinstance(parts, list) and set(member) - _ANNOTATIONS == {"allOf"}:
        substantive = [p for p in parts if not (isinstance(p, Mapping) and set(p) <= _ANNOTATIONS)]
        if len(substantive) == 1 and isinstance(substantive[0], Mapping):
            return _member_ref(substantive[0]) if set(substantive[0]) - _ANNOTATIONS == {"$ref"} else None
    return None


def _as_ref(target: Any) -> Any:
    """A mapping value as a reference: OpenAPI also allows a bare component name."""
    return SCHEMA_PREFIX + target if isinstance(target, str) and "/" not in target and "#" not in target else target


def _literal_values(schema: Any) -> tuple[str, ...] | None:
    """The strings a tag schema allows: its `const`, or its `enum` when it allows nothing else."""
    if not isinstance(schema, Mapping):
        return None
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return None
    if isinstance(schema.get("const"), str):
        return (schema["const"],)
    values = schema.get("enum")
    if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
        return tuple(dict.fromkeys(values))
    return None
