"""OpenAPI 3.0.x documents through the schema validator: a valid one has no findings, an
invalid one's findings are located (line, column, JSON pointer) as a 3.1 document's are,
by `sdkgen validate` and by the generation path (`validate_units`, `ValidationJob`) alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import generator.spec.validation_job as job_module
from generator.cli import EXIT_OK, main
from generator.core.cache import TextCache, digest
from generator.core.diagnostics import Diagnostic, Severity
from generator.spec.load import load_document
from generator.spec.validate import validate_document
from generator.spec.validate_units import unit_findings
from generator.spec.validation_job import ValidationJob

from conftest import shared_spec

VERSIONS = ("3.0.0", "3.0.3")

# `nullable` and a boolean `exclusiveMinimum` are OpenAPI 3.0 schema keywords: the 3.1
# validator rejects the latter, so this passes only when the 3.0 validator runs.
VALID = """\
openapi: {version}
info:
  title: Things
  version: "1"
paths:
  /things/{{id}}:
    get:
      operationId: getThing
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Thing"
components:
  schemas:
    Thing:
      type: object
      nullable: true
      required: [id]
      properties:
        id:
          type: string
        count:
          type: integer
          minimum: 0
          exclusiveMinimum: true
          default: 1
"""

# A finding is located at the key of the node it is about; the comments give the
# (line, column) the tests assert.
INVALID = """\
openapi: {version}
info:
  title: Things
  version: "1"
paths:
  /things:
    get:                             # (7, 5): no responses
      summary: no responses
  /others:
    get:
      responses:
        "200":
          description: OK
components:
  schemas:
    Thing:
      type: object
      required: name                 # (18, 7): not an array
    Counter:
      type: object
      properties:
        count:                       # (22, 9): its default is not an integer
          type: integer
          default: one
"""

MISSING_RESPONSES = ("/paths/~1things/get", 7, 5, "'responses' is a required property")
REQUIRED_NOT_ARRAY = ("/components/schemas/Thing/required", 18, 7, "'name' is not of type 'array'")
DEFAULT_NOT_INTEGER = ("/components/schemas/Counter/properties/count", 22, 9, "'one' is not of type 'integer'")


def write(tmp_path: Path, template: str, version: str) -> Path:
    spec = tmp_path / "spec.yaml"
    spec.write_text(template.format(version=version))
    return spec


def located(findings: tuple[Diagnostic, ...], version: str) -> set[tuple[str, int, int, str]]:
    """(pointer, line, column, message without its version prefix) of each finding."""
    prefix = f"OpenAPI {version}: "
    assert all(d.message.startswith(prefix) for d in findings), [d.message for d in findings]
    return {(d.location.pointer, d.location.line, d.location.column, d.message[len(prefix) :]) for d in findings}


@pytest.mark.parametrize("version", VERSIONS)
def test_a_valid_document_has_no_findings(tmp_path: Path, version: str) -> None:
    assert validate_document(load_document(write(tmp_path, VALID, version))) == ()


def test_the_3_0_keywords_are_read_by_the_3_0_validator(tmp_path: Path) -> None:
    findings = validate_document(load_document(write(tmp_path, VALID, "3.1.0")))
    assert [d.message for d in findings if d.location.pointer.endswith("/count/exclusiveMinimum")] == [
        "OpenAPI 3.1.0: True is not of type 'number'"
    ]


@pytest.mark.parametrize("version", VERSIONS)
def test_an_invalid_document_has_located_errors(tmp_path: Path, version: str) -> None:
    findings = validate_document(load_document(write(tmp_path, INVALID, version)))
    assert {d.severity for d in findings} == {Severity.ERROR}
    assert all(d.location.file.endswith("spec.yaml") for d in findings)
    assert {MISSING_RESPONSES, REQUIRED_NOT_ARRAY, DEFAULT_NOT_INTEGER} <= located(findings, version)
    assert not [d for d in findings if d.location.line < 2]  # nothing left at the top of the file


@pytest.mark.parametrize("version", VERSIONS)
def test_lenient_makes_the_findings_warnings(tmp_path: Path, version: str) -> None:
    findings = validate_document(load_document(write(tmp_path, INVALID, version)), lenient=True)
    assert findings and {d.severity for d in findings} == {Severity.WARNING}
    assert DEFAULT_NOT_INTEGER in located(findings, version)


@pytest.mark.parametrize("version", VERSIONS)
def test_located_as_in_a_3_1_document(tmp_path: Path, version: str) -> None:
    """Findings both versions make are located alike (3.1 does not require `responses`)."""
    findings_30 = located(validate_document(load_document(write(tmp_path, INVALID, version))), version)
    findings_31 = located(validate_document(load_document(write(tmp_path, INVALID, "3.1.0"))), "3.1.0")
    assert findings_31 == {REQUIRED_NOT_ARRAY, DEFAULT_NOT_INTEGER}
    assert findings_31 <= findings_30


@pytest.mark.parametrize("version", VERSIONS)
def test_the_generation_path_finds_the_same(tmp_path: Path, version: str) -> None:
    spec = write(tmp_path, INVALID, version)
    document = load_document(spec)
    whole = validate_document(document)
    assert unit_findings(document, lenient=False, cache=TextCache(None, "")) == whole
    cache, units = TextCache(tmp_path / "cache", "validate"), TextCache(tmp_path / "cache", "validate-units")
    assert ValidationJob(document, spec.read_bytes(), lenient=False, cache=cache, units=units).result() == whole


def test_a_crash_cached_by_an_earlier_sdkgen_is_not_reused(tmp_path: Path) -> None:
    spec = write(tmp_path, VALID, "3.0.3")
    document, source = load_document(spec), spec.read_bytes()
    cache = TextCache(tmp_path / "cache", "validate")
    earlier_key = digest(job_module._VERSION, "False", document.path, source.decode())
    crash = ["error", "openapi-spec-validator failed: super(type, obj): ...", document.path, "", 1, 1, "fix the spec"]
    cache.put(earlier_key, json.dumps([crash]))
    assert ValidationJob(document, source, lenient=False, cache=cache, units=TextCache(None, "")).result() == ()


def test_sdkgen_validate_accepts_a_3_0_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write(tmp_path, VALID, "3.0.3")
    assert main(["validate", "--spec", str(spec)]) == EXIT_OK
    captured = capsys.readouterr()
    assert "is valid (0 warning(s))" in captured.out
    assert "openapi-spec-validator failed" not in captured.out + captured.err


@pytest.mark.parametrize("name", ["oai-petstore.yaml", "oai-uspto.yaml"])
def test_the_oai_examples_are_valid(name: str) -> None:
    document = load_document(shared_spec(f"real/{name}"))
    assert str(document.data["openapi"]).startswith("3.0.")
    assert validate_document(document) == ()
