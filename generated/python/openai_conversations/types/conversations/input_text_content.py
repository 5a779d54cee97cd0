# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel
from .prompt_cache_breakpoint import PromptCacheBreakpoint

__all__ = ["InputTextContent"]


class InputTextContent(BaseModel):
    """A text input to the model."""

    text: str
    """The text input."""

    type: Literal["input_text"]
    """The content type, always `input_text`."""

    prompt_cache_breakpoint: Optional[PromptCacheBreakpoint] = None
    """Marks the end of a reusable prompt prefix at this part."""
