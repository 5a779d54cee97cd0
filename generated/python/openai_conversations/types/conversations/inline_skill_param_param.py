# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

from .inline_skill_source_param_param import InlineSkillSourceParamParam

__all__ = ["InlineSkillParamParam"]


class InlineSkillParamParam(TypedDict):
    description: str
    """The description of the skill."""

    name: str
    """The name of the skill."""

    source: InlineSkillSourceParamParam
    """Inline skill payload"""

    type: Literal["inline"]
    """Defines an inline skill for this request."""
