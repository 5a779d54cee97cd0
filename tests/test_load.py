"""Stage 1: loading YAML/JSON with positions, and refusing what is not a spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import GenerationError
from generator.load import load_document


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
