"""Authentication: `components.securitySchemes`, `security` requirements and the SDK
config's `auth:` -> `ir.ClientSecurity` and each operation's `ir.Security`.

The rules, decided once here:

- a scheme becomes client options only when some operation requires it. http `bearer`,
  `oauth2` and `openIdConnect` take one token sent as `Authorization: Bearer <token>`;
  http `basic` a username and a password (`Authorization: Basic base64(user:pass)`);
  `apiKey` one key sent as it is under its own name in a header, query parameter or cookie.
  Other schemes (http `digest`, `mutualTLS`, ...) are reported and never sent;
- the options are named as the official SDKs name them: `api_key` (http bearer, apiKey),
  `access_token` (oauth2, openIdConnect), `username` and `password` (basic). When two
  schemes would give one name, each takes its scheme's name instead, less a trailing
  `auth` (`ApiKeyAuth` and `AdminApiKeyAuth`: `api_key` and `admin_api_key`). `auth: {Scheme: {option, env}}` in the SDK config names them;
- each option defaults from `<NAME>_<OPTION>` (`TWILIO_USERNAME`); `api_key_env:` names
  the variable of the option called `api_key`;
- an operation's `security` replaces the top-level one; an empty list, or `{}` among the
  alternatives, makes it callable without credentials. An operation keeps `None` when its
  requirement is the client's default;
- credentials are required at construction when every operation has the same single
  requirement (as OpenAI's every operation needs its API key); otherwise they are
  optional and a request whose requirement no configured credentials satisfy fails
  before it is sent, naming the options it needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..core.diagnostics import Diagnostic, Locator, Severity
from ..spec.config import BASIC_ROLES, AuthConfig, SdkConfig
from ..spec.load import escape_pointer_token
from ..spec.schema_tree import as_mapping
from . import nodes as ir
from .naming import words

_PLACES = {"header": ir.AuthPlace.HEADER, "query": ir.AuthPlace.QUERY, "cookie": ir.AuthPlace.COOKIE}
_GENERIC = {"auth", "authentication", "authorization", "scheme", "security"}
# The option's usual name by the scheme's type (`bearer` for http bearer)
_TOKEN = {"apiKey": "api_key", "oauth2": "access_token", "openIdConnect": "access_token", "bearer": "api_key"}


@dataclass(frozen=True, slots=True)
class SecurityPlan:
    """The client's security, each operation's requirement by its pointer (only those that
    differ from the client's default), and what was met on the way."""

    client: ir.ClientSecurity
    operations: Mapping[str, ir.Security]
    diagnostics: tuple[Diagnostic, ...]


def plan_security(
    spec: Mapping[str, Any],
    config: SdkConfig,
    operations: Iterable[tuple[str, Mapping[str, Any]]],
    prefix: str,
    locate: Locator,
) -> SecurityPlan:
    """The security of the client and of each operation (`(pointer, operation object)`);
    `prefix` is the API's name in upper case, the environment variables' prefix."""
    reader = _Reader(spec, locate)
    default = reader.requirement(spec.get("security"), "/security")
    effective = {
        pointer: reader.requirement(op["security"], f"{pointer}/security") if "security" in op else default
        for pointer, op in operations
    }
    required_keys = {key for security in effective.values() for alternative in security for key in alternative}
    used = [key for key in reader.declared if key in required_keys]
    schemes = reader.schemes(used, config, prefix)
    distinct = set(effective.values())
    single = next(iter(distinct)) if len(distinct) == 1 else ()
    required = single[0] if len(single) == 1 and single[0] else ()
    client = ir.ClientSecurity(
        schemes,
        default,
        tuple(c.name for s in schemes if s.key in required for c in s.credentials),
    )
    overrides = {pointer: security for pointer, security in effective.items() if security != default}
    return SecurityPlan(client, overrides, tuple(reader.diagnostics))


class _Reader:
    def __init__(self, spec: Mapping[str, Any], locate: Locator) -> None:
        self.declared = as_mapping(as_mapping(spec.get("components")).get("securitySchemes"))
        self.locate = locate
        self.diagnostics: list[Diagnostic] = []
        self.unsupported: set[str] = set()

    def warn(self, pointer: str, message: str, hint: str, *, error: bool = False) -> None:
        severity = Severity.ERROR if error else Severity.WARNING
        self.diagnostics.append(Diagnostic(severity, message, self.locate(pointer), hint))

    def requirement(self, value: Any, pointer: str) -> ir.Security:
        """A `security` list as alternatives of scheme names; alternatives naming a scheme
        that is not declared or not supported are dropped, with a warning."""
        if not isinstance(value, list):
            return ()
        alternatives: list[tuple[str, ...]] = []
        for index, item in enumerate(value):
            names = tuple(str(k) for k in as_mapping(item))
            missing = [n for n in names if n not in self.declared]
            for name in missing:
                self.warn(
                    f"{pointer}/{index}",
                    f"security requirement names {name!r}, which components.securitySchemes does not declare",
                    "declare the scheme, or remove it from the requirement; this alternative is never sent",
                )
            if not missing and not any(self.kind(n) is None for n in names) and names not in alternatives:
                alternatives.append(names)
        return tuple(alternatives)

    def kind(self, key: str) -> tuple[ir.AuthKind, ir.AuthPlace, str] | None:
        """How scheme `key` is sent: its kind, place and wire name; None (reported once)
        when the generator cannot send it."""
        scheme = as_mapping(self.declared.get(key))
        type_, http = str(scheme.get("type") or ""), str(scheme.get("scheme") or "").lower()
        if type_ == "http" and http in ("bearer", "basic"):
            kind = ir.AuthKind.BEARER if http == "bearer" else ir.AuthKind.BASIC
            return kind, ir.AuthPlace.HEADER, "Authorization"
        if type_ in ("oauth2", "openIdConnect"):
            return ir.AuthKind.BEARER, ir.AuthPlace.HEADER, "Authorization"
        if type_ == "apiKey" and scheme.get("in") in _PLACES and scheme.get("name"):
            return ir.AuthKind.API_KEY, _PLACES[str(scheme["in"])], str(scheme["name"])
        if key not in self.unsupported:
            self.unsupported.add(key)
            what = f"http {http!r}" if type_ == "http" else repr(type_)
            self.warn(
                f"/components/securitySchemes/{escape_pointer_token(key)}",
                f"security scheme {key!r} ({what}) is not supported; operations requiring only it send no credentials",
                "pass the credential yourself with default_headers (or extra_headers per call)",
            )
        return None

    def schemes(self, used: list[str], config: SdkConfig, prefix: str) -> tuple[ir.SecurityScheme, ...]:
        """The schemes in `used` with their credentials named, clashes settled, the config applied."""
        configured = {entry.scheme: entry for entry in config.auth}
        for entry in config.auth:
            if entry.scheme not in used:
                declared = ", ".join(sorted(self.declared)) or "none"
                self.diagnostics.append(
                    Diagnostic(
                        Severity.ERROR,
                        f"auth names the security scheme {entry.scheme!r}, which no operation requires",
                        entry.location,
                        f"the spec's security schemes: {declared}",
                    )
                )
        roles = {key: self.roles(key, configured.get(key)) for key in used}
        usual = [self.usual(key, role) for key in used for role, name, _env in roles[key] if name is None]
        built = []
        for key in used:
            found = self.kind(key)
            assert found is not None  # `requirement` keeps supported schemes only
            kind, place, wire = found
            credentials = []
            for role, name, env in roles[key]:
                if name is None:
                    name = self.usual(key, role)
                    if usual.count(name) > 1:  # another scheme's option has this name: use the scheme's
                        name = _scheme_name(key) + ("" if role == "token" else f"_{role}")
                default_env = config.api_key_env if name == "api_key" and config.api_key_env else None
                env = env or default_env or f"{prefix}_{name.upper()}"
                credentials.append(ir.Credential(name, env, self.description(key, role)))
            spec_type = str(as_mapping(self.declared[key]).get("type"))
            pointer = f"/components/securitySchemes/{escape_pointer_token(key)}"
            built.append(ir.SecurityScheme(key, kind, place, wire, tuple(credentials), spec_type, pointer))
        self.check_unique(built)
        return tuple(built)

    def roles(self, key: str, entry: AuthConfig | None) -> list[tuple[str, str | None, str | None]]:
        """`(role, configured option name, configured env)` per credential of scheme `key`."""
        found = self.kind(key)
        basic = found is not None and found[0] is ir.AuthKind.BASIC
        wanted = BASIC_ROLES if basic else ("token",)
        given = {c.role: c for c in entry.credentials} if entry else {}
        if entry is not None and set(given) - set(wanted):
            shape = "username: {option, env} and password: {option, env}" if basic else "option and env"
            self.diagnostics.append(
                Diagnostic(
                    Severity.ERROR,
                    f"auth entry {key!r} does not fit its scheme, which takes {shape}",
                    entry.location,
                    "http basic schemes take a username and a password; every other scheme one token",
                )
            )
        return [
            (role, given[role].option if role in given else None, given[role].env if role in given else None)
            for role in wanted
        ]

    def usual(self, key: str, role: str) -> str:
        """The name the official SDKs give the option: `api_key`, `access_token`, `username`, `password`."""
        if role != "token":
            return role
        scheme = as_mapping(self.declared.get(key))
        type_ = str(scheme.get("type") or "")
        return _TOKEN.get("bearer" if type_ == "http" else type_, "api_key")

    def description(self, key: str, role: str) -> str:
        text = str(as_mapping(self.declared.get(key)).get("description") or "").strip()
        if role == "token":
            return text
        return f"The {role} of HTTP basic authentication." + (f" {text}" if text else "")

    def check_unique(self, schemes: list[ir.SecurityScheme]) -> None:
        seen: dict[str, str] = {}
        for scheme in schemes:
            for credential in scheme.credentials:
                if credential.name in seen:
                    self.warn(
                        scheme.pointer,
                        f"security schemes {seen[credential.name]!r} and {scheme.key!r} both take the client "
                        f"option {credential.name!r}",
                        "name one of them in the SDK config: auth: {Scheme: {option: ...}}",
                        error=True,
                    )
                seen[credential.name] = scheme.key


def _scheme_name(key: str) -> str:
    """The scheme's name as an option name, without a trailing generic word:
    `AdminApiKeyAuth` -> `admin_api_key`, `bearerAuth` -> `bearer`."""
    parts = words(key).split("_")
    while len(parts) > 1 and parts[-1] in _GENERIC:
        parts.pop()
    return "_".join(parts) or "credential"
