"""Validation's slow half runs beside the other stages: its findings are cached by content,
and its errors still stop generation, even when a later stage fails first."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator.pipeline as pipeline
import generator.spec.validation_job as job_module
from generator.core.cache import TextCache
from generator.core.diagnostics import GenerationError, Severity
from generator.spec.load import load_document
from generator.spec.validation_job import ValidationJob

from conftest import CONFIG

INVALID = (
    "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /things:\n    get:\n"
    "      responses: {'200': {description: OK, content: {application/json: {schema: {type: 7}}}}}\n"
)


def write(tmp_path: Path, text: str) -> Path:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    return spec


def test_findings_come_from_the_worker_and_then_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = write(tmp_path, INVALID)
    document = load_document(spec)
    cache = TextCache(tmp_path / "cache", "validate")
    first = ValidationJob(document, spec.read_bytes(), lenient=True, cache=cache, units=TextCache(None, "")).result()
    assert [(d.severity, d.location.pointer) for d in first] == [
        (Severity.WARNING, "/paths/~1things/get/responses/200/content/application~1json/schema/type")
    ]

    def never(*args: object, **kwargs: object) -> tuple[()]:
        raise AssertionError("validated again")

    monkeypatch.setattr(job_module, "unit_findings", never)
    again = ValidationJob(document, spec.read_bytes(), lenient=True, cache=cache, units=TextCache(None, "")).result()
    assert again == first
    # Another lenient flag is another key: computed again (here in this process).
    monkeypatch.setattr(job_module.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    with pytest.raises(AssertionError, match="validated again"):
        ValidationJob(document, spec.read_bytes(), lenient=False, cache=cache, units=TextCache(None, "")).result()


def test_validator_errors_stop_generation(tmp_path: Path) -> None:
    spec = write(tmp_path, INVALID)
    with pytest.raises(GenerationError) as err:
        pipeline.generate_files(spec, CONFIG, cache_root=None)
    assert [d.severity for d in err.value.diagnostics] == [Severity.ERROR]
    assert "is not valid under any of the given schemas" in err.value.diagnostics[0].message


def test_a_later_stage_failing_on_an_invalid_spec_reports_the_validator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = write(tmp_path, INVALID)

    def crash(*args: object) -> None:
        raise RuntimeError("a stage met what the validator rejects")

    monkeypatch.setattr(pipeline, "_generate", crash)
    with pytest.raises(GenerationError) as err:
        pipeline.generate_files(spec, CONFIG, cache_root=None)
    assert err.value.diagnostics[0].location.pointer.endswith("/schema/type")


def test_an_unreadable_cache_entry_is_validated_again(tmp_path: Path) -> None:
    spec = write(tmp_path, INVALID)
    document = load_document(spec)
    cache = TextCache(tmp_path / "cache", "validate")
    job = ValidationJob(document, spec.read_bytes(), lenient=True, cache=cache, units=TextCache(None, ""))
    job.result()
    for entry in (tmp_path / "cache").rglob("*"):
        if entry.is_file():
            entry.write_text("{not json")
    assert (
        ValidationJob(document, spec.read_bytes(), lenient=True, cache=cache, units=TextCache(None, "")).result()
        == job.result()
    )
