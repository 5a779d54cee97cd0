"""The ``BaseModel`` every response model derives from, and the two ways of turning
decoded JSON into typed values: ``construct_type`` (loose, no validation, the
default) and ``validate_type`` (strict, full pydantic validation)."""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Type,
    Tuple,
    Literal,
    Optional,
    TypeVar,
    ClassVar,
    cast,
)

import pydantic
from pydantic import ConfigDict

from ._unions import UNION_ORIGINS, strip_type
from ._construct import construct_type

__all__ = [
    "BaseModel",
    "add_request_id",
    "construct_type",
    "is_basemodel",
    "validate_type",
]

_T = TypeVar("_T")


class BaseModel(pydantic.BaseModel):
    """A response model: unknown fields are kept (see ``model_extra``)."""

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow", defer_build=True, populate_by_name=True)

    if TYPE_CHECKING:
        _request_id: Optional[str] = None
        """The ``x-request-id`` response header; only set on the top-level object
        returned by a request (nested models raise ``AttributeError``)."""

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> Dict[str, object]:
        """The model as a dict, keyed by the API's names; fields the API did not send
        are left out unless ``exclude_unset=False``."""
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """The model as JSON text (2-space indented; ``indent=None`` for compact)."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def __str__(self) -> str:
        # ``ClassName(field=value, ...)``: the same text as ``repr``.
        return self.__repr__()


def add_request_id(obj: pydantic.BaseModel, request_id: Optional[str]) -> None:
    """Attach the request id; it lives outside the fields, so dumps and repr skip it."""
    object.__setattr__(obj, "_request_id", request_id)


_ADAPTERS: Dict[Any, Tuple[Any, Any]] = {}


def validate_type(type_: Type[_T], value: object) -> _T:
    """Strict validation of ``value`` against ``type_`` (raises ``pydantic.ValidationError``)."""
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return cast(_T, type_.model_validate(value))
    return cast(_T, _adapter_for(type_).validate_python(value))


def _adapter_for(type_: Any) -> Any:
    try:
        return _ADAPTERS[type_][1]
    except KeyError:
        adapter = pydantic.TypeAdapter(type_)
        _ADAPTERS[type_] = (type_, adapter)
        return adapter
    except TypeError:  # unhashable type expression
        return pydantic.TypeAdapter(type_)


def is_basemodel(type_: object) -> bool:
    """Whether ``type_`` is a pydantic model class or a union containing one."""
    type_ = strip_type(type_)
    origin = getattr(type_, "__origin__", None)
    if origin in UNION_ORIGINS or type(type_) in UNION_ORIGINS:
        return any(is_basemodel(variant) for variant in getattr(type_, "__args__", ()))
    return isinstance(type_, type) and issubclass(type_, pydantic.BaseModel)
