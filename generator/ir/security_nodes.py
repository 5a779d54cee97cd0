"""The IR of credentials: the security schemes operations require and what the client holds.

Part of the IR (`nodes` re-exports every name): language-neutral, built once by
`ir.security` from `components.securitySchemes` and the `security` requirements.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class AuthKind(enum.Enum):
    """How a security scheme's credentials travel."""

    BEARER = "bearer"  # `Authorization: Bearer <token>`: http bearer, oauth2, openIdConnect
    BASIC = "basic"  # `Authorization: Basic base64(<username>:<password>)`
    API_KEY = "api_key"  # the key as it is, in a header, a query parameter or a cookie


class AuthPlace(enum.Enum):
    """Where an `apiKey` scheme's key is sent (bearer and basic use the `Authorization` header)."""

    HEADER = "header"
    QUERY = "query"
    COOKIE = "cookie"


@dataclass(frozen=True, slots=True)
class Credential:
    """One client option holding a secret: its name as lower-case words (`api_key`,
    `username`), the environment variable it defaults from, and what it is."""

    name: str
    env: str
    description: str


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """A scheme of `components.securitySchemes` some operation requires: its name in the
    spec, how it is sent (under `wire_name`: `Authorization`, or the apiKey's own name), and
    the client options it takes (one; `username` and `password` for basic)."""

    key: str
    kind: AuthKind
    place: AuthPlace
    wire_name: str
    credentials: tuple[Credential, ...]
    spec_type: str  # `http`, `apiKey`, `oauth2` or `openIdConnect`, as the spec says
    pointer: str


Security = tuple[tuple[str, ...], ...]
"""Security requirements: alternatives (any one will do), each the names of the schemes
that must all be sent together. `()` among them: the operation may be called without
credentials; `()` as a whole: no credentials are ever sent."""


@dataclass(frozen=True, slots=True)
class ClientSecurity:
    """The client's credentials: the schemes operations use, the requirement of operations
    that name none of their own (`security` at the top of the spec), and the credentials
    the client needs at construction (those of the one requirement every operation has)."""

    schemes: tuple[SecurityScheme, ...] = ()
    default: Security = ()
    required: tuple[str, ...] = ()  # credential names

    def credentials(self) -> tuple[Credential, ...]:
        """Every credential, in scheme order."""
        return tuple(c for s in self.schemes for c in s.credentials)
