"""Validation run beside the later stages: openapi-spec-validator over a loaded document.

Input: a `LoadedDocument` that passed the structural checks. Output: the validator's
diagnostics, from the cache when this exact document (its bytes and those of the files it
was bundled from, the validator's version, the lenient flag) was validated before, else
computed in forked worker processes (one per pass of a 3.1 document) while the pipeline
goes on with the later stages, so their seconds overlap theirs; there, the parts of the
document validated before are not validated again (`validate_units`). Where `fork` is not
available the work runs in the calling process on first `result()`.
"""

from __future__ import annotations

import json
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from importlib.metadata import version

from ..core.cache import TextCache, digest
from ..core.diagnostics import Diagnostic, Location, Severity
from .load import LoadedDocument
from .validate_units import PASSES, split_passes, unit_findings

_VERSION = f"openapi-spec-validator {version('openapi-spec-validator')}"
# What decides the findings besides the validator's version and the document: how we run the
# validator and map its findings. Bumped when that changes, so no entry an earlier sdkgen cached
# is reused (2: every OpenAPI 3.0 document was reported as a crash of the validator; 3: a
# schema default holding a `$ref` key crashed it too, see `validate.validator_data`).
_REVISION = "3"
# Handed to the forked worker by inheritance, not pickled.
_job_document: LoadedDocument | None = None
_job_units = TextCache(None, "")


class ValidationJob:
    """The validator's findings for one document, computed once, in the background."""

    def __init__(
        self, document: LoadedDocument, source: bytes, *, lenient: bool, cache: TextCache, units: TextCache
    ) -> None:
        """`source` is the document's file content: with its display name, it keys `cache`;
        `units` keeps the findings of each part of the document (see `validate_units`)."""
        global _job_document, _job_units
        self._document = document
        self._lenient = lenient
        self._cache = cache
        self._units = units
        self._key = digest(_VERSION, _REVISION, str(lenient), document.path, source.decode("utf-8", "surrogateescape"))
        cached = cache.get(self._key)
        self._findings = _decode(cached) if cached is not None else None
        self._pool: ProcessPoolExecutor | None = None
        self._futures: list[Future[tuple[Diagnostic, ...]]] = []
        if self._findings is None and "fork" in multiprocessing.get_all_start_methods():
            _job_document, _job_units = document, units
            # A 3.1 document's two passes run apart, each in a worker of its own.
            passes = [(name,) for name in PASSES] if split_passes(document) else [PASSES]
            self._pool = ProcessPoolExecutor(len(passes), mp_context=multiprocessing.get_context("fork"))
            self._futures = [self._pool.submit(_validate_inherited, lenient, names) for names in passes]

    def result(self) -> tuple[Diagnostic, ...]:
        """The findings (waiting for the worker if it is still at work)."""
        if self._findings is None:
            if self._futures and self._pool is not None:
                try:
                    self._findings = tuple(finding for future in self._futures for finding in future.result())
                finally:
                    self._pool.shutdown()
            else:
                self._findings = unit_findings(self._document, lenient=self._lenient, cache=self._units)
            self._cache.put(self._key, _encode(self._findings))
        return self._findings

    def cancel(self) -> None:
        """Stop waiting: the pipeline failed for another reason."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)


def _validate_inherited(lenient: bool, passes: tuple[str, ...]) -> tuple[Diagnostic, ...]:
    assert _job_document is not None
    return unit_findings(_job_document, lenient=lenient, cache=_job_units, passes=passes)


def _encode(findings: tuple[Diagnostic, ...]) -> str:
    rows = [
        [d.severity.value, d.message, d.location.file, d.location.pointer, d.location.line, d.location.column, d.hint]
        for d in findings
    ]
    return json.dumps(rows)


def _decode(text: str) -> tuple[Diagnostic, ...] | None:
    try:
        rows = json.loads(text)
        return tuple(
            Diagnostic(Severity(severity), message, Location(file, pointer, line, column), hint)
            for severity, message, file, pointer, line, column, hint in rows
        )
    except (ValueError, TypeError):
        return None  # an unreadable entry only costs time
