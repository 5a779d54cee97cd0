"""`sdkgen init`: an OpenAPI document -> a commented starter `sdkgen.yaml` beside it or where asked.

Every value is the one generation would take from the spec anyway (`ir.identity`, each
target's `defaults`), written out so a user sees what can be changed and where it came
from. `sdkgen generate` then works on the file unedited. An existing file is never
overwritten unless asked (`--force`); the file appears whole or not at all.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import ir, registry
from ..core.diagnostics import Diagnostic, GenerationError, Location, Locator, Severity, display_name
from ..core.write import write_file
from ..ir.identity import api_name, identity, server_url
from ..spec.bundle import load_bundled
from ..spec.config import SdkConfig, load_config
from ..spec.schema_tree import as_mapping

_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_./-]*$")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def write_starter(spec: Path, config: Path, *, force: bool = False) -> list[Diagnostic]:
    """Write a starter config for `spec` at `config`; the warnings met. `GenerationError`
    when `config` exists (and not `force`) or the spec cannot be read; the file is read
    back before it takes its place, so a config that would not read is never left."""
    if config.exists() and not force:
        message = f"{display_name(config)} exists; sdkgen init writes a new config only"
        hint = "edit it, or pass --force to replace it"
        raise GenerationError((Diagnostic(Severity.ERROR, message, Location(display_name(config)), hint),))
    document = load_bundled(spec, display=display_name(spec))
    text, found = starter_text(document.data, spec, config, document.locate)
    draft = config.with_name(f".{config.name}.draft")
    write_file(draft, text)
    try:
        load_config(draft, sections=registry.sections(), display=display_name(config))
        os.replace(draft, config)
    finally:
        draft.unlink(missing_ok=True)
    return found


def starter_text(data: Mapping[str, Any], spec: Path, config: Path, locate: Locator) -> tuple[str, list[Diagnostic]]:
    """The starter config's text for the spec `data` (at `spec`), to be written at `config`."""
    named = identity(data, SdkConfig(path=str(config)), locate, fallback=api_name(spec.stem))
    info = as_mapping(data.get("info"))
    title, version = _line(str(info.get("title") or named.name)), str(info.get("version", ""))
    api = ir.Api(
        title=title,
        version=version,
        description="",
        client=named.client,
        resources=(),
        page_schemes=(),
        response_schemas=(),
        request_schemas=(),
        models=(),
        name=named.name,
        license=named.license,
    )
    _, url_problem = server_url(data)
    relative = Path(os.path.relpath(spec.resolve(), config.resolve().parent)).as_posix()
    lines = [
        f"# The SDK config of {title}, written by `sdkgen init` from {spec.name}.",
        "# Every key is optional but spec:; what a key leaves out comes from the spec, as written here.",
        "# Paths are relative to this file. `sdkgen generate` writes each target, `sdkgen check` compares.",
        "",
        "# The OpenAPI document (--spec overrides it).",
        f"spec: {_scalar(relative)}",
        "",
        "# The languages generated, and where each goes (--target and --out override them).",
        f"target: [{', '.join(registry.TARGETS)}]",
        "output:",
        *(f"  {name}: {_scalar(f'generated/{name}')}" for name in registry.TARGETS),
        "# Template overrides, laid over the built-in templates file by file (sdkgen contract):",
        "# templates:",
        *(f"#   {name}: templates/{name}" for name in registry.TARGETS),
        "",
        "# What package and class names are made of (from info.title).",
        f"name: {_scalar(title)}",
        f"# Where the client sends requests (from servers){'; ' + _line(url_problem) if url_problem else ''}.",
        f"default_base_url: {_scalar(named.client.default_base_url)}",
        "# The environment variables the client reads its API key and base URL from.",
        f"api_key_env: {named.client.api_key_env}",
        f"base_url_env: {named.client.base_url_env}",
        *_auth_comment(data),
        "# The packages' licence (from info.license; none when the spec names none).",
        f"license: {_scalar(named.license)}" if named.license else "# license: MIT",
        "# The SDK's own telemetry headers (<prefix>-Lang, -Retry-Count, ...) are sent only with a prefix:",
        f"# header_prefix: X-{''.join(w.capitalize() for w in named.name.split('_'))}",
        "",
        "# Each query parameter travels in the style its spec gives (OpenAPI's default: a=1&a=2).",
        "# To send the arrays of parameters that say nothing in one format: brackets (a[]=1&a[]=2),",
        "# repeat (a=1&a=2) or comma (a=1,2):",
        "# query:",
        "#   array_format: brackets",
        "",
        "# Resource and method names are inferred from paths; name an operation here to override:",
        "# operations:",
        "#   someOperationId: {resource: things.parts, method: archive}",
    ]
    for name, target in registry.TARGETS.items():
        lines += ["", f"{name}:", *(f"  {key}: {_scalar(value)}" for key, value in target.defaults(api).items())]
    return "\n".join(lines) + "\n", list(named.diagnostics)


def _auth_comment(data: Mapping[str, Any]) -> list[str]:
    """What the spec's security schemes say, and what the clients do about them."""
    schemes = as_mapping(data.get("components")).get("securitySchemes")
    if not isinstance(schemes, Mapping) or not schemes:
        return ["# The spec declares no security scheme; the clients still expect an API key (any value)."]
    lines = ["# The spec's security schemes (the clients send the key as `Authorization: Bearer <key>`):"]
    for name, scheme in sorted(schemes.items()):
        if isinstance(scheme, Mapping):
            kind = str(scheme.get("type", "?"))
            detail = scheme.get("scheme") or scheme.get("name") or ""
            supported = kind == "http" and str(detail).lower() == "bearer"
            line = "#   " + _line(f"{name}: {kind} {detail}")
            lines.append(line + ("" if supported else " (not supported yet)"))
    return lines


def _line(text: str) -> str:
    """`text` on one line, as a comment or a plain value may hold it."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", text).split())


def _scalar(value: str | None) -> str:
    """`value` as a YAML scalar that reads back as the same string."""
    text = value or ""
    return text if _PLAIN.fullmatch(text) and text.lower() not in _YAML_WORDS else json.dumps(text)
