"""Property: a small valid spec with hostile text in every text field generates a package that
compiles, is as black formats it, imports without running any of the spec's text, and carries
every word of that text unchanged.

Hypothesis draws specs of 1-3 operations and 1-4 component schemas (sometimes a discriminated
union besides) whose descriptions, summaries, titles, enum values, defaults, examples, property
and parameter names, operationIds, tags, server URLs, extension values and schema names mix
quotes, backslashes, line and paragraph separators, NUL and other controls, `{{`/`{%`, and code
that would create a file if it ever ran; each spec is written as YAML or JSON.

For each spec, in this process: generation succeeds, every spec-dependent module compiles,
`pyproject.toml` parses and carries the title, each method's docstring holds its summary and
description word for word (docstrings refill paragraphs and set a summary line apart, so line
breaks and spaces may differ) and each resource's its tag's description. In one process per batch of packages (`property_checker.py`): each
package and all its modules import and create nothing, its modules are black-stable, and each
method, called with hostile values, sends them unchanged (JSON body, query, headers, path) and
parses a hostile reply back unchanged, defaults and examples included.

Runs SDKGEN_PROPERTY_EXAMPLES examples (200 unless set), derandomized, so CI is reproducible.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.pipeline import generate_files

from conftest import CONFIG

EXAMPLES = int(os.environ.get("SDKGEN_PROPERTY_EXAMPLES", "200"))
BATCH = 30  # packages checked per process of their own (the last batch is checked after generation ends)
CHECKER = Path(__file__).parent / "property_checker.py"
PACKAGE = "openai_conversations"
CANARY_ENV = "SDKGEN_CANARY"
RUN = f"open(__import__('os').environ['{CANARY_ENV}'], 'w')"  # creates the canary file if ever executed

PIECES = [
    '"', "'", '"""', "'''", "\\", "\\\\", "\\n", "\n", "\r", "\r\n", "\t", "\x00", "\x07", "\x0b", "\x0c", "\x1c",
    "\x1f", "\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\ufeff", "\u202e", "\u3000", "\xa0", "\ufffe", "{{", "}}",
    "{%", "%}", "{#", "#", "${x}", "%s", "{0}", "\\N{BULLET}", "\\x41", "\\u0041", "é", "日本", "😀", " ", "`",
    "<!--", "-->", "*/", ":", "- ", "&a", "*a", "!!python/object", "?", "=", "&", "/", "..", "~1",
]  # fmt: skip
CODE = [
    f'"""; {RUN}; """', f"'''; {RUN}; '''", f'"; {RUN}; "', f"'; {RUN}; '", f"\n{RUN}\n", f"\\\n{RUN}",
    f"\r{RUN}", f"\u2028{RUN}", f"\x00{RUN}", f"{{{{ {RUN} }}}}", f"{{% {RUN} %}}", f"#\n{RUN}", f'" + {RUN} + "',
    f"{{{RUN}}}", f"]; {RUN}; [", f"); {RUN}; (",
]  # fmt: skip
KEYWORDISH = [
    "class", "from", "match", "case", "type", "_", "self", "cls", "timeout", "extra_body", "extra_headers", "cast",
    "path_template", "id", "list", "str", "model_config", "json", "copy", "schema", "None", "True", "my-field",
    "my_field", "myField", "MyField", "Ünï", "n", "1st", "_private", "__init__", "__class__", "a.b", "a b", "",
]  # fmt: skip
SCHEMA_KEYS = [
    "Thing", "thing", "Foo-Bar", "foo_bar", "Foo.Bar", "1st", "_x", "class", "None", "Field", "BaseModel", "Any",
    "Headers", "Stream", "Case", "CASES", "model_config", "Optional", "Literal", "Item-2",
]  # fmt: skip
TOKEN = "ABCXYZabcxyz0123456789!#$%&'*+-.^_`|~"  # HTTP header name characters
PATH_EXTRA = "\"'\\ .-~!$&()*+,;=:@"  # characters a static path segment may add to its word

hostile = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(CODE), st.text(max_size=3)), min_size=1, max_size=4
).map("".join)
wire_names = st.one_of(hostile, st.sampled_from(KEYWORDISH))
# A path parameter's name sits in the path template: no `/#?{}` (OpenAPI), nor the format-string
# punctuation openapi-spec-validator parses templates with (`{a:b}`, `{a!r}`, `{a.b}` crash it).
path_param_names = st.one_of(
    st.sampled_from(["id", "class", "from", "match", "type", "self", "1st", "my-field", "timeout", "cast", "ItemId"]),
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_-]{0,8}", fullmatch=True),
)
schema_keys = st.one_of(st.sampled_from(SCHEMA_KEYS), st.from_regex(r"[A-Za-z0-9._-]{1,10}", fullmatch=True))


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


# --- drawing specs --------------------------------------------------------------------------------


@dataclass
class Operation:
    """One drawn operation and the call that exercises it."""

    index: int
    http: str
    method: str
    segment: str
    path_param: str | None
    path_value: str
    query: dict[str, Any]
    headers: dict[str, str]
    body: dict[str, Any] | None
    body_ref: str | None
    response: str | None
    spec: dict[str, Any] = field(default_factory=dict)


@dataclass
class Drawn:
    spec: dict[str, Any]
    schemas: dict[str, dict[str, Any]]
    operations: list[Operation]
    tag_descriptions: dict[str, str]
    form: str


VERBS = [("post", False, "create"), ("get", True, "retrieve"), ("patch", True, "update"), ("delete", True, "delete")]


def ref(key: str) -> dict[str, str]:
    return {"$ref": "#/components/schemas/" + key.replace("~", "~0").replace("/", "~1")}


@st.composite
def property_schema(draw: st.DrawFn, refs: list[str]) -> dict[str, Any]:
    kinds = ["string", "enum", "integer", "boolean", "array", *(["ref"] if refs else [])]
    kind = draw(st.sampled_from(kinds))
    if kind == "ref":
        return ref(draw(st.sampled_from(refs)))
    schema: dict[str, Any] = {"type": "string"}
    if kind == "enum":
        schema["enum"] = draw(st.lists(hostile, min_size=1, max_size=3, unique=True))
        if draw(st.booleans()):
            schema["default"] = draw(st.sampled_from(schema["enum"]))
    elif kind == "string":
        if draw(st.booleans()):
            schema["default"] = draw(hostile)
        if draw(st.booleans()):
            schema["examples"] = [draw(hostile)]
    elif kind == "integer":
        schema = {"type": "integer", **({"default": draw(st.integers(-5, 5))} if draw(st.booleans()) else {})}
    elif kind == "boolean":
        schema = {"type": "boolean"}
    else:
        schema = {"type": "array", "items": {"type": "string", "enum": draw(st.lists(hostile, min_size=1, max_size=2))}}
    # Extensions, among them the model generator's own, which would choose imports if followed.
    extension = draw(st.sampled_from(["x-note", "x-python-type", "customTypePath", "customBasePath"]))
    for key, value in (("description", draw(optional(hostile))), (extension, draw(optional(hostile)))):
        if value is not None:
            schema[key] = value
    return schema


@st.composite
def object_schema(draw: st.DrawFn, refs: list[str], fixed: dict[str, Any] | None = None) -> dict[str, Any]:
    names = draw(
        st.lists(wire_names, min_size=1, max_size=4, unique=True).filter(lambda n: not set(n) & set(fixed or {}))
    )
    properties = {**(fixed or {}), **{name: draw(property_schema(refs)) for name in names}}
    required = [n for n in properties if n in (fixed or {}) or ("default" not in properties[n] and draw(st.booleans()))]
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    for key, value in (("description", draw(optional(hostile))), ("title", draw(optional(hostile)))):
        if value is not None:
            schema[key] = value
    return schema


@st.composite
def specs(draw: st.DrawFn) -> Drawn:
    keys = draw(st.lists(schema_keys, min_size=1, max_size=4, unique=True))
    schemas: dict[str, dict[str, Any]] = {}
    for index, key in enumerate(keys):
        schemas[key] = draw(object_schema(keys[:index]))
    responses = list(keys)
    if draw(st.booleans()):  # a union with a discriminator whose tag values are hostile
        union, *members = draw(
            st.lists(schema_keys.filter(lambda k: k not in schemas), min_size=3, max_size=3, unique=True)
        )
        tag = draw(wire_names)
        values = draw(st.lists(hostile, min_size=2, max_size=2, unique=True))
        for member, value in zip(members, values):
            schemas[member] = draw(object_schema([], {tag: {"type": "string", "const": value}}))
        schemas[union] = {"oneOf": [ref(m) for m in members], "discriminator": {"propertyName": tag}}
        responses.append(union)
    tags = draw(st.lists(hostile, min_size=1, max_size=2, unique=True))
    tag_descriptions = {t: draw(hostile) for t in tags}
    operations = [draw(operation(i, schemas, responses, tags)) for i in range(draw(st.integers(1, 3)))]
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": draw(hostile), "version": "1", "description": draw(hostile), "x-logo": draw(hostile)},
        "servers": [{"url": "https://example.com/" + draw(hostile), "description": draw(hostile)}],
        "tags": [{"name": t, "description": d, "x-ext": draw(hostile)} for t, d in tag_descriptions.items()],
        "paths": {},
        "components": {"schemas": schemas},
        "x-root": {draw(hostile): [draw(hostile)]},
    }
    for op in operations:
        path = f"/{op.segment}" + (f"/{{{op.path_param}}}" if op.path_param is not None else "")
        spec["paths"][path] = {op.http: op.spec}
    form = draw(st.sampled_from(["yaml", "json", "json-unicode"]))
    return Drawn(spec, schemas, operations, tag_descriptions, form)


@st.composite
def operation(
    draw: st.DrawFn, index: int, schemas: dict[str, dict[str, Any]], responses: list[str], tags: list[str]
) -> Operation:
    http, has_id, method = draw(st.sampled_from(VERBS))
    segment = f"r{index}" + draw(st.text(PATH_EXTRA, max_size=3))
    body_ref = (
        draw(optional(st.sampled_from([k for k in schemas if "properties" in schemas[k]])))
        if http in ("post", "patch")
        else None
    )
    body_schema = schemas[body_ref] if body_ref else None
    taken = set(body_schema["properties"]) if body_schema else set()
    names = draw(st.lists(wire_names.filter(lambda n: n not in taken), min_size=3, max_size=3, unique=True))
    path_param = draw(path_param_names.filter(lambda n: n not in names and n not in taken)) if has_id else None
    query_names = draw(st.lists(st.sampled_from(names), max_size=2, unique=True))
    header_names = draw(
        st.lists(st.text(TOKEN, min_size=1, max_size=6).map(lambda t: "X-" + t), max_size=1).filter(
            lambda hs: not any(h.lower().startswith("x-stainless") or h in names or h in taken for h in hs)
        )
    )
    parameters: list[dict[str, Any]] = []
    if path_param is not None:
        parameters.append({"name": path_param, "in": "path", "required": True, "schema": {"type": "string"}})
    query = {name: draw(hostile) for name in query_names}
    for name in query_names:
        parameters.append({"name": name, "in": "query", "schema": {"type": "string"}, "description": draw(hostile)})
    headers = {name: draw(st.text(TOKEN, min_size=1, max_size=6)) for name in header_names}
    for name in header_names:
        parameters.append({"name": name, "in": "header", "schema": {"type": "string"}, "description": draw(hostile)})
    body: dict[str, Any] | None = None
    spec: dict[str, Any] = {
        "operationId": f"{draw(hostile)}{index}",
        "summary": draw(hostile),
        "description": draw(hostile),
        "tags": [draw(st.sampled_from(tags))],
        "x-ext": {"a": draw(hostile)},
        "parameters": parameters,
    }
    if http in ("post", "patch"):
        if body_schema is None:
            inline = draw(object_schema([k for k in schemas if "properties" in schemas[k]]))
            used = {*query_names, *header_names, path_param}
            inline["properties"] = {k: v for k, v in inline["properties"].items() if k not in used}
            if not inline["properties"]:
                inline["properties"] = {next(k for k in ("p", "q", "r") if k not in used): {"type": "string"}}
            inline["required"] = [r for r in inline.get("required", []) if r in inline["properties"]]
            if not inline["required"]:
                del inline["required"]
            body_schema = inline
            spec["requestBody"] = {"content": {"application/json": {"schema": inline}}}
        else:
            spec["requestBody"] = {"content": {"application/json": {"schema": ref(body_ref or "")}}}
        body = {name: draw(value_of(sub, schemas)) for name, sub in body_schema["properties"].items()}
    response = draw(st.sampled_from([*responses, None]))
    ok: dict[str, Any] = {"description": draw(hostile)}
    if response is not None:
        ok["content"] = {"application/json": {"schema": ref(response)}}
    spec["responses"] = {"200": ok}
    return Operation(
        index, http, method, segment, path_param, "v" + draw(hostile), query, headers, body, body_ref, response, spec
    )


@st.composite
def value_of(draw: st.DrawFn, schema: dict[str, Any], schemas: dict[str, dict[str, Any]]) -> Any:
    """A value `schema` accepts, hostile where it can be."""
    if "$ref" in schema:
        target = schemas[_key(schema["$ref"])]
        return {name: draw(value_of(sub, schemas)) for name, sub in target["properties"].items()}
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return draw(st.sampled_from(schema["enum"]))
    kind = schema["type"]
    if kind == "integer":
        return draw(st.integers(-1000, 1000))
    if kind == "boolean":
        return draw(st.booleans())
    if kind == "array":
        return [draw(st.sampled_from(schema["items"]["enum"]))]
    return draw(hostile)


def _key(reference: str) -> str:
    return reference.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")


# --- the reply and what it must come back as ------------------------------------------------------


def reply_for(
    draw: st.DrawFn, key: str, schemas: dict[str, dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """A reply for the schema `key` (the first member of a union) with every property that has no
    default; the defaults and examples the parsed model must show."""
    schema = schemas[key]
    if "oneOf" in schema:
        schema = schemas[_key(schema["oneOf"][0]["$ref"])]
    properties = schema["properties"]
    reply = {n: draw(value_of(s, schemas)) for n, s in properties.items() if "default" not in s}
    defaults = {n: s["default"] for n, s in properties.items() if "default" in s}
    examples = {n: s["examples"] for n, s in properties.items() if "examples" in s}
    return reply, defaults, examples


# --- checks in this process -----------------------------------------------------------------------

BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85|\x0b|\x0c")


def as_docstring(text: str) -> str:
    """`text` as a docstring carries it: line breaks spelled `\\n`, trailing whitespace and blank
    lines at either end dropped."""
    lines = [line.rstrip() for line in BREAKS.split(text.strip())]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def words_in(text: str, doc: str) -> bool:
    """Whether `doc` holds the words of `text` in a row: docstrings refill paragraphs and put a
    summary line apart, so line breaks and spaces may change, never a word."""
    return " ".join(text.split()) in " ".join(doc.split())


def docstring(node: ast.AST, indent: int) -> str:
    assert isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
    text = ast.get_docstring(node, clean=False) or ""
    return "\n".join(line[indent:] if line.startswith(" " * indent) else line for line in text.split("\n"))


def member(tree: ast.Module, class_name: str, name: str | None = None) -> ast.AST:
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name)
    if name is None:
        return cls
    return next(n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == name)


def argument_names(function: ast.AST) -> dict[str, str]:
    """Wire name -> argument, read from the dict literals the generated method sends."""
    found = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Dict) and node.keys:
            pairs = list(zip(node.keys, node.values))
            if all(
                isinstance(k, ast.Constant) and isinstance(k.value, str) and isinstance(v, ast.Name) for k, v in pairs
            ):
                found.update({k.value: v.id for k, v in pairs})  # type: ignore[union-attr]
    return found


SPEC_DEPENDENT = (
    f"{PACKAGE}/resources/",
    f"{PACKAGE}/types/",
    f"{PACKAGE}/_client.py",
    f"{PACKAGE}/__init__.py",
    "tests/api_resources/",
)


@dataclass
class Batches:
    """Generated packages waiting for their check, and the checker processes running."""

    root: Path
    sandbox: Path
    waiting: list[dict[str, Any]] = field(default_factory=list)
    running: list[subprocess.Popen[str]] = field(default_factory=list)
    count: int = 0

    def add(self, example: dict[str, Any]) -> None:
        self.waiting.append(example)
        if len(self.waiting) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.waiting:
            return
        manifest = self.root / f"manifest-{len(self.running)}.json"
        manifest.write_text(json.dumps(self.waiting), encoding="utf-8")
        self.waiting = []
        env = {**os.environ, CANARY_ENV: str(self.sandbox / "CANARY")}
        self.running.append(
            subprocess.Popen(
                [sys.executable, str(CHECKER), str(manifest), str(self.sandbox)],
                cwd=self.sandbox,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )

    def failures(self) -> Iterator[str]:
        self.flush()
        for process in self.running:
            out, err = process.communicate(timeout=600)
            if process.returncode != 0:
                yield f"checker failed: {err}"
                continue
            yield from (f"{f['example']}: {f['problem']}" for f in json.loads(out))


def test_hostile_specs_generate_safe_exact_packages(tmp_path: Path) -> None:
    sandbox = tmp_path / "sandbox"
    sandbox.mkdir()
    os.environ[CANARY_ENV] = str(sandbox / "CANARY")
    batches = Batches(tmp_path, sandbox)
    cache = tmp_path / "cache"

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )
    @given(drawn=specs(), data=st.data())
    def generate_one(drawn: Drawn, data: st.DataObject) -> None:
        batches.count += 1
        folder = tmp_path / f"ex{batches.count}"
        folder.mkdir()
        spec_file = folder / "spec.yaml"
        if drawn.form == "yaml":
            spec_file.write_text(yaml.safe_dump(drawn.spec, allow_unicode=False, sort_keys=False), encoding="utf-8")
        else:
            spec_file.write_text(json.dumps(drawn.spec, ensure_ascii=drawn.form == "json"), encoding="utf-8")
        files = generate_files(spec_file, CONFIG, cache_root=cache).files
        out = folder / "out"
        for path, text in files.items():
            (out / path).parent.mkdir(parents=True, exist_ok=True)
            (out / path).write_text(text, encoding="utf-8")
        checked = sorted(p for p in files if p.endswith(".py") and p.startswith(SPEC_DEPENDENT))
        for path in checked:
            compile(files[path], path, "exec")
        project = tomllib.loads(files["pyproject.toml"])["project"]
        assert project["description"] == f"A typed Python client for the {drawn.spec['info']['title']}"
        calls = [check_operation(op, drawn, files, data) for op in drawn.operations]
        batches.add({"dir": str(out), "black": checked, "calls": calls})
        assert not (sandbox / "CANARY").exists(), "generation ran spec text"

    generate_one()
    failures = list(batches.failures())
    assert sorted(os.listdir(sandbox)) == [], "spec text ran"
    assert not failures, "\n".join(failures[:20])
    assert batches.count >= min(EXAMPLES, 100)


def check_operation(op: Operation, drawn: Drawn, files: dict[str, str], data: st.DataObject) -> dict[str, Any]:
    """Check the docstrings of `op`'s method and resource; return the call the checker makes."""
    resource = f"r{op.index}"
    tree = ast.parse(files[f"{PACKAGE}/resources/{resource}.py"])
    function = member(tree, resource.upper(), op.method)
    spec = op.spec
    text = "\n\n".join(t for t in (spec["summary"].strip(), spec["description"].strip()) if t)
    path = f"/{op.segment}" + (f"/{{{op.path_param}}}" if op.path_param is not None else "")
    expected = as_docstring(text or f"{op.http.upper()} {path}")
    assert words_in(expected, docstring(function, 8)), f"the docstring of {resource}.{op.method} lost {expected!r}"
    tag_text = as_docstring(drawn.tag_descriptions[spec["tags"][0]])
    if tag_text:
        assert words_in(
            tag_text, docstring(member(tree, resource.upper()), 4)
        ), f"the docstring of {resource} lost {tag_text!r}"
    names = argument_names(function)
    assert isinstance(function, ast.FunctionDef)
    args = [op.path_value] if op.path_param is not None else []
    sent = {**op.query, **op.headers, **(op.body or {})}
    missing = [wire for wire in sent if wire not in names]
    assert not missing, f"{resource}.{op.method} sends nothing under the wire names {missing}"
    kwargs = {names[wire]: value for wire, value in sent.items()}
    reply, defaults, examples = (
        reply_for(data.draw, op.response, drawn.schemas) if op.response is not None else (None, {}, {})
    )
    return {
        "chain": [resource],
        "method": op.method,
        "args": args,
        "kwargs": kwargs,
        "expect": {
            "method": op.http.upper(),
            "path": f"/{op.segment}" + (f"/{op.path_value}" if op.path_param is not None else ""),
            "query": sorted([k, v] for k, v in op.query.items()),
            "headers": op.headers,
            "json": op.body,
        },
        "reply": reply,
        "defaults": defaults,
        "examples": examples,
    }
