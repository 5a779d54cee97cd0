"""`ApiDiff.to_json()`, the report of `sdkgen diff --format json`: its shape on a real small
change, its fixed key order, and the same bump and next version as the text report."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.surface import ApiDiff

from .test_diff import diff, thing

TOP_KEYS = ["old", "new", "version", "bump", "next_version", "breaking", "counts", "changes", "diagnostics"]
CHANGE_KEYS = [
    "kind",
    "element",
    "where",
    "method",
    "endpoint",
    "argument",
    "model",
    "field",
    "rule",
    "breaking",
    "category",
    "description",
    "file",
    "line",
    "column",
    "pointer",
]
DIAGNOSTIC_KEYS = ["severity", "file", "line", "column", "pointer", "message", "hint"]


def small_change(doc: dict[str, Any]) -> None:
    """One of each: a removed method, an added argument and field, a description, and a
    query parameter allowing reserved characters (a warning: the SDK encodes them)."""
    parameters = doc["paths"]["/things"]["get"]["parameters"]
    parameters.append({"name": "after", "in": "query", "allowReserved": True, "schema": {"type": "string"}})
    doc["paths"]["/things/{thing_id}"].pop("delete")
    thing(doc)["properties"]["size"] = {"type": "integer"}
    thing(doc)["description"] = "A thing, described anew."


def report(result: ApiDiff) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.to_json())
    return data


def test_the_json_report_of_a_small_change(tmp_path: Path) -> None:
    result = diff(tmp_path, small_change)
    data = report(result)
    assert list(data) == TOP_KEYS
    assert (data["old"], data["new"]) == (result.old, result.new)
    assert data["new"].endswith("new.yaml")
    assert (data["version"], data["bump"], data["next_version"], data["breaking"]) == ("0.1.0", "minor", "0.2.0", True)
    assert data["counts"] == {"breaking": 1, "additions": 2, "other": 1}
    assert [list(change) for change in data["changes"]] == [CHANGE_KEYS] * 4
    removed, argument, field, described = data["changes"]
    assert removed == {
        "kind": "removed",
        "element": "method",
        "where": "things.delete",
        "method": "things.delete",
        "endpoint": "DELETE /things/{thing_id}",
        "argument": None,
        "model": None,
        "field": None,
        "rule": "method_removed",
        "breaking": True,
        "category": "breaking",
        "description": "was DELETE /things/{thing_id}",
        "file": result.old,
        "line": result.changes[0].location.line,
        "column": result.changes[0].location.column,
        "pointer": "/paths/~1things~1{thing_id}/delete",
    }
    assert isinstance(removed["line"], int) and isinstance(removed["column"], int)
    assert {k: argument[k] for k in ("kind", "where", "method", "endpoint", "argument", "model", "field")} == {
        "kind": "added",
        "where": "things.list(after)",
        "method": "things.list",
        "endpoint": "GET /things",
        "argument": "after",
        "model": None,
        "field": None,
    }
    assert (argument["breaking"], argument["category"], argument["description"]) == (
        False,
        "addition",
        "optional, string",
    )
    assert (field["element"], field["method"], field["model"], field["field"], field["file"]) == (
        "field",
        None,
        "Thing",
        "size",
        result.new,
    )
    assert field["pointer"] == "/components/schemas/Thing/properties/size"
    assert (described["kind"], described["element"], described["rule"], described["category"]) == (
        "changed",
        "model",
        "docs_changed",
        "other",
    )
    [warning] = data["diagnostics"]
    assert list(warning) == DIAGNOSTIC_KEYS
    assert warning["severity"] == "warning" and "query parameter 'after'" in warning["message"]
    assert warning["file"] == result.new and isinstance(warning["line"], int) and isinstance(warning["column"], int)
    assert warning["pointer"] == "/paths/~1things/get/parameters/2" and warning["hint"]


def test_the_json_report_is_deterministic_and_agrees_with_the_text(tmp_path: Path) -> None:
    first = diff(tmp_path, small_change).to_json()
    second = diff(tmp_path, small_change).to_json()
    assert first == second
    assert first == json.dumps(json.loads(first), indent=2, ensure_ascii=False) + "\n"
    summary = diff(tmp_path, small_change).summary()
    data = json.loads(first)
    assert summary.endswith(f"a {data['bump']} version bump ({data['version']} -> {data['next_version']})")


def test_the_json_report_of_no_change_and_of_an_unknown_version(tmp_path: Path) -> None:
    unchanged = report(diff(tmp_path, lambda doc: None))
    assert (unchanged["bump"], unchanged["next_version"], unchanged["breaking"]) == ("none", "0.1.0", False)
    assert unchanged["changes"] == [] and unchanged["diagnostics"] == []
    assert unchanged["counts"] == {"breaking": 0, "additions": 0, "other": 0}
    unknown = report(replace(diff(tmp_path, small_change), version=""))
    assert (unknown["version"], unknown["bump"], unknown["next_version"]) == (None, "major", None)


def test_a_location_without_a_line_is_null(tmp_path: Path) -> None:
    result = diff(tmp_path, small_change)
    change = result.changes[0]
    moved = replace(change, location=replace(change.location, line=None, column=None, pointer=""))
    data = report(replace(result, changes=(moved,)))
    assert [data["changes"][0][k] for k in ("file", "line", "column", "pointer")] == [result.old, None, None, ""]
