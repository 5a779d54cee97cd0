"""Property names Python would respell: the field names and keys that keep their wire name.

Python reads every identifier in its NFKC form, so a property called `µs` (a micro sign) or
`ºC` is a valid identifier that names another attribute (`μs`, `oC`) once compiled. The
model generator takes such a name as it is: a model field would then read and send the
respelled key, and a `TypedDict` in class syntax would declare it. So the model run is
given an alias for each such name (the field gets the NFKC name, which is also what a
user's `model.µs` reads, and keeps the wire name as its alias), and a `TypedDict` with such
a key is written in the functional syntax, whose keys are strings.

`respelled_aliases` is given the property names of the model generator's input document
(`models` walks it); `functional_typed_dicts` is the rule the `TypedDict` run applies.
"""

from __future__ import annotations

import keyword
import unicodedata
from collections.abc import Iterable
from typing import Any

__all__ = ["functional_typed_dicts", "respelled", "respelled_aliases"]


def respelled(name: str) -> bool:
    """Whether `name` is an identifier Python reads as another one."""
    return name.isidentifier() and unicodedata.normalize("NFKC", name) != name


def respelled_aliases(property_names: Iterable[str]) -> dict[str, str]:
    """For each of the property names Python would respell: the field name it gets, its NFKC
    form, made unique among all the property names (a numbered suffix) and never a keyword
    nor private."""
    names = set(property_names)
    taken = {name for name in names if not respelled(name)}
    aliases: dict[str, str] = {}
    for name in sorted(n for n in names if respelled(n)):
        base = unicodedata.normalize("NFKC", name)
        base = f"field_{base}" if base.startswith("_") else base
        base = f"{base}_" if keyword.iskeyword(base) else base
        field, count = base, 0
        while field in taken:
            count += 1
            field = f"{base}_{count}"
        taken.add(field)
        aliases[name] = field
    return aliases


def functional_typed_dicts() -> None:
    """Make the model generator write a `TypedDict` whose keys Python would respell in the
    functional syntax. Its rule for choosing the syntax is a private function of the pinned
    version; `tests/unit/targets/python/test_models.py` fails if it moves."""
    from datamodel_code_generator.model import typed_dict

    rule = typed_dict._is_valid_field_name
    if getattr(rule, "respelling_checked", False):
        return

    def valid(field: Any) -> bool:
        name = field.original_name if field.original_name is not None else field.name
        return bool(rule(field)) and not respelled(str(name))

    valid.respelling_checked = True  # type: ignore[attr-defined]
    typed_dict._is_valid_field_name = valid
