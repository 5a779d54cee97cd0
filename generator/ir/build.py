"""Build the IR: a normalized, validated `LoadedDocument` + `SdkConfig` -> `ir.Api`.

Every decision about the API's shape is made here, once, and stored on the IR: which
resource and method name each operation gets (`placement`), the order of its arguments,
where each argument travels, whether and how it paginates, which schemas requests and
responses use, what each of those schemas is (`models`), and the client's settings.
Constructs the generator cannot express are reported as diagnostics, never dropped
silently.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import Any

from ..core.diagnostics import Diagnostic, GenerationError, Severity, has_errors
from ..spec.config import SdkConfig
from ..spec.load import LoadedDocument, escape_pointer_token
from ..spec.schema_tree import SCHEMA_PREFIX
from ..spec.validate import resolve_ref
from . import nodes as ir
from .bodies import request_body
from .identity import api_name, identity
from .models import build_models
from .nodes import is_json_media
from .paging import Pager
from .parameters import name_arguments, read_parameters
from .placement import Placement, place_operations
from .schemas import SchemaReader
from .security import plan_security

JSON_TYPES = ("application/json",)
STREAM_TYPE = "text/event-stream"


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
        self.pager = Pager(self.reader, config.page_names, config.page_overrides)
        self.request_roots: list[Any] = []
        self.response_roots: list[Any] = []
        self.security: Mapping[str, ir.Security] = {}

    def report(self, severity: Severity, pointer: str, message: str, hint: str = "") -> None:
        self.diagnostics.append(Diagnostic(severity, message, self.document.locate(pointer), hint))

    def build(self) -> ir.Api:
        root = _Node()
        placements, found = place_operations(self.document, self.config, self.reader)
        self.diagnostics.extend(found)
        named = identity(
            self.document.data, self.config, self.document.locate, fallback=api_name(PurePath(self.document.path).stem)
        )
        self.diagnostics.extend(named.diagnostics)
        ops = [(p.pointer, p.item[p.method]) for p in placements]
        security = plan_security(self.document.data, self.config, ops, named.name.upper(), self.document.locate)
        self.diagnostics.extend(security.diagnostics)
        self.security = security.operations
        for placed in placements:
            node = root
            for segment in placed.resource:
                node = node.children.setdefault(segment, _Node())
            node.operations.append(self._operation(placed))
        schemes = self.pager.finish()
        self.diagnostics.extend(self.pager.diagnostics)
        info = self.document.data.get("info") or {}
        response_schemas = self._model_schemas()
        request_schemas = self.reader.reachable(self.request_roots)
        return ir.Api(
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            description=str(info.get("description", "")),
            client=replace(named.client, security=security.client),
            resources=self._freeze(root, (), schemes),
            page_schemes=tuple(sorted(set(schemes.values()), key=lambda s: s.name)),
            response_schemas=response_schemas,
            request_schemas=request_schemas,
            models=build_models(self.reader, (*response_schemas, *request_schemas)),
            name=named.name,
            license=named.license,
        )

    def _model_schemas(self) -> tuple[str, ...]:
        """Schemas responses use, and those no operation uses at all: the events and
        payloads a spec documents for streams, webhooks or sockets are models too."""
        components = (self.document.data.get("components") or {}).get("schemas") or {}
        used = set(self.reader.reachable([*self.request_roots, *self.response_roots]))
        unused = [{"$ref": f"{SCHEMA_PREFIX}{escape_pointer_token(n)}"} for n in components if n not in used]
        return self.reader.reachable([*self.response_roots, *unused])

    def _operation(self, placed: Placement) -> ir.Operation:
        method, path, pointer = placed.method, placed.path, placed.pointer
        spec = placed.item[method]
        arguments = self._parameters(placed.item, spec, pointer)
        body = request_body(self.reader, self.report, self.request_roots, spec, pointer, arguments)
        arguments = name_arguments(arguments)
        response = self._response(spec, pointer, arguments)
        answer = (self.reader.resolve(spec.get("responses") or {}) or {}).get(response.status)
        page, page_item, item_schema = self.pager.page(
            placed.operation_id, method, arguments, self.reader.resolve(answer), response.content_type
        )
        return ir.Operation(
            operation_id=placed.operation_id,
            method=method,
            path=path,
            name=placed.name,
            summary=str(spec.get("summary") or "").strip(),
            description=str(spec.get("description") or "").strip(),
            deprecated=spec.get("deprecated") is True,
            arguments=_ordered(path, arguments),
            body=body,
            response=response,
            page=page,
            page_item=page_item,
            pointer=pointer,
            query_constants=placed.constants,
            page_item_example_schema=item_schema,
            security=self.security.get(pointer),
        )

    def _parameters(self, item: Mapping[str, Any], spec: Mapping[str, Any], pointer: str) -> list[ir.Parameter]:
        found, roots = read_parameters(self.reader, self.report, item, spec, pointer, self.config.array_format)
        self.request_roots.extend(roots)
        return found

    def _response(self, spec: Mapping[str, Any], pointer: str, arguments: list[ir.Parameter]) -> ir.Response:
        """The first 2xx response, read by its first media type as the spec lists them.

        JSON is parsed into models; any other media type is a binary body returned raw;
        `text/event-stream` beside it is offered through the body's boolean `stream` field.
        """
        responses = spec.get("responses") or {}
        status = next((s for s in sorted(str(s) for s in responses) if s.startswith("2")), None)
        if status is None:
            return ir.Response("200", "", None)
        where = f"{pointer}/responses/{status}"
        content = (self.reader.resolve(responses[status]) or {}).get("content") or {}
        media = next((m for m in content if m != STREAM_TYPE), None)
        schema = content[media].get("schema") if media else None
        if media is None or (media not in JSON_TYPES and not is_json_media(media)):
            result = ir.Response(status, media or "", ir.TypeRef(ir.TypeKind.BINARY) if media else None)
        elif schema is None:
            result = ir.Response(status, media, None)
        else:
            self.response_roots.append(schema)
            result = ir.Response(
                status,
                media,
                self.reader.type_of(schema),
                self.reader.example(schema, full=True),
                self.reader.example_schema(schema),
            )
        if STREAM_TYPE in content:
            return self._stream(
                result, content[STREAM_TYPE], f"{where}/content/{escape_pointer_token(STREAM_TYPE)}", arguments
            )
        return result

    def _stream(
        self, response: ir.Response, media: Mapping[str, Any], where: str, arguments: list[ir.Parameter]
    ) -> ir.Response:
        flag = next(
            (p for p in arguments if p.location is ir.ParamLocation.BODY and p.name == "stream"),
            None,
        )
        schema = media.get("schema") if isinstance(media, Mapping) else None
        if (
            flag is None
            or flag.type.kind is not ir.TypeKind.BOOLEAN
            and ir.TypeRef(ir.TypeKind.BOOLEAN) not in flag.type.variants
        ):
            self.report(
                Severity.WARNING,
                where,
                "a text/event-stream response that no boolean `stream` body field selects is not offered",
                "read it as a raw streamed response, with the request option that selects it",
            )
            return response
        if schema is None:
            self.report(Severity.WARNING, where, "a text/event-stream response without a schema is not offered")
            return response
        self.response_roots.append(schema)
        return replace(
            response,
            stream=self.reader.type_of(schema),
            stream_flag=flag.name,
            stream_example=self.reader.example(schema, full=True),
            stream_example_schema=self.reader.example_schema(schema),
        )

    def _freeze(
        self, node: _Node, path: tuple[str, ...], schemes: Mapping[ir.PageScheme, ir.PageScheme]
    ) -> tuple[ir.Resource, ...]:
        return tuple(
            ir.Resource(
                name=name,
                path=(*path, name),
                description=self._resource_description(child),
                operations=tuple(replace(op, page=schemes[op.page]) if op.page else op for op in child.operations),
                children=self._freeze(child, (*path, name), schemes),
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
            spec = self.reader.resolve(resolve_ref(self.document.data, "#" + operation.pointer))
            for tag in spec.get("tags") or []:
                if tags.get(str(tag)):
                    return tags[str(tag)]
        return ""


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
