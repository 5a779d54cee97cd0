"""Stage 1b, config: `spec/sdk.yaml` -> `SdkConfig`.

The SDK config holds what an OpenAPI document cannot say: package and class names, where
credentials come from, the query-array convention, how pages are named, and overrides of
the inferred resource/method mapping. Shared settings sit at the top level; settings of one
target language sit under its own key (`python:`, `typescript:`), and `target:` names the
language (or list of languages) generated when the command line does not (Python by
default). Unknown or mistyped
keys are errors pointing at their line, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.diagnostics import Diagnostic, GenerationError, Severity
from .load import LoadedDocument, load_document

ARRAY_FORMATS = ("brackets", "repeat", "comma")
TARGETS = ("python", "typescript")


@dataclass(frozen=True, slots=True)
class HeaderOption:
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
class PythonConfig:
    """Settings of the Python target."""

    distribution: str
    import_name: str
    version: str
    client_class: str
    async_client_class: str
    error_base: str
    # Hand-written mixins the generated resource classes inherit, by dotted resource
    # path: `conversations.items` -> `lib.items:ItemsExtras` (its async twin is
    # `AsyncItemsExtras` in the same module, under `<import_name>/lib/`).
    mixins: Mapping[str, tuple[str, str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TypeScriptConfig:
    """Settings of the TypeScript target."""

    package: str  # the npm package name
    version: str
    client_class: str
    error_base: str


@dataclass(frozen=True, slots=True)
class SdkConfig:
    """Everything the generator needs besides the spec."""

    default_base_url: str
    api_key_env: str
    base_url_env: str
    header_prefix: str
    array_format: str
    header_options: tuple[HeaderOption, ...]
    page_names: Mapping[str, str]
    overrides: tuple[OperationOverride, ...]
    python: PythonConfig
    templates: Path | None = None  # a template override directory (`templates:`, relative to the config)
    typescript: TypeScriptConfig | None = None  # required to generate the TypeScript target
    targets: tuple[str, ...] = ("python",)  # the languages generated unless the command line names one


_IDENTIFIER = r"^[A-Za-z_][A-Za-z0-9_]*$"
_FIELDS: dict[str, tuple[str, str, bool]] = {
    # key: (pattern the value must match, what it is, required)
    # printed inside a string literal: no quote or backslash can end it
    "default_base_url": (r"^https?://[^\s\"\\]+$", "an http(s) URL", True),
    "api_key_env": (r"^[A-Z_][A-Z0-9_]*$", "an environment variable name", True),
    "base_url_env": (r"^[A-Z_][A-Z0-9_]*$", "an environment variable name", True),
    "header_prefix": (r"^[A-Za-z][A-Za-z0-9-]*$", "a header name prefix", True),
}
_PYTHON_FIELDS: dict[str, tuple[str, str, bool]] = {
    "distribution": (r"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$", "a distribution name", True),
    "import_name": (r"^[a-z_][a-z0-9_]*$", "a lower-case Python module name", True),
    "version": (r"^\d+(\.\d+)*([a-z]+\d+)?$", "a version like 1.2.3", True),
    "client_class": (_IDENTIFIER, "a Python class name", True),
    "async_client_class": (_IDENTIFIER, "a Python class name", True),
    "error_base": (_IDENTIFIER, "a Python class name", True),
}
_TYPESCRIPT_FIELDS: dict[str, tuple[str, str, bool]] = {
    # printed inside string literals and package.json: no quote or backslash
    "package": (r"^(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*$", "an npm package name", True),
    "version": (r"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$", "a semantic version like 1.2.3", True),
    "client_class": (r"^[A-Za-z_$][A-Za-z0-9_$]*$", "a TypeScript class name", True),
    "error_base": (r"^[A-Za-z_$][A-Za-z0-9_$]*$", "a TypeScript class name", True),
}
_TOP_KEYS = {*_FIELDS, "query", "header_options", "pagination", "operations", "python", "templates"}
_TOP_KEYS |= {"typescript", "target"}


def load_config(path: Path, *, display: str | None = None) -> SdkConfig:
    """Read and check the SDK config; raise `GenerationError` listing every problem."""
    document = load_document(path, display=display)
    reader = _Reader(document)
    config = reader.read()
    if reader.problems:
        raise GenerationError(tuple(reader.problems))
    assert config is not None
    return config


class _Reader:
    def __init__(self, document: LoadedDocument) -> None:
        self.document = document
        self.problems: list[Diagnostic] = []

    def fail(self, pointer: str, message: str, hint: str = "") -> None:
        self.problems.append(Diagnostic(Severity.ERROR, message, self.document.locate(pointer), hint))

    def read(self) -> SdkConfig | None:
        data = self.document.data
        self.unknown_keys(data, "", _TOP_KEYS)
        top = self.strings(data, "", _FIELDS)
        python = self.mapping(data, "/python")
        self.unknown_keys(python, "/python", {*_PYTHON_FIELDS, "mixins"})
        py = self.strings(python, "/python", _PYTHON_FIELDS)
        query = self.mapping(data, "/query")
        array_format = query.get("array_format", "brackets")
        if array_format not in ARRAY_FORMATS:
            self.fail("/query/array_format", f"array_format must be one of {', '.join(ARRAY_FORMATS)}")
        templates = self.templates(data.get("templates"))
        targets = self.targets(data.get("target", "python"))
        typescript = self.typescript(data)
        if self.problems:
            return None
        return SdkConfig(
            templates=templates,
            typescript=typescript,
            targets=targets,
            python=PythonConfig(**py, mixins=self.mixins(self.mapping(python, "/python/mixins"))),
            array_format=str(array_format),
            header_options=self.header_options(data.get("header_options", [])),
            page_names=self.page_names(self.mapping(data, "/pagination")),
            overrides=self.overrides(self.mapping(data, "/operations")),
            **top,
        )

    def mixins(self, data: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
        found = {}
        for resource, target in sorted(data.items()):
            pointer = f"/python/mixins/{resource}"
            module, _, name = str(target).partition(":")
            if not re.fullmatch(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$", str(resource)):
                self.fail(pointer, f"a mixin is keyed by a dotted resource path, got {resource!r}")
            elif not re.fullmatch(r"^lib(\.[a-z_][a-z0-9_]*)+$", module) or not re.fullmatch(_IDENTIFIER, name):
                self.fail(pointer, f"a mixin is `lib.<module>:<Class>` (hand-written code under lib/), got {target!r}")
            else:
                found[str(resource)] = (module, name)
        return found

    def targets(self, value: Any) -> tuple[str, ...]:
        """`target:` names one language or a list of them."""
        names = value if isinstance(value, list) and value else [value]
        for index, name in enumerate(names):
            if name not in TARGETS or names.index(name) != index:
                pointer = "/target" + (f"/{index}" if isinstance(value, list) else "")
                self.fail(pointer, f"target must be one of {', '.join(TARGETS)} (or a list of them), got {name!r}")
        return tuple(str(n) for n in names)

    def typescript(self, data: Mapping[str, Any]) -> TypeScriptConfig | None:
        if "typescript" not in data:
            return None
        section = self.mapping(data, "/typescript")
        self.unknown_keys(section, "/typescript", set(_TYPESCRIPT_FIELDS))
        values = self.strings(section, "/typescript", _TYPESCRIPT_FIELDS)
        return TypeScriptConfig(**values) if len(values) == len(_TYPESCRIPT_FIELDS) else None

    def templates(self, value: Any) -> Path | None:
        if value is None:
            return None
        folder = Path(self.document.path).parent / str(value)
        if not isinstance(value, str) or not folder.is_dir():
            self.fail("/templates", f"templates must name a directory (relative to the config), got {value!r}")
            return None
        return folder

    def mapping(self, data: Mapping[str, Any], pointer: str) -> Mapping[str, Any]:
        value = data.get(pointer.rsplit("/", 1)[1], {})
        if not isinstance(value, Mapping):
            self.fail(pointer, "expected a mapping")
            return {}
        return value

    def unknown_keys(self, data: Mapping[str, Any], pointer: str, known: set[str]) -> None:
        for key in data:
            if key not in known:
                self.fail(
                    f"{pointer}/{key}", f"unknown config key {key!r}", f"known keys here: {', '.join(sorted(known))}"
                )

    def strings(
        self, data: Mapping[str, Any], pointer: str, fields: dict[str, tuple[str, str, bool]]
    ) -> dict[str, str]:
        values = {}
        for key, (pattern, what, required) in fields.items():
            value = data.get(key)
            if value is None:
                if required:
                    self.fail(pointer, f"missing config key {key!r} ({what})")
                continue
            if not isinstance(value, str) or not re.fullmatch(pattern, value):
                self.fail(f"{pointer}/{key}", f"{key} must be {what}, got {value!r}")
                continue
            values[key] = value
        return values

    def header_options(self, items: Any) -> tuple[HeaderOption, ...]:
        options = []
        for index, item in enumerate(items if isinstance(items, list) else []):
            pointer = f"/header_options/{index}"
            fields = {
                "param": (r"^[a-z_][a-z0-9_]*$", "a parameter name", True),
                "header": (r"^[A-Za-z][A-Za-z0-9-]*$", "a header name", True),
                "env": (r"^[A-Z_][A-Z0-9_]*$", "an environment variable name", True),
                "description": (r"^[^\x00]*$", "a description", True),
            }
            if not isinstance(item, Mapping):
                self.fail(pointer, "expected a mapping with param, header, env, description")
                continue
            self.unknown_keys(item, pointer, set(fields))
            values = self.strings(item, pointer, fields)
            if len(values) == len(fields):
                options.append(HeaderOption(**values))
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
