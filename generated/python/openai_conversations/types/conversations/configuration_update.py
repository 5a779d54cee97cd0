# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel
from .configuration_update_reasoning import ConfigurationUpdateReasoning
from .configuration_update_text import ConfigurationUpdateText

__all__ = ["ConfigurationUpdate"]


class ConfigurationUpdate(BaseModel):
    """A configuration update for subsequent responses.

    Each setting stays in effect until a later update replaces that setting.
    """

    id: str
    """The unique ID of the configuration update item."""

    type: Literal["configuration_update"]
    """The item type, always `configuration_update`."""

    reasoning: Optional[ConfigurationUpdateReasoning] = None
    """The reasoning configuration applied by this update."""

    text: Optional[ConfigurationUpdateText] = None
    """The text output configuration for subsequent responses."""
