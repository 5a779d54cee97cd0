"""The TypeScript target: the IR -> a TypeScript package (types, resources, runtime, tests).

`TARGET` is what `generator/registry.py` registers. `backend` runs the stages; `settings`
reads the config's `typescript:` section; `names`, `text` and `types` spell IR names,
spec text and `TypeRef`s in TypeScript; `model_views`, `views`, `method_body`, `imports`
and `view_tests` build the view-models the templates in `templates/typescript/` print
(`contract` says which template gets which).
"""

from __future__ import annotations

from pathlib import Path

from ..backend import Front, Progress, Target, TargetOutput, Templates, section_values
from ..contract import Contract
from ..render import TEMPLATES
from .settings import TypeScriptSection, package_version, read_settings, resolve


def _contract() -> Contract:
    from .contract import CONTRACT

    return CONTRACT


def _generate(
    front: Front, section: TypeScriptSection, templates: Templates, cache_root: Path | None, progress: Progress
) -> TargetOutput:
    from .backend import generate_typescript

    return generate_typescript(front, resolve(section, front.api), templates, cache_root, progress)


TARGET: Target[TypeScriptSection] = Target(
    name="typescript",
    templates=TEMPLATES / "typescript",
    load_contract=_contract,
    read_settings=read_settings,
    defaults=lambda api: section_values(resolve(TypeScriptSection(), api)),
    version=package_version,
    generate=_generate,
)

__all__ = ["TARGET"]
