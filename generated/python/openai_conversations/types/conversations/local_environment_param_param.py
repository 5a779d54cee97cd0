# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, TypedDict

from typing_extensions import NotRequired

from .local_skill_param_param import LocalSkillParamParam

__all__ = ["LocalEnvironmentParamParam"]


class LocalEnvironmentParamParam(TypedDict):
    type: Literal["local"]
    """Use a local computer environment."""

    skills: NotRequired[List[LocalSkillParamParam]]
    """An optional list of skills."""
