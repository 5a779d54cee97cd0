# Runtime file copied verbatim by sdkgen. Do not edit.
"""Loose construction of union values (used by ``_construct``).

* Tagged unions (``Annotated[Union[A, B], Field(discriminator="type")]``): the tag
  read from the data selects the variant whose ``Literal`` tag field contains it;
  the tag→variant table is built once per union. An unknown or missing tag builds
  the first variant, keeping every field the server sent.
* Unions of scalars (``Optional[bool]``, ``Union[int, str]``): a value of none of
  their types is validated as pydantic's lax mode reads it (``"false"`` is ``False``
  for an ``Optional[bool]``, ``"2"`` is ``2`` for an ``Optional[int]``), as the
  official SDK's loose construction does; a value that does not validate is kept.
* Other unions: the JSON kind of the value (object, array, string, number, bool,
  null) selects the first variant accepting it; when several models accept an
  object, the first whose ``Literal`` fields agree with the data and whose required
  keys are all present wins (else the first agreeing one, else the first model).
"""

from __future__ import annotations

import enum
import typing
from types import UnionType
from typing import Any, Dict, List, Tuple, Union, Mapping, Callable, Optional, FrozenSet
from datetime import date, datetime

import pydantic
import typing_extensions

__all__ = [
    "ALIAS_TYPES",
    "UNION_ORIGINS",
    "literal_tags",
    "strip_type",
    "union_converter",
    "union_variants",
]

Converter = Callable[[Any], Any]
ConverterFor = Callable[[Any], Optional[Converter]]

ALIAS_TYPES = tuple(
    {
        typing_extensions.TypeAliasType,
        getattr(typing, "TypeAliasType", typing_extensions.TypeAliasType),
    }
)
UNION_ORIGINS: Tuple[Any, ...] = (Union, UnionType)
_JSON_KINDS: Tuple[type, ...] = (dict, list, str, int, float, bool, type(None))
_ANY_KIND: FrozenSet[type] = frozenset(_JSON_KINDS)
_LIST_ORIGINS: Tuple[Any, ...] = (
    list,
    tuple,
    set,
    frozenset,
    typing_extensions.get_origin(typing.Sequence),
)
_DICT_ORIGINS: Tuple[Any, ...] = (dict, typing_extensions.get_origin(typing.Mapping))
_SCALARS: FrozenSet[Any] = frozenset({bool, int, float, str})


def strip_type(type_: Any) -> Any:
    """Unwrap ``TypeAliasType`` and ``Annotated`` layers."""
    while True:
        if isinstance(type_, ALIAS_TYPES):
            type_ = type_.__value__
        elif typing_extensions.get_origin(type_) is typing_extensions.Annotated:
            type_ = typing_extensions.get_args(type_)[0]
        else:
            return type_


def union_variants(type_: Any) -> Tuple[Any, ...]:
    """The members of ``type_`` if it is a union (after unwrapping), else ``()``."""
    type_ = strip_type(type_)
    return typing_extensions.get_args(type_) if typing_extensions.get_origin(type_) in UNION_ORIGINS else ()


def union_converter(
    args: Tuple[Any, ...], discriminator: Optional[str], converter_for: ConverterFor
) -> Optional[Converter]:
    """Compile a union; ``None`` members are ignored (null values never reach here)."""
    variants = [arg for arg in args if arg is not type(None)]
    if not variants:
        return None
    if discriminator is not None:
        return _TaggedUnion(variants, discriminator, converter_for)
    converters = [converter_for(variant) for variant in variants]
    if all(convert is None for convert in converters):
        return _LaxScalars(variants) if _SCALARS.issuperset(variants) else None
    if len(variants) == 1:
        return converters[0]
    return _KindUnion(variants, converters)


class _LaxScalars:
    __slots__ = ("_types", "_adapter")

    def __init__(self, variants: List[Any]) -> None:
        self._types = tuple(variants)
        self._adapter: Optional[pydantic.TypeAdapter[Any]] = None

    def __call__(self, value: Any) -> Any:
        if type(value) in self._types:
            return value
        if self._adapter is None:
            self._adapter = pydantic.TypeAdapter(Union[self._types])  # type: ignore[arg-type]
        try:
            return self._adapter.validate_python(value)
        except pydantic.ValidationError:
            return value


class _TaggedUnion:
    __slots__ = ("_key", "_by_tag", "_fallback")

    def __init__(self, variants: List[Any], discriminator: str, converter_for: ConverterFor) -> None:
        self._key = discriminator
        self._by_tag: Dict[str, Optional[Converter]] = {}
        for variant in variants:
            # A nested union contributes the tags of its own members.
            for member in union_variants(variant) or (variant,):
                model = strip_type(member)
                field = model.model_fields.get(discriminator) if _is_model(model) else None
                if field is None:
                    continue
                self._key = field.alias or discriminator
                for tag in literal_tags(field.annotation):
                    self._by_tag.setdefault(tag, converter_for(member))
        self._fallback = converter_for(variants[0])

    def __call__(self, value: Any) -> Any:
        if type(value) is not dict and not isinstance(value, Mapping):
            return value
        tag = value.get(self._key)
        convert = self._by_tag.get(tag, self._fallback) if type(tag) is str else self._fallback
        return value if convert is None else convert(value)


def literal_tags(annotation: Any) -> List[str]:
    """The string values of a ``Literal`` annotation (through unions and aliases)."""
    annotation = strip_type(annotation)
    origin = typing_extensions.get_origin(annotation)
    if origin in UNION_ORIGINS:
        return [tag for arg in typing_extensions.get_args(annotation) for tag in literal_tags(arg)]
    if origin is not typing_extensions.Literal:
        return []
    values = (v.value if isinstance(v, enum.Enum) else v for v in typing_extensions.get_args(annotation))
    return [v for v in values if isinstance(v, str)]


class _KindUnion:
    __slots__ = ("_by_kind",)

    def __init__(self, variants: List[Any], converters: List[Optional[Converter]]) -> None:
        self._by_kind: Dict[type, Optional[Converter]] = {}
        for kind in _JSON_KINDS:
            accepting = [(v, c) for v, c in zip(variants, converters) if kind in kinds_accepted(v)]
            self._by_kind[kind] = _choose_among(accepting) if accepting else None

    def __call__(self, value: Any) -> Any:
        convert = self._by_kind.get(type(value))
        return value if convert is None else convert(value)


def _choose_among(
    accepting: List[Tuple[Any, Optional[Converter]]],
) -> Optional[Converter]:
    first_type, first_convert = accepting[0]
    models = [(strip_type(v), c) for v, c in accepting if _is_model(strip_type(v))]
    if len(models) < 2 or not _is_model(strip_type(first_type)):
        return first_convert
    rows = [(_shape_of(model), convert) for model, convert in models]

    def choose(value: Any) -> Any:
        """Build ``value`` as the model whose shape matches it best."""
        convert = _best_shape(rows, value) if isinstance(value, Mapping) else None
        return value if convert is None else convert(value)

    return choose


_Shape = Tuple[Tuple[Tuple[str, FrozenSet[str]], ...], FrozenSet[str]]


def _shape_of(model: type[pydantic.BaseModel]) -> _Shape:
    literals = []
    required = set()
    for name, field in model.model_fields.items():
        key = field.alias or name
        tags = literal_tags(field.annotation)
        if tags:
            literals.append((key, frozenset(tags)))
        if field.is_required():
            required.add(key)
    return tuple(literals), frozenset(required)


def _best_shape(rows: List[Tuple[_Shape, Optional[Converter]]], value: Mapping[str, Any]) -> Optional[Converter]:
    agreeing = [
        (required, convert) for (literals, required), convert in rows if all(value.get(k) in t for k, t in literals)
    ]
    for required, convert in agreeing:
        if required.issubset(value.keys()):
            return convert
    return agreeing[0][1] if agreeing else rows[0][1]


def _is_model(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, pydantic.BaseModel)


def kinds_accepted(type_: Any) -> FrozenSet[type]:
    """The JSON kinds (as Python types from ``json.loads``) a type can hold."""
    type_ = strip_type(type_)
    origin = typing_extensions.get_origin(type_)
    if origin in UNION_ORIGINS:
        return frozenset(kind for arg in typing_extensions.get_args(type_) for kind in kinds_accepted(arg))
    if origin is typing_extensions.Literal:
        values = (v.value if isinstance(v, enum.Enum) else v for v in typing_extensions.get_args(type_))
        return frozenset(type(v) for v in values)
    if origin in _LIST_ORIGINS:
        return frozenset({list})
    if origin in _DICT_ORIGINS:
        return frozenset({dict})
    if isinstance(type_, type):
        return _class_kinds(type_)
    return _ANY_KIND  # Any, TypeVar, unresolved forward references


def _class_kinds(cls: type) -> FrozenSet[type]:
    if issubclass(cls, enum.Enum):
        return frozenset(type(member.value) for member in cls)
    if _is_model(cls) or issubclass(cls, dict) or typing_extensions.is_typeddict(cls):
        return frozenset({dict})
    for python_type, kinds in _CLASS_KINDS:
        if issubclass(cls, python_type):
            return kinds
    return _ANY_KIND if cls is object else frozenset()


_CLASS_KINDS: Tuple[Tuple[Union[type, Tuple[type, ...]], FrozenSet[type]], ...] = (
    (bool, frozenset({bool})),
    (str, frozenset({str})),
    (int, frozenset({int})),
    (float, frozenset({int, float})),
    ((list, tuple, set, frozenset), frozenset({list})),
    ((datetime, date), frozenset({str, int, float})),
    (type(None), frozenset({type(None)})),
)
