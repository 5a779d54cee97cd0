# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel
from .image_detail import ImageDetail
from .prompt_cache_breakpoint import PromptCacheBreakpoint

__all__ = ["ComputerScreenshotContent"]


class ComputerScreenshotContent(BaseModel):
    """A screenshot of a computer."""

    detail: ImageDetail
    """The detail level of the screenshot. Defaults to `auto`."""

    file_id: Optional[str]
    """The ID of an uploaded file containing the screenshot."""

    image_url: Optional[str]
    """The URL of the screenshot image."""

    type: Literal["computer_screenshot"]
    """The content type, always `computer_screenshot`."""

    prompt_cache_breakpoint: Optional[PromptCacheBreakpoint] = None
    """Marks the end of a reusable prompt prefix at this part."""
