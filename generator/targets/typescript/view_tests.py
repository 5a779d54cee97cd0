"""Views of the generated per-resource tests: literal inputs and the exact requests expected.

For every method the generated tests call it with its required arguments and with all of
them, against the local server of `tests/server.ts`, and check the method, path, query
pairs, headers and JSON body that went out, and what came back. The expected requests
come from the IR's examples (`expected_requests`, shared with the Python target), so a
template only prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ... import ir
from ..expected_requests import (
    expected_body,
    header_text,
    is_header_name,
    json_literal,
    query_pairs,
    raw_literal,
    url_path,
    with_files,
)
from .method_body import field_key
from .names import camel
from .text import literal, string_literal
from .views import PackageViews, module_path


@dataclass(frozen=True, slots=True)
class TestCallView:
    """One method's test inputs and expectations, as TypeScript source text.

    `call`/`call_all` call the method with its required / every argument; `query`,
    `query_all` the query pairs each sends; `body`/`body_all` its JSON body ("" when it
    sends none, or a multipart one); `headers_all` header arguments as they must arrive;
    `reply` the server's answer; `returns` how the result is checked: `json` (it equals the
    reply), `void`, `binary` (a `Response`), `page` (its items are the reply's), or
    `stream` (`call_stream` asks for events; `stream_reply` is one). `content`/`content_all`
    are the text of a body that is not JSON ("" when none), sent as `content_type`.
    """

    method: str
    http: str
    path: str
    call: str
    call_all: str
    has_optional: bool
    query: str
    query_all: str
    body: str
    body_all: str
    multipart: bool
    headers_all: str
    reply: str
    returns: str
    items_key: str  # the page's items field ('' for no page, or a reply that is the array)
    call_stream: str
    stream_reply: str
    content: str = ""
    content_all: str = ""
    content_type: str = ""
    page_items: str = ""  # the items of `reply` a page holds, as an expression ('' for no page)


@dataclass(frozen=True, slots=True)
class TestFileView:
    """One test module per resource with operations (`tests/api-resources/conversations/items.test.ts`)."""

    path: str
    chain: str
    root: str  # the relative path from the test module to the package root
    calls: tuple[TestCallView, ...]
    json_body: bool  # whether a test checks a JSON body (and imports `jsonBody`)


def test_files(api: ir.Api, views: PackageViews) -> tuple[TestFileView, ...]:
    """A test module for each resource that has operations."""
    files = []
    for resource in ir.depth_first(api.resources):
        if not resource.operations:
            continue
        path = "tests/api-" + module_path(resource)[: -len(".ts")] + ".test.ts"
        chain = "client." + ".".join(camel(p) for p in resource.path)
        calls = tuple(_call(op, chain, views.client.array_format) for op in resource.operations)
        json_body = any(c.body or c.body_all for c in calls)
        files.append(TestFileView(path, chain, "/".join([".."] * path.count("/")), calls, json_body))
    return tuple(files)


def _call(op: ir.Operation, chain: str, array_format: str) -> TestCallView:
    # A header `fetch` cannot send is left out of the calls (generation warns of it).
    op = replace(op, arguments=tuple(p for p in op.arguments if _sendable(p)))
    required = tuple(p for p in op.arguments if p.required)
    multipart = op.body is not None and op.body.multipart
    required_body, every_body = expected_body(op, every=False), expected_body(op, every=True)
    returns, items_key = _returns(op)
    stream = op.response.stream is not None
    return TestCallView(
        method=camel(op.name),
        http=op.method.upper(),
        path=string_literal(url_path(op)),
        call=f"{chain}.{camel(op.name)}({_arguments(op, required)})",
        call_all=f"{chain}.{camel(op.name)}({_arguments(op, op.arguments)})",
        has_optional=len(required) < len(op.arguments),
        query=literal(query_pairs(replace(op, arguments=required), array_format)),
        query_all=literal(query_pairs(op, array_format)),
        body=json_literal(required_body, literal, ""),
        body_all=json_literal(every_body, literal, ""),
        multipart=multipart,
        headers_all=literal({p.name: header_text(p.example, p.explode) for p in op.located(ir.ParamLocation.HEADER)}),
        reply=literal(op.response.example),
        returns=returns,
        items_key=op.page.items_field if op.page else "",
        call_stream=_stream_call(op, chain, required) if stream else "",
        stream_reply=literal(op.response.stream_example) if stream else "",
        content=raw_literal(required_body, string_literal, ""),
        content_all=raw_literal(every_body, string_literal, ""),
        content_type=string_literal(every_body.content_type) if every_body and every_body.raw is not None else "",
        page_items=_page_items(op),
    )


def _page_items(op: ir.Operation) -> str:
    """The items of the example reply a page holds: the array itself, or its items field."""
    if op.page is None:
        return ""
    reply = literal(op.response.example)
    return f"({reply})[{string_literal(op.page.items_field)}]" if op.page.items_field else reply


def _sendable(param: ir.Parameter) -> bool:
    return param.location is not ir.ParamLocation.HEADER or is_header_name(param.name)


def _returns(op: ir.Operation) -> tuple[str, str]:
    if op.page is not None:
        return "page", op.page.items_field
    if op.response.type is None:
        return "void", ""
    return ("binary" if op.response.type.kind is ir.TypeKind.BINARY else "json"), ""


def _arguments(op: ir.Operation, args: tuple[ir.Parameter, ...], extra: dict[str, object] | None = None) -> str:
    """The call's arguments: the positional path argument, then an object of the rest."""
    positional = op.located(ir.ParamLocation.PATH)[-1:]
    values = [literal(p.example) for p in positional]
    rest = {field_key(p): with_files(p.type, p.example) for p in args if p not in positional}
    rest |= extra or {}
    if rest or any(p.required for p in op.arguments if p not in positional):
        values.append(literal(rest))
    return ", ".join(values)


def _stream_call(op: ir.Operation, chain: str, required: tuple[ir.Parameter, ...]) -> str:
    flag = next(p for p in op.located(ir.ParamLocation.BODY) if p.name == op.response.stream_flag)
    return f"{chain}.{camel(op.name)}({_arguments(op, required, {field_key(flag): True})})"
