"""Views of the Python package: `ir.Api` + the target's settings + model modules -> view-models.

Each template receives one typed view-model (`view_models`) and only prints it. Everything
Python-specific about the package is decided here and in the modules it calls: class and
module names, where each resource module sits, the imports of each module (`imports`),
each method (`method_views`), the TypedDicts of every method's keyword arguments, the
package's example call, and the generated tests (`view_tests`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace

from ... import ir
from ..naming import file_words, resource_classes
from .imports import ImportBlock, Section
from .method_params import MethodParams
from .method_views import Method, method_view
from .models import ModelModule
from .names import RESERVED_TYPE_NAMES, identifier, pascal
from .page_views import needs_field, page_runtime, page_typing, page_view
from .settings import PythonSettings
from .docstrings import class_docstring_lines, literal_lines, text_lines
from .text import one_line, toml_string
from .type_layout import Folder, TypeLayout
from .type_views import init_views, resource_folders
from .types import RUNTIME_MODULES, TypeSpeller
from .view_models import ChildView, ClientView, MethodView, PackageViews, ResourcePackageView, ResourceView
from .conftest_views import conftest_view
from .layout import from_import
from .auth_views import auth_view
from .view_tests import TestFileView, operation_arguments, test_file

_RESPONSE_WRAPPERS = (
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
)


def build_views(
    api: ir.Api,
    settings: PythonSettings,
    models: ModelModule,
    params: ModelModule,
    spec_name: str,
    layout: TypeLayout,
    groups: Mapping[str, Folder],
) -> tuple[PackageViews, TypeLayout]:
    """All view-models of the Python package (check `clashes.name_clashes` first), and the
    type layout with the methods' arguments modules added."""
    builder = _ViewBuilder(api, settings, models, params, layout)
    resources, packages, tests = builder.walk(api.resources, ())
    header = f"# File generated from {spec_name} by sdkgen. Do not edit."
    package = settings.import_name
    method_params, layout = builder.method_params.views(layout, builder.taken, header, package, groups)
    auth = auth_view(api.client.security)
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
        example=_example(api),
        auth=auth,
        conftest=conftest_view(settings.client_class, settings.async_client_class, auth.test_credentials),
    )
    views = PackageViews(client, resources, packages, tests, method_params, init_views(layout, header, package))
    return views, layout


def _derived(name: str) -> tuple[str, ...]:
    """The classes a resource module defines for the resource class `name`."""
    return (name, f"Async{name}", f"{name}WithRawResponse", f"Async{name}WithRawResponse") + (
        f"{name}WithStreamingResponse",
        f"Async{name}WithStreamingResponse",
    )


class _ViewBuilder:
    def __init__(
        self, api: ir.Api, settings: PythonSettings, models: ModelModule, params: ModelModule, layout: TypeLayout
    ) -> None:
        self.api = api
        self.settings = settings
        self.models = models
        self.params = params
        self.layout = layout
        self.folders = resource_folders(api)
        self.method_params = MethodParams(self.speller)
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
                tests.append(test_file(resource, self.api.client, self.models, self.settings.import_name))
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

    def lazy_events(self, op: ir.Operation, method: Method, speller: TypeSpeller, dots: str) -> Method:
        """`method` importing its stream's event types in its body, unless the module imports them."""
        stream = method.view.stream
        if stream is None or op.response.stream is None:
            return method
        events = self.speller()
        events.response(op.response.stream)
        lazy = sorted(events.used_models - speller.used_models)
        lines = tuple(from_import(f"{dots}types.{self.layout.module(n, request=False)}", (n,), 8) for n in lazy)
        return replace(method, view=replace(method.view, stream=replace(stream, event_imports=lines)))

    def resource_view(self, resource: ir.Resource) -> ResourceView:
        speller = self.speller()
        path = self.module_path(resource)
        methods = [method_view(op, speller, self.models) for op in resource.operations]
        for op, method in zip(resource.operations, methods):
            self.method_params.record(resource, op, method, self.folders[resource.path])
        children = tuple(self.child_view(c) for c in resource.children)
        dots = "." * (path.count("/") + 1)
        methods = [self.lazy_events(op, method, speller, dots) for op, method in zip(resource.operations, methods)]
        imports = _imports(dots, speller, methods, children, self.layout)
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


def _classes(view: ChildView) -> tuple[str, ...]:
    return (
        view.sync_class,
        view.async_class,
        view.sync_raw_class,
        view.async_raw_class,
        view.sync_streaming_class,
        view.async_streaming_class,
    )


def _imports(
    dots: str,
    speller: TypeSpeller,
    methods: list[Method],
    children: tuple[ChildView, ...],
    layout: TypeLayout,
) -> ImportBlock:
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
        imports.add_module("httpx2")
        _runtime_imports(imports, dots, views, speller.runtime)
    else:
        imports.add(f"{dots}_resource", "AsyncAPIResource", "SyncAPIResource")
    for name in sorted(speller.used_models):
        imports.add(f"{dots}types.{layout.module(name, request=False)}", name)
    # Stream events only annotate here; each streaming method imports them in its body.
    for name in sorted(speller.stream_models - speller.used_models):
        imports.add_guarded(f"{dots}types.{layout.module(name, request=False)}", name)
    # Request TypedDicts only annotate arguments: importing them would cost the resource the
    # import of their modules.
    for name in sorted(speller.used_params):
        imports.add_guarded(f"{dots}types.{layout.module(name, request=True)}", name)
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
