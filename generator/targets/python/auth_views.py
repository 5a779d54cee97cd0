"""The Python spelling of the client's credentials: `ir.ClientSecurity` -> `AuthView`, and
an operation's own requirement -> the literal its method passes.

Each credential is a keyword argument of both clients and an attribute of the same name
(`api_key`, `username`, `password`, `access_token`); a required one is `str`, an optional
one `Optional[str]`. A token sent in a header may also be a function, called before each
request (an `async def` one for the async client), as the official SDK's `api_key` may.
The schemes and requirements are printed as the tuples `_auth.py` reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from ... import ir
from .layout import Group, Item, Node, lay_out
from .names import identifier

_TEST_VALUES = {"username": "user", "password": "pass"}
_TYPING = ("TYPE_CHECKING", "Dict", "Tuple", "Union", "Mapping", "Callable", "ClassVar", "Optional", "Awaitable")


@dataclass(frozen=True, slots=True)
class CredentialView:
    """One credential option: its name, variable, annotations and docstring line."""

    param: str
    env: str
    annotation: str  # of the sync constructor's argument
    async_annotation: str
    attribute: str  # of the client attribute: `str` when required at construction, else `Optional[str]`
    doc: str  # escaped for a docstring


@dataclass(frozen=True, slots=True)
class AuthView:
    """The client's credentials, and the runtime tables (`_auth.py`) as Python literals.

    `test_kwargs` are the constructor arguments the package's own tests build clients with
    (every credential, each ending with `, `); `bearer_key` is set when the client takes a
    required `api_key` sent as `Authorization: Bearer` (the tests of that behaviour run then).
    """

    credentials: tuple[CredentialView, ...]
    schemes: tuple[tuple[str, str], ...]  # (scheme name literal, `AuthScheme` literal)
    default: str
    options: str  # `((option, env), ...)`
    required: str
    test_kwargs: str
    bearer_key: bool
    typing: str  # what the client module imports from typing (`Callable`, `Awaitable` only for credential functions)
    init_doc: str  # the constructor docstring's first line, up to the base URL's variable
    env_list: str  # the credentials' variables, `, `-separated (the README)
    callable_doc: str  # the async constructor's note on credential functions ('' or starting with a line break)
    test_credentials: tuple[tuple[str, str], ...] = ()  # `test_kwargs` as (argument, value literal) pairs


def auth_view(security: ir.ClientSecurity) -> AuthView:
    """The view of the client's credentials."""
    credentials = tuple(_credential(s, c, security.required) for s in security.schemes for c in s.credentials)
    bearer = [s for s in security.schemes if s.kind is ir.AuthKind.BEARER]
    return AuthView(
        credentials=credentials,
        schemes=tuple((_str(s.key), _scheme(s)) for s in security.schemes),
        default=_attribute("_security: ClassVar[Security]", [_tuple_node(map(_str, a)) for a in security.default]),
        options=_attribute(
            "_credentials: ClassVar[Tuple[Tuple[str, str], ...]]",
            [_tuple_node((_str(c.param), _str(c.env))) for c in credentials],
        ),
        required=_attribute(
            "_required_credentials: ClassVar[Tuple[str, ...]]", [_str(identifier(n)) for n in security.required]
        ),
        test_kwargs="".join(f'{c.param}="{_TEST_VALUES.get(c.param, "My API Key")}", ' for c in credentials),
        test_credentials=tuple((c.param, _str(_TEST_VALUES.get(c.param, "My API Key"))) for c in credentials),
        bearer_key=security.required == ("api_key",) and len(bearer) == 1 and len(security.schemes) == 1,
        typing=", ".join(n for n in _TYPING if n not in ("Callable", "Awaitable") or _callable_doc(credentials)),
        init_doc=_init_doc(credentials),
        env_list=", ".join(c.env for c in credentials),
        callable_doc=_callable_doc(credentials),
    )


def _init_doc(credentials: tuple[CredentialView, ...]) -> str:
    """`Create a client. `api_key` defaults to `$OPENAI_API_KEY` and `base_url` to`."""
    if not credentials:
        return "Create a client. `base_url` defaults to"
    first, *rest = credentials
    parts = [f"`{first.param}` defaults to `${first.env}`", *(f"`{c.param}` to `${c.env}`" for c in rest)]
    return "Create a client. " + ", ".join(parts) + " and `base_url` to"


def _callable_doc(credentials: tuple[CredentialView, ...]) -> str:
    names = [c.param for c in credentials if "Callable" in c.annotation]
    if not names:
        return ""
    spelled = " or ".join(f"`{n}`" for n in names)
    return f" A callable {spelled}\n        (an `async def` function, or a plain one) is called before every attempt."


def security_literal(security: ir.Security) -> str:
    """`(("ApiKeyAuth",),)`: alternatives of scheme names."""
    return _tuple(_tuple(_str(name) for name in alternative) for alternative in security)


def _credential(scheme: ir.SecurityScheme, credential: ir.Credential, required: tuple[str, ...]) -> CredentialView:
    is_required = credential.name in required
    callable_ = len(scheme.credentials) == 1 and scheme.place is ir.AuthPlace.HEADER
    plain = "Union[str, None]" if not callable_ else "Union[str, Callable[[], str], None]"
    asynchronous = plain if not callable_ else "Union[str, Callable[[], Awaitable[str]], Callable[[], str], None]"
    where = {
        ir.AuthKind.BEARER: "sent as `Authorization: Bearer <token>`",
        ir.AuthKind.BASIC: "sent with HTTP basic authentication",
    }.get(scheme.kind, f"sent in the {scheme.place.value} `{scheme.wire_name}`")
    text = credential.description.replace("\\", "\\\\").replace('"""', "'''").split("\n")[0].strip()
    doc = (
        f"{text} Defaults to `${credential.env}`."
        if text
        else f"Security scheme `{scheme.key}`, {where}; defaults to `${credential.env}`."
    )
    return CredentialView(
        param=identifier(credential.name),
        env=credential.env,
        annotation=plain,
        async_annotation=asynchronous,
        attribute="str" if is_required else "Optional[str]",
        doc=doc,
    )


def _scheme(scheme: ir.SecurityScheme) -> str:
    options = _tuple(_str(identifier(c.name)) for c in scheme.credentials)
    return f"({_str(scheme.kind.value)}, {_str(scheme.place.value)}, {_str(scheme.wire_name)}, {options})"


def _str(text: str) -> str:
    return json.dumps(text)


def _tuple_node(items: Iterable[Node]) -> Node:
    """A tuple display of `items` (`()` when none)."""
    parts = tuple(Item("", item) for item in items)
    return Group("", "(", parts, ")", True, "," if len(parts) == 1 else "") if parts else "()"


def _attribute(declared: str, items: list[Node]) -> str:
    """The tuple of `items` as black prints it after `declared = ` in a class body."""
    return lay_out(f"{declared} = ", _tuple_node(items), "", 4)[len(declared) + 3 :]


def _tuple(items: Iterable[str]) -> str:
    parts = list(items)
    if not parts:
        return "()"
    return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
