# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .output_text_content_param import OutputTextContentParam
from .refusal_content_param import RefusalContentParam

__all__ = ["OutputMessageContentParam"]


OutputMessageContentParam: TypeAlias = Union[OutputTextContentParam, RefusalContentParam]
