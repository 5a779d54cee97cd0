"""The targets sdkgen generates, by name: the one place a language is registered.

A new language is a folder under `targets/` (copy one) whose `__init__` declares its
`Target`, and one line in `TARGETS` below. From here the pipeline and the CLI learn every
target's name (`--target`, the config's `target:`), its config section's reader, its
templates and contract, and the names its generated code keeps for itself, which
normalizing keeps every schema's type name clear of in all targets, so that a schema has
the same type name in every language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .core.diagnostics import display_name
from .core.settings import SectionReader
from .spec.config import SdkConfig, load_config
from .spec.type_names import TypeNameRules
from .targets import python, typescript
from .targets.backend import Target

TARGETS: dict[str, Target[Any]] = {target.name: target for target in (python.TARGET, typescript.TARGET)}


def sections() -> dict[str, SectionReader[object]]:
    """Each target's reader of its config section, by target name (the section's key)."""
    return {name: target.read_settings for name, target in TARGETS.items()}


def type_name_rules() -> TypeNameRules:
    """The names every target keeps for itself, and the suffixes of their companion types."""
    reserved = frozenset().union(*(t.reserved_type_names for t in TARGETS.values()))
    suffixes = tuple(dict.fromkeys(s for t in TARGETS.values() for s in t.type_name_suffixes))
    return TypeNameRules(reserved, suffixes)


def read_config(path: Path) -> SdkConfig:
    """The SDK config, every registered target's section read by that target."""
    return load_config(path, sections=sections(), display=display_name(path))
