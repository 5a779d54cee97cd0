# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict, Union

from typing_extensions import NotRequired

from .image_gen_action_enum_param import ImageGenActionEnumParam
from .image_gen_tool_input_image_mask_param import ImageGenToolInputImageMaskParam
from .input_fidelity_param import InputFidelityParam

__all__ = ["ImageGenToolParam"]


class ImageGenToolParam(TypedDict):
    """A tool that generates images using the GPT image models."""

    type: Literal["image_generation"]
    """The type of the image generation tool. Always `image_generation`."""

    action: NotRequired[ImageGenActionEnumParam]
    """Whether to generate a new image or edit an existing image. Default: `auto`."""

    background: NotRequired[Literal["transparent", "opaque", "auto"]]
    """Set the background of the generated image.

    One of `transparent`, `opaque`, or `auto`. Transparent backgrounds are available
    for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`,
    this support is in preview. When using `transparent`, set the output format to
    `png` or `webp`. Default: `auto`.
    """

    input_fidelity: NotRequired[Optional[InputFidelityParam]]
    input_image_mask: NotRequired[ImageGenToolInputImageMaskParam]
    """Optional mask for inpainting.

    Contains `image_url` (string, optional) and `file_id` (string, optional).
    """

    model: NotRequired[
        Union[str, Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21"]]
    ]
    moderation: NotRequired[Literal["auto", "low"]]
    """Moderation level for the generated image. Default: `auto`."""

    output_compression: NotRequired[int]
    """Compression level for the output image. Default: 100."""

    output_format: NotRequired[Literal["png", "webp", "jpeg"]]
    """The output format of the generated image.

    One of `png`, `webp`, or `jpeg`. Default: `png`.
    """

    partial_images: NotRequired[int]
    """
    Number of partial images to generate in streaming mode, from 0 (default value)
    to 3.
    """

    quality: NotRequired[Literal["low", "medium", "high", "auto"]]
    """The quality of the generated image.

    One of `low`, `medium`, `high`, or `auto`. Default: `auto`.
    """

    size: NotRequired[Union[str, Literal["1024x1024", "1024x1536", "1536x1024", "auto"]]]
    """The size of the generated images.

    For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are
    supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height
    must both be divisible by 16 and the requested aspect ratio must be between 1:3
    and 3:1. Resolutions above `2560x1440` are experimental, and the maximum
    supported resolution is `3840x2160`. The requested size must also satisfy the
    model's current pixel and edge limits. The standard sizes `1024x1024`,
    `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is
    supported for models that allow automatic sizing. For `dall-e-2`, use one of
    `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`,
    `1792x1024`, or `1024x1792`.
    """
