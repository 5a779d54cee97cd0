"""The TypeScript target's section of the SDK config (`typescript:`) -> `TypeScriptSection` -> `TypeScriptSettings`.

Read by `read_settings`, which the SDK config's reader calls for the section (see
`core.settings.SectionReader`); every mistake is a located error, as for the shared keys.
Every key is optional: `resolve` fills in what the section leaves out from the API's name
(`swagger_petstore` -> package `swagger-petstore`, classes `SwaggerPetstore` and
`SwaggerPetstoreError`), its version (`info.version` when it is a semantic version, else
0.1.0) and its licence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...core.settings import Setting, SettingsReader
from ...ir import nodes as ir
from .names import pascal

_SEMVER = r"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$"
_FIELDS: dict[str, Setting] = {
    # printed inside string literals and package.json: no quote or backslash
    "package": Setting(r"^(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*$", "an npm package name", required=False),
    "version": Setting(_SEMVER, "a semantic version like 1.2.3", required=False),
    "client_class": Setting(r"^[A-Za-z_$][A-Za-z0-9_$]*$", "a TypeScript class name", required=False),
    "error_base": Setting(r"^[A-Za-z_$][A-Za-z0-9_$]*$", "a TypeScript class name", required=False),
}
DEFAULT_VERSION = "0.1.0"


@dataclass(frozen=True, slots=True)
class TypeScriptSection:
    """The `typescript:` section as written: None where it leaves a key to its default."""

    package: str | None = None
    version: str | None = None
    client_class: str | None = None
    error_base: str | None = None


@dataclass(frozen=True, slots=True)
class TypeScriptSettings:
    """Settings of the TypeScript target, every one decided."""

    package: str  # the npm package name
    version: str
    client_class: str
    error_base: str
    license: str | None = None  # an SPDX identifier, printed into package.json


def read_settings(reader: SettingsReader, section: Mapping[str, Any], pointer: str) -> TypeScriptSection | None:
    """The `typescript:` section's settings; None when it has problems (recorded on `reader`)."""
    reader.unknown_keys(section, pointer, set(_FIELDS))
    before = len(reader.problems)
    values = reader.strings(section, pointer, _FIELDS)
    return TypeScriptSection(**values) if len(reader.problems) == before else None


def resolve(section: TypeScriptSection, api: ir.Api) -> TypeScriptSettings:
    """`section` with every key it leaves out taken from the API's name, version and licence."""
    client_class = section.client_class or pascal(api.name)
    return TypeScriptSettings(
        package=section.package or api.name.replace("_", "-"),
        version=package_version(section, api.version),
        client_class=client_class,
        error_base=section.error_base or f"{client_class}Error",
        license=api.license,
    )


def package_version(section: TypeScriptSection, spec_version: str) -> str:
    """The section's version, else the spec's `info.version` when it is a semantic version
    (`1.2` counts as 1.2.0), else 0.1.0."""
    if section.version:
        return section.version
    spec_version = spec_version.strip()
    if re.fullmatch(r"\d+\.\d+", spec_version):
        return f"{spec_version}.0"
    return spec_version if re.fullmatch(_SEMVER, spec_version) else DEFAULT_VERSION
