"""What the client is called and where it connects: spec + SDK config -> `ir.Client`, name, licence.

The SDK config may leave all of it out; the spec answers:

- the name (`name:`, else `info.title`) as lower-case words, without the words every
  title carries (`API`, `REST`, `OpenAPI`, version numbers): `Swagger Petstore - OpenAPI
  3.0` -> `swagger_petstore`, `Stripe API` -> `stripe`. Each target spells its package
  and class names from it;
- the base URL (`default_base_url:`, else the first of `servers`, its variables at their
  defaults; a relative one is resolved against `http://localhost`, as the spec's own
  default server `/` is, with a warning);
- the environment variables (`<NAME>_API_KEY`, `<NAME>_BASE_URL`);
- the licence (`license:`, else `info.license`: its SPDX `identifier`, or its name when
  that is one or a well-known spelling of one).

`sdkgen init` writes the same defaults into a starter config.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..core.diagnostics import Diagnostic, Locator, Severity
from ..spec.config import SdkConfig
from ..spec.schema_tree import as_mapping
from . import nodes as ir

LOCALHOST = "http://localhost"
_GENERIC_WORDS = {"api", "apis", "rest", "restful", "openapi", "oas", "spec", "specification", "definition"}
_URL = re.compile(r"^https?://[^\s\"\\]+$")  # printed inside string literals: no quote or backslash
_SPDX = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+-]*$")
# Licences by their name with everything but letters and digits dropped, lower-cased: the
# SPDX identifiers specs use most, and the other spellings of them seen in specs.
_SPDX_IDS = (
    "0BSD AGPL-3.0-only Apache-2.0 BSD-2-Clause BSD-3-Clause CC0-1.0 EPL-2.0 GPL-2.0-only "
    "GPL-3.0-only ISC LGPL-3.0-only MIT MPL-2.0 Unlicense"
).split()
_KNOWN_LICENSES = {
    **{re.sub(r"[^a-z0-9]", "", spdx.lower()): spdx for spdx in _SPDX_IDS},
    "apache2": "Apache-2.0",
    "apachelicense20": "Apache-2.0",
    "apachelicenseversion20": "Apache-2.0",
    "bsd": "BSD-3-Clause",
    "gplv3": "GPL-3.0-only",
    "mitlicense": "MIT",
    "mozillapubliclicense20": "MPL-2.0",
    "theunlicense": "Unlicense",
}


@dataclass(frozen=True, slots=True)
class Identity:
    """The client's settings, its name as lower-case words joined by `_`, its licence, and
    the warnings met deriving them."""

    client: ir.Client
    name: str
    license: str | None
    diagnostics: tuple[Diagnostic, ...]


def identity(spec: Mapping[str, Any], config: SdkConfig, locate: Locator, *, fallback: str = "api") -> Identity:
    """The client's settings and name: the config's, else what the spec says."""
    info = as_mapping(spec.get("info"))
    name = api_name(config.name or str(info.get("title") or ""), fallback=fallback)
    diagnostics: list[Diagnostic] = []
    base_url = config.default_base_url or _server_url(spec, locate, diagnostics)
    prefix = name.upper()
    options = tuple(ir.HeaderOption(o.param, o.header, o.env, o.description) for o in config.header_options)
    client = ir.Client(
        base_url,
        config.api_key_env or f"{prefix}_API_KEY",
        config.base_url_env or f"{prefix}_BASE_URL",
        config.header_prefix,
        config.array_format or "repeat",
        options,
        log_env=config.log_env or f"{prefix}_LOG",
        idempotency_header=config.idempotency_header,
    )
    return Identity(client, name, config.license or spec_license(info), tuple(diagnostics))


def api_name(title: str, *, fallback: str = "api") -> str:
    """`title` as lower-case words joined by `_`, without generic words and version numbers
    (accents dropped: `Café` -> `cafe`)."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = [w.lower() for w in re.split(r"[^A-Za-z0-9]+", ascii_title) if w]
    kept = [w for w in words if w not in _GENERIC_WORDS and not re.fullmatch(r"v?\d+", w)] or words
    if not kept:
        return fallback
    if kept[0][0].isdigit():
        kept.insert(0, "api")
    return "_".join(kept)


def spec_license(info: Mapping[str, Any]) -> str | None:
    """`info.license` as an SPDX identifier: its `identifier`, or its name when that is a
    licence we know (`Apache 2.0` -> `Apache-2.0`); None otherwise."""
    license_ = info.get("license")
    if not isinstance(license_, Mapping):
        return None
    identifier = license_.get("identifier")
    if isinstance(identifier, str) and _SPDX.fullmatch(identifier):
        return identifier
    # A name is taken only when it is a licence we know: a package index refuses others.
    return _KNOWN_LICENSES.get(re.sub(r"[^a-z0-9]", "", str(license_.get("name") or "").lower()))


def server_url(spec: Mapping[str, Any]) -> tuple[str, str]:
    """The first server's URL with its variables at their defaults, and what is wrong
    with it for a client's default ('' when nothing is)."""
    servers = spec.get("servers")
    first = servers[0] if isinstance(servers, list) and servers and isinstance(servers[0], Mapping) else {}
    url = str(first.get("url") or "/")
    for key, variable in as_mapping(first.get("variables")).items():
        if isinstance(variable, Mapping) and variable.get("default") is not None:
            url = url.replace(f"{{{key}}}", str(variable["default"]))
    if not url.startswith(("http://", "https://")):
        resolved = LOCALHOST + "/" + url.lstrip("/") if url.strip("/") else LOCALHOST
        if not first:
            return resolved, f"the spec names no server, so the client's default is {resolved}"
        return resolved, f"the server URL {url!r} is relative, so the client's default is {resolved}"
    if not _URL.fullmatch(url) or "{" in url:
        return LOCALHOST, f"the server URL {url!r} cannot be a client's default"
    return url.rstrip("/") if url.count("/") > 2 else url, ""


def _server_url(spec: Mapping[str, Any], locate: Locator, diagnostics: list[Diagnostic]) -> str:
    url, problem = server_url(spec)
    if problem:
        pointer = "/servers/0/url" if spec.get("servers") else ""
        hint = "set default_base_url in the SDK config (or pass base_url to the client)"
        diagnostics.append(Diagnostic(Severity.WARNING, problem, locate(pointer), hint))
    return url
