"""Schema reading for the IR builder: JSON schemas -> `TypeRef`s, usage sets and examples.

Used by the IR builder (`build`, `placement`, `models`); reads the normalized document and
never writes it.
Understands OpenAPI 3.1 and the 3.0 spellings real specs still mix in (`nullable`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..spec.references import Context, holders
from ..spec.schema_tree import SCHEMA_PREFIX
from ..spec.validate import resolve_ref
from .nodes import JsonValue, TypeKind, TypeRef

_PRIMITIVES = {
    "string": TypeKind.STRING,
    "integer": TypeKind.INTEGER,
    "number": TypeKind.NUMBER,
    "boolean": TypeKind.BOOLEAN,
    "null": TypeKind.NULL,
}
NULL = TypeRef(TypeKind.NULL)
ANY = TypeRef(TypeKind.ANY)


class SchemaReader:
    """Answers questions about the schemas of one document."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data

    def resolve(self, schema: Any) -> Any:
        """Follow `$ref`s until a schema that is not a reference (cycles stop at 64 hops)."""
        return self.locate(schema, "")[0]

    def locate(self, schema: Any, pointer: str) -> tuple[Any, str]:
        """`resolve`, with the JSON pointer (no `#`) of the schema reached; `pointer` is `schema`'s own."""
        for _ in range(64):
            if not (isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str)):
                return schema, pointer
            ref = schema["$ref"]
            schema, pointer = resolve_ref(self.data, ref), ref[1:]
        return {}, pointer

    def type_of(self, schema: Any) -> TypeRef:
        """The `TypeRef` of a schema; named schemas stay references."""
        if not isinstance(schema, Mapping):
            return ANY
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            return TypeRef(TypeKind.REF, name=ref[len(SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~"))
        if isinstance(ref, str):
            return self.type_of(self.resolve(schema))
        result = self._base_type(schema)
        if schema.get("nullable") is True:
            result = union((result, NULL))
        return result

    def _base_type(self, schema: Mapping[str, Any]) -> TypeRef:
        if "const" in schema:
            return TypeRef(TypeKind.LITERAL, values=(schema["const"],))
        if isinstance(schema.get("enum"), list):
            values = tuple(dict.fromkeys(v for v in schema["enum"] if not isinstance(v, (list, dict))))
            if not any(v is not None for v in values):  # `enum: []` (no value fits) or `enum: [null]`
                return NULL if values else ANY
            literal = TypeRef(TypeKind.LITERAL, values=tuple(v for v in values if v is not None))
            return union((literal, NULL)) if None in values else literal
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                return union(self.type_of(s) for s in schema[key])
        if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
            return self.type_of(schema["allOf"][0])
        kinds = schema.get("type")
        if isinstance(kinds, list):
            return union(self._typed(schema, k) for k in kinds)
        return self._typed(schema, kinds)

    def _typed(self, schema: Mapping[str, Any], kind: Any) -> TypeRef:
        if kind == "string" and is_binary(schema):
            return TypeRef(TypeKind.BINARY)
        if kind in _PRIMITIVES:
            return TypeRef(_PRIMITIVES[kind])
        if kind == "array":
            return TypeRef(TypeKind.ARRAY, item=self.type_of(schema.get("items", {})))
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            value = self.type_of(extra) if isinstance(extra, Mapping) else ANY
            return TypeRef(TypeKind.MAP, item=value)
        return ANY

    def object_shape(self, schema: Any) -> tuple[dict[str, Any], set[str]] | None:
        """The properties and required names of an object schema, `allOf` parts merged.

        None when the schema (after references) declares no properties at all.
        """
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for node, _ in self.object_parts(schema):
            if isinstance(node.get("properties"), Mapping):
                for name, sub in node["properties"].items():
                    properties.setdefault(str(name), sub)
            required.update(str(r) for r in node.get("required") or [] if isinstance(r, str))
        return (properties, required) if properties else None

    def object_parts(self, schema: Any, pointer: str = "") -> list[tuple[Mapping[str, Any], str]]:
        """The schemas an object schema is made of, in the order `object_shape` merges them:
        itself, then its `allOf` parts breadth-first, each after references and with its
        pointer (`pointer` is `schema`'s own); at most 256 are visited."""
        parts: list[tuple[Mapping[str, Any], str]] = []
        queue, seen = [(schema, pointer)], 0
        while queue and seen < 256:
            (node, where), seen = self.locate(*queue.pop(0)), seen + 1
            if not isinstance(node, Mapping):
                continue
            parts.append((node, where))
            found = enumerate(node.get("allOf") or [])
            queue.extend((part, f"{where}/allOf/{i}") for i, part in found if isinstance(part, Mapping))
        return parts

    def reachable(self, roots: Iterable[Any]) -> tuple[str, ...]:
        """Names of every component schema reachable from `roots` (schemas), sorted; a
        `$ref` inside an example, a default or an extension is data, not followed."""
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            for _, node in holders(stack.pop(), context=Context.SCHEMA):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
                    name = ref[len(SCHEMA_PREFIX) :]
                    if name not in seen:
                        seen.add(name)
                        stack.append(resolve_ref(self.data, ref))
        return tuple(sorted(seen))

    def example(self, schema: Any, *, full: bool, depth: int = 0) -> Any:
        """A JSON value that fits `schema`: required properties only, or all when `full`."""
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping) or depth > 8:
            return None
        for key in ("const", "example", "default"):
            if key in schema and schema[key] is not None and _fits(schema[key], schema):
                return schema[key]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return schema["enum"][0]
        for key in ("oneOf", "anyOf", "allOf"):
            options = [s for s in schema.get(key) or [] if self.resolve(s).get("type") != "null"]
            if options:
                return self.example(options[0], full=full, depth=depth + 1)
        return self._typed_example(schema, full=full, depth=depth)

    def example_schema(self, schema: Any) -> str:
        """The component name of the schema `example` builds a value from ("" if inline)."""
        name = ""
        for _ in range(64):
            if isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
                name = schema["$ref"][len(SCHEMA_PREFIX) :]
                schema = resolve_ref(self.data, schema["$ref"])
                continue
            options = (
                [s for s in (schema.get("oneOf") or schema.get("anyOf") or []) if self.resolve(s).get("type") != "null"]
                if isinstance(schema, Mapping)
                else []
            )
            if not options:
                return name
            schema = options[0]
        return name

    def _typed_example(self, schema: Mapping[str, Any], *, full: bool, depth: int) -> Any:
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind == "array":
            return [self.example(schema.get("items", {}), full=full, depth=depth + 1)]
        if kind == "object" or "properties" in schema:
            required = set(schema.get("required") or [])
            properties = schema.get("properties") or {}
            if not properties and isinstance(schema.get("additionalProperties"), Mapping):
                return {"foo": self.example(schema["additionalProperties"], full=full, depth=depth + 1)}
            return {
                name: self.example(sub, full=full, depth=depth + 1)
                for name, sub in properties.items()
                if full or name in required
            }
        return _PRIMITIVE_EXAMPLES.get(kind)


_PRIMITIVE_EXAMPLES: dict[Any, JsonValue] = {"string": "string", "integer": 0, "number": 0, "boolean": True}


_JSON_KINDS: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _fits(value: Any, schema: Mapping[str, Any]) -> bool:
    """Whether a spec's own example or default agrees with the schema's `type` and `enum`
    (specs carry stale examples: a JSON text where an object is expected)."""
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds] if isinstance(kinds, str) else []
    allowed = tuple(t for k in kinds for t in _JSON_KINDS.get(k, ()))
    if allowed and (not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed)):
        return False
    enum = schema.get("enum")
    return not isinstance(enum, list) or value in enum


def is_binary(schema: Mapping[str, Any]) -> bool:
    """A string schema whose value is raw bytes (`format: binary`, or a 3.1 media type)."""
    if schema.get("format") == "binary":
        return True
    media = schema.get("contentMediaType")
    return isinstance(media, str) and "contentEncoding" not in schema and not media.startswith("text/")


def union(members: Iterable[TypeRef]) -> TypeRef:
    """A union of `members`, flattened and de-duplicated; one member stands alone, and no
    member at all (`oneOf: []`, `type: []`) is any value: no language spells an empty union."""
    flat: list[TypeRef] = []
    for member in members:
        for item in member.variants if member.kind is TypeKind.UNION else (member,):
            if item not in flat:
                flat.append(item)
    if len(flat) <= 1:
        return flat[0] if flat else ANY
    return TypeRef(TypeKind.UNION, variants=tuple(flat))
