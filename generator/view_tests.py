"""Views of the generated per-resource tests: literal inputs and the exact requests expected.

For every method the generated tests call it with its required arguments and with all of
them, and check the method, path, query pairs and JSON body that went out, and the type
of what came back. The expected requests are computed here from the IR's examples, so a
template only prints them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from . import ir
from .config import SdkConfig
from .models import ModelModule
from .python_names import identifier, pascal
from .python_types import TypeSpeller

PATH_SAFE = "!$&'()*+,;=:@"


@dataclass(frozen=True, slots=True)
class PathCaseView:
    """A call with one path argument empty, and the error it must raise."""

    args: str
    message: str


@dataclass(frozen=True, slots=True)
class TestCallView:
    """Everything the tests of one method need."""

    method: str
    http: str
    args_required: str
    args_all: str
    has_optional: bool
    url_path: str
    query_all: str
    body_required: str
    body_all: str
    response: str
    returns_class: str
    page_class: str
    path_cases: tuple[PathCaseView, ...]


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


def test_file(resource: ir.Resource, config: SdkConfig, speller: TypeSpeller, models: ModelModule) -> TestFileView:
    """The test module view of one resource."""
    calls = tuple(_call(op, config, speller, models) for op in resource.operations)
    folders = [identifier(p) for p in resource.path[:-1]]
    path = "/".join(["tests", "api_resources", *folders, f"test_{identifier(resource.name)}.py"])
    classes = sorted({c.returns_class for c in calls if c.returns_class})
    pages = sorted({name for c in calls if c.page_class for name in (f"Sync{c.page_class}", f"Async{c.page_class}")})
    return TestFileView(
        path=path,
        conftest_import=f"from {'.' * (len(folders) + 2)}conftest import Server",
        chain=".".join(identifier(p) for p in resource.path),
        class_name=f"Test{pascal(resource.name)}",
        model_imports=tuple(classes),
        page_imports=tuple(pages),
        calls=calls,
    )


def _call(op: ir.Operation, config: SdkConfig, speller: TypeSpeller, models: ModelModule) -> TestCallView:
    path_args = op.located(ir.ParamLocation.PATH)
    required = [p for p in op.arguments if p.required]
    body = op.located(ir.ParamLocation.BODY)
    returns_class = op.response.example_schema if op.response.example_schema in models.names else ""
    if op.page is not None and op.page_item is not None:
        returns_class = _item_class(op, models)
    return TestCallView(
        method=identifier(op.name),
        http=op.method.upper(),
        args_required=_args(required),
        args_all=_args(list(op.arguments)),
        has_optional=len(required) < len(op.arguments),
        url_path=repr(_url_path(op)),
        query_all=repr(_query_pairs(op.located(ir.ParamLocation.QUERY), config.array_format)),
        body_required=repr({p.name: p.example for p in body if p.required}) if op.body else "None",
        body_all=repr({p.name: p.example for p in body}) if op.body else "None",
        response=repr(op.response.example),
        returns_class=returns_class,
        page_class=op.page.name if op.page else "",
        path_cases=tuple(_path_case(op, p, required) for p in path_args),
    )


def _item_class(op: ir.Operation, models: ModelModule) -> str:
    example = op.response.example
    items = example.get("data") if isinstance(example, dict) else None
    first = items[0] if isinstance(items, list) and items else None
    if isinstance(first, dict) and op.page_item is not None and op.page_item.kind is ir.TypeKind.REF:
        name = op.page_item.name
        if name in models.aliases:
            return _variant_by_tag(first, models) or ""
        return name if name in models.names else ""
    return ""


def _variant_by_tag(item: dict[str, object], models: ModelModule) -> str:
    """The model class whose name matches the item's `type` tag (message -> Message)."""
    tag = item.get("type")
    candidate = pascal(str(tag)) if isinstance(tag, str) else ""
    return candidate if candidate in models.names and candidate not in models.aliases else ""


def _args(params: list[ir.Parameter]) -> str:
    return ", ".join(f"{identifier(p.name)}={p.example!r}" for p in params)


def _url_path(op: ir.Operation) -> str:
    path = op.path
    for param in op.located(ir.ParamLocation.PATH):
        path = path.replace("{" + param.name + "}", quote(str(param.example), safe=PATH_SAFE))
    return path


def _query_pairs(params: tuple[ir.Parameter, ...], array_format: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for param in params:
        value = param.example
        if isinstance(value, list):
            if array_format == "comma":
                pairs.append((param.name, ",".join(_text(v) for v in value)))
            else:
                key = f"{param.name}[]" if array_format == "brackets" else param.name
                pairs += [(key, _text(v)) for v in value]
        elif value is not None:
            pairs.append((param.name, _text(value)))
    return pairs


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _path_case(op: ir.Operation, empty: ir.Parameter, required: list[ir.Parameter]) -> PathCaseView:
    args = [f"{identifier(p.name)}={chr(39) * 2 if p is empty else repr(p.example)}" for p in required]
    name = identifier(empty.name)
    return PathCaseView(", ".join(args), repr(re.escape(f"Expected a non-empty value for `{name}` but received ''")))
