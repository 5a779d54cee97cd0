"""The back-end protocol: what every target starts from, what it returns, and what it declares.

A target (a language) is a `Target`: its name, its built-in templates and their contract,
the reader of its section of the SDK config, the names its generated code keeps for
itself, and `generate`, its back end. The pipeline builds one `Front` per run (load ->
validate -> normalize -> build IR) and hands it to the back end of each target it
generates; a back end returns a `TargetOutput`. Every target lives in a folder of its own
under `targets/` and is registered once, in `generator/registry.py`. Nothing here is
specific to a language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from .. import ir
from ..core.diagnostics import Diagnostic, Location, Locator
from ..core.settings import SectionReader
from .contract import Contract

S = TypeVar("S")
Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class JsonSchemas:
    """The spec's component schemas after normalizing, as JSON Schema (`components`, by
    name) in an OpenAPI document of version `openapi`: for a back end that hands schemas
    to a schema-driven model generator (the Python target's datamodel-code-generator
    adapter is the one). Every other use reads `ir.Api.models`."""

    openapi: str
    components: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Front:
    """What every back end starts from: the IR, the spec's name as diagnostics show it
    (`spec_name`) and as it may appear inside a generated one-line comment
    (`spec_comment`), what locates a JSON pointer of the spec (`locate`), and the
    normalized schemas for a schema-driven model generator (`schemas`)."""

    api: ir.Api
    spec_name: str
    spec_comment: str
    locate: Locator
    schemas: JsonSchemas


@dataclass(frozen=True, slots=True)
class Templates:
    """A target's built-in template set and a user's override directory laid over it."""

    builtin: Path
    overrides: Path | None = None

    @property
    def layers(self) -> tuple[Path, ...]:
        """The template directories, the one that wins first."""
        return (self.overrides, self.builtin) if self.overrides is not None else (self.builtin,)


@dataclass(frozen=True, slots=True)
class HandWritten:
    """A hand-written file the generated code imports (a mixin under `lib/`): its path
    relative to the output directory, the names it must define, and where the config
    asks for it. Generation checks it exists before writing anything."""

    path: str
    names: tuple[str, ...]
    location: Location


@dataclass(frozen=True, slots=True)
class TargetOutput:
    """A target's files by path relative to its output directory, how many models (types
    of the spec's schemas) they define, the hand-written files they import, and the
    warnings of this target alone."""

    files: dict[str, str]
    models: int
    diagnostics: tuple[Diagnostic, ...] = ()
    hand_written: tuple[HandWritten, ...] = ()


@dataclass(frozen=True, slots=True)
class Target(Generic[S]):
    """One target language, as the pipeline and the CLI see it.

    - `name`: what `--target` and the config's `target:` say, and the key of its config
      section, which `read_settings` reads into the section's settings (`S`), each key
      optional; `defaults` gives the keys a section left out would take for an API (what
      `sdkgen init` writes).
    - `templates`: its built-in template set; `contract`: what those templates receive.
    - `version`: the version of the package it generates, from its section and the
      spec's `info.version`.
    - `generate`: its back end.
    - `reserved_type_names`: the names its generated modules import or define, which no
      schema's type may take; `type_name_suffixes`: the suffixes it appends to a type's
      name for a companion type (`FooParam`).

    A target declares its contract and back end as functions that import them, so that
    a command which generates nothing (`sdkgen check` on an unchanged tree) loads neither.
    """

    name: str
    templates: Path
    load_contract: Callable[[], Contract]
    read_settings: SectionReader[S]
    defaults: Callable[[ir.Api], dict[str, str]]
    version: Callable[[S, str], str]
    generate: Callable[[Front, S, Templates, Path | None, Progress], TargetOutput]
    reserved_type_names: frozenset[str] = frozenset()
    type_name_suffixes: tuple[str, ...] = ()

    @property
    def contract(self) -> Contract:
        """What the target's templates receive (its view-models are imported on first use)."""
        return self.load_contract()


def section_values(settings: object) -> dict[str, str]:
    """A target's settings as the keys of its config section that hold a string (what
    `sdkgen init` writes for a target; the licence is a shared key, not a section's)."""
    assert dataclasses.is_dataclass(settings) and not isinstance(settings, type)
    values = dataclasses.asdict(settings).items()
    return {key: value for key, value in values if isinstance(value, str) and key != "license"}
