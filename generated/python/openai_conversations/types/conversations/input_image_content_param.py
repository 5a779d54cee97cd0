# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .image_detail_param import ImageDetailParam
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

__all__ = ["InputImageContentParam"]


class InputImageContentParam(TypedDict):
    """An image input to the model, given by URL, data URL or file ID."""

    type: Literal["input_image"]
    """The content type, always `input_image`."""

    detail: NotRequired[ImageDetailParam]
    """The detail level of the image. Defaults to `auto`."""

    file_id: NotRequired[Optional[str]]
    """The ID of an uploaded file containing the image."""

    image_url: NotRequired[Optional[str]]
    """A fully qualified URL or a base64-encoded data URL of the image."""

    prompt_cache_breakpoint: NotRequired[Optional[PromptCacheBreakpointParam]]
    """Marks the end of a reusable prompt prefix at this part."""
