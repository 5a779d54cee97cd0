"""OpenAI's whole public spec (../shared/specs/openai-full.yaml: 288 operations, 1422
schemas, not strictly valid) generates a complete package, checked from the outside:
every operation is a method, sync and async; every member of every discriminated union
parses into its own class by its tag; an unknown tag survives; class names are
unnumbered and unique; and the package's own tests, `mypy --strict` and `black --check`
pass. The TypeScript target generates a package from the same spec with a method for
every operation; it type-checks with `tsc --strict` and its own tests pass. Generation
runs once per session and target, into a temporary directory, with a cold cache."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.ir.build import build_ir
from generator.cli import EXIT_OK, main
from generator.pipeline import read_config
from generator.spec.load import load_document
from generator.spec.normalize import normalize
from generator.targets.python.names import identifier
from generator.ir.schemas import SchemaReader

from generator.targets.typescript.names import camel
from generator.ir import depth_first
from generator.targets.typescript.views import module_path

from conftest import ROOT, RULES, shared_spec, with_node_tools

CONFIG = ROOT / "spec" / "openai-full.sdk.yaml"
PACKAGE = "openai_full"
# One worker generates the whole spec once for every test here (the fixtures are per module).
pytestmark = pytest.mark.xdist_group("full-spec")


@pytest.fixture(scope="module")
def spec() -> Path:
    return shared_spec("openai-full.yaml")


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache directory of this module's own, empty at first."""
    return tmp_path_factory.mktemp("cache")


def generate(spec: Path, target: Path, cache: Path, *options: str) -> None:
    previous = os.environ.get("SDKGEN_CACHE_DIR")
    os.environ["SDKGEN_CACHE_DIR"] = str(cache)
    try:
        args = ["generate", "--lenient", "--spec", str(spec), "--config", str(CONFIG), "--out", str(target), *options]
        code = main(args)
    finally:
        if previous is None:
            del os.environ["SDKGEN_CACHE_DIR"]
        else:
            os.environ["SDKGEN_CACHE_DIR"] = previous
    assert code == EXIT_OK


@pytest.fixture(scope="module")
def out(spec: Path, cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package, generated once with an empty cache (so every stage really runs)."""
    target = tmp_path_factory.mktemp("full") / "out"
    generate(spec, target, cache)
    return target


@pytest.fixture(scope="module")
def ts_out(spec: Path, cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The TypeScript package, with the project's Node tools beside it."""
    target = tmp_path_factory.mktemp("full-ts") / "out"
    generate(spec, target, cache, "--target", "typescript")
    return with_node_tools(target)


@pytest.fixture(scope="module")
def normalized(spec: Path) -> Mapping[str, Any]:
    return normalize(load_document(spec), RULES).data


def run(out: Path, *command: str, stdin: str = "", timeout: int = 600) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(out)}
    env.pop("OPENAI_API_KEY", None)
    return subprocess.run(command, cwd=out, env=env, input=stdin, capture_output=True, text=True, timeout=timeout)


def check_in_package(out: Path, code: str, payload: object) -> str:
    """Run `code` in a fresh interpreter that imports the package; `payload` is its stdin, as JSON."""
    result = run(out, sys.executable, "-c", code, stdin=json.dumps(payload))
    assert result.returncode == 0, result.stderr[-4000:]
    return result.stdout


def operation_ids(data: Mapping[str, Any]) -> list[str]:
    return [
        str(operation["operationId"])
        for item in data["paths"].values()
        for method, operation in item.items()
        if method in ("get", "put", "post", "patch", "delete") and isinstance(operation, Mapping)
    ]


def test_every_operation_is_a_method_sync_and_async(out: Path, spec: Path, normalized: Mapping[str, Any]) -> None:
    document = load_document(spec)
    api = build_ir(document, read_config(CONFIG)).api
    chains: dict[str, str] = {}
    stack = list(api.resources)
    while stack:
        resource = stack.pop()
        for op in resource.operations:
            chains[op.operation_id] = ".".join(identifier(p) for p in (*resource.path, op.name))
        stack.extend(resource.children)
    assert sorted(chains) == sorted(operation_ids(document.data)) and len(chains) == 288
    code = (
        "import sys, json, inspect, openai_full as p\n"
        "found, chains = [], json.load(sys.stdin)\n"
        "for client in (p.OpenAI(api_key='k'), p.AsyncOpenAI(api_key='k')):\n"
        "    for op, chain in chains.items():\n"
        "        target = client\n"
        "        for name in chain.split('.'):\n"
        "            target = getattr(target, name)\n"
        "        assert callable(target) and target.__doc__, (op, chain)\n"
        "        assert inspect.iscoroutinefunction(target) == (client.__class__.__name__ == 'AsyncOpenAI')"
        " or 'list' in chain, (op, chain)\n"
        "        found.append(op)\n"
        "print(len(found))\n"
    )
    assert check_in_package(out, code, chains).strip() == "576"


def tagged_unions(data: Mapping[str, Any]) -> Iterator[tuple[str, str, str, str]]:
    """(union, property, tag, member) for every tag of every discriminated component union."""
    for name, schema in data["components"]["schemas"].items():
        discriminator = schema.get("discriminator") if isinstance(schema, Mapping) else None
        if isinstance(discriminator, Mapping) and isinstance(discriminator.get("mapping"), Mapping):
            for tag, ref in discriminator["mapping"].items():
                yield name, str(discriminator["propertyName"]), str(tag), str(ref).rsplit("/", 1)[1]


def discriminators(node: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(node, Mapping):
        if isinstance(node.get("discriminator"), Mapping):
            yield node
        for value in node.values():
            yield from discriminators(value)
    elif isinstance(node, list):
        for value in node:
            yield from discriminators(value)


def test_each_union_member_parses_into_its_own_class(out: Path, spec: Path, normalized: Mapping[str, Any]) -> None:
    """Each discriminator is explicit after normalizing, or reported as dropped."""
    reader = SchemaReader(normalized)
    cases = []
    for union, prop, tag, member in tagged_unions(normalized):
        example = reader.example({"$ref": f"#/components/schemas/{member}"}, full=True)
        payload = {**(example if isinstance(example, dict) else {}), prop: tag}
        cases.append((union, member, prop, tag, payload))
    unions = {case[0] for case in cases}
    dropped = [d for d in normalize(load_document(spec), RULES).diagnostics if "discriminator" in d.message]
    assert len(unions) + len(dropped) == len(list(discriminators(load_document(spec).data))) == 107
    code = (
        "import sys, json\n"
        "import openai_full.types as models\n"
        "from typing_extensions import TypeAliasType\n"
        "from openai_full._models import BaseModel, construct_type\n"
        "params = models  # the root re-exports both sides: a model is a BaseModel or a TypeAliasType\n"
        "def is_model(v):\n"
        "    return isinstance(v, TypeAliasType) or (isinstance(v, type) and issubclass(v, BaseModel))\n"
        "missing, wrong, checked = [], [], 0\n"
        "cases = json.load(sys.stdin)\n"
        "for union, member, prop, tag, payload in cases:\n"
        "    if not is_model(getattr(models, union, None)):\n"
        "        # A union only requests use: a TypedDict union, nothing to parse.\n"
        "        if not hasattr(params, union + 'Param') or not hasattr(params, member + 'Param'):\n"
        "            missing.append((union, member))\n"
        "        continue\n"
        "    value = construct_type(getattr(models, union), payload)\n"
        "    if type(value) is not getattr(models, member) or getattr(value, prop) != tag:\n"
        "        wrong.append((union, tag, member, type(value).__name__))\n"
        "    checked += 1\n"
        "assert not missing, missing[:10]\n"
        "assert not wrong, wrong[:10]\n"
        "print(checked)\n"
    )
    checked = int(check_in_package(out, code, cases))
    assert checked > 600, checked


def test_a_comparison_filter_takes_every_operator_as_its_tag(out: Path) -> None:
    code = (
        "import sys, json, typing\n"
        "import openai_full.types as models\n"
        "field = models.ComparisonFilter.model_fields['type'].annotation\n"
        "print(json.dumps(sorted(typing.get_args(field))))\n"
    )
    tags = json.loads(check_in_package(out, code, None))
    assert tags == sorted(["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"])


def test_an_unknown_tag_survives_with_its_fields(out: Path, normalized: Mapping[str, Any]) -> None:
    union, prop, _, _ = next(u for u in tagged_unions(normalized) if u[0] == "ResponseStreamEvent")
    code = (
        "import sys, json\n"
        "import openai_full.types as models\n"
        "from openai_full._models import construct_type\n"
        "union, prop = json.load(sys.stdin)\n"
        "value = construct_type(getattr(models, union), {prop: 'response.brand_new', 'sequence_number': 7, 'x': [1]})\n"
        "print(getattr(value, prop), value.sequence_number, value.x, value.to_dict()['x'])\n"
    )
    assert check_in_package(out, code, [union, prop]).split() == ["response.brand_new", "7", "[1]", "[1]"]


def test_class_names_are_unnumbered_and_unique(out: Path, normalized: Mapping[str, Any]) -> None:
    """No name is numbered to tell it apart: digits at the end of a name come from the
    spec's own component key (`ConversationParam-2`)."""
    keys = {re.sub(r"[^A-Za-z0-9]", "", key) for key in normalized["components"]["schemas"]}
    names: list[str] = []
    modules = sorted((out / PACKAGE / "types").rglob("*.py"))
    for module in modules:
        text = module.read_text()
        names += re.findall(r"^class (\w+)", text, flags=re.M)
        names += re.findall(r"^(\w+) = ", text, flags=re.M)
    public = [n for n in names if not n.startswith("_")]
    numbered = sorted(
        n for n in set(public) if re.search(r"\d$", n) and n not in keys and n[: -len("Param")] not in keys
    )
    assert numbered == []
    # Unique on each side: a schema `FooParam`'s model may share its name with `Foo`'s request type.
    sides: dict[bool, list[tuple[str, str]]] = {True: [], False: []}
    for module in modules:
        text = module.read_text()
        request = "TypedDict" in text or ": TypeAlias = " in text
        sides[request] += re.findall(r"^class (\w+)|^(\w+)(?::[^=]*)? = ", text, flags=re.M)
    for side, defined in sides.items():
        flat = [a or b for a, b in defined if not (a or b).startswith("_")]
        assert len(flat) == len(set(flat)), side
    exported = (out / PACKAGE / "types" / "__init__.py").read_text()
    aliases = re.findall(r'^    "(\w+)": "', exported, flags=re.M)
    assert len(aliases) == len(set(aliases)) > 2500


def test_the_package_imports_lazily(out: Path) -> None:
    code = (
        "import sys, openai_full as p\n"
        "client = p.OpenAI(api_key='k')\n"
        "assert not any(m.startswith(('openai_full.resources.', 'openai_full.types.')) for m in sys.modules)\n"
        "client.files\n"
        "loaded = [m for m in sys.modules if m.startswith('openai_full.types.')]\n"
        "assert 'openai_full.types.shared.open_ai_file' in loaded, loaded\n"
        "assert not any(m.startswith('openai_full.types.responses.') for m in loaded), loaded\n"
        "client.responses.input_items\n"
        "assert 'openai_full.types.responses.response' in sys.modules\n"
        "# stream events load at the first streamed call, not with the resource\n"
        "assert 'openai_full.types.responses.response_stream_event' not in sys.modules\n"
        "print('ok')\n"
    )
    assert check_in_package(out, code, None).strip() == "ok"


def test_generated_tests_pass(out: Path) -> None:
    result = run(out, sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert int(re.findall(r"(\d+) passed", result.stdout)[-1]) > 2500


def test_the_package_type_checks_strictly(out: Path) -> None:
    result = run(
        out,
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--cache-dir",
        os.devnull,
        "-p",
        PACKAGE,
        "-p",
        "tests",
    )
    assert result.returncode == 0, result.stdout[-6000:]


def test_the_package_is_black_formatted(out: Path) -> None:
    result = run(out, sys.executable, "-m", "black", "--check", "--quiet", ".")
    assert result.returncode == 0, result.stderr[-3000:]


def test_every_operation_is_a_typescript_method(ts_out: Path, spec: Path, normalized: Mapping[str, Any]) -> None:
    document = load_document(spec)
    api = build_ir(replace(document, data=normalized), read_config(CONFIG)).api
    missing = []
    for resource in depth_first(api.resources):
        text = (ts_out / "src" / module_path(resource)).read_text()
        missing += [op.operation_id for op in resource.operations if f"\n  {camel(op.name)}(" not in text]
    assert len(api.operations()) == 288
    assert missing == []


def test_the_typescript_package_type_checks_strictly(ts_out: Path) -> None:
    result = run(ts_out, "node_modules/.bin/tsc", "-p", "tsconfig.json", "--noEmit")
    assert result.returncode == 0, result.stdout[-6000:]


def test_the_typescript_generated_tests_pass(ts_out: Path) -> None:
    compiled = run(ts_out, "node_modules/.bin/tsc", "-p", "tests/tsconfig.json")
    assert compiled.returncode == 0, compiled.stdout[-6000:]
    # All test files in one process (`node --test` starts one per file: 40 s instead of 4).
    modules = sorted(
        p.relative_to(ts_out / "build" / "tests").as_posix() for p in ts_out.rglob("build/tests/**/*.test.js")
    )
    assert len(modules) > 100
    (ts_out / "build" / "tests" / "all.mjs").write_text("".join(f'import "./{m}";\n' for m in modules))
    result = run(ts_out, "node", "build/tests/all.mjs")
    assert result.returncode == 0, result.stdout[-6000:]
    assert "# fail 0" in result.stdout
    assert int(re.findall(r"# pass (\d+)", result.stdout)[-1]) > 400
