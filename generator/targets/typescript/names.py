"""TypeScript spellings of IR names: methods, classes, arguments, local variables.

IR names are lower-case words (`create_and_run`); methods and properties become
camelCase (`createAndRun`), classes PascalCase, and path arguments camelCase with `ID`
for `id` (`conversation_id` -> `conversationID`), as the official Node SDK spells them.
A local variable never takes a reserved word or a name the method body already uses.
"""

from __future__ import annotations

import re

from ...ir.naming import words

# Reserved words, strict-mode reserved words and names with a meaning of their own.
RESERVED = frozenset(
    {"break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do"}
    | {"else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import"}
    | {"in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try"}
    | {"typeof", "var", "void", "while", "with", "implements", "interface", "let", "package"}
    | {"private", "protected", "public", "static", "yield", "await", "arguments", "eval", "undefined"}
)
# Names a method body uses for its own values and helpers.
METHOD_SCOPE = frozenset(
    {"params", "body", "query", "options", "path", "buildHeaders", "styled", "pathParam", "headerParam", "cookieHeader"}
)


def camel(name: str) -> str:
    """`create_and_run` -> `createAndRun` (a leading digit gets an underscore)."""
    parts = words(name).split("_") if words(name) else ["value"]
    text = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return _safe(text)


def pascal(name: str) -> str:
    """`conversation_items` -> `ConversationItems`."""
    parts = words(name).split("_") if words(name) else ["value"]
    return _safe("".join(p[:1].upper() + p[1:] for p in parts))


def path_argument(name: str) -> str:
    """`conversation_id` -> `conversationID` (never a reserved or method-scope name)."""
    parts = words(name).split("_") if words(name) else ["value"]
    spelled = parts[0] + "".join("ID" if p == "id" else p[:1].upper() + p[1:] for p in parts[1:])
    spelled = _safe(spelled)
    return spelled + "_" if spelled in RESERVED or spelled in METHOD_SCOPE else spelled


def local_name(wire: str, taken: set[str]) -> str:
    """A local variable for the wire name `wire`: the name itself when it may be one,
    else a camelCase spelling, with `_` appended until it is not in `taken`."""
    name = wire if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", wire) else camel(wire)
    while name in RESERVED or name in METHOD_SCOPE or name in taken:
        name += "_"
    return name


def safe_identifier(name: str) -> str:
    """`name` (lower-case words) as an identifier: a leading digit gets an underscore."""
    return _safe(name)


def _safe(name: str) -> str:
    name = name.encode("ascii", "ignore").decode() or "value"
    return "_" + name if name[0].isdigit() else name
