"""The validator with its repeated work removed (`spec.validator_reuse`) finds exactly what
openapi-spec-validator as released finds, on documents with findings of every kind."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from generator.spec.load import load_document
from generator.spec.validate import spec_validator_findings
from generator.spec.validator_reuse import crawled, document_validator

from conftest import shared_spec


def document(version: str) -> dict[str, Any]:
    """A document with a finding of each pass: a bad schema keyword (the document against the
    OpenAPI schema, and each schema against its dialect), a default of the wrong type, a
    required property never defined, a response without a description."""
    bad_default = {"type": "integer", "default": "one"}
    return {
        "openapi": version,
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "parameters": [{"name": "q", "in": "query", "schema": {"type": "string", "minLength": "x"}}],
                    "responses": {"200": {"content": {"application/json": {"schema": {"type": 7}}}}},
                }
            },
            "/b": {"post": {"responses": {"200": {"description": "OK"}}}},
        },
        "components": {
            "schemas": {
                "Bad": {"type": "object", "properties": {"n": bad_default, "m": {"items": {"type": "nope"}}}},
                "Missing": {"type": "object", "required": ["x"], "allOf": [{"properties": {"y": {}}}]},
                "Fine": {"type": "object", "properties": {"n": {"type": "integer", "default": 1}}},
            }
        },
    }


def stock(data: dict[str, Any]) -> Counter[str]:
    validator = (OpenAPIV31SpecValidator if str(data["openapi"]).startswith("3.1") else OpenAPIV30SpecValidator)(data)
    return Counter(error.message for error in validator.iter_errors())


def ours(path: Path) -> Counter[str]:
    found = spec_validator_findings(load_document(path), lenient=True)
    return Counter(d.message.split(": ", 1)[1] for d in found)


@pytest.mark.parametrize("version", ["3.1.0", "3.0.3"])
def test_the_same_findings_as_the_released_validator(tmp_path: Path, version: str) -> None:
    data = document(version)
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(data, sort_keys=False))
    expected = stock(data)
    assert sum(expected.values()) >= 3  # the document has findings of several kinds
    assert ours(spec) == expected


def test_the_same_findings_on_a_real_spec() -> None:
    spec = shared_spec("openai-conversations.yaml")
    assert ours(spec) == stock(load_document(spec).data)


def test_a_crawled_validator_finds_what_the_original_finds() -> None:
    original = OpenAPIV31SpecValidator.schema_validator
    reused = document_validator(OpenAPIV31SpecValidator)
    data = document("3.1.0")
    assert reused is document_validator(OpenAPIV31SpecValidator)  # built once
    found = sorted(error.message for error in reused.iter_errors(data))
    assert found == sorted(error.message for error in original.iter_errors(data))
    assert found


def test_a_validator_without_a_resolver_is_kept_as_it_is() -> None:
    class Plain:
        pass

    plain: Any = Plain()
    assert crawled(plain) is plain
