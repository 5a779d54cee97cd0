# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

__all__ = ["InputFileContentParam"]


class InputFileContentParam(TypedDict):
    """A file input to the model, given by file ID, URL or inline data."""

    type: Literal["input_file"]
    """The content type, always `input_file`."""

    detail: NotRequired[Literal["auto", "low", "high"]]
    """The rendering detail level of the file. Defaults to `auto`."""

    file_data: NotRequired[str]
    """The base64-encoded content of the file."""

    file_id: NotRequired[Optional[str]]
    """The ID of an uploaded file."""

    file_url: NotRequired[str]
    """The URL of the file."""

    filename: NotRequired[str]
    """The name of the file."""

    prompt_cache_breakpoint: NotRequired[Optional[PromptCacheBreakpointParam]]
    """Marks the end of a reusable prompt prefix at this part."""
