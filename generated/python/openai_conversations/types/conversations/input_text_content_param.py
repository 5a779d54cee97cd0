# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

__all__ = ["InputTextContentParam"]


class InputTextContentParam(TypedDict):
    """A text input to the model."""

    text: str
    """The text input."""

    type: Literal["input_text"]
    """The content type, always `input_text`."""

    prompt_cache_breakpoint: NotRequired[Optional[PromptCacheBreakpointParam]]
    """Marks the end of a reusable prompt prefix at this part."""
