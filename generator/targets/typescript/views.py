"""Views of the TypeScript package: the client, one module per resource, the page classes.

Everything TypeScript-specific about an operation is decided here: the method's name and
parameters (the last path parameter positional, every other argument a field of one
`params`/`body`/`query` object named `<Resource><Method>Params`, as the official Node
SDK has them), which fields travel in the path, query, headers and body, the request
options the method hands the runtime, its return type, and the imports of each module;
which types each resource module declares and re-exports through its namespace
(`type_modules`, `namespace_views`), and the client's statics and namespace.
"""

from __future__ import annotations

import json

from dataclasses import dataclass

from ... import ir
from ...ir.naming import words
from ..naming import file_words, params_type_names, resource_classes
from .auth_views import AuthView, auth_view
from .imports import ImportBlock
from .method_body import MethodPlan, MethodView, ParamsView, field_key
from .model_views import DeclarationView, ModelsView, declaration, models_view
from .names import camel, pascal
from .namespace_views import Exported, alias_lines, export_lines, resource_namespace
from .package_views import exports_json
from .page_views import PageView, page_aliases, page_view, runtime_names
from .settings import TypeScriptSettings
from .text import jsdoc_lines, literal, wrapped
from .type_modules import TypeModules, relative_module, type_modules
from .types import TypeSpeller

# Names a resource class may not take: the globals and runtime names the client, index and
# resource modules use (page classes, and the client and error classes, are added per package).
TAKEN_CLASS_NAMES = frozenset(
    {"Array", "Blob", "Error", "File", "FormData", "Headers", "Object", "Promise", "Record", "Response", "URL"}
    | {"APIResource", "APIPromise", "AbstractPage", "PagePromise", "RequestOptions", "Stream", "Uploadable"}
    | {"BaseClient", "ClientOptions", "ApiKeySetter", "Errors", "HeadersLike"}
    | {"APIError", "APIConnectionError", "APIConnectionTimeoutError", "APIUserAbortError", "NotFoundError"}
    | {"ConflictError", "RateLimitError", "BadRequestError", "AuthenticationError", "InternalServerError"}
    | {"PermissionDeniedError", "UnprocessableEntityError", "Logger", "LogLevel"}
    | {"QueryArgument", "OptionsInQuery", "requestOptionsInQuery"}
)


@dataclass(frozen=True, slots=True)
class ChildView:
    """A resource reached as a property of its parent (or of the client)."""

    attr: str
    class_name: str
    module: str  # import path relative to the module that holds the property
    doc: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ResourceView:
    """One resource module: its class, methods, sub-resources, argument interfaces, imports."""

    path: str
    class_name: str
    doc: tuple[str, ...]
    imports: tuple[str, ...]
    methods: tuple[MethodView, ...]
    children: tuple[ChildView, ...]
    params: tuple[ParamsView, ...]
    declarations: tuple[DeclarationView, ...] = ()  # the types declared beside the resource (`ir.homes`)
    types: tuple[str, ...] = ()  # every type the module declares: `declarations`, then `params`
    statics: tuple[str, ...] = ()  # `Conversations.Items = Items;`: each child's class as a static
    namespace: tuple[str, ...] = ()  # the lines inside `export declare namespace <class_name> { ... }`


@dataclass(frozen=True, slots=True)
class HeaderOptionView:
    """A client option sent as a header when set."""

    option: str
    header: str
    env: str
    doc: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExportView:
    """What `src/index.ts` re-exports from one resource module: the class of a top-level
    resource, and the argument types; `lines` are the export statements."""

    module: str
    classes: tuple[str, ...]
    types: tuple[str, ...]

    @property
    def lines(self) -> tuple[str, ...]:
        """`export { ... } from` and `export type { ... } from`, wrapped to the line length."""
        found: tuple[str, ...] = ()
        for keyword, names in (("export { ", self.classes), ("export type { ", self.types)):
            if names:
                found += wrapped(keyword, list(names), f" }} from '{self.module}';", "")
        return found


@dataclass(frozen=True, slots=True)
class ClientView:
    """The client module, the index, the package files and the runtime templates."""

    header: str  # the line every generated file starts with (a `//` comment's text)
    package: str
    version: str
    license_json: str  # the licence as a JSON string, or '' when the package has none
    title: str
    description: str
    client_class: str
    error_base: str
    default_base_url: str
    api_key_env: str
    base_url_env: str
    header_prefix: str | None  # None: the SDK sends no telemetry headers
    array_format: str
    header_options: tuple[HeaderOptionView, ...]
    resources: tuple[ChildView, ...]
    pages: tuple[PageView, ...]
    exports: tuple[ExportView, ...]
    example: str
    auth: AuthView
    page_runtime: tuple[str, ...] = ()  # what `src/pagination.ts` imports from `core/pagination.js`
    type_imports: tuple[str, ...] = ()  # what the client's namespace needs: page classes, type modules
    statics: tuple[str, ...] = ()  # `OpenAI.Conversations = Conversations;`: resource and page classes
    namespace: tuple[str, ...] = ()  # the lines inside `export declare namespace <client_class> { ... }`
    package_exports: str = ""  # package.json's `exports` object as JSON (`package_views`)
    log_env: str = ""  # the environment variable of the log level
    idempotency_header: str | None = None  # None: requests send no idempotency key


@dataclass(frozen=True, slots=True)
class PackageViews:
    """Every view the TypeScript target renders (tests and models come separately)."""

    client: ClientView
    resources: tuple[ResourceView, ...]
    shared: ModelsView = ModelsView((), False)  # the shared module (`resources/shared.ts`)


def module_path(resource: ir.Resource) -> str:
    """`resources/conversations/conversations.ts` for a parent, `.../items.ts` for a leaf
    (relative to `src/`; names in kebab-case, as the official Node SDK names files; a child
    named like its parent is `teams/teams-teams.ts`)."""
    parts = [_kebab(p) for p in file_words(resource.path)]
    if resource.children:
        parts.append(parts[-1])
    return "/".join(["resources", *parts]) + ".ts"


def build_views(
    api: ir.Api, ts: TypeScriptSettings, names: dict[str, str], nullable: frozenset[str], header: str
) -> PackageViews:
    """All view-models of the TypeScript package but the tests (`names`: each schema's type
    name; `nullable`: the object schemas that also allow null). Each type is declared where
    `type_modules` puts it: in its resource's view, else in `shared`."""
    resources = ir.depth_first(api.resources)
    methods = [(r.path, op.name) for r in resources for op in r.operations]
    # The index exports the models beside the classes and argument types: none may take a model's name.
    taken = TAKEN_CLASS_NAMES | {ts.client_class, ts.error_base} | {p.name for p in api.page_schemes}
    taken |= set(names.values())
    params_names = dict(zip(methods, params_type_names(methods, pascal, taken)))
    classes = resource_classes(api.resources, pascal, taken | set(params_names.values()))
    paths = {r.path: module_path(r) for r in resources}
    modules = type_modules(api, paths, classes, taken | set(classes.values()) | set(params_names.values()))
    package = _Package(names, nullable, params_names, classes, modules, {m.name: m for m in api.models})
    built: dict[tuple[str, ...], ResourceView] = {}
    for resource in reversed(resources):  # children before their parents, whose namespaces name them
        built[resource.path] = _ResourceBuilder(resource, package, built).view()
    views = tuple(built[r.path] for r in resources)
    shared = tuple(names[s] for s in modules.declared_in(modules.shared))
    type_imports, statics, namespace = _client_namespace(
        api, [v for r, v in zip(resources, views) if len(r.path) == 1], modules, shared, ts.client_class
    )
    client = ClientView(
        header=header,
        package=ts.package,
        version=ts.version,
        license_json=json.dumps(ts.license) if ts.license else "",
        title=" ".join(jsdoc_lines(api.title)),
        description=" ".join(jsdoc_lines(f"A typed TypeScript client for the {api.title}")),
        client_class=ts.client_class,
        error_base=ts.error_base,
        default_base_url=api.client.default_base_url,
        api_key_env=api.client.api_key_env,
        base_url_env=api.client.base_url_env,
        header_prefix=api.client.header_prefix,
        array_format=api.client.array_format,
        header_options=tuple(
            HeaderOptionView(camel(o.param), o.header, o.env, jsdoc_lines(o.description))
            for o in api.client.header_options
        ),
        resources=tuple(_child(r, classes, nested=False) for r in api.resources),
        pages=tuple(page_view(p) for p in api.page_schemes),
        page_runtime=runtime_names(api.page_schemes),
        exports=tuple(
            ExportView(
                "./" + v.path[: -len(".ts")] + ".js",
                (v.class_name,) if len(r.path) == 1 else (),  # nested classes may share a name
                v.types,
            )
            for r, v in zip(resources, views)
            if len(r.path) == 1 or v.types
        )
        + ((ExportView(relative_module("index.ts", modules.shared), (), shared),) if shared else ()),
        example=_example(api),
        auth=auth_view(api.client.security),
        type_imports=type_imports,
        statics=statics,
        namespace=namespace,
        package_exports=exports_json(),
        log_env=api.client.log_env,
        idempotency_header=api.client.idempotency_header,
    )
    return PackageViews(client, views, models_view(api.models, names, modules))


def _client_namespace(
    api: ir.Api, top: list[ResourceView], modules: TypeModules, shared: tuple[str, ...], client_class: str
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The client's namespace, as openai-node has it: its imports, the statics assigned after
    the class (`OpenAI.Conversations`, `OpenAI.ConversationCursorPage`) and the lines inside
    `export declare namespace OpenAI` (`RequestOptions`, the page and top-level resource
    classes, each top-level resource's types, the shared types)."""
    imports = ImportBlock()
    pages = [p.name for p in api.page_schemes]
    imports.add("./pagination.js", *pages)
    imports.add("./core/request-options.js", "RequestOptions", type_only=True)
    lines = export_lines(["type RequestOptions as RequestOptions"])
    lines += ("",) + export_lines([f"{p} as {p}" for p in pages]) if pages else ()
    for view in top:
        alias = modules.aliases[view.path]
        lines += ("",) + export_lines([f"{view.class_name} as {view.class_name}"]) + alias_lines(alias, view.types)
        if view.types:
            imports.add_namespace(relative_module("client.ts", view.path), alias, type_only=True)
    if shared:
        imports.add_namespace(
            relative_module("client.ts", modules.shared), modules.aliases[modules.shared], type_only=True
        )
        lines += ("",) + alias_lines(modules.aliases[modules.shared], shared)
    statics = tuple(f"{client_class}.{name} = {name};" for name in [*(v.class_name for v in top), *pages])
    return imports.lines(), statics, lines


def _kebab(name: str) -> str:
    return words(name).replace("_", "-") or "resource"


def _child(resource: ir.Resource, classes: dict[tuple[str, ...], str], *, nested: bool) -> ChildView:
    """A property for `resource` on the client (its module imported from `src/`), or
    (`nested`) on its parent resource (imported from the parent's folder, where it sits
    as a module or as a folder of its own)."""
    module = module_path(resource)
    if nested:
        module = "/".join(module.split("/")[len(resource.path) :])
    return ChildView(
        camel(resource.name),
        classes[resource.path],
        "./" + module[: -len(".ts")] + ".js",
        jsdoc_lines(resource.description),
    )


def _example(api: ir.Api) -> str:
    """A first call to show in the package README."""
    operations = [(r, op) for r in ir.depth_first(api.resources) for op in r.operations]
    chosen = next(((r, op) for r, op in operations if op.page is not None), operations[0] if operations else None)
    if chosen is None:
        return ""
    resource, op = chosen
    positional = op.located(ir.ParamLocation.PATH)[-1:]
    args = [literal(p.example) for p in positional]
    rest = {field_key(p): p.example for p in op.arguments if p.required and p not in positional}  # path ones come first
    if rest:
        args.append(literal(rest))
    chain = ".".join(camel(p) for p in resource.path)
    return f"client.{chain}.{camel(op.name)}({', '.join(args)})"


@dataclass(frozen=True, slots=True)
class _Package:
    """What every resource module is built from: type names, argument and class names, where
    each type is declared, and the models by schema name."""

    names: dict[str, str]
    nullable: frozenset[str]
    params_names: dict[tuple[tuple[str, ...], str], str]
    classes: dict[tuple[str, ...], str]
    modules: TypeModules
    models: dict[str, ir.Model]


class _ResourceBuilder:
    """Builds one resource module's view, collecting the imports its methods and types need
    (`built`: the views of its children, built first)."""

    def __init__(self, resource: ir.Resource, package: _Package, built: dict[tuple[str, ...], ResourceView]) -> None:
        self.resource = resource
        self.package = package
        self.built = built
        self.path = module_path(resource)
        self.speller = TypeSpeller(package.modules.spelled(self.path, package.names), package.nullable)
        self.runtime: set[str] = set()
        self.pages: set[str] = set()

    def view(self) -> ResourceView:
        params: list[ParamsView] = []
        methods = tuple(self.method(op, params) for op in self.resource.operations)
        declared = self.package.modules.declared_in(self.path)
        declarations = tuple(declaration(self.package.models[s], self.package.names[s], self.speller) for s in declared)
        children = tuple(_child(c, self.package.classes, nested=True) for c in self.resource.children)
        namespaces = tuple(
            Exported(c.class_name, self.built[r.path].types) for c, r in zip(children, self.resource.children)
        )
        types = tuple(d.name for d in declarations) + tuple(p.name for p in params)
        class_name = self.package.classes[self.resource.path]
        taken = frozenset(types) | {class_name, *(c.class_name for c in children)} | TAKEN_CLASS_NAMES | self.pages
        aliases = page_aliases(self.resource.operations, self.speller.response, taken)
        doc = jsdoc_lines("A page of the items of a list method.")
        declarations += tuple(DeclarationView("type", name, doc, type=page) for name, page in aliases)
        text = self.resource.description or f"Operations on {'.'.join(self.resource.path)}."
        return ResourceView(
            self.path,
            class_name,
            jsdoc_lines(text),
            self.imports(namespaces),
            methods,
            children,
            tuple(params),
            declarations,
            types,
            tuple(f"{class_name}.{c.class_name} = {c.class_name};" for c in children),
            resource_namespace(Exported("", types + tuple(name for name, _ in aliases)), namespaces),
        )

    def method(self, op: ir.Operation, params: list[ParamsView]) -> MethodView:
        plan = MethodPlan(
            op,
            tuple(camel(p) for p in self.resource.path),
            self.package.params_names[(self.resource.path, op.name)],
            self.speller,
        )
        view = plan.view()
        if plan.params is not None:
            params.append(plan.params)
        self.runtime |= plan.runtime
        self.pages |= plan.pages
        return view

    def imports(self, children: tuple[Exported, ...]) -> tuple[str, ...]:
        """Exactly what the module's class, methods, types and namespace use."""
        up = "/".join([".."] * self.path.count("/")) or "."
        imports = ImportBlock()
        imports.add(f"{up}/core/resource.js", "APIResource")
        types = [("APIPromise", "api-promise")] if "APIPromise" in self.runtime else []
        if self.resource.operations:
            types.append(("RequestOptions", "request-options"))
        if self.pages:
            types.append(("PagePromise", "pagination"))
        if "Stream" in self.runtime:
            types.append(("Stream", "streaming"))
        if self.speller.uploads:
            types.append(("Uploadable", "uploads"))
        types += [(name, "request-options") for name in ("OptionsInQuery", "QueryArgument") if name in self.runtime]
        for name, module in types:
            imports.add(f"{up}/core/{module}.js", name, type_only=True)
        if "splitQuery" in self.runtime:
            imports.add(f"{up}/core/request-options.js", "splitQuery")
        for name, module in (("buildHeaders", "headers"), ("path", "path")):
            if name in self.runtime:
                imports.add(f"{up}/core/{module}.js", name)
        styles = [n for n in ("cookieHeader", "headerParam", "pathParam", "styled") if n in self.runtime]
        if styles:
            imports.add(f"{up}/core/parameters.js", *styles)
        imports.add(f"{up}/pagination.js", *self.pages)
        self.package.modules.add_imports(self.path, self.speller.used, imports)
        for child, resource in zip(children, self.resource.children):
            module = _child(resource, self.package.classes, nested=True).module
            imports.add(module, child.class_name, *(f"type {t}" for t in child.types))
        return imports.lines()
