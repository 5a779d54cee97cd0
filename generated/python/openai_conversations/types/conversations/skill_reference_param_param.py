# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

from typing_extensions import NotRequired

__all__ = ["SkillReferenceParamParam"]


class SkillReferenceParamParam(TypedDict):
    skill_id: str
    """The ID of the referenced skill."""

    type: Literal["skill_reference"]
    """References a skill created with the /v1/skills endpoint."""

    version: NotRequired[str]
    """Optional skill version. Use a positive integer or 'latest'. Omit for default."""
