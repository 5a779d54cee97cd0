"""Python spellings of IR names: identifiers, class names and string literals.

Names are sanitised once, here: words from the IR become snake_case or PascalCase, Python
keywords, soft keywords and shadowing builtins get a trailing underscore, and anything
that is not a valid identifier is reduced to one. `unique` rejects collisions.
"""

from __future__ import annotations

import keyword
import re

from .naming import singular

__all__ = ["identifier", "pascal", "singular", "snake", "unique"]

# Keywords, soft keywords of every Python the output may run on, and the method receivers.
_RESERVED = set(keyword.kwlist) | set(keyword.softkwlist) | {"match", "case", "type", "_", "self", "cls"}


def snake(text: str) -> str:
    """A snake_case identifier for `text` (`Fine-Tuning` -> `fine_tuning`)."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    name = "_".join(w for w in re.split(r"[^A-Za-z0-9]+", text) if w).lower()
    return _safe(name or "value")


def pascal(text: str) -> str:
    """A PascalCase class name for `text` (`conversation_items` -> `ConversationItems`)."""
    parts = re.split(r"[^A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text))
    name = "".join(w[:1].upper() + w[1:] for w in parts if w)
    return _safe(name or "Model")


def identifier(text: str) -> str:
    """A parameter, attribute or method name: snake_case, never a keyword (`from` -> `from_`)."""
    name = snake(text)
    return name + "_" if name in _RESERVED else name


def _safe(name: str) -> str:
    name = name.encode("ascii", "ignore").decode() or "value"
    return "_" + name if name[0].isdigit() else name


def unique(names: list[str]) -> list[str]:
    """Names made unique in order: a later duplicate gets `_2`, `_3`, ... appended."""
    seen: set[str] = set()
    result = []
    for name in names:
        candidate, counter = name, 2
        while candidate in seen:
            candidate, counter = f"{name}_{counter}", counter + 1
        seen.add(candidate)
        result.append(candidate)
    return result
