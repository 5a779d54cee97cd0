"""Loading YAML/JSON with positions, and refusing what is not a spec, in bounded time and
memory."""

from __future__ import annotations

import json
import time
import tracemalloc
from pathlib import Path

import pytest

from generator.core.diagnostics import GenerationError
from generator.spec.load import load_document


def write(tmp_path: Path, text: str | bytes, name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def messages(err: pytest.ExceptionInfo[GenerationError]) -> list[str]:
    return [d.render() for d in err.value.diagnostics]


def test_positions_are_recorded_for_every_node(tmp_path: Path) -> None:
    path = write(tmp_path, "openapi: 3.1.0\npaths:\n  /a:\n    get:\n      summary: hi\n")
    document = load_document(path, display="spec.yaml")
    assert document.data["paths"]["/a"]["get"]["summary"] == "hi"
    location = document.locate("/paths/~1a/get/summary")
    assert (location.line, location.column) == (5, 7)
    assert str(document.locate("/paths/~1a/get/missing/deeper")) == "spec.yaml:4:5"


def test_json_is_read_with_positions(tmp_path: Path) -> None:
    path = write(tmp_path, '{\n  "openapi": "3.1.0",\n  "paths": {}\n}\n', "spec.json")
    document = load_document(path)
    assert document.data == {"openapi": "3.1.0", "paths": {}}
    assert document.locate("/paths").line == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "spec.yaml: error: the file is empty"),
        ("- a\n- b\n", "spec.yaml:1:1: error: the document is not a mapping"),
        ("a: [1, 2\n", "spec.yaml:2:1: error: not valid YAML or JSON"),
        (b"\x00\x01binary", "spec.yaml: error: the file is binary, not YAML or JSON"),
        (b"a: \xff\xfe\n", "spec.yaml: error: the file is not UTF-8 (byte 3)"),
        ("a: 1\nb: 2\na: 3\n", "spec.yaml:3:1: error: duplicate key 'a' [at /a]"),
    ],
)
def test_broken_input_is_a_located_error(tmp_path: Path, text: str | bytes, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(GenerationError) as err:
        load_document(path, display="spec.yaml")
    assert messages(err)[0].startswith(expected)


def test_alias_expansion_is_bounded(tmp_path: Path) -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 8)]
    path = write(tmp_path, "\n".join(levels) + "\n")
    with pytest.raises(GenerationError) as err:
        load_document(path, display="spec.yaml")
    assert "expands to over 2000000 nodes (YAML alias expansion?)" in messages(err)[0]


def test_deep_nesting_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = write(tmp_path, "a: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(GenerationError) as err:
        load_document(path, display="spec.yaml")
    assert "nested over 400 levels deep" in messages(err)[0]


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GenerationError) as err:
        load_document(tmp_path / "nope.yaml", display="nope.yaml")
    assert messages(err)[0].startswith("nope.yaml: error: cannot read the file")


def test_a_50_mb_spec_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("w") as f:
        f.write("openapi: 3.1.0\ninfo: {title: Huge, version: '1'}\npaths: {}\nx-filler:\n")
        line = "  - " + "x" * 96 + "\n"
        f.write(line * (50 * 1024 * 1024 // len(line)))
    assert path.stat().st_size > 50 * 1024 * 1024 - 200
    started = time.perf_counter()
    with pytest.raises(GenerationError) as err:
        load_document(path, display="huge.yaml")
    assert time.perf_counter() - started < 1
    assert messages(err)[0].startswith(f"huge.yaml: error: the file is {path.stat().st_size} bytes, over the")


@pytest.mark.parametrize(
    "text",
    [
        "a: [" * 3000 + "]" * 3000,  # thousands of levels
        "\n".join(
            [f"a0: &a0 [{', '.join(['x'] * 9)}]"]
            + [f"a{i}: &a{i} [{', '.join([f'*a{i-1}'] * 9)}]" for i in range(1, 12)]
        ),
    ],
)
def test_hostile_structure_is_refused_quickly_and_in_little_memory(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text + "\n")
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(GenerationError):
        load_document(path, display="spec.yaml")
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 5 and peak < 64 * 1024 * 1024


def test_json_is_read_as_json_where_yaml_differs(tmp_path: Path) -> None:
    """Escaped surrogate pairs (as `json.dumps` writes an emoji) and raw characters JSON allows in
    strings but YAML forbids or reads as line breaks."""
    value = "emoji 😀, separators \u2028\u2029\x85, controls \x7f\x80\x9f, \ufffe\uffff, escaped \\ud83d"
    spec = {"openapi": "3.1.0", "info": {"title": value, "version": "1"}, "paths": {}}
    for ensure_ascii in (True, False):
        path = write(tmp_path, json.dumps(spec, ensure_ascii=ensure_ascii), "spec.json")
        assert load_document(path).data == spec


def test_a_lone_surrogate_is_a_located_error(tmp_path: Path) -> None:
    path = write(tmp_path, '{"openapi": "3.1.0", "info": {"title": "\\ud83d"}}', "spec.json")
    with pytest.raises(GenerationError) as err:
        load_document(path, display="spec.json")
    assert messages(err)[0].startswith("spec.json:1:43: error: not valid YAML or JSON")
