"""Views of the generated per-resource tests: literal inputs and the exact requests expected.

For every method the generated tests call it with its required arguments and with all of
them, and check the method, path, query pairs and JSON body that went out, and the type
of what came back. The expected requests are computed here from the IR's examples, so a
template only prints them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import ir
from ..expected_requests import (
    expected_body,
    header_text,
    json_literal,
    query_pairs,
    raw_literal,
    url_path,
    with_files,
)
from .layout import Group, Item, Node, flat, from_import, lay_out, literal_node
from .models import ModelModule
from .names import argument_names, identifier, pascal
from .text import python_literal


@dataclass(frozen=True, slots=True)
class PathCaseView:
    """A call with one path argument empty, and the error it must raise."""

    args: str
    message: str


@dataclass(frozen=True, slots=True)
class TestCallView:
    """One row of a resource's test table: the inputs of one method and what must go out.

    Values are Python source text, laid out as black prints them after `name=` in the
    table of cases. `args` are the required arguments as a dict literal, `call_all` and
    `acall_all` a lambda calling the method with every argument; `body`/`body_all` the JSON bodies expected
    (`None` when the method sends none); `form_all` the top-level multipart field names;
    `headers_all` header arguments as they must arrive; `reply` what the server answers;
    `content`/`content_all` the bytes of a body that is not JSON, sent as `content_type`.
    """

    method: str
    http: str
    args: str
    call_all: str
    acall_all: str
    has_optional: bool
    url_path: str
    query_all: str
    body: str
    body_all: str
    form_all: str
    headers_all: str
    reply: str
    binary: bool
    returns_none: bool
    returns_class: str
    page_class: str
    stream_reply: str
    stream_class: str
    path_cases: tuple[PathCaseView, ...]
    content: str = "None"
    content_all: str = "None"
    content_type: str = ""
    path_case_table: str = "()"  # `path_cases` as a tuple of `PathCase(args, message)` calls


@dataclass(frozen=True, slots=True)
class TestFileView:
    """One test module per resource (`tests/api_resources/conversations/test_items.py`)."""

    path: str
    conftest_import: str
    chain: str
    class_name: str
    model_imports: tuple[str, ...]
    page_imports: tuple[str, ...]
    calls: tuple[TestCallView, ...]
    page_import: str = ""  # the import of `page_imports`, laid out as black prints it ('' when none)
    model_import: str = ""  # the import of `model_imports`, laid out as black prints it ('' when none)

    @property
    def bases(self) -> tuple[str, ...]:
        """The shared test classes (in the generated conftest) this resource's tests use."""
        streams = ("StreamTests",) if any(call.stream_reply for call in self.calls) else ()
        return (*streams, "PathParamTests" if any(c.path_cases for c in self.calls) else "ResourceTests")


def test_file(resource: ir.Resource, client: ir.Client, models: ModelModule, package: str) -> TestFileView:
    """The test module view of one resource (`package`: the import name of the package under test)."""
    chain = ".".join(identifier(p) for p in resource.path)
    calls = tuple(_call(op, client, models, chain) for op in resource.operations)
    folders = [identifier(p) for p in resource.path[:-1]]
    path = "/".join(["tests", "api_resources", *folders, f"test_{identifier(resource.name)}.py"])
    classes = sorted({c for call in calls for c in (call.returns_class, call.stream_class) if c})
    pages = sorted({name for c in calls if c.page_class for name in (f"Sync{c.page_class}", f"Async{c.page_class}")})
    return TestFileView(
        path=path,
        conftest_import=_conftest_import(len(folders), calls),
        chain=chain,
        class_name=f"Test{pascal(resource.name)}",
        model_imports=tuple(classes),
        page_imports=tuple(pages),
        page_import=from_import(f"{package}.pagination", tuple(pages)) if pages else "",
        model_import=from_import(f"{package}.types", tuple(classes)) if classes else "",
        calls=calls,
    )


def operation_arguments(op: ir.Operation) -> dict[str, str]:
    """The Python name of each argument of `op`, by its IR argument name (unique within an operation)."""
    arguments = [p.arg for p in op.arguments]
    return dict(zip(arguments, argument_names(arguments)))


def _call(op: ir.Operation, client: ir.Client, models: ModelModule, chain: str) -> TestCallView:
    names = operation_arguments(op)
    path_args = op.located(ir.ParamLocation.PATH)
    required = [p for p in op.arguments if p.required]
    body = op.located(ir.ParamLocation.BODY)
    multipart = op.body is not None and op.body.multipart
    binary = op.response.type is not None and op.response.type.kind is ir.TypeKind.BINARY
    example = op.response.example_schema
    returns_class = example if example in models.names and example not in models.aliases else ""
    if op.page is not None and op.page_item is not None:
        returns_class = _item_class(op, models)
    stream = op.response.stream is not None
    stream_class = op.response.stream_example_schema if stream else ""
    required_body, every_body = expected_body(op, every=False), expected_body(op, every=True)
    path_cases = tuple(_path_case(names, p, required) for p in path_args)
    call = Group(
        f"lambda client: client.{chain}.{identifier(op.name)}",
        "(",
        tuple(Item(f"{names[p.arg]}=", _value(p)) for p in op.arguments),
        ")",
        False,
    )
    return TestCallView(
        method=identifier(op.name),
        http=op.method.upper(),
        args=_field("args", _arguments(names, required)),
        call_all=_field("call_all", call),
        acall_all=_field("acall_all", call),
        has_optional=len(required) < len(op.arguments),
        url_path=python_literal(url_path(op)),
        query_all=_literal_field("query_all", query_pairs(op, client.array_format)),
        body=json_literal(required_body, lambda value: _literal_field("body", value), "None"),
        body_all=json_literal(every_body, lambda value: _literal_field("body_all", value), "None"),
        form_all=_literal_field("form_all", sorted(p.name for p in body if _sends(p))) if multipart else "None",
        headers_all=_literal_field(
            "headers_all", {p.name: header_text(p.example, p.explode) for p in op.located(ir.ParamLocation.HEADER)}
        ),
        reply=_literal_field("reply", b"raw body bytes" if binary else op.response.example),
        binary=binary,
        returns_none=op.response.type is None and op.page is None,
        returns_class=returns_class,
        page_class=op.page.name if op.page else "",
        stream_reply=_literal_field("stream_reply", op.response.stream_example) if stream else "",
        stream_class=stream_class if stream_class in models.names and stream_class not in models.aliases else "",
        path_cases=tuple(PathCaseView(flat(c.items[0].value), flat(c.items[1].value)) for c in path_cases),
        path_case_table=_field("path_cases", _one_tuple(path_cases)),
        content=raw_literal(required_body, _bytes, "None"),
        content_all=raw_literal(every_body, _bytes, "None"),
        content_type=python_literal(every_body.content_type) if every_body and every_body.raw is not None else "",
    )


def _field(name: str, node: Node) -> str:
    """`node` as printed after `name=` in a case of the test table (8 columns in, a comma after it)."""
    return lay_out(f"{name}=", node, ",", 8)[len(name) + 1 : -1]


def _literal_field(name: str, value: object) -> str:
    return _field(name, literal_node(value))


def _arguments(names: dict[str, str], params: list[ir.Parameter], empty: ir.Parameter | None = None) -> Node:
    """The dict of `params`' test values by argument name (`empty`'s value an empty string)."""
    items = tuple(Item(f"{python_literal(names[p.arg])}: ", '""' if p is empty else _value(p)) for p in params)
    return Group("", "{", items, "}", True) if items else "{}"


def _one_tuple(calls: tuple[Group, ...]) -> Group:
    """A tuple display of `calls`."""
    return Group("", "(", tuple(Item("", c) for c in calls), ")", True, "," if len(calls) == 1 else "")


def _bytes(text: str) -> str:
    return python_literal(text.encode())


def _item_class(op: ir.Operation, models: ModelModule) -> str:
    """The model class each item of the example page is built as (none for aliases)."""
    name = op.page_item_example_schema
    return name if name in models.names and name not in models.aliases else ""


def _conftest_import(depth: int, calls: tuple[TestCallView, ...]) -> str:
    names = ["Case"]
    if any(c.path_cases for c in calls):
        names += ["PathCase", "PathParamTests"]
    else:
        names.append("ResourceTests")
    if any(c.stream_reply for c in calls):
        names.append("StreamTests")
    return f"from {'.' * (depth + 2)}conftest import {', '.join(sorted(names))}"


def _value(param: ir.Parameter) -> Node:
    """The Python literal a test passes for `param`: its example, with bytes for files."""
    return literal_node(with_files(param.type, param.example))


def _sends(param: ir.Parameter) -> bool:
    """Whether a form field with the test value of `param` puts anything on the wire."""

    def has_value(value: object) -> bool:
        if isinstance(value, (list, dict)):
            return any(has_value(v) for v in (value.values() if isinstance(value, dict) else value))
        return value is not None

    return param.type.kind is ir.TypeKind.BINARY or has_value(param.example)


def _path_case(names: dict[str, str], empty: ir.Parameter, required: list[ir.Parameter]) -> Group:
    args = _arguments(names, required, empty)
    name = names[empty.arg]
    message = python_literal(re.escape(f"Expected a non-empty value for `{name}` but received ''"))
    return Group("PathCase", "(", (Item("", args), Item("", message)), ")", False)
