"""Paging detection (`ir/paging.py`): each scheme from the parameters and response that
show it, the near misses that must not page, the config's schemes and the class names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import ir
from generator.core.diagnostics import GenerationError
from generator.ir.build import build_ir
from generator.pipeline import build_front, read_config
from generator.spec.config import SdkConfig
from generator.spec.load import load_document
from generator.spec.paging_config import PAGE_KINDS

from conftest import TEST_SPECS, shared_spec

K = ir.PageKind
WIDGET = {"type": "object", "properties": {"id": {"type": "string"}}}
WIDGETS = {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}


def query(name: str, type_: str = "string") -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": type_}}


def envelope(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def listing(
    params: list[dict[str, Any]], body: dict[str, Any], headers: dict[str, Any] | None = None
) -> dict[str, Any]:
    response: dict[str, Any] = {"description": "OK", "content": {"application/json": {"schema": body}}}
    if headers:
        response["headers"] = headers
    return {"operationId": "listWidgets", "parameters": params, "responses": {"200": response}}


def build(tmp_path: Path, operation: dict[str, Any], config: str = "", method: str = "get") -> ir.Api:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/widgets": {method: operation}},
        "components": {"schemas": {"Widget": WIDGET}},
    }
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(document))
    config_path = tmp_path / "sdkgen.yaml"
    config_path.write_text(config or "{}\n")
    return build_ir(load_document(spec), read_config(config_path)).api


def scheme_of(tmp_path: Path, operation: dict[str, Any], config: str = "", method: str = "get") -> ir.PageScheme | None:
    (op,) = build(tmp_path, operation, config, method).operations()
    return op.page


STRING, INTEGER, BOOLEAN = {"type": "string"}, {"type": "integer"}, {"type": "boolean"}
NULLABLE_STRING = {"anyOf": [{"type": "string"}, {"type": "null"}]}
LINK = {"Link": {"schema": {"type": "string"}}}


@pytest.mark.parametrize(
    ("params", "body", "headers", "expected"),
    [
        # cursor parameters under their usual names, the next cursor in the body
        (
            [query("page_token"), query("page_size", "integer")],
            envelope(widgets=WIDGETS, next_page_token=STRING),
            None,
            ir.PageScheme("NextCursorPage", K.CURSOR, "widgets", "page_token", "next_page_token", ""),
        ),
        (
            [query("pageToken")],
            envelope(items=WIDGETS, nextPageToken=NULLABLE_STRING, total=INTEGER),
            None,
            ir.PageScheme("NextCursorPage", K.CURSOR, "items", "pageToken", "nextPageToken", ""),
        ),
        (
            [query("cursor")],
            envelope(results=WIDGETS, next_cursor=STRING, has_more=BOOLEAN),
            None,
            ir.PageScheme("NextCursorPage", K.CURSOR, "results", "cursor", "next_cursor", "has_more"),
        ),
        (
            [query("continuation_token")],
            envelope(records=WIDGETS, continuation_token=STRING),
            None,
            ir.PageScheme("NextCursorPage", K.CURSOR, "records", "continuation_token", "continuation_token", ""),
        ),
        (
            [query("after")],
            envelope(data=WIDGETS, last_id=NULLABLE_STRING, has_more=BOOLEAN),
            None,
            ir.PageScheme("LastIdCursorPage", K.CURSOR_LAST_ID, "data", "after", "last_id", "has_more"),
        ),
        # Stripe: the last item's id, while `has_more`
        (
            [query("starting_after"), query("ending_before"), query("limit", "integer")],
            envelope(object=STRING, data=WIDGETS, has_more=BOOLEAN, url=STRING),
            None,
            ir.PageScheme("CursorPage", K.CURSOR_ITEM_ID, "data", "starting_after", "id", "has_more"),
        ),
        # Twilio: the next page's URI in the body (its single array is the items)
        (
            [query("PageSize", "integer"), query("Page", "integer"), query("PageToken")],
            envelope(calls=WIDGETS, next_page_uri=NULLABLE_STRING, page=INTEGER, uri=STRING),
            None,
            ir.PageScheme("NextUrlPage", K.NEXT_URL, "calls", "", "next_page_uri", ""),
        ),
        (
            [],
            envelope(value=WIDGETS, nextLink=STRING),
            None,
            ir.PageScheme("NextUrlPage", K.NEXT_URL, "value", "", "nextLink", ""),
        ),
        # offset and limit, with or without a total
        (
            [query("offset", "integer"), query("limit", "integer")],
            envelope(results=WIDGETS, total=INTEGER),
            None,
            ir.PageScheme("OffsetPage", K.OFFSET, "results", "offset", "", "", "limit", "total"),
        ),
        (
            [query("offset", "integer"), query("limit", "integer")],
            WIDGETS,
            None,
            ir.PageScheme("OffsetPage", K.OFFSET, "", "offset", "", "", "limit", ""),
        ),
        # page and per_page / page_size / limit
        (
            [query("page", "integer"), query("per_page", "integer")],
            WIDGETS,
            None,
            ir.PageScheme("PageNumberPage", K.PAGE_NUMBER, "", "page", "", "", "per_page", ""),
        ),
        (
            [query("page", "integer"), query("page_size", "integer")],
            envelope(items=WIDGETS, total_count=INTEGER, has_more=BOOLEAN),
            None,
            ir.PageScheme("PageNumberPage", K.PAGE_NUMBER, "items", "page", "", "has_more", "page_size", "total_count"),
        ),
        # the Link header, over a bare array or an envelope
        (
            [query("per_page", "integer"), query("page", "integer")],
            WIDGETS,
            LINK,
            ir.PageScheme("LinkHeaderPage", K.LINK_HEADER, "", "", "", ""),
        ),
        (
            [query("per_page", "integer")],
            envelope(total_count=INTEGER, workflow_runs=WIDGETS),
            {"link": {"schema": {"type": "string"}}},
            ir.PageScheme("LinkHeaderPage", K.LINK_HEADER, "workflow_runs", "", "", ""),
        ),
    ],
)
def test_schemes_are_detected(
    tmp_path: Path,
    params: list[dict[str, Any]],
    body: dict[str, Any],
    headers: dict[str, Any] | None,
    expected: ir.PageScheme,
) -> None:
    assert scheme_of(tmp_path, listing(params, body, headers)) == expected


@pytest.mark.parametrize(
    ("params", "body", "headers"),
    [
        # a cursor parameter, but nothing in the body says what the next cursor is
        ([query("page_token")], envelope(widgets=WIDGETS), None),
        # an item-id cursor needs `has_more` to know when to stop
        ([query("starting_after")], envelope(data=WIDGETS), None),
        # ... and only `after`/`starting_after` take an item's id
        ([query("page_token")], envelope(data=WIDGETS, has_more=BOOLEAN), None),
        # the cursor field must be a string, the cursor parameter too
        ([query("cursor")], envelope(data=WIDGETS, next_cursor=INTEGER), None),
        ([query("cursor", "integer")], envelope(data=WIDGETS, next_cursor=STRING), None),
        # offset without a limit, page without a size, or typed as strings
        ([query("offset", "integer")], envelope(results=WIDGETS), None),
        ([query("page", "integer")], WIDGETS, None),
        ([query("offset"), query("limit")], envelope(results=WIDGETS), None),
        # no items: an object with two arrays and none of the usual names, or none at all
        ([query("offset", "integer"), query("limit", "integer")], envelope(a=WIDGETS, b=WIDGETS), None),
        ([query("page_token")], envelope(next_page_token=STRING, name=STRING), None),
        # a next field that is no string, a Link header without any paging parameter
        ([], envelope(data=WIDGETS, next=INTEGER), None),
        ([query("q")], WIDGETS, LINK),
        # a plain array with no paging parameter at all
        ([query("q")], WIDGETS, None),
        # an array under the empty name is no items field (found by the property test)
        ([query("offset", "integer"), query("limit", "integer")], envelope(**{"": WIDGETS}), None),
    ],
)
def test_near_misses_do_not_page(
    tmp_path: Path, params: list[dict[str, Any]], body: dict[str, Any], headers: dict[str, Any] | None
) -> None:
    assert scheme_of(tmp_path, listing(params, body, headers)) is None


def test_only_a_get_pages(tmp_path: Path) -> None:
    operation = listing([query("offset", "integer"), query("limit", "integer")], envelope(results=WIDGETS))
    assert scheme_of(tmp_path, operation, method="post") is None


def test_the_config_names_a_scheme_turns_paging_off_and_names_classes(tmp_path: Path) -> None:
    params = [query("skip_to"), query("count", "integer"), query("offset", "integer"), query("limit", "integer")]
    operation = listing(params, envelope(entries=WIDGETS, later=STRING))
    assert scheme_of(tmp_path, operation) == ir.PageScheme("OffsetPage", K.OFFSET, "entries", "offset", "", "", "limit")
    config = "pagination:\n  offset: Slice\n"
    assert scheme_of(tmp_path, operation, config) == ir.PageScheme(
        "Slice", K.OFFSET, "entries", "offset", "", "", "limit"
    )
    config = "pagination:\n  operations:\n    listWidgets: none\n"
    assert scheme_of(tmp_path, operation, config) is None
    config = "pagination:\n  operations:\n    listWidgets: {scheme: cursor, param: skip_to, next: later, name: Later}\n"
    assert scheme_of(tmp_path, operation, config) == ir.PageScheme("Later", K.CURSOR, "entries", "skip_to", "later", "")
    config = "pagination:\n  operations:\n    listWidgets: {scheme: page_number, param: count, size: limit, items: .}\n"
    named = scheme_of(tmp_path, operation, config)
    assert named == ir.PageScheme("PageNumberPage", K.PAGE_NUMBER, "", "count", "", "", "limit")


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (
            "pagination:\n  operations:\n    listWidgets: {scheme: cursor, param: nope, next: later}\n",
            "sdkgen.yaml:3:5: error: the operation has no query parameter 'nope'",
        ),
        (
            "pagination:\n  operations:\n    listWidgets: {scheme: cursor, param: skip_to, next: sooner}\n",
            "sdkgen.yaml:3:5: error: the response has no field 'sooner'",
        ),
        (
            "pagination:\n  operations:\n    listWidgets: {scheme: offset, items: rows}\n",
            "sdkgen.yaml:3:5: error: the response has no field 'rows'",
        ),
        (
            "pagination:\n  operations:\n    listGadgets: none\n",
            "sdkgen.yaml:3:5: error: no operation has the operationId 'listGadgets'",
        ),
    ],
)
def test_config_schemes_that_do_not_fit_are_located_errors(tmp_path: Path, config: str, expected: str) -> None:
    params = [query("skip_to"), query("offset", "integer"), query("limit", "integer")]
    with pytest.raises(GenerationError) as err:
        build(tmp_path, listing(params, envelope(entries=WIDGETS, later=STRING)), config)
    rendered = [d.render() for d in err.value.diagnostics]
    assert any(expected in line for line in rendered), rendered


def test_the_config_knows_every_kind() -> None:
    assert PAGE_KINDS == tuple(k.value for k in K)


def test_shapes_of_one_kind_get_distinct_names(tmp_path: Path) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            f"/{name}": {"get": listing([], envelope(**{name: WIDGETS, "next_page_uri": STRING}))}
            for name in ("calls", "messages", "queues")
        },
        "components": {"schemas": {"Widget": WIDGET}},
    }
    for index, path in enumerate(document["paths"].values()):
        path["get"]["operationId"] = f"list{index}"
    document["paths"]["/more_calls"] = {"get": {**listing([], envelope(calls=WIDGETS, next_page_uri=STRING))}}
    document["paths"]["/more_calls"]["get"]["operationId"] = "list9"
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(document))
    (tmp_path / "sdkgen.yaml").write_text("{}\n")
    api = build_ir(load_document(spec), read_config(tmp_path / "sdkgen.yaml")).api
    assert [(s.name, s.items_field) for s in api.page_schemes] == [
        ("MessagesNextUrlPage", "messages"),
        ("NextUrlPage", "calls"),  # the shape most operations use keeps the plain name
        ("QueuesNextUrlPage", "queues"),
    ]
    assert {op.operation_id: op.page.name for op in api.operations() if op.page} == {
        "list0": "NextUrlPage",
        "list1": "MessagesNextUrlPage",
        "list2": "QueuesNextUrlPage",
        "list9": "NextUrlPage",
    }


def test_the_paging_specs_each_show_their_scheme() -> None:
    config = read_config(TEST_SPECS / "paging.sdk.yaml")
    found = {}
    for spec in sorted(TEST_SPECS.glob("paging_*.yaml")):
        (op,) = build_ir(load_document(spec), config).api.operations()
        assert op.page is not None, spec.name
        found[spec.stem] = op.page.kind
    assert found == {
        "paging_cursor": K.CURSOR,
        "paging_item_id": K.CURSOR_ITEM_ID,
        "paging_link_header": K.LINK_HEADER,
        "paging_next_url": K.NEXT_URL,
        "paging_offset": K.OFFSET,
        "paging_page_number": K.PAGE_NUMBER,
    }


def real_api(name: str) -> ir.Api:
    spec = shared_spec(name)
    return build_front(load_document(spec), SdkConfig(path="sdkgen.yaml"), spec)[0].api


def kinds(api: ir.Api) -> dict[str, int]:
    found: dict[str, int] = {}
    for op in api.operations():
        if op.page is not None:
            found[op.page.kind.value] = found.get(op.page.kind.value, 0) + 1
    return found


def test_stripe_lists_page_by_the_last_item_and_searches_by_next_page() -> None:
    api = real_api("real/stripe-spec3.yaml")
    assert kinds(api) == {"cursor_item_id": 100, "cursor": 7}  # none before the schemes were detected
    pages = {op.operation_id: op.page for op in api.operations() if op.page}
    assert pages["GetCustomers"] == ir.PageScheme(
        "CursorPage", K.CURSOR_ITEM_ID, "data", "starting_after", "id", "has_more"
    )
    assert pages["GetCustomersSearch"] == ir.PageScheme(
        "NextCursorPage", K.CURSOR, "data", "page", "next_page", "has_more"
    )


def test_twilio_lists_follow_the_next_page_uri() -> None:
    api = real_api("real/twilio_api_v2010.json")
    assert kinds(api) == {"next_url": 60, "page_number": 1}  # none before
    calls = next(op.page for op in api.operations() if op.operation_id == "ListCall")
    assert calls == ir.PageScheme("CallsNextUrlPage", K.NEXT_URL, "calls", "", "next_page_uri", "")


def test_openai_lists_keep_their_pages_and_usage_lists_gain_one() -> None:
    api = real_api("openai-full.yaml")
    # 40 + 11 as before; the usage lists' `page`/`next_page` cursor is new
    assert kinds(api) == {"cursor_last_id": 40, "cursor_item_id": 11, "cursor": 11}
    usage = next(op.page for op in api.operations() if op.operation_id == "usage-completions")
    assert usage == ir.PageScheme("NextCursorPage", K.CURSOR, "data", "page", "next_page", "has_more")
