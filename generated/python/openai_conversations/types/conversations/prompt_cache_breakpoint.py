# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["PromptCacheBreakpoint"]


class PromptCacheBreakpoint(BaseModel):
    """
    Marks the exact end of a reusable prompt prefix; it inherits its TTL from the request's prompt cache options.
    """

    mode: Literal["explicit"]
    """The breakpoint mode, always `explicit`."""
