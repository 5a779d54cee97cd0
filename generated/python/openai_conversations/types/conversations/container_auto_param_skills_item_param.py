# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .inline_skill_param_param import InlineSkillParamParam
from .skill_reference_param_param import SkillReferenceParamParam

__all__ = ["ContainerAutoParamSkillsItemParam"]


ContainerAutoParamSkillsItemParam: TypeAlias = Union[SkillReferenceParamParam, InlineSkillParamParam]
