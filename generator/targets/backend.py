"""What every target starts from: the normalized spec and its IR; and what a target gives.

`Front` is built once per generation by the pipeline (load -> normalize -> build IR) and
handed to one target's back end (`python_target`, `typescript.target`), which returns a
`TargetOutput`. Nothing here is specific to a language.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import ir
from ..core.diagnostics import Diagnostic
from ..spec.load import LoadedDocument


@dataclass(frozen=True, slots=True)
class Front:
    """The normalized document (every schema named), its IR, and the spec's file name as
    it may appear inside a generated comment (`spec_comment`)."""

    document: LoadedDocument
    api: ir.Api
    spec_comment: str


@dataclass(frozen=True, slots=True)
class TargetOutput:
    """A target's files by path relative to its output directory, how many models (types
    of the spec's schemas) they define, and the warnings of this target alone."""

    files: dict[str, str]
    models: int
    diagnostics: tuple[Diagnostic, ...] = ()
