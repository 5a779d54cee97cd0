"""The TypeScript spelling of the client's credentials: `ir.ClientSecurity` -> `AuthView`,
and an operation's own requirement -> the `__security` literal its method passes.

Each credential is a client option and a property in camelCase (`apiKey`, `username`,
`password`, `accessToken`), read from its environment variable when not given. A token
sent in a header may also be a function the client calls before each request, as
openai-node's `apiKey` may. The schemes are printed as the table `core/auth.ts` reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from .names import camel
from .text import jsdoc_lines, string_literal

_TEST_VALUES = {"username": "user", "password": "pass"}


@dataclass(frozen=True, slots=True)
class CredentialView:
    """One credential option: its name, variable, type and documentation."""

    option: str
    env: str
    type: str  # of the option: `string | ApiKeySetter | undefined`, or `string | null | undefined`
    setter: bool  # a function may stand for it
    required: bool  # the client cannot be built without it
    doc: tuple[str, ...]
    what: str  # `The API key`: how the property's comment names it


@dataclass(frozen=True, slots=True)
class AuthView:
    """The client's credentials and the runtime tables (`core/auth.ts`) as TypeScript.

    `schemes` are the entries of the scheme table, one line each; `envs` the variable of
    each option (for the missing-credentials message); `test_options` the options the
    package's own tests build clients with (each ending with `, `); `bearer_key` is set
    when the client takes a required `apiKey` sent as `Authorization: Bearer`.
    """

    credentials: tuple[CredentialView, ...]
    schemes: tuple[str, ...]
    default: str
    envs: tuple[str, ...]
    test_options: str
    bearer_key: bool
    any_setter: bool
    any_required: bool
    env_list: str  # the credentials' variables, `, `-separated (the README)


def auth_view(security: ir.ClientSecurity) -> AuthView:
    """The view of the client's credentials."""
    credentials = tuple(_credential(s, c, security.required) for s in security.schemes for c in s.credentials)
    only_bearer = len(security.schemes) == 1 and security.schemes[0].kind is ir.AuthKind.BEARER
    return AuthView(
        credentials=credentials,
        schemes=tuple(f"{string_literal(s.key)}: {_scheme(s)}," for s in security.schemes),
        default=security_literal(security.default),
        envs=tuple(f"{c.option}: {string_literal(c.env)}," for c in credentials),
        test_options="".join(f"{c.option}: '{_TEST_VALUES.get(c.option, 'My API Key')}', " for c in credentials),
        bearer_key=security.required == ("api_key",) and only_bearer,
        any_setter=any(c.setter for c in credentials),
        any_required=bool(security.required),
        env_list=", ".join(c.env for c in credentials),
    )


def security_literal(security: ir.Security) -> str:
    """`[['ApiKeyAuth']]`: alternatives of scheme names."""
    return "[" + ", ".join("[" + ", ".join(string_literal(n) for n in alt) + "]" for alt in security) + "]"


def _credential(scheme: ir.SecurityScheme, credential: ir.Credential, required: tuple[str, ...]) -> CredentialView:
    setter = len(scheme.credentials) == 1 and scheme.place is ir.AuthPlace.HEADER
    where = {
        ir.AuthKind.BEARER: "sent as `Authorization: Bearer <token>`",
        ir.AuthKind.BASIC: "sent with HTTP basic authentication",
    }.get(scheme.kind, f"sent in the {scheme.place.value} `{scheme.wire_name}`")
    text = credential.description.strip() or f"Security scheme `{scheme.key}`, {where}."
    return CredentialView(
        option=camel(credential.name),
        env=credential.env,
        type="string | ApiKeySetter | undefined" if setter else "string | null | undefined",
        setter=setter,
        required=credential.name in required,
        doc=(*jsdoc_lines(text), f"Defaults to `process.env['{credential.env}']`."),
        what="The API key" if credential.name == "api_key" else f"The `{camel(credential.name)}`",
    )


def _scheme(scheme: ir.SecurityScheme) -> str:
    options = ", ".join(string_literal(camel(c.name)) for c in scheme.credentials)
    return (
        f"{{ kind: '{scheme.kind.value}', place: '{scheme.place.value}', "
        f"name: {string_literal(scheme.wire_name)}, options: [{options}] }}"
    )
