"""The Python target's section of the SDK config (`python:`) -> `PythonSection` -> `PythonSettings`.

Read by `read_settings`, which the SDK config's reader calls for the section (see
`core.settings.SectionReader`); every mistake is a located error, as for the shared keys.
Every key is optional: `resolve` fills in what the section leaves out from the API's name
(`swagger_petstore` -> distribution `swagger-petstore`, package `swagger_petstore`,
classes `SwaggerPetstore`, `AsyncSwaggerPetstore`, `SwaggerPetstoreError`), its version
(`info.version` when it is a release number, else 0.1.0) and its licence.
"""

from __future__ import annotations

import keyword
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ...core.diagnostics import Location
from ...core.settings import Setting, SettingsReader
from ...ir import nodes as ir
from .names import pascal

_IDENTIFIER = r"^[A-Za-z_][A-Za-z0-9_]*$"
_VERSION = r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$"  # a PEP 440 public version
_FIELDS: dict[str, Setting] = {
    "distribution": Setting(r"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$", "a distribution name", required=False),
    "import_name": Setting(r"^[a-z_][a-z0-9_]*$", "a lower-case Python module name", required=False),
    "version": Setting(_VERSION, "a version like 1.2.3", required=False),
    "client_class": Setting(_IDENTIFIER, "a Python class name", required=False),
    "async_client_class": Setting(_IDENTIFIER, "a Python class name", required=False),
    "error_base": Setting(_IDENTIFIER, "a Python class name", required=False),
    # the generated code runs on 3.10 and later, so no lower floor can be promised
    "requires_python": Setting(
        r"^>=\s*3\.(1\d|[2-9]\d)(\.\d+)?$", "a floor of 3.10 or later, like >=3.10", required=False
    ),
}
# The oldest Python the generated package supports: that of the official `openai` package.
REQUIRES_PYTHON = ">=3.10"
DEFAULT_VERSION = "0.1.0"


@dataclass(frozen=True, slots=True)
class PythonSection:
    """The `python:` section as written: None where it leaves a key to its default."""

    distribution: str | None = None
    import_name: str | None = None
    version: str | None = None
    client_class: str | None = None
    async_client_class: str | None = None
    error_base: str | None = None
    requires_python: str | None = None
    # Hand-written mixins the generated resource classes inherit, by dotted resource
    # path: `conversations.items` -> `lib.items:ItemsExtras` (its async twin is
    # `AsyncItemsExtras` in the same module, under `<import_name>/lib/`).
    mixins: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    mixin_locations: Mapping[str, Location] = field(default_factory=dict)  # where the config names each


@dataclass(frozen=True, slots=True)
class PythonSettings:
    """Settings of the Python target, every one decided."""

    distribution: str
    import_name: str
    version: str
    client_class: str
    async_client_class: str
    error_base: str
    requires_python: str = REQUIRES_PYTHON
    license: str | None = None  # an SPDX identifier, printed into pyproject.toml
    mixins: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    mixin_locations: Mapping[str, Location] = field(default_factory=dict)


def read_settings(reader: SettingsReader, section: Mapping[str, Any], pointer: str) -> PythonSection | None:
    """The `python:` section's settings; None when it has problems (recorded on `reader`)."""
    reader.unknown_keys(section, pointer, {*_FIELDS, "mixins"})
    before = len(reader.problems)
    values = reader.strings(section, pointer, _FIELDS)
    mixins = _mixins(reader, reader.mapping(section, f"{pointer}/mixins"), f"{pointer}/mixins")
    if len(reader.problems) > before:
        return None
    locations = {resource: reader.locate(f"{pointer}/mixins/{resource}") for resource in mixins}
    return PythonSection(**values, mixins=mixins, mixin_locations=locations)


def resolve(section: PythonSection, api: ir.Api) -> PythonSettings:
    """`section` with every key it leaves out taken from the API's name, version and licence."""
    client_class = section.client_class or pascal(api.name)
    return PythonSettings(
        distribution=section.distribution or api.name.replace("_", "-"),
        import_name=section.import_name or _module_name(api.name),
        version=package_version(section, api.version),
        client_class=client_class,
        async_client_class=section.async_client_class or f"Async{client_class}",
        error_base=section.error_base or f"{client_class}Error",
        requires_python=section.requires_python or REQUIRES_PYTHON,
        license=api.license,
        mixins=section.mixins,
        mixin_locations=section.mixin_locations,
    )


def _module_name(name: str) -> str:
    """`name` as an import name that is no keyword and shadows no standard module (`email_api`)."""
    return f"{name}_api" if keyword.iskeyword(name) or name in sys.stdlib_module_names else name


def package_version(section: PythonSection, spec_version: str) -> str:
    """The section's version, else the spec's `info.version` when it is a PEP 440 version,
    or its release number (`1.0.27-SNAPSHOT` gives 1.0.27), else 0.1.0."""
    if section.version:
        return section.version
    spec_version = spec_version.strip()
    if re.fullmatch(_VERSION, spec_version):
        return spec_version
    release = re.fullmatch(r"(\d+\.\d+(?:\.\d+)?)[-+.]?[A-Za-z].*", spec_version)
    return release.group(1) if release else DEFAULT_VERSION


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
