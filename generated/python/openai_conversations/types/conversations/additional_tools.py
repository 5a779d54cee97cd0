# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal

from ..._models import BaseModel
from .tool_definition import ToolDefinition

__all__ = ["AdditionalTools"]


class AdditionalTools(BaseModel):
    """
    Additional tool definitions made available to the model from this point in the conversation.
    """

    id: str
    """The unique ID of the additional tools item."""

    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
    """The role that provided the additional tools."""

    tools: List[ToolDefinition]
    """The additional tool definitions made available at this item."""

    type: Literal["additional_tools"]
    """The item type, always `additional_tools`."""
