"""The TypeScript target's section of the SDK config (`typescript:`) -> `TypeScriptSettings`.

Read by `read_settings`, which the SDK config's reader calls for the section (see
`core.settings.SectionReader`); every mistake is a located error, as for the shared keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...core.settings import Setting, SettingsReader

_FIELDS: dict[str, Setting] = {
    # printed inside string literals and package.json: no quote or backslash
    "package": Setting(r"^(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*$", "an npm package name"),
    "version": Setting(r"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$", "a semantic version like 1.2.3"),
    "client_class": Setting(r"^[A-Za-z_$][A-Za-z0-9_$]*$", "a TypeScript class name"),
    "error_base": Setting(r"^[A-Za-z_$][A-Za-z0-9_$]*$", "a TypeScript class name"),
}

SECTION_KEYS = tuple(key for key, setting in _FIELDS.items() if setting.required)


@dataclass(frozen=True, slots=True)
class TypeScriptSettings:
    """Settings of the TypeScript target."""

    package: str  # the npm package name
    version: str
    client_class: str
    error_base: str


def read_settings(reader: SettingsReader, section: Mapping[str, Any], pointer: str) -> TypeScriptSettings | None:
    """The `typescript:` section's settings; None when it has problems (recorded on `reader`)."""
    reader.unknown_keys(section, pointer, set(_FIELDS))
    values = reader.strings(section, pointer, _FIELDS)
    return TypeScriptSettings(**values) if len(values) == len(_FIELDS) else None
