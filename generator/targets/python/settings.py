"""The Python target's section of the SDK config (`python:`) -> `PythonSettings`.

Read by `read_settings`, which the SDK config's reader calls for the section (see
`core.settings.SectionReader`); every mistake is a located error, as for the shared keys.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ...core.settings import Setting, SettingsReader

_IDENTIFIER = r"^[A-Za-z_][A-Za-z0-9_]*$"
_FIELDS: dict[str, Setting] = {
    "distribution": Setting(r"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$", "a distribution name"),
    "import_name": Setting(r"^[a-z_][a-z0-9_]*$", "a lower-case Python module name"),
    "version": Setting(r"^\d+(\.\d+)*([a-z]+\d+)?$", "a version like 1.2.3"),
    "client_class": Setting(_IDENTIFIER, "a Python class name"),
    "async_client_class": Setting(_IDENTIFIER, "a Python class name"),
    "error_base": Setting(_IDENTIFIER, "a Python class name"),
}

SECTION_KEYS = tuple(key for key, setting in _FIELDS.items() if setting.required)


@dataclass(frozen=True, slots=True)
class PythonSettings:
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


def read_settings(reader: SettingsReader, section: Mapping[str, Any], pointer: str) -> PythonSettings | None:
    """The `python:` section's settings; None when it has problems (recorded on `reader`)."""
    reader.unknown_keys(section, pointer, {*_FIELDS, "mixins"})
    values = reader.strings(section, pointer, _FIELDS)
    mixins = _mixins(reader, reader.mapping(section, f"{pointer}/mixins"), f"{pointer}/mixins")
    if len(values) < len(_FIELDS):
        return None
    return PythonSettings(**values, mixins=mixins)


def _mixins(reader: SettingsReader, data: Mapping[str, Any], pointer: str) -> dict[str, tuple[str, str]]:
    found = {}
    for resource, target in sorted(data.items()):
        where = f"{pointer}/{resource}"
        module, _, name = str(target).partition(":")
        if not re.fullmatch(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$", str(resource)):
            reader.fail(where, f"a mixin is keyed by a dotted resource path, got {resource!r}")
        elif not re.fullmatch(r"^lib(\.[a-z_][a-z0-9_]*)+$", module) or not re.fullmatch(_IDENTIFIER, name):
            reader.fail(where, f"a mixin is `lib.<module>:<Class>` (hand-written code under lib/), got {target!r}")
        else:
            found[str(resource)] = (module, name)
    return found
