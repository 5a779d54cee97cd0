# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .configuration_update_reasoning_param import ConfigurationUpdateReasoningParam
from .configuration_update_text_param import ConfigurationUpdateTextParam

__all__ = ["ConfigurationUpdateItemParamParam"]


class ConfigurationUpdateItemParamParam(TypedDict):
    """An update to the conversation's response configuration, sent as input.

    Supply reasoning, text, or both; each setting stays in effect until a later update replaces it. (Both official packages accept this form; OpenAI's published specification does not list it yet.)
    """

    type: Literal["configuration_update"]
    """The item type, always `configuration_update`."""

    id: NotRequired[Optional[str]]
    """The unique ID of the configuration update item."""

    reasoning: NotRequired[ConfigurationUpdateReasoningParam]
    """Updates to the reasoning configuration. Only effort is supported."""

    text: NotRequired[ConfigurationUpdateTextParam]
    """The text output configuration for subsequent responses."""
