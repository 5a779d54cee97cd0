"""What an operationId says about a method name: (operationId, method, path) -> a verb or nothing.

An operationId that only spells the HTTP method and the path (Stripe's
`PostChargesChargeCapture` for `POST /v1/charges/{charge}/capture`) says nothing the
path does not, so placement reads the path alone. One made of a verb and words of the
path (`executeWebhook` for `POST /webhooks/{id}/{token}`) names the method (`execute`),
unless the verb is one of the ways of saying `update` (`modifyAssistant`).
"""

from __future__ import annotations

import re

from .naming import singular, words

# Leading words of an operationId that mean the method's default name on a member path.
_UPDATE_WORDS = frozenset({"update", "modify", "edit", "change", "replace", "set", "save", "upsert"})
_HTTP_WORDS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "trace"})


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def spells_path(operation_id: str, method: str, path: str) -> bool:
    """Whether `operation_id` is the HTTP method followed by the path's last segments,
    spelled together (`PostChargesChargeCapture`, `GetV1Customers`)."""
    segments = [_compact(s) for s in path.split("/") if s]
    compact = _compact(operation_id)
    return any(compact == method + "".join(segments[i:]) for i in range(len(segments)))


def stated_verb(operation_id: str, path: str) -> str:
    """The verb an operationId names for a POST on a member path, or "" when it names none
    (or names an update): the first word, when every other word is a word of the path."""
    parts = words(operation_id).split("_")
    nouns = {w for s in path.split("/") for w in words(s).split("_") if w}
    nouns |= {singular(n) for n in nouns}
    verb, rest = parts[0], parts[1:]
    if not rest or verb in nouns or verb in _UPDATE_WORDS or verb in _HTTP_WORDS or not verb.isalpha():
        return ""
    return verb if all(w in nouns for w in rest) else ""
