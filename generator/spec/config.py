"""The SDK config: `spec/sdk.yaml` -> `SdkConfig`.

The SDK config holds what an OpenAPI document cannot say: where credentials come from, the
query-array convention, how pages are named, overrides of the inferred resource/method
mapping, and, under a key of its own per target language (`python:`, `typescript:`), that
language's package and class names. `target:` names the language (or list of languages)
generated when the command line does not (by default the first target registered).

The shared settings are read here; the IR builder turns them into the IR. A target's
section is read by that target's own reader (`SectionReader`, handed in by the caller),
so a new language adds its section without touching this module. A section present is
always checked; a target to generate without one is an error of the pipeline. Unknown or
mistyped keys are errors pointing at their line, so a typo never silently falls back to a
default.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.diagnostics import GenerationError
from ..core.settings import SectionReader, Setting, SettingsReader
from .load import LoadedDocument, load_document

ARRAY_FORMATS = ("brackets", "repeat", "comma")


@dataclass(frozen=True, slots=True)
class HeaderOptionConfig:
    """A client option sent as a header when set (e.g. `organization`)."""

    param: str
    header: str
    env: str
    description: str


@dataclass(frozen=True, slots=True)
class OperationOverride:
    """Puts one operation (by operationId) on a given resource under a given method name."""

    operation_id: str
    resource: tuple[str, ...]
    method: str


@dataclass(frozen=True, slots=True)
class SdkConfig:
    """Everything the generator needs besides the spec.

    `sections` holds each target's settings, as its reader gave them, by target name, for
    the sections the config has; `path` is the config's name as diagnostics show it.
    """

    path: str
    default_base_url: str
    api_key_env: str
    base_url_env: str
    header_prefix: str
    array_format: str
    header_options: tuple[HeaderOptionConfig, ...]
    page_names: Mapping[str, str]
    overrides: tuple[OperationOverride, ...]
    sections: Mapping[str, object]
    targets: tuple[str, ...]  # the languages generated unless the command line names one
    templates: Path | None = None  # a template override directory (`templates:`, relative to the config)


_FIELDS: dict[str, Setting] = {
    # printed inside a string literal: no quote or backslash can end it
    "default_base_url": Setting(r"^https?://[^\s\"\\]+$", "an http(s) URL"),
    "api_key_env": Setting(r"^[A-Z_][A-Z0-9_]*$", "an environment variable name"),
    "base_url_env": Setting(r"^[A-Z_][A-Z0-9_]*$", "an environment variable name"),
    "header_prefix": Setting(r"^[A-Za-z][A-Za-z0-9-]*$", "a header name prefix"),
}
_HEADER_OPTION_FIELDS: dict[str, Setting] = {
    "param": Setting(r"^[a-z_][a-z0-9_]*$", "a parameter name"),
    "header": Setting(r"^[A-Za-z][A-Za-z0-9-]*$", "a header name"),
    "env": Setting(r"^[A-Z_][A-Z0-9_]*$", "an environment variable name"),
    "description": Setting(r"^[^\x00]*$", "a description"),
}
_TOP_KEYS = {*_FIELDS, "query", "header_options", "pagination", "operations", "templates", "target"}


def load_config(path: Path, *, sections: Mapping[str, SectionReader[object]], display: str | None = None) -> SdkConfig:
    """Read and check the SDK config; raise `GenerationError` listing every problem.

    `sections` are the targets' section readers by target name (and config key); the
    first is the target generated when the config names none.
    """
    document = load_document(path, display=display)
    reader = _Reader(document, sections)
    config = reader.read()
    if reader.problems:
        raise GenerationError(tuple(reader.problems))
    assert config is not None
    return config


class _Reader(SettingsReader):
    def __init__(self, document: LoadedDocument, sections: Mapping[str, SectionReader[object]]) -> None:
        super().__init__(document.locate)
        self.document = document
        self.sections = sections

    def read(self) -> SdkConfig | None:
        data = self.document.data
        self.unknown_keys(data, "", {*_TOP_KEYS, *self.sections})
        top = self.strings(data, "", _FIELDS)
        sections = {
            name: read(self, self.mapping(data, f"/{name}"), f"/{name}")
            for name, read in self.sections.items()
            if name in data
        }
        query = self.mapping(data, "/query")
        array_format = query.get("array_format", "brackets")
        if array_format not in ARRAY_FORMATS:
            self.fail("/query/array_format", f"array_format must be one of {', '.join(ARRAY_FORMATS)}")
        templates = self.templates(data.get("templates"))
        targets = self.targets(data.get("target", next(iter(self.sections), "")))
        if self.problems:
            return None
        return SdkConfig(
            path=self.document.path,
            templates=templates,
            targets=targets,
            sections=sections,
            array_format=str(array_format),
            header_options=self.header_options(data.get("header_options", [])),
            page_names=self.page_names(self.mapping(data, "/pagination")),
            overrides=self.overrides(self.mapping(data, "/operations")),
            **top,
        )

    def targets(self, value: Any) -> tuple[str, ...]:
        """`target:` names one language or a list of them."""
        names = value if isinstance(value, list) and value else [value]
        known = ", ".join(self.sections)
        for index, name in enumerate(names):
            if name not in self.sections or names.index(name) != index:
                pointer = "/target" + (f"/{index}" if isinstance(value, list) else "")
                self.fail(pointer, f"target must be one of {known} (or a list of them), got {name!r}")
        return tuple(str(n) for n in names)

    def templates(self, value: Any) -> Path | None:
        if value is None:
            return None
        folder = Path(self.document.path).parent / str(value)
        if not isinstance(value, str) or not folder.is_dir():
            self.fail("/templates", f"templates must name a directory (relative to the config), got {value!r}")
            return None
        return folder

    def header_options(self, items: Any) -> tuple[HeaderOptionConfig, ...]:
        options = []
        for index, item in enumerate(items if isinstance(items, list) else []):
            pointer = f"/header_options/{index}"
            if not isinstance(item, Mapping):
                self.fail(pointer, "expected a mapping with param, header, env, description")
                continue
            self.unknown_keys(item, pointer, set(_HEADER_OPTION_FIELDS))
            values = self.strings(item, pointer, _HEADER_OPTION_FIELDS)
            if len(values) == len(_HEADER_OPTION_FIELDS):
                options.append(HeaderOptionConfig(**values))
        return tuple(options)

    def page_names(self, data: Mapping[str, Any]) -> Mapping[str, str]:
        names = {}
        for kind, name in data.items():
            if not isinstance(name, str) or not re.fullmatch(r"^[A-Z][A-Za-z0-9]*$", name):
                self.fail(f"/pagination/{kind}", f"page name must be PascalCase, got {name!r}")
                continue
            names[str(kind)] = name
        return names

    def overrides(self, data: Mapping[str, Any]) -> tuple[OperationOverride, ...]:
        found = []
        for operation_id, item in sorted(data.items()):
            pointer = f"/operations/{operation_id}"
            if not isinstance(item, Mapping) or not {"resource", "method"} <= set(item):
                self.fail(pointer, "expected a mapping with `resource` (dotted) and `method`")
                continue
            resource, method = str(item["resource"]), str(item["method"])
            if not re.fullmatch(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$", resource):
                self.fail(f"{pointer}/resource", f"resource must be dotted snake_case, got {resource!r}")
            elif not re.fullmatch(r"^[a-z_][a-z0-9_]*$", method):
                self.fail(f"{pointer}/method", f"method must be snake_case, got {method!r}")
            else:
                found.append(OperationOverride(str(operation_id), tuple(resource.split(".")), method))
        return tuple(found)
