# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

from .grammar_syntax1_param import GrammarSyntax1Param

__all__ = ["CustomGrammarFormatParamParam"]


class CustomGrammarFormatParamParam(TypedDict):
    """A grammar defined by the user."""

    definition: str
    """The grammar definition."""

    syntax: GrammarSyntax1Param
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`."""
