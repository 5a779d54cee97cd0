# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import TypedDict

from typing_extensions import NotRequired

__all__ = ["ImageGenToolInputImageMaskParam"]


class ImageGenToolInputImageMaskParam(TypedDict):
    """Optional mask for inpainting.

    Contains `image_url`
    (string, optional) and `file_id` (string, optional).
    """

    file_id: NotRequired[str]
    """File ID for the mask image."""

    image_url: NotRequired[str]
    """Base64-encoded mask image."""
