"""Models: the spec's normalized component schemas -> Python model modules.

The one adapter around datamodel-code-generator, used as a library, and the one place of a
back end that reads JSON Schema rather than the IR: datamodel-code-generator is driven by
schemas, so it is handed the normalized ones (`JsonSchemas`), walked with the keyword
tables of `spec.schema_tree` (the documented exception to the import rules). Two passes
over the schemas the IR says are used: pydantic v2 models (on the SDK's own `BaseModel`) for the
schemas responses use, and `TypedDict`s with a `Param` suffix for the schemas requests
use, as the official SDKs type them. Validation constraints (lengths, ranges, patterns,
string formats such as `uri`) are left out of the models, as the official SDKs do: the
server validates, and a client must not reject data the server sends. Output is unformatted text (the format stage runs
black once over everything) plus the public names each module defines. A failure inside
datamodel-code-generator becomes a diagnostic, never a traceback.
"""

from __future__ import annotations

import ast
import json
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any


from ...core.cache import TextCache, digest
from ...core.diagnostics import Diagnostic, GenerationError, Location, Severity
from ...spec.schema_tree import SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_VALUES
from ..backend import JsonSchemas
from .model_docstrings import DOCSTRING_STYLE, rewrap_docstrings
from .names import PARAM_SUFFIX
from .style import LINE_LENGTH
from .field_keys import functional_typed_dicts, respelled_aliases
from .tag_fields import tags_first

__all__ = ["ModelModule", "model_modules", "plain_schema", "request_params", "response_models"]
_VERSION = version("datamodel-code-generator")
# The oldest Python the generated code must run on (the package's requires-python floor).
_PYTHON_FLOOR = "3.10"
# How the model generator lays its code out: with its own dependency-free formatter, which
# prints what black prints for every statement that fits on a line (`format.format_files`
# formats the modules with a longer line with black).
_LAYOUT = "datamodel-code-generator builtin formatter"
_TYPED_DICT = "typing.TypedDict"
# What this adapter does to the model generator's input and output beyond its options (in the
# cache key): tags first (`tag_fields`), respelled property names kept (`field_keys`).
_INPUT_RULES = "tags first; respelled names aliased, functional TypedDicts"
# `Model.model_rebuild()` lines after the classes: they would build every model's schema
# at import (seconds for a large API). Models are built on first use instead (they are
# `defer_build`), and the runtime resolves forward references when it constructs them.
_REBUILD = re.compile(r"^\w+\.model_rebuild\(\)\n", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ModelModule:
    """Source of one generated model module and the public names it defines, in order."""

    text: str
    names: tuple[str, ...]
    aliases: frozenset[str]
    literals: frozenset[str]


def model_modules(
    schemas: JsonSchemas,
    responses: tuple[str, ...],
    requests: tuple[str, ...],
    *,
    import_name: str,
    header: str,
    spec_name: str,
    cache: TextCache | None = None,
) -> tuple[ModelModule, ModelModule]:
    """Pydantic models for the `responses` schemas (and what they reference), on the SDK's
    own `BaseModel`, and TypedDicts named `<Schema>Param` for the `requests` schemas.

    The two are independent runs of the model generator: when neither is cached and both
    are large, the first runs in a forked worker while this process does the second.
    """
    cache = cache or TextCache(None, "")
    base = f"{import_name}._models.BaseModel"
    jobs = (
        _job(schemas, responses, header, output_model_type="pydantic_v2.BaseModel", base_class=base),
        _job(
            schemas,
            requests,
            header,
            output_model_type=_TYPED_DICT,
            class_name_suffix=PARAM_SUFFIX,
            use_closed_typed_dict=False,
        ),
    )
    texts = _run_jobs(jobs, spec_name, cache)
    models = texts[0].replace(f"from {import_name}._models import BaseModel", "from .._models import BaseModel")
    models = _REBUILD.sub("", models)
    return ModelModule(models, *_public_names(models)), ModelModule(texts[1], *_public_names(texts[1]))


def response_models(
    schemas: JsonSchemas,
    names: tuple[str, ...],
    *,
    import_name: str,
    header: str,
    spec_name: str,
    cache: TextCache | None = None,
) -> ModelModule:
    """Pydantic models for the named component schemas (and what they reference)."""
    return model_modules(schemas, names, (), import_name=import_name, header=header, spec_name=spec_name, cache=cache)[
        0
    ]


def request_params(
    schemas: JsonSchemas, names: tuple[str, ...], *, header: str, spec_name: str, cache: TextCache | None = None
) -> ModelModule:
    """TypedDicts, named `<Schema>Param`, for the named component schemas."""
    return model_modules(schemas, (), names, import_name="", header=header, spec_name=spec_name, cache=cache)[1]


@dataclass(frozen=True, slots=True)
class _Job:
    """One run of the model generator: its input document, options and cache key."""

    document: dict[str, Any]
    header: str
    options: dict[str, Any]
    key: str
    size: int  # how many schemas it generates


def _job(schemas: JsonSchemas, names: tuple[str, ...], header: str, **options: Any) -> _Job:
    components = tags_first({name: plain_schema(schemas.components[name]) for name in names})
    document = {
        "openapi": schemas.openapi,
        "info": {"title": "models", "version": "0"},
        "paths": {},
        "components": {"schemas": components},
    }
    aliases = respelled_aliases(_property_names(list(components.values())))
    if aliases and options["output_model_type"] != _TYPED_DICT:  # a TypedDict's keys cannot be aliased
        options["aliases"] = aliases
    key = digest(
        _VERSION,
        _PYTHON_FLOOR,
        DOCSTRING_STYLE,
        _LAYOUT,
        _INPUT_RULES,
        str(LINE_LENGTH),
        json.dumps(document, default=str),  # in the document's order: the models' fields follow it
        header,
        repr(sorted(options.items())),
    )
    return _Job(document, header, options, key, len(names))


# Below this many schemas in each of the two runs, a worker process costs more than it saves.
_PARALLEL_FROM = 200
# The job a forked worker runs, handed over by inheritance rather than pickled.
_inherited: _Job | None = None


def _run_jobs(jobs: tuple[_Job, _Job], spec_name: str, cache: TextCache) -> list[str]:
    """Each job's module text: from the cache, else generated (and cached)."""
    global _inherited
    texts = [cache.get(job.key) if job.size else job.header + "\n" for job in jobs]
    misses = [index for index, text in enumerate(texts) if text is None]
    parallel = (
        len(misses) == 2
        and min(job.size for job in jobs) >= _PARALLEL_FROM
        and (os.cpu_count() or 1) > 1
        and "fork" in multiprocessing.get_all_start_methods()
    )
    if parallel:
        _inherited = jobs[0]
        try:
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
                first = pool.submit(_generate_inherited, spec_name)
                texts[1] = _generate_job(jobs[1], spec_name)
                texts[0] = first.result()
        finally:
            _inherited = None
    else:
        for index in misses:
            texts[index] = _generate_job(jobs[index], spec_name)
    for index in misses:
        cache.put(jobs[index].key, texts[index] or "")
    return [text or "" for text in texts]


def _generate_inherited(spec_name: str) -> str:
    assert _inherited is not None
    return _generate_job(_inherited, spec_name)


def _generate_job(job: _Job, spec_name: str) -> str:
    return _generate(job.document, spec_name, header=job.header, **job.options)


def _generate(document: dict[str, Any], spec_name: str, *, header: str, **options: Any) -> str:
    # Imported here, on a cache miss only: importing it takes a third of a second.
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import Formatter, PythonVersion
    from datamodel_code_generator.parser import LiteralType

    functional_typed_dicts()
    options["output_model_type"] = DataModelType(options["output_model_type"])
    try:
        output = generate(
            document,
            allow_remote_refs=False,  # never fetch, nor read a file: the document is all there is
            input_file_type=InputFileType.OpenAPI,
            target_python_version=PythonVersion(_PYTHON_FLOOR),
            enum_field_as_literal=LiteralType.All,
            use_type_alias=True,
            use_schema_description=True,
            use_field_description=True,
            use_standard_collections=False,
            use_union_operator=False,
            strict_nullable=True,
            field_constraints=True,
            use_annotated=True,
            use_double_quotes=True,
            disable_timestamp=True,
            formatters=[Formatter.BUILTIN],
            builtin_format_line_length=LINE_LENGTH,
            custom_file_header=header,
            **options,
        )
    except Exception as err:  # datamodel-code-generator raises many exception types
        raise GenerationError(
            (
                Diagnostic(
                    Severity.ERROR,
                    f"datamodel-code-generator failed: {type(err).__name__}: {err}",
                    Location(spec_name, "/components/schemas"),
                    "the schemas use a construct the model generator cannot express",
                ),
            )
        )
    if not isinstance(output, str):
        raise GenerationError(
            (
                Diagnostic(
                    Severity.ERROR,
                    "datamodel-code-generator returned no single module",
                    Location(spec_name, "/components/schemas"),
                ),
            )
        )
    return rewrap_docstrings(output)  # as the official SDK prints them


# Validation keywords the API enforces and the models do not: as in the official SDKs, a
# model describes shapes, so data the server accepts is never rejected client-side.
_CONSTRAINTS = frozenset(
    {
        "maxLength",
        "minLength",
        "pattern",
        "maximum",
        "minimum",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "multipleOf",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxProperties",
        "minProperties",
        "propertyNames",
        "maxContains",
        "minContains",
    }
)
# Keys the model generator would turn into code, or follow elsewhere: its own extensions choose
# imports and base classes (`customTypePath: os.system`, `customBasePath`, `x-python-type`,
# `x-python-import`, ...), and the schema-resource keywords make references resolve against
# other documents (`$id`, `$dynamicRef`, ...). Spec text never chooses an import: every extension
# (`x-...`, `custom...`) and these keywords are left out of the models' input.
_CODE_KEYWORDS = frozenset(
    {"$id", "$schema", "$anchor", "$dynamicAnchor", "$dynamicRef", "$recursiveAnchor", "$recursiveRef"}
    | {"$vocabulary", "$comment"}
)
# String formats that change the Python type; the others (uri, email, uuid, ...) stay `str`.
_TYPED_FORMATS = frozenset({"date-time", "date", "time", "binary"})
# Keys of a subschema that only says which properties must (not) be present: `anyOf: [{required:
# [a]}, {required: [b]}]` beside `properties` is validation, not a union of shapes.
_PRESENCE_ONLY = frozenset({"required", "not", "dependentRequired", "description", "title"})


def plain_schema(schema: Any) -> Any:
    """`schema` without validation constraints, formats that only validate, extensions and
    the keywords that would make the model generator write imports or read other documents.

    Walks subschemas by position (never by key name), so a property called `pattern`,
    `format` or `x-thing` is kept. A `not`, or an `anyOf`/`oneOf` whose members only require properties,
    is validation too and left out.
    """
    if not isinstance(schema, Mapping):
        return schema
    plain: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _CONSTRAINTS or (key == "format" and value not in _TYPED_FORMATS) or _presence_only(key, value):
            continue
        if key in _CODE_KEYWORDS or key.startswith(("x-", "custom")):
            continue
        if key in SCHEMA_MAPS and isinstance(value, Mapping):
            plain[key] = {name: plain_schema(sub) for name, sub in value.items()}
        elif key in SCHEMA_LISTS and isinstance(value, list):
            plain[key] = [plain_schema(sub) for sub in value]
        elif key in SCHEMA_VALUES:
            plain[key] = plain_schema(value)
        else:
            plain[key] = value
    return plain


def _property_names(node: Any) -> Iterator[str]:
    """The names of the properties declared anywhere in `node`."""
    if isinstance(node, list):
        for item in node:
            yield from _property_names(item)
        return
    if not isinstance(node, Mapping):
        return
    for key, value in node.items():
        if key in SCHEMA_MAPS and isinstance(value, Mapping):
            if key == "properties":
                yield from (name for name in value if isinstance(name, str))
            for sub in value.values():
                yield from _property_names(sub)
        elif key in SCHEMA_LISTS or key in SCHEMA_VALUES:
            yield from _property_names(value)


def _presence_only(key: str, value: Any) -> bool:
    """A `not` or a union that only constrains which properties are present."""
    if key == "not":
        return True
    if key not in ("anyOf", "oneOf") or not isinstance(value, list) or not value:
        return False
    return all(isinstance(member, Mapping) and member and set(member) <= _PRESENCE_ONLY for member in value)


def _public_names(text: str) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """The public names a module defines, which are type aliases, and which alias literals."""
    names: list[str] = []
    aliases: set[str] = set()
    literals: set[str] = set()
    for node in ast.parse(text).body:
        if isinstance(node, ast.ClassDef):
            names.append(node.name)
            continue
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
        else:
            continue
        names += targets
        aliases.update(targets)
        if (
            node.value is not None
            and "Literal[" in ast.unparse(node.value).split(",")[0 if isinstance(node, ast.AnnAssign) else 1]
        ):
            literals.update(targets)
    public = tuple(n for n in names if not n.startswith("_"))
    return public, frozenset(aliases & set(public)), frozenset(literals & set(public))
