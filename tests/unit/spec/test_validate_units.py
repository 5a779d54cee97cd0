"""The schema validator, cached by part of the document: the same findings as validating
the whole document, and an edit revalidates only the part it touched."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from generator.core.cache import TextCache
from generator.spec.load import load_document
from generator.spec.validate import spec_validator_findings
from generator.spec.validate_units import unit_findings

from conftest import SPEC, shared_spec

SMALL = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/a": {
            "get": {
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": 7}}}}}
            }
        },
        "/b": {"get": {"responses": {"200": {"description": "OK"}}}},
    },
    "components": {
        "schemas": {
            "Good": {"type": "object", "properties": {"n": {"type": "integer", "default": 1}}},
            "Bad": {"type": "object", "properties": {"n": {"type": "integer", "default": "one"}}},
        }
    },
}


def findings(result: tuple[object, ...]) -> Counter[tuple[str, str]]:
    return Counter((d.message, d.severity.value) for d in result)  # type: ignore[attr-defined]


def test_the_same_findings_as_the_whole_document(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(SMALL))
    document = load_document(spec)
    whole = spec_validator_findings(document, lenient=False)
    assert len(whole) >= 2
    cache = TextCache(tmp_path / "cache", "units")
    assert findings(unit_findings(document, lenient=False, cache=cache)) == findings(whole)
    assert findings(unit_findings(document, lenient=False, cache=cache)) == findings(whole)  # from the cache
    located = {d.location.pointer for d in unit_findings(document, lenient=False, cache=cache)}
    assert (
        "/components/schemas/Bad/properties/n" in located or "/components/schemas/Bad/properties/n/default" in located
    )


def test_an_edit_revalidates_only_what_it_touched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(SMALL))
    cache = TextCache(tmp_path / "cache", "units")
    unit_findings(load_document(spec), lenient=True, cache=cache)
    misses: list[str] = []
    get = TextCache.get

    def counting(self: TextCache, key: str) -> str | None:
        found = get(self, key)
        if found is None:
            misses.append(key)
        return found

    monkeypatch.setattr(TextCache, "get", counting)
    edited = {
        **SMALL,
        "paths": {**SMALL["paths"], "/b": {"get": {"summary": "new", "responses": {"200": {"description": "OK"}}}}},
    }
    spec.write_text(yaml.safe_dump(edited))
    unit_findings(load_document(spec), lenient=True, cache=cache)
    assert len(misses) == 1  # the path item /b; nothing else is validated again


def test_our_spec_and_openais_agree_with_whole_validation(tmp_path: Path) -> None:
    for path in (SPEC, shared_spec("openai-conversations.yaml")):
        document = load_document(path)
        whole = spec_validator_findings(document, lenient=True)
        assert findings(unit_findings(document, lenient=True, cache=TextCache(tmp_path, "u"))) == findings(whole)


def test_the_passes_apart_give_the_findings_of_both(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    undescribed = {"get": {"responses": {"200": {}}}}  # the OpenAPI schema wants a description
    spec.write_text(yaml.safe_dump({**SMALL, "paths": {**SMALL["paths"], "/c": undescribed}}))
    document = load_document(spec)
    cache = TextCache(None, "")
    both = unit_findings(document, lenient=False, cache=cache)
    apart = [unit_findings(document, lenient=False, cache=cache, passes=(name,)) for name in ("schema", "walk")]
    assert all(apart) and apart[0] + apart[1] == both  # each pass finds something here
