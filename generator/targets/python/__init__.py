"""The Python target: the IR -> a typed Python package (sync and async clients, pydantic
models, TypedDict params, pagination, streaming, the package's own tests).

`TARGET` is what `generator/registry.py` registers. `backend` runs the stages; `settings`
reads the config's `python:` section; `names`, `text` and `types` spell IR names, spec
text and types in Python; `models` adapts datamodel-code-generator; `views`,
`method_views`, `imports` and `view_tests` build the view-models (`view_models`) the
templates in `templates/python/` print (`contract` says which template gets which);
`render` renders them and `format` runs black.
"""

from __future__ import annotations

from pathlib import Path

from ...core.write import HAND_WRITTEN
from ..backend import Front, Progress, Target, TargetOutput, Templates
from ..contract import Contract
from ..render import TEMPLATES
from .names import PARAM_SUFFIX, RESERVED_TYPE_NAMES
from .settings import PythonSettings, SECTION_KEYS, read_settings


def _hand_written(settings: PythonSettings) -> str:
    return f"{settings.import_name}/{HAND_WRITTEN}"


def _contract() -> Contract:
    from .contract import CONTRACT

    return CONTRACT


def _generate(
    front: Front, settings: PythonSettings, templates: Templates, cache_root: Path | None, progress: Progress
) -> TargetOutput:
    from .backend import generate_python

    return generate_python(front, settings, templates, cache_root, progress)


TARGET: Target[PythonSettings] = Target(
    name="python",
    templates=TEMPLATES / "python",
    load_contract=_contract,
    read_settings=read_settings,
    section_keys=SECTION_KEYS,
    hand_written=_hand_written,
    version=lambda settings: settings.version,
    generate=_generate,
    reserved_type_names=RESERVED_TYPE_NAMES,
    type_name_suffixes=(PARAM_SUFFIX,),
)

__all__ = ["TARGET"]
