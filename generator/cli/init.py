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
from ..ir.security import plan_security
from ..spec.load import escape_pointer_token
from ..spec.schema_tree import as_mapping

_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_./-]*$")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}
_HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


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
        "# The environment variable the clients read their log level from.",
        f"log_env: {named.client.log_env}",
        *_auth_section(data, named.name.upper(), locate),
        "# The packages' licence (from info.license; none when the spec names none).",
        f"license: {_scalar(named.license)}" if named.license else "# license: MIT",
        "# The SDK's own telemetry headers (<prefix>-Lang, -Retry-Count, ...) are sent only with a prefix:",
        f"# header_prefix: X-{''.join(w.capitalize() for w in named.name.split('_'))}",
        "# Requests other than GETs send an idempotency key only in a header named here:",
        "# idempotency_header: Idempotency-Key",
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


def _auth_section(data: Mapping[str, Any], prefix: str, locate: Locator) -> list[str]:
    """`auth:` with each security scheme some operation requires: its client options and
    their environment variables (`ir.security` decides them; the schemes it cannot send are
    listed in a comment)."""
    operations = [
        (f"/paths/{escape_pointer_token(path)}/{method}", op)
        for path, item in as_mapping(data.get("paths")).items()
        for method, op in as_mapping(item).items()
        if method in _HTTP_METHODS and isinstance(op, Mapping)
    ]
    plan = plan_security(data, SdkConfig(path=""), operations, prefix, locate)
    if not plan.client.schemes:
        return ["# No operation requires credentials (the spec's security), so the clients take none."]
    lines = ["# The credentials of each security scheme the operations require: option names and variables."]
    lines.append("auth:")
    for scheme in plan.client.schemes:
        lines.append(f"  {_scalar(scheme.key)}:  # {_line(_how(scheme))}")
        if scheme.kind is ir.AuthKind.BASIC:
            for role, credential in zip(("username", "password"), scheme.credentials):
                lines.append(f"    {role}: {{option: {credential.name}, env: {credential.env}}}")
        else:
            (credential,) = scheme.credentials
            lines.append(f"    option: {credential.name}\n    env: {credential.env}")
    unsupported = [d.message for d in plan.diagnostics]
    return lines + [f"# {_line(message)}" for message in unsupported]


def _how(scheme: ir.SecurityScheme) -> str:
    if scheme.kind is ir.AuthKind.BASIC:
        return "Authorization: Basic base64(username:password)"
    if scheme.kind is ir.AuthKind.BEARER:
        return f"{scheme.spec_type}: Authorization: Bearer <token>"
    return f"apiKey in the {scheme.place.value} {scheme.wire_name}"


def _line(text: str) -> str:
    """`text` on one line, as a comment or a plain value may hold it."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", text).split())


def _scalar(value: str | None) -> str:
    """`value` as a YAML scalar that reads back as the same string."""
    text = value or ""
    return text if _PLAIN.fullmatch(text) and text.lower() not in _YAML_WORDS else json.dumps(text)
