# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel
from .image_detail import ImageDetail
from .prompt_cache_breakpoint import PromptCacheBreakpoint

__all__ = ["InputImageContent"]


class InputImageContent(BaseModel):
    """An image input to the model, given by URL, data URL or file ID."""

    type: Literal["input_image"]
    """The content type, always `input_image`."""

    detail: Optional[ImageDetail] = None
    """The detail level of the image. Defaults to `auto`."""

    file_id: Optional[str] = None
    """The ID of an uploaded file containing the image."""

    image_url: Optional[str] = None
    """A fully qualified URL or a base64-encoded data URL of the image."""

    prompt_cache_breakpoint: Optional[PromptCacheBreakpoint] = None
    """Marks the end of a reusable prompt prefix at this part."""
