"""Stage 5, views: `ir.Api` + `SdkConfig` + model modules -> Python view-models.

Each template receives one typed view-model (a frozen dataclass) and only prints it.
Everything Python-specific is decided here: identifiers, class and module names, import
lines, annotations, default values, docstring text (escaped so spec text can never close
it), literal test inputs and the exact requests the generated tests expect.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from ... import ir
from ...spec.config import HeaderOption, SdkConfig
from .models import ModelModule
from ...ir.naming import params_type_names
from .names import identifier, pascal
from .types import RUNTIME_MODULES, TypeSpeller
from .view_tests import TestFileView, operation_arguments, test_file
from .text import docstring_lines, one_line, toml_string


@dataclass(frozen=True, slots=True)
class ArgumentView:
    """One method argument: its Python name, wire name, annotation and docs."""

    name: str
    wire: str
    wire_literal: str
    annotation: str
    default: str
    doc: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PageUse:
    """How a list method builds its page: page classes and the item type."""

    sync_class: str
    async_class: str
    item: str
    model_expr: str


@dataclass(frozen=True, slots=True)
class StreamUse:
    """How a method offers server-sent events: the flag argument and the stream types.

    The method is rendered as three overloads (flag false or omitted: `returns`; flag
    true: the stream; flag a `bool`: either) and one implementation.
    """

    flag: str
    event: str
    sync_class: str  # `Stream[ResponseStreamEvent]`
    async_class: str


@dataclass(frozen=True, slots=True)
class MethodView:
    """One resource method, rendered once for the sync and once for the async class.

    `multipart` sends the body as `multipart/form-data`; `headers` are arguments sent
    as request headers; `stream` is set when the caller may ask for server-sent events.
    """

    name: str
    http: str
    doc: tuple[str, ...]
    positional: tuple[ArgumentView, ...]
    keyword: tuple[ArgumentView, ...]
    path_checks: tuple[ArgumentView, ...]
    path_expr: str
    body: tuple[ArgumentView, ...]
    query: tuple[ArgumentView, ...]
    headers: tuple[ArgumentView, ...]
    multipart: bool
    returns: str
    cast_to: str
    cast_result: bool
    page: PageUse | None
    stream: StreamUse | None


@dataclass(frozen=True, slots=True)
class ChildView:
    """A sub-resource reached as an attribute of its parent resource."""

    attr: str
    module: str
    sync_class: str
    async_class: str
    sync_raw_class: str
    async_raw_class: str
    sync_streaming_class: str
    async_streaming_class: str
    description: str


@dataclass(frozen=True, slots=True)
class ResourceView:
    """One resource module: its classes, methods, sub-resources and imports.

    `sync_bases`/`async_bases` are the base class lists, a hand-written mixin from
    `lib/` first when the SDK config names one for this resource.
    """

    path: str
    names: ChildView
    doc: tuple[str, ...]
    imports: tuple[str, ...]
    methods: tuple[MethodView, ...]
    children: tuple[ChildView, ...]
    sync_bases: str = "SyncAPIResource"
    async_bases: str = "AsyncAPIResource"


@dataclass(frozen=True, slots=True)
class ResourcePackageView:
    """`resources/<name>/__init__.py`: re-exports of a resource package."""

    path: str
    exports: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class PageView:
    """One page scheme as sync and async page classes."""

    name: str
    items_field: str
    cursor_param: str
    cursor_field: str
    has_more_field: str
    from_last_item: bool


@dataclass(frozen=True, slots=True)
class ClientView:
    """The client module, `__init__`, package metadata and runtime templates."""

    import_name: str
    distribution: str
    version: str
    title: str  # escaped for docstrings and Markdown
    summary_toml: str  # a TOML string literal
    client_class: str
    async_client_class: str
    error_base: str
    default_base_url: str
    api_key_env: str
    base_url_env: str
    header_prefix: str
    array_format: str
    header_options: tuple[HeaderOption, ...]  # descriptions escaped for docstrings
    resources: tuple[ChildView, ...]
    pages: tuple[PageView, ...]
    page_typing: str  # what `pagination.py` imports from typing
    spec_name: str
    model_names: tuple[str, ...]
    param_names: tuple[str, ...]
    operation_params: tuple[str, ...]
    example: str


@dataclass(frozen=True, slots=True)
class ParamsClassView:
    """One TypedDict of a method's keyword arguments, keyed by wire names.

    `functional` is set when a wire name is not a usable identifier, so the class must be
    spelled `Name = TypedDict("Name", {...}, total=False)`.
    """

    name: str
    fields: tuple[tuple[str, str, str], ...]  # (wire name, its string literal, annotation)
    doc: tuple[str, ...]
    functional: bool


@dataclass(frozen=True, slots=True)
class OperationParamsView:
    """TypedDicts of every method's keyword arguments (`ItemListParams`)."""

    header: str
    imports: tuple[str, ...]
    classes: tuple[ParamsClassView, ...]


@dataclass(frozen=True, slots=True)
class PackageViews:
    """Every view the Python target renders."""

    client: ClientView
    resources: tuple[ResourceView, ...]
    packages: tuple[ResourcePackageView, ...]
    tests: tuple[TestFileView, ...]
    operation_params: OperationParamsView


# Public attributes of the generated clients and resources that a resource or method
# name must not shadow (header options are added from the config).
CLIENT_ATTRIBUTES = frozenset(
    {
        "api_key",
        "auth_headers",
        "base_url",
        "close",
        "copy",
        "default_headers",
        "default_query",
        "delete",
        "get",
        "get_api_list",
        "is_closed",
        "max_retries",
        "patch",
        "post",
        "put",
        "request",
        "timeout",
        "user_agent",
        "with_options",
        "with_raw_response",
        "with_streaming_response",
    }
)
RESOURCE_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})


def name_clashes(api: ir.Api, config: SdkConfig) -> list[tuple[str, str, str]]:
    """(pointer, message, hint) for each resource or method name a generated class already uses."""
    options = {o.param for o in config.header_options}
    reserved = CLIENT_ATTRIBUTES | options
    found = []
    for resource in api.resources:
        if identifier(resource.name) in reserved:
            found.append(
                (
                    next((op.pointer for r in ir.depth_first((resource,)) for op in r.operations), ""),
                    f"the resource `{resource.name}` would hide the client attribute of that name",
                    (
                        "rename the header option in the SDK config"
                        if identifier(resource.name) in options
                        else "move its operations to another resource with `operations:` overrides in the SDK config"
                    ),
                )
            )
    paths = {".".join(r.path) for r in ir.depth_first(api.resources)}
    for missing in sorted(set(config.python.mixins) - paths):
        found.append(
            ("", f"the SDK config names a mixin for `{missing}`, which is not a resource", "fix python.mixins")
        )
    for resource in ir.depth_first(api.resources):
        children = {identifier(c.name) for c in resource.children}
        for op in resource.operations:
            name = identifier(op.name)
            if name in RESOURCE_ATTRIBUTES or name in children:
                found.append(
                    (
                        op.pointer,
                        f"the method `{'.'.join(resource.path)}.{name}` would hide an attribute",
                        "rename it with an `operations:` override in the SDK config",
                    )
                )
    return found


def build_views(
    api: ir.Api, config: SdkConfig, models: ModelModule, params: ModelModule, spec_name: str
) -> PackageViews:
    """All view-models of the Python package (check `name_clashes` first)."""
    builder = _ViewBuilder(api, config, models, params)
    resources, packages, tests = builder.walk(api.resources, ())
    op_params = builder.operation_params(spec_name)
    py = config.python
    client = ClientView(
        import_name=py.import_name,
        distribution=py.distribution,
        version=py.version,
        title=one_line(api.title),
        summary_toml=toml_string(f"A typed Python client for the {api.title}"),
        client_class=py.client_class,
        async_client_class=py.async_client_class,
        error_base=py.error_base,
        default_base_url=config.default_base_url,
        api_key_env=config.api_key_env,
        base_url_env=config.base_url_env,
        header_prefix=config.header_prefix,
        array_format=config.array_format,
        header_options=tuple(replace(o, description=one_line(o.description)) for o in config.header_options),
        resources=tuple(builder.child_view(r, ("resources",)) for r in api.resources),
        pages=tuple(_page_view(p) for p in api.page_schemes),
        page_typing=_page_typing(api.page_schemes),
        spec_name=spec_name,
        model_names=models.names,
        # A request TypedDict named like a response model (`FunctionTool` -> `FunctionToolParam`
        # beside a schema called `FunctionToolParam`) stays in `types.params` only.
        param_names=tuple(n for n in params.names if n not in set(models.names)),
        operation_params=tuple(c.name for c in op_params.classes),
        example=builder.example(),
    )
    return PackageViews(client, resources, packages, tests, op_params)


def _typing_order(names: set[str]) -> list[str]:
    """`typing` names as the generated imports list them: classes first, then functions."""
    return sorted(names, key=lambda n: (n[0].islower(), n))


def _page_typing(schemes: tuple[ir.PageScheme, ...]) -> str:
    names = {"Generic", "List", "Optional", "TypeVar"}
    if any(s.kind is ir.PageKind.CURSOR_ITEM_ID for s in schemes):
        names |= {"Any", "cast"}
    return ", ".join(_typing_order(names))


def _page_view(scheme: ir.PageScheme) -> PageView:
    return PageView(
        scheme.name,
        scheme.items_field,
        scheme.cursor_param,
        scheme.cursor_field,
        scheme.has_more_field,
        scheme.kind is ir.PageKind.CURSOR_ITEM_ID,
    )


class _ViewBuilder:
    def __init__(self, api: ir.Api, config: SdkConfig, models: ModelModule, params: ModelModule) -> None:
        self.api = api
        self.config = config
        self.models = models
        self.params = params
        self.op_params: list[ParamsClassView] = []
        self.op_params_for: list[tuple[tuple[str, ...], str]] = []
        self.op_speller = self.speller()

    def speller(self) -> TypeSpeller:
        return TypeSpeller(
            frozenset(self.models.names), frozenset(self.params.names), self.models.literals | self.params.literals
        )

    def walk(
        self, resources: tuple[ir.Resource, ...], parent: tuple[str, ...]
    ) -> tuple[tuple[ResourceView, ...], tuple[ResourcePackageView, ...], tuple[TestFileView, ...]]:
        views: list[ResourceView] = []
        packages: list[ResourcePackageView] = []
        tests: list[TestFileView] = []
        for resource in resources:
            folder = ("resources", *parent)
            views.append(self.resource_view(resource, folder))
            if resource.operations:
                tests.append(test_file(resource, self.config, self.models))
            if resource.children:
                sub_views, sub_packages, sub_tests = self.walk(resource.children, (*parent, resource.name))
                views += sub_views
                packages += sub_packages
                tests += sub_tests
                packages.append(self.package_view(resource, folder))
        return tuple(views), tuple(packages), tuple(tests)

    def module_path(self, resource: ir.Resource, folder: tuple[str, ...]) -> str:
        """`resources/conversations/conversations.py` for a parent, `.../items.py` for a leaf."""
        name = identifier(resource.name)
        parts = [*(identifier(f) if f != "resources" else f for f in folder)]
        if resource.children:
            parts.append(name)
        return "/".join([*parts, f"{name}.py"])

    def child_view(self, resource: ir.Resource, folder: tuple[str, ...]) -> ChildView:
        base = pascal(resource.name)
        module_file = self.module_path(resource, folder)
        module = module_file[: -len(".py")].replace("/", ".")
        if resource.children:
            module = module.rsplit(".", 1)[0]
        return ChildView(
            attr=identifier(resource.name),
            module=module,
            sync_class=base,
            async_class=f"Async{base}",
            sync_raw_class=f"{base}WithRawResponse",
            async_raw_class=f"Async{base}WithRawResponse",
            sync_streaming_class=f"{base}WithStreamingResponse",
            async_streaming_class=f"Async{base}WithStreamingResponse",
            description=one_line(resource.description),
        )

    def package_view(self, resource: ir.Resource, folder: tuple[str, ...]) -> ResourcePackageView:
        own = self.child_view(resource, folder)
        inner = (*folder, resource.name)
        exports = [(identifier(c.name), _classes(self.child_view(c, inner))) for c in resource.children]
        exports.append((identifier(resource.name), _classes(own)))
        path = "/".join([*(identifier(f) if f != "resources" else f for f in inner), "__init__.py"])
        return ResourcePackageView(path, tuple(exports))

    def resource_view(self, resource: ir.Resource, folder: tuple[str, ...]) -> ResourceView:
        speller = self.speller()
        path = self.module_path(resource, folder)
        methods = tuple(self.method_view(resource, op, speller) for op in resource.operations)
        inner = (*folder, resource.name)
        children = tuple(self.child_view(c, inner) for c in resource.children)
        dots = "." * (path.count("/") + 1)
        imports = _imports(dots, speller, methods, children)
        text = resource.description or f"Operations on {'.'.join(resource.path)}."
        view = ResourceView(path, self.child_view(resource, folder), docstring_lines(text), imports, methods, children)
        mixin = self.config.python.mixins.get(".".join(resource.path))
        if mixin is None:
            return view
        module, name = mixin
        return replace(
            view,
            imports=(*imports, f"from {dots}{module} import Async{name}, {name}"),
            sync_bases=f"{name}, SyncAPIResource",
            async_bases=f"Async{name}, AsyncAPIResource",
        )

    def method_view(self, resource: ir.Resource, op: ir.Operation, speller: TypeSpeller) -> MethodView:
        path_args = op.located(ir.ParamLocation.PATH)
        names = operation_arguments(op)
        args = {p.name: self.argument(p, names[p.name], speller) for p in op.arguments}
        positional = tuple(args[p.name] for p in path_args[-1:])
        keyword = tuple(args[p.name] for p in op.arguments if not path_args or p is not path_args[-1])
        self.record_params(resource, op, keyword)
        returns, cast_to, page = self.returns(op, speller)
        doc = _method_doc(op, [*positional, *keyword])
        return MethodView(
            name=identifier(op.name),
            http=op.method,
            doc=doc,
            positional=positional,
            keyword=keyword,
            path_checks=tuple(args[p.name] for p in path_args),
            path_expr=_path_expr(op, args),
            body=tuple(args[p.name] for p in op.located(ir.ParamLocation.BODY)),
            query=tuple(args[p.name] for p in op.located(ir.ParamLocation.QUERY)),
            headers=tuple(args[p.name] for p in op.located(ir.ParamLocation.HEADER)),
            multipart=op.body is not None and op.body.content_type == "multipart/form-data",
            returns=returns,
            cast_to=cast_to,
            cast_result=cast_to.startswith("cast("),
            page=page,
            stream=self.stream_use(op, names, speller),
        )

    def stream_use(self, op: ir.Operation, names: dict[str, str], speller: TypeSpeller) -> StreamUse | None:
        if op.response.stream is None:
            return None
        event = speller.response(op.response.stream)
        return StreamUse(names[op.response.stream_flag], event, f"Stream[{event}]", f"AsyncStream[{event}]")

    def argument(self, param: ir.Parameter, name: str, speller: TypeSpeller) -> ArgumentView:
        annotation = speller.request(param.type)
        if not param.required:
            annotation, default = f"{annotation} | Omit", "omit"
        else:
            default = ""
        return ArgumentView(
            name,
            param.name,
            repr(param.name),
            annotation,
            default,
            docstring_lines(param.description),
        )

    def returns(self, op: ir.Operation, speller: TypeSpeller) -> tuple[str, str, PageUse | None]:
        if op.page is not None and op.page_item is not None:
            item = speller.response(op.page_item)
            model = f"cast(Any, {item})" if item in self.models.aliases else item
            use = PageUse(f"Sync{op.page.name}", f"Async{op.page.name}", item, model)
            return f"Sync{op.page.name}[{item}]", "", use
        if op.response.type is None:
            return "None", "type(None)", None
        spelled = speller.response(op.response.type)
        plain = (spelled in self.models.names and spelled not in self.models.aliases) or spelled in speller.runtime
        return spelled, spelled if plain else f"cast(Any, {spelled})", None

    def record_params(self, resource: ir.Resource, op: ir.Operation, keyword: tuple[ArgumentView, ...]) -> None:
        if not keyword:
            return
        params = {p.name: p for p in op.arguments}
        fields = []
        for arg in keyword:
            annotation = self.op_speller.request(params[arg.wire].type)
            spelled = f"Required[{annotation}]" if params[arg.wire].required else annotation
            fields.append((arg.wire, arg.wire_literal, spelled))
        functional = any(identifier(wire) != wire for wire, _, _ in fields)
        doc = docstring_lines(f"Arguments of `{'.'.join(resource.path)}.{op.name}`.")
        self.op_params.append(ParamsClassView("", tuple(fields), doc, functional))
        self.op_params_for.append((resource.path, op.name))

    def operation_params(self, spec_name: str) -> OperationParamsView:
        typing = sorted({*self.op_speller.typing, "TypedDict", "Required"})
        imports = [f"from typing import {', '.join(typing)}", ""]
        used_models = sorted(self.op_speller.used_models)
        used_params = sorted(self.op_speller.used_params)
        if used_models:
            imports.append(f"from .models import {', '.join(used_models)}")
        if used_params:
            imports.append(f"from .params import {', '.join(used_params)}")
        if self.op_speller.runtime:
            imports.insert(2, f"from .._types import {', '.join(sorted(self.op_speller.runtime))}")
        header = f"# File generated from {spec_name} by sdkgen. Do not edit."
        names = params_class_names(self.op_params_for)
        classes = tuple(replace(view, name=name) for view, name in zip(self.op_params, names))
        return OperationParamsView(header, tuple(imports), classes)

    def example(self) -> str:
        """A first call to show in the package README."""
        for op in self.api.operations():
            if op.page is not None:
                return _example_call(self.api, op)
        operations = self.api.operations()
        return _example_call(self.api, operations[0]) if operations else ""


def params_class_names(methods: list[tuple[tuple[str, ...], str]]) -> list[str]:
    """`ItemListParams` for `conversations.items.list` (see `naming.params_type_names`)."""
    return params_type_names(methods, pascal)


def _classes(view: ChildView) -> tuple[str, ...]:
    return (
        view.sync_class,
        view.async_class,
        view.sync_raw_class,
        view.async_raw_class,
        view.sync_streaming_class,
        view.async_streaming_class,
    )


def _path_expr(op: ir.Operation, args: dict[str, ArgumentView]) -> str:
    """The request path; constant query parameters of the spec's path key ride along."""
    path = op.request_path
    path_args = op.located(ir.ParamLocation.PATH)
    if not path_args:
        return repr(path)
    for param in path_args:
        path = path.replace("{" + param.name + "}", "{" + args[param.name].name + "}")
    values = ", ".join(f"{args[p.name].name}={args[p.name].name}" for p in path_args)
    return f"path_template({path!r}, {values})"


def _method_doc(op: ir.Operation, args: list[ArgumentView]) -> tuple[str, ...]:
    text = "\n\n".join(t for t in (op.summary, op.description) if t) or f"{op.method.upper()} {op.path}"
    lines = list(docstring_lines(text))
    if op.deprecated:
        lines += ["", "Deprecated: the API may remove this operation."]
    lines += ["", "Args:"]
    for arg in args:
        if arg.doc:
            lines += [f"  {arg.name}: {arg.doc[0]}", *(f"      {d}" if d else "" for d in arg.doc[1:]), ""]
    lines += [
        "  extra_headers: Send extra headers",
        "",
        "  extra_query: Add additional query parameters to the request",
        "",
        "  extra_body: Add additional JSON properties to the request",
        "",
        "  timeout: Override the client-level default timeout for this request, in seconds",
    ]
    return tuple(lines)


def _imports(
    dots: str, speller: TypeSpeller, methods: tuple[MethodView, ...], children: tuple[ChildView, ...]
) -> tuple[str, ...]:
    """The import lines of a resource module: exactly what its methods and children use."""
    typing = set(speller.typing)
    if any(m.cast_result or (m.page and m.page.model_expr.startswith("cast(")) for m in methods):
        typing |= {"Any", "cast"}
    if any(m.stream for m in methods):
        typing |= {"Literal", "overload"}
    lines = []
    if typing:
        lines.append(f"from typing import {', '.join(_typing_order(typing))}")
    lines.append("from functools import cached_property")
    if methods:
        lines += ["", "import httpx", "", *_method_imports(dots, methods, speller.runtime)]
    else:
        lines += ["", f"from {dots}_resource import AsyncAPIResource, SyncAPIResource"]
    if speller.used_models:
        lines.append(f"from {dots}types.models import {', '.join(sorted(speller.used_models))}")
    if speller.used_params:
        # Request TypedDicts only annotate arguments: importing them would cost every
        # resource the import of all of them.
        typing_line = next((i for i, line in enumerate(lines) if line.startswith("from typing import ")), None)
        if typing_line is None:
            lines.insert(0, "from typing import TYPE_CHECKING")
        else:
            names = {*lines[typing_line][len("from typing import ") :].split(", "), "TYPE_CHECKING"}
            lines[typing_line] = f"from typing import {', '.join(_typing_order(names))}"
        lines += [
            "",
            "if TYPE_CHECKING:",
            f"    from {dots}types.params import {', '.join(sorted(speller.used_params))}",
        ]
    for child in children:
        module = child.module.rsplit(".", 1)[1]
        lines.append(f"from .{module} import {', '.join(_classes(child))}")
    return tuple(lines)


def _method_imports(dots: str, methods: tuple[MethodView, ...], runtime: set[str]) -> list[str]:
    omit = any(a.default for m in methods for a in m.keyword) or any(m.stream for m in methods)
    types = ["Body", *sorted(n for n in runtime if RUNTIME_MODULES[n] == "_types"), "Headers"]
    types += ["Omit", "NotGiven", "Query", "not_given", "omit"] if omit else ["NotGiven", "Query", "not_given"]
    lines = [f"from {dots}_types import {', '.join(types)}"]
    utils = [
        name
        for name, used in (
            ("header_params", any(m.headers for m in methods)),
            ("path_template", any(m.path_checks for m in methods)),
        )
        if used
    ]
    if utils:
        lines.append(f"from {dots}_utils import {', '.join(utils)}")
    lines += [f"from {dots}{RUNTIME_MODULES[n]} import {n}" for n in sorted(runtime) if RUNTIME_MODULES[n] != "_types"]
    if any(m.stream for m in methods):
        lines.append(f"from {dots}_streaming import AsyncStream, Stream")
    lines += [
        f"from {dots}_resource import AsyncAPIResource, SyncAPIResource",
        f"from {dots}_response import (\n    async_to_raw_response_wrapper,\n    async_to_streamed_response_wrapper,"
        f"\n    to_raw_response_wrapper,\n    to_streamed_response_wrapper,\n)",
        f"from {dots}_base_client import make_request_options",
    ]
    pages = sorted({c for m in methods if m.page for c in (m.page.sync_class, m.page.async_class)})
    if pages:
        lines.append(f"from {dots}_pagination import AsyncPaginator")
        lines.append(f"from {dots}pagination import {', '.join(pages)}")
    return lines


def _example_call(api: ir.Api, op: ir.Operation) -> str:
    chain = next(".".join(identifier(p) for p in r.path) for r in ir.depth_first(api.resources) if op in r.operations)
    names = operation_arguments(op)
    args = [_literal(p.example) for p in op.located(ir.ParamLocation.PATH)[-1:]]
    args += [
        f"{names[p.name]}={_literal(p.example)}"
        for p in op.arguments
        if p.required and p.location is not ir.ParamLocation.PATH
    ]
    return one_line(f"client.{chain}.{identifier(op.name)}({', '.join(args)})")


def _literal(value: object) -> str:
    """A Python literal for an example value, strings in double quotes as black writes them."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
