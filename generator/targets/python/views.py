"""Views of the Python package: `ir.Api` + the target's settings + model modules -> view-models.

Each template receives one typed view-model (`view_models`) and only prints it. Everything
Python-specific about the package is decided here and in the modules it calls: class and
module names, where each resource module sits, the imports of each module (`imports`),
each method (`method_views`), the TypedDicts of every method's keyword arguments, the
package's example call, and the generated tests (`view_tests`).
"""

from __future__ import annotations

import json
from dataclasses import replace

from ... import ir
from ..naming import file_words, params_type_names, resource_classes
from .imports import ImportBlock, Section, name_order
from .method_views import Method, method_view
from .models import ModelModule
from .names import RESERVED_TYPE_NAMES, identifier, pascal
from .page_views import needs_field, page_runtime, page_typing, page_view
from .settings import PythonSettings
from .docstrings import class_docstring_lines, docstring_lines, literal_lines, text_lines
from .text import one_line, toml_string
from .types import RUNTIME_MODULES, TypeSpeller
from .view_models import (
    ChildView,
    ClientView,
    MethodView,
    OperationParamsView,
    PackageViews,
    PageView,
    ParamsClassView,
    ResourcePackageView,
    ResourceView,
)
from .auth_views import auth_view
from .view_tests import TestFileView, operation_arguments, test_file

_RESPONSE_WRAPPERS = (
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
)


def build_views(
    api: ir.Api, settings: PythonSettings, models: ModelModule, params: ModelModule, spec_name: str
) -> PackageViews:
    """All view-models of the Python package (check `clashes.name_clashes` first)."""
    builder = _ViewBuilder(api, settings, models, params)
    resources, packages, tests = builder.walk(api.resources, ())
    op_params = builder.operation_params(spec_name)
    client = ClientView(
        import_name=settings.import_name,
        distribution=settings.distribution,
        version=settings.version,
        requires_python=settings.requires_python,
        license_toml=f"license = {toml_string(settings.license)}" if settings.license else "",
        title=one_line(api.title),
        summary_toml=toml_string(f"A typed Python client for the {api.title}"),
        client_class=settings.client_class,
        async_client_class=settings.async_client_class,
        error_base=settings.error_base,
        default_base_url=api.client.default_base_url,
        api_key_env=api.client.api_key_env,
        base_url_env=api.client.base_url_env,
        header_prefix=api.client.header_prefix,
        array_format=api.client.array_format,
        header_options=tuple(replace(o, description=one_line(o.description)) for o in api.client.header_options),
        resources=tuple(builder.child_view(r) for r in api.resources),
        pages=tuple(page_view(p) for p in api.page_schemes),
        page_typing=page_typing(api.page_schemes),
        page_runtime=page_runtime(api.page_schemes),
        page_field=needs_field(api.page_schemes),
        spec_name=spec_name,
        model_names=models.names,
        # A request TypedDict named like a response model (`FunctionTool` -> `FunctionToolParam`
        # beside a schema called `FunctionToolParam`) stays in `types.params` only.
        param_names=tuple(n for n in params.names if n not in set(models.names)),
        operation_params=tuple(c.name for c in op_params.classes),
        example=_example(api),
        auth=auth_view(api.client.security),
    )
    return PackageViews(client, resources, packages, tests, op_params)


def params_class_names(methods: list[tuple[tuple[str, ...], str]], taken: frozenset[str] = frozenset()) -> list[str]:
    """`ItemListParams` for `conversations.items.list` (see `naming.params_type_names`)."""
    return params_type_names(methods, pascal, taken)


def _derived(name: str) -> tuple[str, ...]:
    """The classes a resource module defines for the resource class `name`."""
    return (name, f"Async{name}", f"{name}WithRawResponse", f"Async{name}WithRawResponse") + (
        f"{name}WithStreamingResponse",
        f"Async{name}WithStreamingResponse",
    )


class _ViewBuilder:
    def __init__(self, api: ir.Api, settings: PythonSettings, models: ModelModule, params: ModelModule) -> None:
        self.api = api
        self.settings = settings
        self.models = models
        self.params = params
        self.op_params: list[ParamsClassView] = []
        self.op_params_for: list[tuple[tuple[str, ...], str]] = []
        self.op_speller = self.speller()
        # What a resource module may import beside its classes: models, request types, runtime names, pages.
        self.taken = frozenset({*models.names, *params.names, *RESERVED_TYPE_NAMES}) | {
            f"{prefix}{p.name}" for p in api.page_schemes for prefix in ("", "Sync", "Async")
        }
        self.classes = resource_classes(api.resources, pascal, self.taken, _derived)

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
            views.append(self.resource_view(resource))
            if resource.operations:
                tests.append(test_file(resource, self.api.client, self.models))
            if resource.children:
                sub_views, sub_packages, sub_tests = self.walk(resource.children, (*parent, resource.name))
                views += sub_views
                packages += sub_packages
                tests += sub_tests
                packages.append(self.package_view(resource))
        return tuple(views), tuple(packages), tuple(tests)

    def module_path(self, resource: ir.Resource) -> str:
        """`resources/conversations/conversations.py` for a parent, `.../items.py` for a leaf
        (`resources/teams/teams_teams.py` for a child named like its parent)."""
        stems = [identifier(w) for w in file_words(resource.path)]
        parts = ["resources", *stems[:-1]]
        if resource.children:
            parts.append(stems[-1])
        return "/".join([*parts, f"{stems[-1]}.py"])

    def child_view(self, resource: ir.Resource) -> ChildView:
        base = self.classes[resource.path]
        module_file = self.module_path(resource)
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

    def package_view(self, resource: ir.Resource) -> ResourcePackageView:
        own = self.child_view(resource)
        views = [self.child_view(c) for c in resource.children]
        exports = [(v.module.rsplit(".", 1)[1], _classes(v)) for v in views]
        folder, module = self.module_path(resource).rsplit("/", 1)
        exports.append((module[: -len(".py")], _classes(own)))
        path = f"{folder}/__init__.py"
        return ResourcePackageView(path, tuple(exports))

    def resource_view(self, resource: ir.Resource) -> ResourceView:
        speller = self.speller()
        path = self.module_path(resource)
        methods = [method_view(op, speller, self.models) for op in resource.operations]
        for op, method in zip(resource.operations, methods):
            self.record_params(resource, op, method)
        children = tuple(self.child_view(c) for c in resource.children)
        dots = "." * (path.count("/") + 1)
        imports = _imports(dots, speller, methods, children)
        doc = class_docstring_lines(resource.description or f"Operations on {'.'.join(resource.path)}.")
        view = ResourceView(
            path,
            self.child_view(resource),
            text_lines(doc),
            (),
            tuple(m.view for m in methods),
            children,
            docstring=literal_lines(doc),
        )
        mixin = self.settings.mixins.get(".".join(resource.path))
        if mixin is None:
            return replace(view, imports=imports.lines())
        module, name = mixin
        imports.add(f"{dots}{module}", f"Async{name}", name)
        return replace(
            view,
            imports=imports.lines(),
            sync_bases=f"{name}, SyncAPIResource",
            async_bases=f"Async{name}, AsyncAPIResource",
        )

    def record_params(self, resource: ir.Resource, op: ir.Operation, method: Method) -> None:
        """The TypedDict of the method's keyword arguments, for `types/operation_params.py`."""
        keyword = method.view.keyword
        if not keyword:
            return
        params = dict(zip((a.name for a in (*method.view.positional, *keyword)), _signature_order(op)))
        fields = []
        for arg in keyword:
            annotation = self.op_speller.request(params[arg.name].type)
            spelled = f"Required[{annotation}]" if params[arg.name].required else annotation
            fields.append((arg.name, repr(arg.name), spelled))
        functional = False  # keyed by the method's own argument names, always identifiers
        doc = docstring_lines(f"Arguments of `{'.'.join(resource.path)}.{op.name}`.")
        self.op_params.append(ParamsClassView("", tuple(fields), doc, functional, literal_lines(doc)))
        self.op_params_for.append((resource.path, op.name))

    def operation_params(self, spec_name: str) -> OperationParamsView:
        imports = ImportBlock()
        imports.add("typing", *self.op_speller.typing, section=Section.STANDARD)
        # From typing_extensions, as the official SDKs import them: `Required` is not in
        # `typing` before Python 3.11, and the package supports 3.10.
        imports.add("typing_extensions", "Required", "TypedDict", section=Section.THIRD_PARTY)
        if self.op_speller.runtime:
            imports.add(".._types", *self.op_speller.runtime)
        if self.op_speller.used_models:
            imports.add(".models", *self.op_speller.used_models)
        if self.op_speller.used_params:
            imports.add(".params", *self.op_speller.used_params)
        header = f"# File generated from {spec_name} by sdkgen. Do not edit."
        names = params_class_names(self.op_params_for, self.taken)
        classes = tuple(replace(view, name=name) for view, name in zip(self.op_params, names))
        return OperationParamsView(header, imports.lines(), classes)


def _signature_order(op: ir.Operation) -> list[ir.Parameter]:
    """`op`'s arguments in the order of the method's signature: the positional one first."""
    path_args = op.located(ir.ParamLocation.PATH)
    return [*path_args[-1:], *(p for p in op.arguments if not path_args or p is not path_args[-1])]


def _classes(view: ChildView) -> tuple[str, ...]:
    return (
        view.sync_class,
        view.async_class,
        view.sync_raw_class,
        view.async_raw_class,
        view.sync_streaming_class,
        view.async_streaming_class,
    )


def _imports(dots: str, speller: TypeSpeller, methods: list[Method], children: tuple[ChildView, ...]) -> ImportBlock:
    """The imports of a resource module: exactly what its methods and children use."""
    imports = ImportBlock()
    views = [m.view for m in methods]
    typing = set(speller.typing)
    if any(m.casts for m in methods):
        typing |= {"Any", "cast"}
    if any(m.stream for m in views):
        typing |= {"Literal", "overload"}
    imports.add("typing", *typing, section=Section.STANDARD)
    imports.add("functools", "cached_property", section=Section.STANDARD)
    if views:
        imports.add_module("httpx")
        _runtime_imports(imports, dots, views, speller.runtime)
    else:
        imports.add(f"{dots}_resource", "AsyncAPIResource", "SyncAPIResource")
    if speller.used_models:
        imports.add(f"{dots}types.models", *speller.used_models)
    if speller.used_params:
        # Request TypedDicts only annotate arguments: importing them would cost every
        # resource the import of all of them.
        imports.add_guarded(f"{dots}types.params", *speller.used_params)
    for child in children:
        imports.add(f".{child.module.rsplit('.', 1)[1]}", *_classes(child), section=Section.SUBMODULES, ordered=True)
    return imports


def _runtime_imports(imports: ImportBlock, dots: str, methods: list[MethodView], runtime: set[str]) -> None:
    """What the methods' bodies use of the package's runtime."""
    omit = any(a.default for m in methods for a in m.keyword) or any(m.stream for m in methods)
    types = [n for n in runtime if RUNTIME_MODULES[n] == "_types"]
    imports.add(
        f"{dots}_types",
        "Body",
        *types,
        "Headers",
        "NotGiven",
        "Query",
        "not_given",
        *(("Omit", "omit") if omit else ()),
    )
    utils = [
        name
        for name, used in (
            ("header_params", any(m.headers for m in methods)),
            ("path_template", any(m.path_checks for m in methods)),
        )
        if used
    ]
    if utils:
        imports.add(f"{dots}_utils", *utils)
    styles = [
        name
        for name, used in (
            ("cookie_header", any(m.cookies for m in methods)),
            ("path_param", any("path_param(" in m.path_expr for m in methods)),
            ("styled", any(a.value != a.name for m in methods for a in (*m.query, *m.headers, *m.cookies))),
        )
        if used
    ]
    if styles:
        imports.add(f"{dots}_styles", *styles)
    for name in sorted(n for n in runtime if RUNTIME_MODULES[n] != "_types"):
        imports.add(f"{dots}{RUNTIME_MODULES[name]}", name)
    if any(m.stream for m in methods):
        imports.add(f"{dots}_streaming", "AsyncStream", "Stream")
    imports.add(f"{dots}_resource", "AsyncAPIResource", "SyncAPIResource")
    imports.add(f"{dots}_response", *_RESPONSE_WRAPPERS)
    imports.add(f"{dots}_base_client", "make_request_options")
    pages = {c for m in methods if m.page for c in (m.page.sync_class, m.page.async_class)}
    if pages:
        imports.add(f"{dots}_pagination", "AsyncPaginator")
        imports.add(f"{dots}pagination", *sorted(pages))


def _example(api: ir.Api) -> str:
    """A first call to show in the package README: the first list method, else the first method."""
    operations = api.operations()
    chosen = next((op for op in operations if op.page is not None), operations[0] if operations else None)
    return "" if chosen is None else _example_call(api, chosen)


def _example_call(api: ir.Api, op: ir.Operation) -> str:
    chain = next(".".join(identifier(p) for p in r.path) for r in ir.depth_first(api.resources) if op in r.operations)
    names = operation_arguments(op)
    args = [_literal(p.example) for p in op.located(ir.ParamLocation.PATH)[-1:]]
    args += [
        f"{names[p.arg]}={_literal(p.example)}"
        for p in op.arguments
        if p.required and p.location is not ir.ParamLocation.PATH
    ]
    return one_line(f"client.{chain}.{identifier(op.name)}({', '.join(args)})")


def _literal(value: object) -> str:
    """A Python literal for an example value, strings in double quotes as black writes them."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
