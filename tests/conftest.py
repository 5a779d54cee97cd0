"""Shared fixtures: project paths, the real OpenAI specs beside the checkout, and a
session-wide fresh generation of the committed spec."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import Generated, generate_files
from generator.registry import type_name_rules
from generator.targets.backend import JsonSchemas

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "conversations.yaml"
CONFIG = ROOT / "spec" / "sdk.yaml"
GENERATED = ROOT / "generated" / "python"
GENERATED_TS = ROOT / "generated" / "typescript"
NODE_TOOLS = ROOT / "tests" / "node" / "node_modules"  # typescript, @types/node, openai: `make test` installs them
# The real specs beside the checkout ($SDKGEN_SHARED_SPECS names another folder).
SHARED_SPECS = Path(os.environ.get("SDKGEN_SHARED_SPECS") or ROOT.parent / "shared" / "specs")
TEST_SPECS = ROOT / "tests" / "specs"  # specs written for the tests (hostile text, globals)
REFRESH = "make generate"
RULES = type_name_rules()  # the type names every registered target keeps, as generation uses them


@pytest.fixture(scope="session")
def fresh() -> Generated:
    """The committed spec generated in memory, once per test session."""
    return generate_files(SPEC, CONFIG, cache_root=None)


@pytest.fixture(scope="session")
def fresh_ts() -> Generated:
    """The committed spec generated in memory for the TypeScript target, once per session."""
    return generate_files(SPEC, CONFIG, target="typescript", cache_root=None)


def json_schemas(data: dict[str, Any]) -> JsonSchemas:
    """The component schemas of document `data`, as a back end receives them."""
    return JsonSchemas(str(data.get("openapi", "3.1.0")), (data.get("components") or {}).get("schemas") or {})


def node_tools() -> Path:
    """The project's Node tools (`tests/node/node_modules`); a failure saying how to get them."""
    if not (NODE_TOOLS / ".bin" / "tsc").exists():
        pytest.fail(f"{NODE_TOOLS} is missing: `make test` installs it (npm ci in tests/node)")
    return NODE_TOOLS


def with_node_tools(package: Path) -> Path:
    """A generated TypeScript package folder, with the project's Node tools as its `node_modules`."""
    (package / "node_modules").symlink_to(node_tools(), target_is_directory=True)
    return package


def typescript_copy(source: Path, folder: Path) -> Path:
    """A copy of a generated TypeScript package in `folder/package`, with the Node tools
    beside it (the source tree is never written to)."""
    copy = folder / "package"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("node_modules", "build", "dist"))
    return with_node_tools(copy)


def shared_spec(name: str) -> Path:
    """A real spec from ../shared/specs, or a skip saying it is absent."""
    path = SHARED_SPECS / name
    if not path.exists():
        pytest.skip(f"{path} is absent: the real OpenAI specs exist only beside the project checkout")
    return path


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests run in parallel workers (pytest-xdist, `--dist loadgroup`), a module's tests in
    one worker, so that what a module builds once (a generated package, a full-spec
    generation) is built once. The corpus builds each spec once per worker, for both of its
    modules: its tests are grouped by spec instead, so the specs spread over the workers."""
    for item in items:
        module = item.nodeid.split("::", 1)[0]
        group = f"corpus-{_corpus_spec(item)}" if module.startswith("tests/corpus/") else module
        item.add_marker(pytest.mark.xdist_group(group))


def _corpus_spec(item: pytest.Item) -> str:
    """The corpus spec a corpus test is about (its `build` or `case` parameter), or ''."""
    params = getattr(getattr(item, "callspec", None), "params", {})
    if "build" in params:
        return str(params["build"])
    if "case" in params:
        return str(params["case"][0])
    return ""


def python_types(package: Path) -> str:
    """Every module of a generated Python package's `types/` (one module per type), joined."""
    return "".join(p.read_text(encoding="utf-8") for p in sorted((package / "types").rglob("*.py")))
