"""Which methods take request options in their query's place, and how their signatures and
bodies say so (`MethodPlan.query_slot`)."""

from __future__ import annotations

from generator import ir
from generator.targets.typescript.settings import TypeScriptSettings
from generator.targets.typescript.views import build_views

from .test_views import INTEGER, api, operation, param, plan

_Q = ir.ParamLocation.QUERY


def test_an_optional_query_object_may_stand_for_request_options() -> None:
    op = operation(
        "list", "get", "/things", param("after", _Q, required=False), param("limit", _Q, INTEGER, required=False)
    )
    method = plan(op)
    view = method.view()
    returns = "APIPromise<Types.Thing>"
    assert view.overloads == (
        (f"list(query?: QueryArgument<ThingParams> | null, options?: RequestOptions): {returns};",),
        (f"list(options?: OptionsInQuery<keyof ThingParams>): {returns};",),
    )
    assert view.signature == (
        "list(",
        "  query: ThingParams | OptionsInQuery<keyof ThingParams> | null | undefined = {},",
        "  options?: RequestOptions,",
        f"): {returns} {{",
    )
    assert view.statements == (
        "[query, options] = splitQuery<ThingParams>(query, ['after', 'limit'], options);",
        "return this._client.get('/things', { query, ...options });",
    )
    assert {"splitQuery", "QueryArgument", "OptionsInQuery"} <= method.runtime


def test_a_required_or_mixed_arguments_object_is_only_arguments() -> None:
    required = operation("list", "get", "/things", param("after", _Q))
    mixed = operation(
        "list",
        "get",
        "/things/{a}/{b}",
        param("a", ir.ParamLocation.PATH),
        param("b", ir.ParamLocation.PATH),
        param("after", _Q, required=False),
    )
    body = operation("update", "post", "/things", param("note", ir.ParamLocation.BODY, required=False))
    for op in (required, mixed, body):
        method = plan(op)
        assert not method.query_slot and method.view().overloads == ()
        assert "splitQuery" not in method.runtime


def test_a_long_key_list_is_one_key_a_line() -> None:
    names = [f"a_rather_long_query_parameter_{n}" for n in range(4)]
    op = operation("list", "get", "/things", *(param(n, _Q, required=False) for n in names))
    statements = plan(op).view().statements
    assert statements[:3] == ("[query, options] = splitQuery<ThingParams>(", "  query,", "  [")
    assert statements[3:7] == tuple(f"    '{n}'," for n in names)
    assert statements[7:10] == ("  ],", "  options,", ");")


def test_the_module_imports_the_split_and_its_types() -> None:
    op = operation("list", "get", "/things", param("after", _Q, required=False))
    things = ir.Resource("things", ("things",), "", (op,))
    settings = TypeScriptSettings("example", "1.0.0", "Example", "ExampleError")
    (view,) = build_views(api((things,)), settings, {}, frozenset(), "header").resources
    assert (
        "import type { OptionsInQuery, QueryArgument, RequestOptions } from '../core/request-options.js';"
        in view.imports
    )
    assert "import { splitQuery } from '../core/request-options.js';" in view.imports
