"""openapi-spec-validator's checks without the work it repeats: the same findings, sooner.

Three costs dominate its run on a large document, and none changes what it finds:

- A JSON Schema validator resolves `$ref`/`$dynamicRef` through a registry it crawls on
  each lookup that misses, and keeps the crawled copy only for that lookup: validating
  many documents (or schema objects) with one validator crawls the OpenAPI meta-schemas
  again for each. `crawled` gives a validator whose registry was crawled once.
- Its walk checks each schema object against its JSON Schema dialect with
  `check_schema`, a class method that builds (and crawls) a new meta-schema validator per
  schema object. `MetaChecks` keeps one crawled validator per dialect class.
- Its walk remembers visited schema objects in lists, so each visit scans every one seen
  before. `MetaChecks` gives it lists that answer `in` from a set.

`tests/unit/test_validator_reuse.py` compares the findings with the stock validator's.
The reach into jsonschema's `_resolver` is pinned by the project's dependency versions.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, SupportsIndex

from jsonschema.exceptions import SchemaError
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.validators import SpecValidator


def crawled(validator: Validator) -> Validator:
    """`validator` with its reference registry crawled once, for every later lookup (as it
    is, should a jsonschema release keep its resolver elsewhere)."""
    resolver = getattr(validator, "_resolver", None)
    registry = getattr(resolver, "_registry", None)
    base_uri = getattr(resolver, "_base_uri", None)
    if registry is None or not isinstance(base_uri, str):
        return validator
    return validator.evolve(_resolver=registry.crawl().resolver(base_uri=base_uri))


_DOCUMENT_VALIDATORS: dict[type[SpecValidator], Validator] = {}


def document_validator(spec_validator: type[SpecValidator]) -> Validator:
    """The JSON Schema validator `spec_validator` checks whole documents with, crawled."""
    if spec_validator not in _DOCUMENT_VALIDATORS:
        _DOCUMENT_VALIDATORS[spec_validator] = crawled(spec_validator.schema_validator)
    return _DOCUMENT_VALIDATORS[spec_validator]


_DEFAULT = object()  # `check_schema` called without a format checker: its meta validator's own


@functools.cache
def _meta_validator(validator_class: type[Validator], format_checker: Any) -> Validator:
    """What `validator_class.check_schema` builds on each call, built once and crawled."""
    meta = validator_for(validator_class.META_SCHEMA, default=validator_class)
    checker = meta.FORMAT_CHECKER if format_checker is _DEFAULT else format_checker
    return crawled(meta(validator_class.META_SCHEMA, format_checker=checker))


class _IdList(list[int]):
    """A list of object ids whose `in` is a set lookup (the walk only appends and asks)."""

    def __init__(self) -> None:
        super().__init__()
        self._ids: set[int] = set()

    def append(self, item: int) -> None:
        super().append(item)
        self._ids.add(item)

    def extend(self, items: Iterable[int]) -> None:
        for item in items:
            self.append(item)

    def __contains__(self, item: object) -> bool:
        return item in self._ids

    def insert(self, index: SupportsIndex, item: int) -> None:
        raise TypeError("an id list only grows at its end")


class MetaChecks(keywords.SchemaValidator):
    """Mixed in before a version's schema validator of openapi-spec-validator's walk:
    set-backed visit lists and one meta-schema validator per dialect."""

    def __init__(self, registry: Any) -> None:
        super().__init__(registry)
        self.visited_schema_ids = _IdList()
        self.meta_checked_schema_ids = _IdList()

    def _get_schema_checker(self, schema: Any, schema_value: Any) -> Callable[[Any], None]:
        checker = super()._get_schema_checker(schema, schema_value)
        if not isinstance(checker, functools.partial) and not hasattr(checker, "__self__"):
            return checker
        function = checker.func if isinstance(checker, functools.partial) else checker
        validator_class = getattr(function, "__self__", None)
        if not isinstance(validator_class, type) or getattr(function, "__name__", "") != "check_schema":
            return checker
        options = checker.keywords if isinstance(checker, functools.partial) else {}
        validator = _meta_validator(validator_class, options.get("format_checker", _DEFAULT))

        def check(value: Any) -> None:
            for error in validator.iter_errors(value):
                raise SchemaError.create_from(error)

        return check
