# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel
from .prompt_cache_breakpoint import PromptCacheBreakpoint

__all__ = ["InputFileContent"]


class InputFileContent(BaseModel):
    """A file input to the model, given by file ID, URL or inline data."""

    type: Literal["input_file"]
    """The content type, always `input_file`."""

    detail: Optional[Literal["auto", "low", "high"]] = None
    """The rendering detail level of the file. Defaults to `auto`."""

    file_data: Optional[str] = None
    """The base64-encoded content of the file."""

    file_id: Optional[str] = None
    """The ID of an uploaded file."""

    file_url: Optional[str] = None
    """The URL of the file."""

    filename: Optional[str] = None
    """The name of the file."""

    prompt_cache_breakpoint: Optional[PromptCacheBreakpoint] = None
    """Marks the end of a reusable prompt prefix at this part."""
