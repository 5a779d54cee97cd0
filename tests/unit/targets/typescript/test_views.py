"""The TypeScript views: names, type spellings, escaping, method plans, resource modules and models.

Each decision is checked on IR nodes built here, one rule at a time; the golden package and
the generated tests check that the decisions add up to a package that compiles and works.
"""

from __future__ import annotations

import pytest

from generator import ir
from generator.targets.typescript.method_body import MethodPlan
from generator.targets.typescript.model_views import models_view, type_names
from generator.targets.typescript.names import camel, local_name, pascal, path_argument
from generator.targets.typescript.settings import TypeScriptSettings
from generator.targets.typescript.text import jsdoc_lines, literal, property_key, string_literal, wrapped
from generator.targets.typescript.type_modules import type_modules
from generator.targets.typescript.types import TypeSpeller
from generator.targets.naming import resource_classes
from generator.targets.typescript.views import build_views, module_path

STRING = ir.TypeRef(ir.TypeKind.STRING)
INTEGER = ir.TypeRef(ir.TypeKind.INTEGER)
NULL = ir.TypeRef(ir.TypeKind.NULL)
BOOLEAN = ir.TypeRef(ir.TypeKind.BOOLEAN)


def ref(name: str) -> ir.TypeRef:
    return ir.TypeRef(ir.TypeKind.REF, name=name)


def param(name: str, where: ir.ParamLocation, type_: ir.TypeRef = STRING, *, required: bool = True) -> ir.Parameter:
    return ir.Parameter(name, where, type_, required, f"The {name}.", f"/p/{name}", example="x")


def operation(
    name: str, method: str, path: str, *arguments: ir.Parameter, response: ir.Response | None = None
) -> ir.Operation:
    body = (
        ir.RequestBody("application/json", True, "/b")
        if any(a.location is ir.ParamLocation.BODY for a in arguments)
        else None
    )
    return ir.Operation(
        operation_id=name,
        method=method,
        path=path,
        name=name,
        summary=f"Do {name}.",
        description="",
        deprecated=False,
        arguments=arguments,
        body=body,
        response=response or ir.Response("200", "application/json", ref("Thing")),
        page=None,
        page_item=None,
        pointer=f"/paths/{name}",
    )


def plan(op: ir.Operation) -> MethodPlan:
    return MethodPlan(op, ("things",), "ThingParams", TypeSpeller({"Thing": "Types.Thing"}))


@pytest.mark.parametrize(
    ("name", "method", "path", "class_"),
    [
        ("create_and_run", "createAndRun", "createAndRun", "CreateAndRun"),
        ("conversation_id", "conversationID", "conversationId", "ConversationId"),
        ("2fa", "_2fa", "_2fa", "_2fa"),
        ("", "value", "value", "Value"),
    ],
)
def test_names_are_camel_and_pascal_case(name: str, method: str, path: str, class_: str) -> None:
    assert (path_argument(name), camel(name), pascal(name)) == (method, path, class_)


def test_locals_avoid_reserved_words_method_scope_and_each_other() -> None:
    assert local_name("default", set()) == "default_"
    assert local_name("body", set()) == "body_"
    assert local_name("thing-id", {"thingId"}) == "thingId_"
    assert local_name("limit", set()) == "limit"


def test_type_spellings_remember_what_the_module_uses() -> None:
    speller = TypeSpeller({"Thing": "Types.Thing", "Maybe": "Types.Maybe"}, nullable=frozenset({"Maybe"}))
    assert speller.request(ir.TypeRef(ir.TypeKind.ARRAY, item=ref("Thing"))) == "Array<Types.Thing>"
    assert speller.request(ir.TypeRef(ir.TypeKind.MAP, item=INTEGER)) == "{ [key: string]: number }"
    assert speller.response(ir.TypeRef(ir.TypeKind.UNION, variants=(ref("Maybe"), NULL))) == "Types.Maybe | null"
    assert speller.response(ref("Unknown")) == "unknown"
    assert speller.request(ir.TypeRef(ir.TypeKind.LITERAL, values=("a", 1, True))) == "'a' | 1 | true"
    assert not speller.uploads
    assert speller.request(ir.TypeRef(ir.TypeKind.BINARY)) == "Uploadable" and speller.uploads
    assert speller.response(ir.TypeRef(ir.TypeKind.BINARY)) == "Response"
    assert speller.used == {"Types.Thing", "Types.Maybe"}


def test_spec_text_stays_text() -> None:
    assert jsdoc_lines("Ends */ here\r\nand\x07 on\n\n") == ("Ends *\\/ here", "and  on")
    assert string_literal('it\'s a "quote"\n\u2028') == "'it\\'s a \"quote\"\\n\\u2028'"
    assert property_key("a-b") == "'a-b'" and property_key("$ok") == "$ok"
    assert literal({"a b": [1, None, float("inf")], "c": b"x"}) == (
        "{ 'a b': [1, null, Infinity], c: new TextEncoder().encode('x') }"
    )


def test_long_lists_wrap_one_item_a_line() -> None:
    assert wrapped("f(", ["a", "b"], ");", "") == ("f(a, b);",)
    items = [f"argument{i}: string" for i in range(8)]
    lines = wrapped("method(", items, "): void {", "  ")
    assert lines[0] == "method(" and lines[-1] == "): void {"
    assert all(line.endswith(",") for line in lines[1:-1]) and len(lines) == len(items) + 2
    # A rest element ends a destructuring pattern, where a trailing comma is a syntax error (TS1013).
    lines = wrapped("const { ", [*items, "...body"], " } = params;", "    ")
    assert lines[-2:] == ("  ...body", "} = params;") and lines[-3] == "  argument7: string,"


def test_the_last_path_parameter_is_positional_and_the_rest_one_params_object() -> None:
    op = operation(
        "retrieve",
        "get",
        "/things/{thing_id}/parts/{part_id}",
        param("thing_id", ir.ParamLocation.PATH),
        param("part_id", ir.ParamLocation.PATH),
        param("include", ir.ParamLocation.QUERY, required=False),
    )
    method = plan(op)
    view = method.view()
    assert view.signature == (
        "retrieve(partID: string, params: ThingParams, options?: RequestOptions): APIPromise<Types.Thing> {",
    )
    assert view.statements == (
        "const { thing_id, ...query } = params;",
        "return this._client.get(path`/things/${thing_id}/parts/${partID}`, { query, ...options });",
    )
    assert method.runtime == {"APIPromise", "path"}
    assert method.params is not None and [f.key for f in method.params.fields] == ["thing_id", "include"]


def test_a_body_only_method_names_its_object_body_and_may_leave_it_out() -> None:
    op = operation("update", "post", "/things", param("note", ir.ParamLocation.BODY, required=False))
    view = plan(op).view()
    assert view.signature == (
        "update(body: ThingParams | null | undefined = {}, options?: RequestOptions): APIPromise<Types.Thing> {",
    )
    assert view.statements == ("return this._client.post('/things', { body, ...options });",)


def test_a_method_with_no_response_body_returns_void() -> None:
    op = operation("delete", "delete", "/things", response=ir.Response("204", "", None))
    view = plan(op).view()
    assert view.signature == ("delete(options?: RequestOptions): APIPromise<void> {",)
    assert view.statements == ("return this._client.delete('/things', options);",)


def test_resource_classes_never_shadow_runtime_names() -> None:
    taken = frozenset({"Response", "OpenAI"})
    resources = (ir.Resource("responses", ("responses",), "", ()), ir.Resource("response", ("response",), "", ()))
    assert resource_classes(resources, pascal, taken) == {
        ("responses",): "Responses",
        ("response",): "ResponseResource",
    }


def api(resources: tuple[ir.Resource, ...], models: tuple[ir.Model, ...] = ()) -> ir.Api:
    client = ir.Client("https://api.example.com", "EXAMPLE_KEY", "EXAMPLE_URL", "X-Sdk", "brackets", ())
    return ir.Api("Example", "1", "", client, resources, (), ("Thing",), (), models)


def test_resource_modules_import_exactly_what_they_use() -> None:
    child = ir.Resource("parts", ("things", "parts"), "", (operation("list", "get", "/things/{id}/parts"),))
    parent = ir.Resource("things", ("things",), "Things.", (operation("create", "post", "/things"),), (child,))
    settings = TypeScriptSettings("example", "1.0.0", "Example", "ExampleError")
    thing = ir.Model("Thing", ir.ModelKind.OBJECT, "A thing.", "/t")
    views = build_views(api((parent,), (thing,)), settings, {"Thing": "Thing"}, frozenset(), "header")
    things, parts = views.resources
    assert (things.path, parts.path) == (module_path(parent), module_path(child))
    assert things.path == "resources/things/things.ts" and parts.path == "resources/things/parts.ts"
    # `Thing` is declared beside `things` (both resources return it) and named from `parts` through its namespace.
    assert things.imports == (
        "import { APIResource } from '../../core/resource.js';",
        "import type { APIPromise } from '../../core/api-promise.js';",
        "import type { RequestOptions } from '../../core/request-options.js';",
        "import { Parts } from './parts.js';",
    )
    assert "import type * as ThingsAPI from './things.js';" in parts.imports
    assert [d.name for d in things.declarations] == ["Thing"] and parts.declarations == ()
    assert things.statics == ("Things.Parts = Parts;",)
    assert things.namespace == ("  export { type Thing as Thing };", "", "  export { Parts as Parts };")
    assert views.client.statics == ("Example.Things = Things;",)
    assert "  export type Thing = ThingsAPI.Thing;" in views.client.namespace
    assert [c.attr for c in views.client.resources] == ["things"]
    assert views.client.default_base_url == "https://api.example.com"


def test_models_become_interfaces_and_type_aliases() -> None:
    fields = (
        ir.ModelField("id", STRING, True, "The id.", False, "/x"),
        ir.ModelField("note-text", STRING, False, "", True, "/y"),
    )
    models = (
        ir.Model("Thing", ir.ModelKind.OBJECT, "A thing.", "/t", fields=fields, extra=INTEGER),
        ir.Model("string", ir.ModelKind.ALIAS, "", "/s", type=ir.TypeRef(ir.TypeKind.LITERAL, values=("a", "b"))),
    )
    names = type_names(models)
    assert names == {"Thing": "Thing", "string": "string_"}
    modules = type_modules(api((), models), {}, {}, set())
    shared = models_view(models, names, modules)
    assert shared.path == "resources/shared.ts" and shared.imports == ()
    thing, literal_set = shared.declarations
    assert (thing.kind, thing.name, thing.extra, thing.doc) == ("interface", "Thing", "number", ("A thing.",))
    assert [(f.key, f.optional, f.type, f.doc) for f in thing.fields] == [
        ("id", False, "string", ("The id.",)),
        ("'note-text'", True, "string", ("@deprecated",)),
    ]
    assert (literal_set.kind, literal_set.name, literal_set.type) == ("type", "string_", "'a' | 'b'")


def test_a_request_options_entry_too_long_for_a_line_is_spread_one_item_a_line() -> None:
    from generator.targets.typescript.method_body import _entry_lines

    styles = [f"field_{i}: ['deepObject', true]" for i in range(4)]
    assert _entry_lines(("__fieldStyles", styles), "    ") == [
        "    __fieldStyles: {",
        *(f"      field_{i}: ['deepObject', true]," for i in range(4)),
        "    },",
    ]
    assert _entry_lines(("__fieldStyles", styles[:1]), "    ") == [
        "    __fieldStyles: { field_0: ['deepObject', true] },"
    ]
    assert _entry_lines("...options", "    ") == ["    ...options,"]
