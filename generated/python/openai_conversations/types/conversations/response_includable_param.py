# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ResponseIncludableParam"]


ResponseIncludableParam: TypeAlias = Literal[
    "file_search_call.results",
    "web_search_call.results",
    "web_search_call.action.sources",
    "message.input_image.image_url",
    "computer_call_output.output.image_url",
    "code_interpreter_call.outputs",
    "reasoning.encrypted_content",
    "message.output_text.logprobs",
]
"""
Additional output data that can be included in returned items:
- `file_search_call.results`: the search results of file search tool calls.
- `web_search_call.results`: the search results of web search tool calls.
- `web_search_call.action.sources`: the sources of web search tool calls.
- `message.input_image.image_url`: image URLs from input messages.
- `computer_call_output.output.image_url`: image URLs from computer call outputs.
- `code_interpreter_call.outputs`: the outputs of code interpreter tool calls.
- `reasoning.encrypted_content`: an encrypted version of reasoning tokens, so reasoning items can be reused statelessly.
- `message.output_text.logprobs`: log probabilities of assistant output text.
"""
