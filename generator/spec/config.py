"""The SDK config (`sdkgen.yaml`, this repository's `spec/sdk.yaml`) -> `SdkConfig`.

The SDK config holds what an OpenAPI document cannot say, and where things are: the spec
(`spec:`), each target's output directory (`output:`) and template overrides
(`templates:`), all relative to the config file. Everything the spec can answer is
optional: the client's name (`name:`, else `info.title`), the base URL (else `servers`),
the environment variables (else `<NAME>_API_KEY`, `<NAME>_BASE_URL`, `<NAME>_LOG`) and the licence
(else `info.license`); the IR builder fills them in. The telemetry header prefix
(`header_prefix:`) and the idempotency header (`idempotency_header:`) are off unless set. Under a key of its own per target language
(`python:`, `typescript:`) come that language's package and class names, each also
optional. `target:` names the language (or list of languages) generated when the command
line does not (by default the first target registered).

The shared settings are read here; the IR builder turns them into the IR. A target's
section is read by that target's own reader (`SectionReader`, handed in by the caller),
so a new language adds its section without touching this module. Unknown or mistyped
keys are errors pointing at their line, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.diagnostics import GenerationError, Location
from ..core.settings import SectionReader, Setting, SettingsReader
from .field_order import FIELD_ORDERS
from .load import LoadedDocument, load_document
from .paging_config import PageOverride, read_pagination
from .types_config import TypeConfig, read_types

ARRAY_FORMATS = ("brackets", "repeat", "comma")


@dataclass(frozen=True, slots=True)
class HeaderOptionConfig:
    """A client option sent as a header when set (e.g. `organization`)."""

    param: str
    header: str
    env: str
    description: str


@dataclass(frozen=True, slots=True)
class CredentialConfig:
    """How one credential of a security scheme is offered: the client option's name (as
    lower-case words) and its environment variable; None leaves each to its default."""

    role: str  # `token` for bearer, apiKey, oauth2 and openIdConnect; `username`/`password` for basic
    option: str | None
    env: str | None


@dataclass(frozen=True, slots=True)
class AuthConfig:
    """`auth: {SchemeName: ...}`: the options of one security scheme of the spec."""

    scheme: str
    credentials: tuple[CredentialConfig, ...]
    location: Location  # where the config names it


@dataclass(frozen=True, slots=True)
class OperationOverride:
    """Puts one operation (by operationId) on a given resource under a given method name."""

    operation_id: str
    resource: tuple[str, ...]
    method: str
    location: Location  # where the config names it


@dataclass(frozen=True, slots=True)
class SdkConfig:
    """Everything the generator needs besides the spec.

    `sections` holds each registered target's section, as its reader gave it, by target
    name (an absent section read as empty); `outputs` each target's output directory.
    """

    path: str  # the config's name as diagnostics show it
    default_base_url: str | None = None  # None: from the spec's servers
    api_key_env: str | None = None  # None: <NAME>_API_KEY
    base_url_env: str | None = None  # None: <NAME>_BASE_URL
    header_prefix: str | None = None  # None: the SDK sends no telemetry headers of its own
    array_format: str | None = None  # None: each parameter's OpenAPI style (arrays repeat the key)
    header_options: tuple[HeaderOptionConfig, ...] = ()
    page_names: Mapping[str, str] = field(default_factory=dict)
    overrides: tuple[OperationOverride, ...] = ()
    sections: Mapping[str, object] = field(default_factory=dict)
    targets: tuple[str, ...] = ()  # the languages generated unless the command line names one
    name: str | None = None  # what package and class names are made of; None: the spec's info.title
    license: str | None = None  # an SPDX identifier or licence name; None: the spec's info.license
    spec: Path | None = None  # the OpenAPI document (`spec:`, relative to the config)
    spec_location: Location | None = None  # where the config names it
    outputs: Mapping[str, Path] = field(default_factory=dict)  # per target: `output:`, else generated/<target>
    templates: Mapping[str, Path] = field(default_factory=dict)  # template overrides per target (`templates:`)
    versions: str = "auto"  # version path segments (`/v1`): `auto`, `namespace` or `drop` (see `ir.paths`)
    page_overrides: tuple[PageOverride, ...] = ()  # `pagination: operations:` (see `paging_config`)
    auth: tuple[AuthConfig, ...] = ()  # option names and environment variables per security scheme
    log_env: str | None = None  # None: <NAME>_LOG
    idempotency_header: str | None = None  # None: requests send no idempotency key
    field_order: str = "spec"  # `spec` or `sorted` (see `field_order`)
    types: tuple[TypeConfig, ...] = ()  # names and groups of schemas' types (`types:`, see `types_config`)


_FIELDS: dict[str, Setting] = {
    # printed inside a string literal: no quote or backslash can end it
    "default_base_url": Setting(r"^https?://[^\s\"\\]+$", "an http(s) URL", required=False),
    "api_key_env": Setting(r"^[A-Z_][A-Z0-9_]*$", "an environment variable name", required=False),
    "base_url_env": Setting(r"^[A-Z_][A-Z0-9_]*$", "an environment variable name", required=False),
    "header_prefix": Setting(r"^[A-Za-z][A-Za-z0-9-]*$", "a header name prefix", required=False),
    "log_env": Setting(r"^[A-Z_][A-Z0-9_]*$", "an environment variable name", required=False),
    "idempotency_header": Setting(r"^[A-Za-z][A-Za-z0-9-]*$", "a header name", required=False),
}
_HEADER_OPTION_FIELDS: dict[str, Setting] = {
    "param": Setting(r"^[a-z_][a-z0-9_]*$", "a parameter name"),
    "header": Setting(r"^[A-Za-z][A-Za-z0-9-]*$", "a header name"),
    "env": Setting(r"^[A-Z_][A-Z0-9_]*$", "an environment variable name"),
    "description": Setting(r"^[^\x00]*$", "a description"),
}
_NAMES: dict[str, Setting] = {
    # only its words are used (`Swagger Petstore` -> swagger_petstore), so any one line will do
    "name": Setting(r"^[^\x00-\x1f]*\S[^\x00-\x1f]*$", "one line of text", required=False),
    "license": Setting(r"^[A-Za-z0-9][A-Za-z0-9 .()+-]*$", "an SPDX licence identifier or expression", required=False),
}
_CREDENTIAL_FIELDS: dict[str, Setting] = {
    "option": Setting(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$", "an option name in snake_case", required=False),
    "env": Setting(r"^[A-Z_][A-Z0-9_]*$", "an environment variable name", required=False),
}
BASIC_ROLES = ("username", "password")
_PLACES = ("spec", "output", "templates", "target")
_TOP_KEYS = {
    *_FIELDS,
    *_NAMES,
    *_PLACES,
    "query",
    "header_options",
    "pagination",
    "operations",
    "versions",
    "field_order",
    "auth",
    "types",
}
VERSION_RULES = ("auto", "namespace", "drop")


def load_config(path: Path, *, sections: Mapping[str, SectionReader[object]], display: str | None = None) -> SdkConfig:
    """Read and check the SDK config; raise `GenerationError` listing every problem.

    `sections` are the targets' section readers by target name (and config key); the
    first is the target generated when the config names none.
    """
    document = load_document(path, display=display)
    reader = _Reader(document, path.parent, sections)
    config = reader.read()
    if reader.problems:
        raise GenerationError(tuple(reader.problems))
    assert config is not None
    return config


class _Reader(SettingsReader):
    def __init__(self, document: LoadedDocument, base: Path, sections: Mapping[str, SectionReader[object]]) -> None:
        super().__init__(document.locate)
        self.document = document
        self.base = base  # the config's directory: what its paths are relative to
        self.sections = sections

    def read(self) -> SdkConfig | None:
        data = self.document.data
        self.unknown_keys(data, "", {*_TOP_KEYS, *self.sections})
        top = self.strings(data, "", _FIELDS)
        names = self.strings(data, "", _NAMES)
        # Every target's section, an absent one as empty: each of its keys has a default.
        sections = {
            name: read(self, self.mapping(data, f"/{name}"), f"/{name}") for name, read in self.sections.items()
        }
        query = self.mapping(data, "/query")
        self.unknown_keys(query, "/query", {"array_format"})
        array_format = query.get("array_format")
        if array_format is not None and array_format not in ARRAY_FORMATS:
            self.fail("/query/array_format", f"array_format must be one of {', '.join(ARRAY_FORMATS)}")
        versions = data.get("versions", "auto")
        if versions not in VERSION_RULES:
            self.fail("/versions", f"versions must be one of {', '.join(VERSION_RULES)}")
        field_order = data.get("field_order", "spec")
        if field_order not in FIELD_ORDERS:
            self.fail("/field_order", f"field_order must be one of {', '.join(FIELD_ORDERS)}")
        targets = self.targets(data.get("target", next(iter(self.sections), "")))
        # Not required to exist here: `--spec` may stand in for it (loading it names a missing one).
        spec = self.place(data.get("spec"), "/spec", "the OpenAPI document") if "spec" in data else None
        spec_location = self.locate("/spec") if spec is not None else None
        outputs = {name: self.base / "generated" / name for name in self.sections}
        outputs.update(self.per_target(data, "output", targets, "an output directory", exists=False))
        templates = self.per_target(data, "templates", targets, "a template override directory", exists=True)
        page_names, page_overrides = read_pagination(self, self.mapping(data, "/pagination"))
        types = read_types(self, self.mapping(data, "/types"))
        if self.problems:
            return None
        return SdkConfig(
            path=self.document.path,
            spec=spec,
            spec_location=spec_location,
            outputs=outputs,
            templates=templates,
            targets=targets,
            sections=sections,
            array_format=None if array_format is None else str(array_format),
            header_options=self.header_options(data.get("header_options", [])),
            page_names=page_names,
            page_overrides=page_overrides,
            overrides=self.overrides(self.mapping(data, "/operations")),
            auth=self.auth(self.mapping(data, "/auth")),
            default_base_url=top.get("default_base_url"),
            api_key_env=top.get("api_key_env"),
            base_url_env=top.get("base_url_env"),
            header_prefix=top.get("header_prefix"),
            log_env=top.get("log_env"),
            idempotency_header=top.get("idempotency_header"),
            name=names.get("name"),
            license=names.get("license"),
            versions=str(versions),
            field_order=str(field_order),
            types=types,
        )

    def targets(self, value: Any) -> tuple[str, ...]:
        """`target:` names one language or a list of them."""
        names = value if isinstance(value, list) and value else [value]
        known = ", ".join(self.sections)
        for index, name in enumerate(names):
            if not isinstance(name, str) or name not in self.sections or names.index(name) != index:
                pointer = "/target" + (f"/{index}" if isinstance(value, list) else "")
                self.fail(pointer, f"target must be one of {known} (or a list of them), got {name!r}")
        return tuple(str(n) for n in names)

    def per_target(
        self, data: Mapping[str, Any], key: str, targets: tuple[str, ...], what: str, *, exists: bool
    ) -> dict[str, Path]:
        """`key: {target: DIR, ...}`, or `key: DIR` when the config generates one target."""
        value = data.get(key)
        if value is None:
            return {}
        if isinstance(value, str):
            if len(targets) > 1:
                example = ", ".join(f"{t}: ..." for t in targets)
                self.fail(
                    f"/{key}",
                    f"{key} names one directory, but target: lists {', '.join(targets)}",
                    f"name one per target: {key}: {{{example}}}",
                )
                return {}
            value = {targets[0]: value}
        if not isinstance(value, Mapping):
            self.fail(f"/{key}", f"{key} must map each target to {what}, got {value!r}")
            return {}
        found = {}
        for target, folder in value.items():
            if target not in self.sections:
                self.fail(f"/{key}/{target}", f"unknown target {target!r}; the targets are {', '.join(self.sections)}")
                continue
            place = self.place(folder, f"/{key}/{target}", what, directory=exists)
            if place is not None:
                found[str(target)] = place
        return found

    def place(self, value: Any, pointer: str, what: str, *, directory: bool = False) -> Path | None:
        """A path relative to the config; `directory`: it must exist as one."""
        if not isinstance(value, str) or not value.strip():
            self.fail(pointer, f"expected a path to {what} (relative to the config), got {value!r}")
            return None
        place = self.base / value
        if directory and not place.is_dir():
            self.fail(pointer, f"{what} {value!r} is not a directory (relative to the config: {place})")
            return None
        return place

    def header_options(self, items: Any) -> tuple[HeaderOptionConfig, ...]:
        if not isinstance(items, list):
            self.fail("/header_options", "header_options must be a list of {param, header, env, description}")
            return ()
        options = []
        for index, item in enumerate(items):
            pointer = f"/header_options/{index}"
            if not isinstance(item, Mapping):
                self.fail(pointer, "expected a mapping with param, header, env, description")
                continue
            self.unknown_keys(item, pointer, set(_HEADER_OPTION_FIELDS))
            values = self.strings(item, pointer, _HEADER_OPTION_FIELDS)
            if len(values) == len(_HEADER_OPTION_FIELDS):
                options.append(HeaderOptionConfig(**values))
        return tuple(options)

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
                location = self.locate(pointer)
                found.append(OperationOverride(str(operation_id), tuple(resource.split(".")), method, location))
        return tuple(found)

    def auth(self, data: Mapping[str, Any]) -> tuple[AuthConfig, ...]:
        """`auth: {Scheme: {option, env}}`, or `{Scheme: {username: {...}, password: {...}}}`
        for http basic; which shape a scheme takes is checked against the spec later."""
        found = []
        for scheme, item in data.items():
            pointer = f"/auth/{scheme}"
            if not isinstance(item, Mapping):
                self.fail(pointer, "expected a mapping: {option, env}, or {username: {...}, password: {...}}")
                continue
            self.unknown_keys(item, pointer, {*_CREDENTIAL_FIELDS, *BASIC_ROLES})
            roles = [("token", item, pointer)] if set(item) & set(_CREDENTIAL_FIELDS) or not item else []
            roles += [(r, self.mapping(item, f"{pointer}/{r}"), f"{pointer}/{r}") for r in BASIC_ROLES if r in item]
            credentials = []
            for role, values, where in roles:
                if role != "token":
                    self.unknown_keys(values, where, set(_CREDENTIAL_FIELDS))
                read = self.strings(values, where, _CREDENTIAL_FIELDS)
                credentials.append(CredentialConfig(role, read.get("option"), read.get("env")))
            found.append(AuthConfig(str(scheme), tuple(credentials), self.locate(pointer)))
        return tuple(found)
