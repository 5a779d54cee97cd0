# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .container_file_citation_annotation_param import ContainerFileCitationAnnotationParam
from .file_citation_annotation_param import FileCitationAnnotationParam
from .file_path_annotation_param import FilePathAnnotationParam
from .url_citation_annotation_param import UrlCitationAnnotationParam

__all__ = ["AnnotationParam"]


AnnotationParam: TypeAlias = Union[
    FileCitationAnnotationParam,
    UrlCitationAnnotationParam,
    ContainerFileCitationAnnotationParam,
    FilePathAnnotationParam,
]
"""
An annotation on a span of output text, discriminated by its `type`.
"""
