"""The Python target: the IR -> a typed Python package (sync and async clients, pydantic
models, TypedDict params, pagination, streaming, the package's own tests).

`TARGET` is what `generator/registry.py` registers. `backend` runs the stages; `settings`
reads the config's `python:` section; `names`, `text` and `types` spell IR names, spec
text and types in Python; `models` adapts datamodel-code-generator, whose output
`type_split` cuts into one module per type and `type_layout` places under `types/`
(`type_views` reads who uses each type, `method_params` adds each method's arguments
TypedDict); `views`, `method_views`, `imports` and `view_tests` build the view-models
(`view_models`) the templates in `templates/python/` print (`contract` says which
template gets which); `render` renders them and `format` runs black.
"""

from __future__ import annotations

from pathlib import Path

from ..backend import Front, Progress, Target, TargetOutput, Templates, section_values
from ..contract import Contract
from ..render import TEMPLATES
from .names import PARAM_SUFFIX, RESERVED_TYPE_NAMES
from .settings import PythonSection, package_version, read_settings, resolve


def _contract() -> Contract:
    from .contract import CONTRACT

    return CONTRACT


def _generate(
    front: Front, section: PythonSection, templates: Templates, cache_root: Path | None, progress: Progress
) -> TargetOutput:
    from .backend import generate_python

    return generate_python(front, resolve(section, front.api), templates, cache_root, progress)


TARGET: Target[PythonSection] = Target(
    name="python",
    templates=TEMPLATES / "python",
    load_contract=_contract,
    read_settings=read_settings,
    defaults=lambda api: section_values(resolve(PythonSection(), api)),
    version=package_version,
    generate=_generate,
    reserved_type_names=RESERVED_TYPE_NAMES,
    type_name_suffixes=(PARAM_SUFFIX,),
)

__all__ = ["TARGET"]
