# Runtime file copied verbatim by sdkgen. Do not edit.
"""Loose construction: turn decoded JSON into model instances WITHOUT validation.

This is what responses go through by default (``_strict_response_validation=False``).
Every type is compiled once into a *converter* (``None`` meaning "keep the value as
is"), and every model class once into a field plan, so building a response costs a
few dictionary operations per field:

* missing fields and fields sent as ``null`` get the field default (``None`` when
  the field is required); keys the model does not declare are kept in ``model_extra``;
* nested models, lists, dicts, unions, ``Annotated`` and ``TypeAliasType`` values are
  built recursively; an ``int`` becomes a ``float`` only for ``float`` fields;
* a union annotated with ``Field(discriminator=...)`` is resolved by its tag; an
  unknown or missing tag builds the first variant, keeping every field sent;
* other unions pick the first variant that accepts the JSON kind of the value.

Values that do not fit their type are returned unchanged; nothing here raises.
"""

from __future__ import annotations

import sys
import copy
import enum
import typing
from typing import (
    Any,
    Dict,
    List,
    Tuple,
    Mapping,
    Callable,
    Optional,
    FrozenSet,
    ForwardRef,
)
from datetime import date, datetime

import pydantic
import typing_extensions
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from ._unions import ALIAS_TYPES, UNION_ORIGINS, union_converter, union_variants

__all__ = ["Converter", "construct_type", "converter_for"]

Converter = Callable[[Any], Any]
_MISSING: Any = object()
_DYNAMIC_DEFAULT: Any = object()
_LIST_ORIGINS: Tuple[Any, ...] = (
    list,
    set,
    frozenset,
    typing_extensions.get_origin(typing.Sequence),
)
_DICT_ORIGINS: Tuple[Any, ...] = (dict, typing_extensions.get_origin(typing.Mapping))
_IMMUTABLE_DEFAULTS = (
    type(None),
    str,
    int,
    float,
    bool,
    bytes,
    tuple,
    frozenset,
    enum.Enum,
)

_CONVERTERS: Dict[Any, Optional[Converter]] = {}
_PLANS: Dict[type, "_Plan"] = {}


def construct_type(type_: object, value: object) -> object:
    """Build ``value`` loosely as ``type_`` (see the module docstring)."""
    convert = converter_for(type_)
    return value if convert is None else convert(value)


def converter_for(type_: object) -> Optional[Converter]:
    """The cached converter for ``type_``; ``None`` means the identity."""
    try:
        return _CONVERTERS[type_]
    except KeyError:
        convert = _CONVERTERS[type_] = _compile(type_)
        return convert
    except TypeError:  # unhashable type expression: compile without caching
        return _compile(type_)


def _compile(type_: Any) -> Optional[Converter]:
    if isinstance(type_, ALIAS_TYPES):
        return _compile_alias(type_)
    origin = typing_extensions.get_origin(type_)
    if origin is typing_extensions.Annotated:
        inner, *metadata = typing_extensions.get_args(type_)
        return _compile_field_type(inner, _discriminator_in(metadata))
    if origin in UNION_ORIGINS:
        return _compile_union(typing_extensions.get_args(type_), None)
    if origin is not None:
        return _compile_generic(origin, typing_extensions.get_args(type_))
    if isinstance(type_, type):
        return _compile_class(type_)
    return None  # Literal handled as generic above; TypeVar, ForwardRef, Any: identity


def _compile_alias(alias: Any) -> Optional[Converter]:
    """An alias's value; members of its union written as forward references (a class
    defined further down its module) are looked up in the alias's module."""
    value = alias.__value__
    metadata: List[Any] = []
    if typing_extensions.get_origin(value) is typing_extensions.Annotated:
        value, *metadata = typing_extensions.get_args(value)
    module = sys.modules.get(alias.__module__)
    namespace: Mapping[str, Any] = vars(module) if module is not None else {}

    def resolved(arg: Any) -> Any:
        if isinstance(arg, ForwardRef):
            return namespace.get(arg.__forward_arg__, arg)
        return arg

    if typing_extensions.get_origin(value) in UNION_ORIGINS:
        variants = tuple(resolved(arg) for arg in typing_extensions.get_args(value))
        return _compile_union(variants, _discriminator_in(metadata))
    if isinstance(value, ForwardRef):
        return converter_for(resolved(value))
    return converter_for(alias.__value__)


def _compile_field_type(type_: Any, discriminator: Optional[str]) -> Optional[Converter]:
    """Compile a type that may carry a discriminator taken from its annotation."""
    if discriminator is None:
        return converter_for(type_)
    variants = union_variants(type_)
    return _compile_union(variants, discriminator) if variants else converter_for(type_)


def _compile_union(args: Tuple[Any, ...], discriminator: Optional[str]) -> Optional[Converter]:
    return union_converter(args, discriminator, converter_for)


def _discriminator_in(metadata: List[Any]) -> Optional[str]:
    for entry in metadata:
        found = getattr(entry, "discriminator", None)
        if isinstance(found, pydantic.Discriminator):
            found = found.discriminator
        if isinstance(found, str):
            return found
    return None


def _compile_generic(origin: Any, args: Tuple[Any, ...]) -> Optional[Converter]:
    if origin in _LIST_ORIGINS:
        return _list_converter(converter_for(args[0]) if args else None)
    if origin in _DICT_ORIGINS:
        return _dict_converter(converter_for(args[1]) if len(args) > 1 else None)
    return None  # Literal, tuple, Type[...]: values are kept as sent


def _compile_class(cls: type) -> Optional[Converter]:
    if issubclass(cls, pydantic.RootModel):
        return _root_model_converter(cls)
    if issubclass(cls, pydantic.BaseModel):
        return _model_converter(cls)
    if cls is float:
        return _to_float
    if cls is datetime or cls is date:
        return _temporal_converter(cls)
    return None


def _list_converter(item: Optional[Converter]) -> Optional[Converter]:
    if item is None:
        return None

    def convert(value: Any) -> Any:
        """Build one value (unchanged when it does not fit)."""
        return [item(entry) for entry in value] if type(value) is list else value

    return convert


def _dict_converter(item: Optional[Converter]) -> Optional[Converter]:
    if item is None:
        return None

    def convert(value: Any) -> Any:
        """Build one value (unchanged when it does not fit)."""
        return {key: item(entry) for key, entry in value.items()} if isinstance(value, Mapping) else value

    return convert


def _to_float(value: Any) -> Any:
    if isinstance(value, int):
        coerced = float(value)
        return value if coerced != value else coerced
    return value


def _temporal_converter(cls: type) -> Converter:
    adapter: List[Any] = []

    def convert(value: Any) -> Any:
        """Build one value (unchanged when it does not fit)."""
        if not adapter:
            adapter.append(pydantic.TypeAdapter(cls))
        try:
            return adapter[0].validate_python(value)
        except Exception:
            return value

    return convert


# -- models -------------------------------------------------------------------------


class _Plan:
    """How to build one model class: a row per field, plus the keys it knows."""

    __slots__ = ("fields", "known", "extra_allowed")

    def __init__(self, cls: type[pydantic.BaseModel]) -> None:
        _complete_fields(cls)
        by_name = bool(cls.model_config.get("populate_by_name") or cls.model_config.get("validate_by_name"))
        rows: List[Tuple[str, str, Optional[str], Optional[Converter], Any]] = []
        known: set[str] = set()
        for name, field in cls.model_fields.items():
            alias = field.alias if isinstance(field.alias, str) else None
            key = alias or name
            alternative = name if (alias and by_name and alias != name) else None
            rows.append((name, key, alternative, _field_converter(field), _default_of(field)))
            known.update((name, key))
        self.fields = tuple(rows)
        self.known: FrozenSet[str] = frozenset(known)
        self.extra_allowed = cls.model_config.get("extra") == "allow"


def _complete_fields(cls: type[pydantic.BaseModel]) -> None:
    # Forward references to classes defined later are resolved on first use.
    if getattr(cls, "__pydantic_fields_complete__", True) is False:
        cls.model_rebuild(raise_errors=False)


def _field_converter(field: FieldInfo) -> Optional[Converter]:
    found: object = field.discriminator
    if isinstance(found, pydantic.Discriminator):
        found = found.discriminator
    return _compile_field_type(field.annotation, found if isinstance(found, str) else None)


def _default_of(field: FieldInfo) -> Any:
    if field.default_factory is not None:
        return None  # as the reference SDK: factories are not called while constructing
    default = field.get_default()
    if default is PydanticUndefined:
        return None
    return default if isinstance(default, _IMMUTABLE_DEFAULTS) else _DYNAMIC_DEFAULT


def _plan_for(cls: type[pydantic.BaseModel]) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _Plan(cls)
    return plan


_new = object.__new__
_set = object.__setattr__


def construct_model(cls: type[pydantic.BaseModel], values: Mapping[str, Any]) -> Any:
    """Build ``cls`` from ``values`` without validation."""
    plan = _PLANS.get(cls) or _plan_for(cls)
    fields_values, fields_set = _read_fields(cls, plan, values)
    extra: Optional[Dict[str, Any]] = None
    if plan.extra_allowed:
        extra = {k: v for k, v in values.items() if k not in plan.known} if len(values) > len(fields_set) else {}
    model = _new(cls)
    _set(model, "__dict__", fields_values)
    _set(model, "__pydantic_extra__", extra)
    _set(model, "__pydantic_fields_set__", fields_set)
    _set(model, "__pydantic_private__", None)
    return model


def _read_fields(
    cls: type[pydantic.BaseModel], plan: _Plan, values: Mapping[str, Any]
) -> Tuple[Dict[str, Any], set[str]]:
    get = values.get
    fields_values: Dict[str, Any] = {}
    fields_set = set()
    for name, key, alternative, convert, default in plan.fields:
        value = get(key, _MISSING)
        if value is _MISSING and alternative is not None:
            value = get(alternative, _MISSING)
        if value is _MISSING:
            fields_values[name] = default if default is not _DYNAMIC_DEFAULT else _fresh_default(cls, name)
            continue
        fields_set.add(name)
        if value is None:
            fields_values[name] = default if default is not _DYNAMIC_DEFAULT else _fresh_default(cls, name)
        else:
            fields_values[name] = value if convert is None else convert(value)
    return fields_values, fields_set


def _fresh_default(cls: type[pydantic.BaseModel], name: str) -> Any:
    return copy.deepcopy(cls.model_fields[name].default)


def _model_converter(cls: type[pydantic.BaseModel]) -> Converter:
    def convert(value: Any) -> Any:
        """Build one value (unchanged when it does not fit)."""
        if type(value) is dict or isinstance(value, Mapping):
            return construct_model(cls, value)
        if type(value) is list:  # as the reference SDK: a list where a model is expected
            return [construct_model(cls, entry) if isinstance(entry, Mapping) else entry for entry in value]
        return value

    return convert


def _root_model_converter(cls: type[pydantic.RootModel[Any]]) -> Converter:
    built: List[Optional[Converter]] = []

    def convert(value: Any) -> Any:
        """Build one value (unchanged when it does not fit)."""
        if not built:
            _complete_fields(cls)
            built.append(_field_converter(cls.model_fields["root"]))
        inner = built[0]
        return cls.model_construct(value if inner is None or value is None else inner(value))

    return convert
