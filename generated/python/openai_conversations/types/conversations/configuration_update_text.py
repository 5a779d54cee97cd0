# File generated from conversations.yaml by sdkgen. Do not edit.

from ..._models import BaseModel
from .text_response_format import TextResponseFormat

__all__ = ["ConfigurationUpdateText"]


class ConfigurationUpdateText(BaseModel):
    """The text output configuration applied by a configuration update."""

    format: TextResponseFormat
    """The output format, plain text or structured output following a JSON schema."""
