# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["InlineSkillSourceParamParam"]


class InlineSkillSourceParamParam(TypedDict):
    """Inline skill payload"""

    data: str
    """Base64-encoded skill zip bundle."""

    media_type: Literal["application/zip"]
    """The media type of the inline skill payload. Must be `application/zip`."""

    type: Literal["base64"]
    """The type of the inline skill source. Must be `base64`."""
