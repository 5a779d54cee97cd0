"""Stage 3, build the IR: a validated `LoadedDocument` + `SdkConfig` -> `ir.Api`.

Every decision about the API's shape is made here, once, and stored on the IR: which
resource and method name each operation gets, the order of its arguments, where each
argument travels, whether and how it paginates, and which schemas requests and responses
use. Constructs the generator cannot express are reported as diagnostics, never dropped
silently.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from . import ir
from .config import SdkConfig
from .diagnostics import Diagnostic, GenerationError, Severity, has_errors
from .load import LoadedDocument, escape_pointer_token
from .schema_types import SchemaReader
from .validate import HTTP_METHODS

JSON_TYPES = ("application/json",)
_COLLECTION_VERBS = {"post": "create", "get": "list", "put": "update", "patch": "update", "delete": "delete"}
_MEMBER_VERBS = {"get": "retrieve", "post": "update", "put": "update", "patch": "update", "delete": "delete"}
_DEFAULT_PAGE_NAMES = {ir.PageKind.CURSOR_LAST_ID: "LastIdCursorPage", ir.PageKind.CURSOR_ITEM_ID: "CursorPage"}


@dataclass(frozen=True, slots=True)
class BuildResult:
    """The IR and the warnings found while building it."""

    api: ir.Api
    diagnostics: tuple[Diagnostic, ...]


def build_ir(document: LoadedDocument, config: SdkConfig) -> BuildResult:
    """Build the IR; raise `GenerationError` when an operation cannot be expressed."""
    builder = _Builder(document, config)
    api = builder.build()
    if has_errors(builder.diagnostics):
        raise GenerationError(tuple(builder.diagnostics))
    return BuildResult(api, tuple(builder.diagnostics))


def words(text: str) -> str:
    """`text` as lower-case words joined by underscores (`fine-tuning` -> `fine_tuning`)."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return "_".join(w for w in re.split(r"[^A-Za-z0-9]+", text) if w).lower()


@dataclass
class _Node:
    """A resource under construction (the builder's own mutable scratch, not IR)."""

    operations: list[ir.Operation] = field(default_factory=list)
    children: dict[str, _Node] = field(default_factory=dict)


class _Builder:
    def __init__(self, document: LoadedDocument, config: SdkConfig) -> None:
        self.document = document
        self.config = config
        self.reader = SchemaReader(document.data)
        self.diagnostics: list[Diagnostic] = []
        self.overrides = {o.operation_id: o for o in config.overrides}
        self.schemes: dict[str, ir.PageScheme] = {}
        self.request_roots: list[Any] = []
        self.response_roots: list[Any] = []

    def report(self, severity: Severity, pointer: str, message: str, hint: str = "") -> None:
        self.diagnostics.append(Diagnostic(severity, message, self.document.locate(pointer), hint))

    def build(self) -> ir.Api:
        root = _Node()
        paths = self.document.data["paths"]
        for path, item in paths.items():
            for method in HTTP_METHODS:
                if isinstance(item, Mapping) and isinstance(item.get(method), Mapping):
                    self._add(root, path, method, item, paths)
        self._check_unused_overrides()
        info = self.document.data.get("info") or {}
        return ir.Api(
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            description=str(info.get("description", "")),
            resources=self._freeze(root, ()),
            page_schemes=tuple(self.schemes[name] for name in sorted(self.schemes)),
            response_schemas=self.reader.reachable(self.response_roots),
            request_schemas=self.reader.reachable(self.request_roots),
        )

    def _add(self, root: _Node, path: str, method: str, item: Mapping[str, Any], paths: Mapping[str, Any]) -> None:
        pointer = f"/paths/{escape_pointer_token(path)}/{method}"
        operation_spec = item[method]
        operation_id = str(operation_spec.get("operationId") or f"{method}_{words(path)}")
        resource, name = self._place(operation_id, path, method, paths, pointer)
        if resource is None:
            return
        node = root
        for segment in resource:
            node = node.children.setdefault(segment, _Node())
        if any(op.name == name for op in node.operations):
            self.report(
                Severity.ERROR,
                pointer,
                f"{method.upper()} {path} would be a second `{name}` on `{'.'.join(resource)}`",
                f"name it in the SDK config: operations: {{{operation_id}: {{resource: ..., method: ...}}}}",
            )
            return
        node.operations.append(self._operation(operation_id, name, path, method, item, pointer))

    def _place(
        self, operation_id: str, path: str, method: str, paths: Mapping[str, Any], pointer: str
    ) -> tuple[tuple[str, ...] | None, str]:
        override = self.overrides.get(operation_id)
        if override is not None:
            return override.resource, override.method
        segments = [s for s in path.split("/") if s]
        statics = tuple(words(s) for s in segments if not s.startswith("{"))
        if not statics or any(not s for s in statics):
            self.report(
                Severity.ERROR,
                pointer,
                f"cannot derive a resource name from the path {path}",
                f"name it in the SDK config: operations: {{{operation_id}: {{resource: ..., method: ...}}}}",
            )
            return None, ""
        if _is_action(path, segments, paths):
            return statics[:-1], statics[-1]
        verbs = _MEMBER_VERBS if segments[-1].startswith("{") else _COLLECTION_VERBS
        return statics, verbs.get(method, method)

    def _check_unused_overrides(self) -> None:
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
                    self.document.locate(""),
                    "remove the override or fix the operationId",
                )
            )

    def _operation(
        self, operation_id: str, name: str, path: str, method: str, item: Mapping[str, Any], pointer: str
    ) -> ir.Operation:
        spec = item[method]
        arguments = self._parameters(path, item, spec, pointer)
        body = self._body(spec, pointer, arguments)
        response = self._response(spec, pointer)
        page, page_item = self._page(method, arguments, response, pointer)
        return ir.Operation(
            operation_id=operation_id,
            method=method,
            path=path,
            name=name,
            summary=str(spec.get("summary") or "").strip(),
            description=str(spec.get("description") or "").strip(),
            deprecated=spec.get("deprecated") is True,
            arguments=_ordered(path, arguments),
            body=body,
            response=response,
            page=page,
            page_item=page_item,
            pointer=pointer,
        )

    def _parameters(
        self, path: str, item: Mapping[str, Any], spec: Mapping[str, Any], pointer: str
    ) -> list[ir.Parameter]:
        path_pointer = pointer.rsplit("/", 1)[0]
        merged: dict[tuple[str, str], tuple[Mapping[str, Any], str]] = {}
        for where, params in ((path_pointer, item.get("parameters")), (pointer, spec.get("parameters"))):
            for index, raw in enumerate(params or []):
                param = self.reader.resolve(raw)
                merged[(str(param.get("name")), str(param.get("in")))] = (param, f"{where}/parameters/{index}")
        found = []
        for (name, location), (param, where) in merged.items():
            if location not in ("path", "query"):
                self.report(
                    Severity.WARNING,
                    where,
                    f"{location} parameter {name!r} is not supported and is left out",
                    "send it with extra_headers, or describe it as a query parameter",
                )
                continue
            schema = param.get("schema", {})
            self.request_roots.append(schema)
            required = location == "path" or param.get("required") is True
            found.append(
                ir.Parameter(
                    name=name,
                    location=ir.ParamLocation(location),
                    type=self.reader.type_of(schema),
                    required=required,
                    description=_text(param.get("description") or self.reader.resolve(schema).get("description")),
                    pointer=where,
                    example=param["example"] if "example" in param else self.reader.example(schema, full=False),
                )
            )
        return found

    def _body(self, spec: Mapping[str, Any], pointer: str, arguments: list[ir.Parameter]) -> ir.RequestBody | None:
        body = self.reader.resolve(spec.get("requestBody"))
        if not isinstance(body, Mapping):
            return None
        where = f"{pointer}/requestBody"
        content = body.get("content") or {}
        media = next((m for m in JSON_TYPES if m in content), None)
        if media is None:
            self.report(
                Severity.WARNING,
                where,
                f"request body media types {sorted(content)} are not supported yet",
                "the operation is generated without its body; send it with extra_body",
            )
            return None
        schema = content[media].get("schema", {})
        self.request_roots.append(schema)
        resolved = self.reader.resolve(schema)
        properties = resolved.get("properties") if isinstance(resolved, Mapping) else None
        if not isinstance(properties, Mapping):
            self.report(
                Severity.WARNING,
                f"{where}/content/{escape_pointer_token(media)}/schema",
                "a request body that is not an object with properties is not supported yet",
                "the operation is generated without its body; send it with extra_body",
            )
            return None
        required = (
            set(resolved.get("required") or []) if body.get("required") is True or resolved.get("required") else set()
        )
        taken = {p.name for p in arguments}
        for name, sub in properties.items():
            prop_pointer = (
                f"{where}/content/{escape_pointer_token(media)}/schema/properties/{escape_pointer_token(name)}"
            )
            if name in taken:
                self.report(
                    Severity.ERROR,
                    prop_pointer,
                    f"body field {name!r} has the name of a parameter",
                    "rename one of them in the spec",
                )
                continue
            arguments.append(
                ir.Parameter(
                    name=name,
                    location=ir.ParamLocation.BODY,
                    type=self.reader.type_of(sub),
                    required=name in required,
                    description=_text(self.reader.resolve(sub).get("description") if isinstance(sub, Mapping) else ""),
                    pointer=prop_pointer,
                    example=self.reader.example(sub, full=False),
                )
            )
        return ir.RequestBody(media, body.get("required") is True, where)

    def _response(self, spec: Mapping[str, Any], pointer: str) -> ir.Response:
        responses = spec.get("responses") or {}
        for status in sorted(str(s) for s in responses):
            if not status.startswith("2"):
                continue
            response = self.reader.resolve(responses[status])
            content = (response or {}).get("content") or {}
            media = next((m for m in JSON_TYPES if m in content), None)
            if media is None and content:
                self.report(
                    Severity.WARNING,
                    f"{pointer}/responses/{status}",
                    f"response media types {sorted(content)} are returned as raw responses",
                    "use .with_raw_response or .with_streaming_response to read them",
                )
            schema = content[media].get("schema") if media else None
            if schema is not None:
                self.response_roots.append(schema)
            return ir.Response(
                status,
                media or "",
                self.reader.type_of(schema) if schema is not None else None,
                self.reader.example(schema, full=True) if schema is not None else None,
                self.reader.example_schema(schema) if schema is not None else "",
            )
        return ir.Response("200", "", None)

    def _page(
        self, method: str, arguments: list[ir.Parameter], response: ir.Response, pointer: str
    ) -> tuple[ir.PageScheme | None, ir.TypeRef | None]:
        cursor = next((p for p in arguments if p.location is ir.ParamLocation.QUERY and p.name == "after"), None)
        if method != "get" or cursor is None or response.type is None or response.type.kind is not ir.TypeKind.REF:
            return None, None
        schema = self.reader.resolve({"$ref": f"#/components/schemas/{response.type.name}"})
        properties = schema.get("properties") or {}
        items = self.reader.resolve(properties.get("data"))
        if not (isinstance(items, Mapping) and items.get("type") == "array" and "has_more" in properties):
            return None, None
        kind = ir.PageKind.CURSOR_LAST_ID if "last_id" in properties else ir.PageKind.CURSOR_ITEM_ID
        name = self.config.page_names.get(kind.value, _DEFAULT_PAGE_NAMES[kind])
        scheme = ir.PageScheme(
            name, kind, "data", cursor.name, "last_id" if kind is ir.PageKind.CURSOR_LAST_ID else "id", "has_more"
        )
        known = self.schemes.setdefault(name, scheme)
        if known != scheme:
            self.report(
                Severity.ERROR,
                pointer,
                f"two page schemes are both named {name!r}",
                "give them different names under `pagination` in the SDK config",
            )
        return scheme, self.reader.type_of(items.get("items", {}))

    def _freeze(self, node: _Node, path: tuple[str, ...]) -> tuple[ir.Resource, ...]:
        return tuple(
            ir.Resource(
                name=name,
                path=(*path, name),
                description=self._resource_description(child),
                operations=tuple(child.operations),
                children=self._freeze(child, (*path, name)),
            )
            for name, child in node.children.items()
        )

    def _resource_description(self, node: _Node) -> str:
        tags = {
            str(t.get("name")): _text(t.get("description"))
            for t in self.document.data.get("tags") or []
            if isinstance(t, Mapping)
        }
        for operation in node.operations:
            spec = self.reader.resolve(_pointer_get(self.document.data, operation.pointer))
            for tag in spec.get("tags") or []:
                if tags.get(str(tag)):
                    return tags[str(tag)]
        return ""


def _is_action(path: str, segments: list[str], paths: Mapping[str, Any]) -> bool:
    """A static last segment after a parameter is an action unless it is a collection.

    `/responses/{id}/cancel` is an action (`responses.cancel`); `/conversations/{id}/items`
    is a collection, because it has a GET or a member path (`.../items/{item_id}`) below it.
    """
    if len(segments) < 2 or segments[-1].startswith("{") or not segments[-2].startswith("{"):
        return False
    item = paths.get(path) or {}
    if isinstance(item, Mapping) and "get" in item:
        return False
    return not any(other.startswith(path + "/") for other in paths)


def _ordered(path: str, arguments: list[ir.Parameter]) -> tuple[ir.Parameter, ...]:
    order = {name: index for index, name in enumerate(re.findall(r"\{([^{}/]+)\}", path))}
    path_args = sorted(
        (p for p in arguments if p.location is ir.ParamLocation.PATH), key=lambda p: order.get(p.name, 0)
    )
    rest = sorted(
        (p for p in arguments if p.location is not ir.ParamLocation.PATH), key=lambda p: (not p.required, p.name)
    )
    return (*path_args, *rest)


def _text(value: Any) -> str:
    return str(value).strip() if value else ""


def _pointer_get(data: Mapping[str, Any], pointer: str) -> Any:
    node: Any = data
    for token in pointer.split("/")[1:]:
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node
