# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import TypedDict

from .text_response_format_param import TextResponseFormatParam

__all__ = ["ConfigurationUpdateTextParam"]


class ConfigurationUpdateTextParam(TypedDict):
    """The text output configuration applied by a configuration update."""

    format: TextResponseFormatParam
    """The output format, plain text or structured output following a JSON schema."""
