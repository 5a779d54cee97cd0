# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field
from typing_extensions import TypeAliasType

from .computer_screenshot_content import ComputerScreenshotContent
from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent
from .output_text_content import OutputTextContent
from .reasoning_text_content import ReasoningTextContent
from .refusal_content import RefusalContent
from .summary_text_content import SummaryTextContent
from .text_content import TextContent

__all__ = ["MessageContent"]


MessageContent = TypeAliasType(
    "MessageContent",
    Annotated[
        Union[
            InputTextContent,
            OutputTextContent,
            TextContent,
            SummaryTextContent,
            ReasoningTextContent,
            RefusalContent,
            InputImageContent,
            ComputerScreenshotContent,
            InputFileContent,
        ],
        Field(discriminator="type"),
    ],
)
"""
A content part of a message, discriminated by its `type`.
"""
