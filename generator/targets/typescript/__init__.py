"""The TypeScript target: the IR -> a TypeScript package (types, resources, runtime, tests).

`TARGET` is what `generator/registry.py` registers. `backend` runs the stages; `settings`
reads the config's `typescript:` section; `names`, `text` and `types` spell IR names,
spec text and `TypeRef`s in TypeScript; `model_views`, `views`, `method_body`, `imports`
and `view_tests` build the view-models the templates in `templates/typescript/` print
(`contract` says which template gets which).
"""

from __future__ import annotations

from pathlib import Path

from ...core.write import HAND_WRITTEN
from ..backend import Front, Progress, Target, TargetOutput, Templates
from ..contract import Contract
from ..render import TEMPLATES
from .settings import TypeScriptSettings, SECTION_KEYS, read_settings


def _hand_written(settings: TypeScriptSettings) -> str:
    return f"src/{HAND_WRITTEN}"


def _contract() -> Contract:
    from .contract import CONTRACT

    return CONTRACT


def _generate(
    front: Front, settings: TypeScriptSettings, templates: Templates, cache_root: Path | None, progress: Progress
) -> TargetOutput:
    from .backend import generate_typescript

    return generate_typescript(front, settings, templates, cache_root, progress)


TARGET: Target[TypeScriptSettings] = Target(
    name="typescript",
    templates=TEMPLATES / "typescript",
    load_contract=_contract,
    read_settings=read_settings,
    section_keys=SECTION_KEYS,
    hand_written=_hand_written,
    version=lambda settings: settings.version,
    generate=_generate,
)

__all__ = ["TARGET"]
