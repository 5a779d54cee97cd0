"""Credentials on the wire: the client's security schemes and a request's requirement ->
the headers and query parameters that authenticate it.

A generated client declares its schemes (``AuthScheme``) and the requirement of its
operations (``Security``); an operation with a requirement of its own passes it in its
request options. The first alternative whose credentials are all set is sent; an empty
alternative (a public operation) sends nothing; when no alternative can be met the
request fails before it is sent, naming the options it needs.
"""

from __future__ import annotations

import base64
from typing import Dict, List, Tuple, Mapping, Optional

from ._exceptions import SDKError

__all__ = [
    "AuthScheme",
    "Security",
    "select",
    "credentials_on_the_wire",
    "missing_credentials",
]

AuthScheme = Tuple[str, str, str, Tuple[str, ...]]
"""``(kind, place, wire name, credential options)``: kind ``bearer``, ``basic`` or
``api_key``; place ``header``, ``query`` or ``cookie``; the options hold the
credentials (one; the username and the password for ``basic``)."""

Security = Tuple[Tuple[str, ...], ...]
"""Alternatives (any one will do) of scheme names (all of them together)."""


def select(
    security: Security,
    schemes: Mapping[str, AuthScheme],
    is_set: Mapping[str, bool],
    envs: Mapping[str, str],
) -> Tuple[str, ...]:
    """The schemes to send: the first alternative whose options are all set, else the
    empty one when the requirement has it; raise ``SDKError`` when neither exists."""
    if not security:
        return ()
    for alternative in security:
        if alternative and all(is_set[o] for name in alternative for o in schemes[name][3]):
            return alternative
    if () in security:
        return ()
    raise SDKError(missing_credentials(security, schemes, envs))


def missing_credentials(security: Security, schemes: Mapping[str, AuthScheme], envs: Mapping[str, str]) -> str:
    """``This request needs credentials: pass `api_key` (or set $API_KEY), or ...``."""
    choices: List[str] = []
    for alternative in security:
        options = [o for name in alternative for o in schemes[name][3]]
        choices.append(" and ".join(f"`{o}` (or set ${envs[o]})" for o in options))
    return "This request needs credentials: pass " + ", or ".join(choices) + " to the client"


def credentials_on_the_wire(
    selected: Tuple[str, ...],
    schemes: Mapping[str, AuthScheme],
    values: Mapping[str, Optional[str]],
) -> Tuple[Dict[str, str], Dict[str, str]]:
    """``(headers, query parameters)`` that send the ``selected`` schemes' credentials;
    cookies travel in one ``Cookie`` header. An empty credential is not sent."""
    headers: Dict[str, str] = {}
    query: Dict[str, str] = {}
    cookies: List[str] = []
    for name in selected:
        kind, place, wire, options = schemes[name]
        given = [values.get(o) or "" for o in options]
        if not all(given):
            continue
        if kind == "basic":
            token = base64.b64encode(f"{given[0]}:{given[1]}".encode()).decode("ascii")
            headers[wire] = f"Basic {token}"
        elif kind == "bearer":
            headers[wire] = f"Bearer {given[0]}"
        elif place == "query":
            query[wire] = given[0]
        elif place == "cookie":
            cookies.append(f"{wire}={given[0]}")
        else:
            headers[wire] = given[0]
    if cookies:
        headers["Cookie"] = "; ".join(cookies)
    return headers, query
