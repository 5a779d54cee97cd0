"""The TypeScript target: the IR -> a TypeScript package (types, resources, runtime, tests).

`TARGET` is what `generator/registry.py` registers. `backend` runs the stages; `settings`
reads the config's `typescript:` section; `names`, `text` and `types` spell IR names,
spec text and `TypeRef`s in TypeScript; `model_views`, `views`, `method_body`, `imports`
and `view_tests` build the view-models the templates in `templates/typescript/` print
(`contract` says which template gets which).
"""

from __future__ import annotations

from ...core.write import HAND_WRITTEN
from ..backend import Target
from ..render import TEMPLATES
from .backend import generate_typescript
from .contract import CONTRACT
from .settings import TypeScriptSettings, SECTION_KEYS, read_settings


def _hand_written(settings: TypeScriptSettings) -> str:
    return f"src/{HAND_WRITTEN}"


TARGET: Target[TypeScriptSettings] = Target(
    name="typescript",
    templates=TEMPLATES / "typescript",
    contract=CONTRACT,
    read_settings=read_settings,
    section_keys=SECTION_KEYS,
    hand_written=_hand_written,
    version=lambda settings: settings.version,
    generate=generate_typescript,
)

__all__ = ["TARGET"]
