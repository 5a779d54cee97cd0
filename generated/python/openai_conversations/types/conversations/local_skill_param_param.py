# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import TypedDict

__all__ = ["LocalSkillParamParam"]


class LocalSkillParamParam(TypedDict):
    description: str
    """The description of the skill."""

    name: str
    """The name of the skill."""

    path: str
    """The path to the directory containing the skill."""
