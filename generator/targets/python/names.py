"""Python spellings of IR names: identifiers, class names and string literals.

Names are sanitised once, here: words from the IR become snake_case or PascalCase, Python
keywords, soft keywords and shadowing builtins get a trailing underscore, and anything
that is not a valid identifier is reduced to one. `unique` rejects collisions, and
`argument_names` spells one method's arguments (named in the IR) so that they leave the
method's own parameters and the runtime helpers its body calls alone.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Sequence

from ...ir.naming import singular
from ..naming import numbered

__all__ = [
    "PARAM_SUFFIX",
    "RESERVED_TYPE_NAMES",
    "argument_names",
    "identifier",
    "own_attribute",
    "pascal",
    "singular",
    "snake",
    "unique",
]

# Appended to a schema's class name for the TypedDict that types it in requests (`InputItemParam`).
PARAM_SUFFIX = "Param"
# Names a schema's class may not take: what the generated model modules import, what the
# resource modules import beside the models they use, and the names of the generated tests'
# conftest that their test modules import or define.
RESERVED_TYPE_NAMES = frozenset(
    {"Annotated", "Any", "AwareDatetime", "BaseModel", "ConfigDict", "Dict", "Enum", "Field", "List", "Literal"}
    | {"NotRequired", "Optional", "Required", "RootModel", "TypeAlias", "TypeAliasType", "TypedDict", "Union"}
    | {"None", "True", "False"}  # keywords
    | {"AsyncAPIResource", "AsyncPaginator", "AsyncStream", "BinaryResponseContent", "Body", "FileTypes"}
    | {"Headers", "Iterable", "NotGiven", "Omit", "Query", "Stream", "SyncAPIResource"}
    | {"CASES", "Case", "PathCase", "PathParamTests", "ResourceTests", "StreamTests"}
)

# Keywords, soft keywords of every Python the output may run on, and the method receivers.
_RESERVED = set(keyword.kwlist) | set(keyword.softkwlist) | {"match", "case", "type", "_", "self", "cls"}
# Inside a generated method: its own keyword parameters, and the module-level helpers its
# body calls (an argument of that name would hide the helper from the body).
METHOD_SCOPE = frozenset(
    {"extra_headers", "extra_query", "extra_body", "timeout", "cast", "header_params", "path_template"}
    | {"make_request_options", "styled", "path_param", "cookie_header"}
)


def own_attribute(wire: str) -> bool:
    """Whether the wire name `wire` is its own Python attribute name: an identifier, not a
    keyword, and not private (pydantic keeps names with a leading underscore private)."""
    return wire.isidentifier() and not keyword.iskeyword(wire) and not wire.startswith("_")


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
    return numbered(names, separator="_")


def argument_names(arguments: Sequence[str]) -> list[str]:
    """Identifiers for the arguments of one method, from their IR argument names (distinct
    lower-case words), in order: none a keyword (`from` -> `from_`), a name of the method's
    own parameters or of a helper its body calls (`timeout` -> `timeout_`); should two
    spellings still meet, the later gets `_2`, `_3`, ...
    """
    spelled = [identifier(argument) for argument in arguments]
    return unique([name + "_" if name in METHOD_SCOPE else name for name in spelled])
