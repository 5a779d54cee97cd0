"""Without `header_prefix` in the SDK config, neither package sends telemetry headers of its
own: both generate from a copy of the committed config that lacks the key, type-check and
pass their own tests (which then check that no such header goes on the wire, after a
retry and in the raw-response modes), and nothing of the committed prefix is left in them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.core.write import write_tree
from generator.pipeline import Generated, generate_targets

from conftest import CONFIG, SPEC, with_node_tools
from package.test_full_spec import run
from package.test_generated_package import _unused_imports

PACKAGE = "openai_conversations"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Generated]:
    """Both targets, generated in memory with the config's `header_prefix` removed."""
    data = yaml.safe_load(CONFIG.read_text())
    assert data.pop("header_prefix")  # the committed config sets one
    config = tmp_path_factory.mktemp("config") / "sdk.yaml"
    config.write_text(yaml.safe_dump(data, sort_keys=False))
    return generate_targets(SPEC, config, targets=("python", "typescript"), cache_root=None)


@pytest.fixture(scope="module")
def out(generated: dict[str, Generated], tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("python") / "out"
    write_tree(generated["python"].files, target)
    return target


@pytest.fixture(scope="module")
def ts_out(generated: dict[str, Generated], tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("typescript") / "out"
    write_tree(generated["typescript"].files, target)
    return with_node_tools(target)


def test_no_file_names_the_committed_prefix(generated: dict[str, Generated]) -> None:
    prefix = str(yaml.safe_load(CONFIG.read_text())["header_prefix"])  # X-Stainless
    found = [
        f"{name}/{path}"
        for name, result in generated.items()
        for path, text in result.files.items()
        if "stainless" in text.lower() or prefix.lower() in text.lower()
    ]
    assert found == []
    assert "HEADER_PREFIX: string | null = null;" in generated["typescript"].files["src/core/settings.ts"]
    assert "_header_prefix: ClassVar[Optional[str]] = None" in generated["python"].files[f"{PACKAGE}/_client.py"]


def test_the_python_tests_pass(out: Path) -> None:
    assert "def test_no_telemetry_header_goes_on_the_wire(" in (out / "tests" / "test_runtime_responses.py").read_text()
    result = run(out, sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert " passed" in result.stdout and " failed" not in result.stdout


def test_the_python_package_type_checks_strictly_and_is_black_formatted(out: Path) -> None:
    mypy = ("-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "-p", PACKAGE, "-p", "tests")
    result = run(out, sys.executable, *mypy)
    assert result.returncode == 0, result.stdout[-6000:]
    result = run(out, sys.executable, "-m", "black", "--check", "--quiet", ".")
    assert result.returncode == 0, result.stderr[-3000:]


def test_the_python_modules_import_nothing_they_do_not_use(generated: dict[str, Generated]) -> None:
    files = generated["python"].files
    found = {path: _unused_imports(text) for path, text in files.items() if path.endswith(".py")}
    assert {path: unused for path, unused in found.items() if unused} == {}


@pytest.fixture(scope="module")
def ts_run(ts_out: Path) -> subprocess.CompletedProcess[str]:
    """`tsc --strict` of the sources, then the tests compiled and run with `node --test`."""
    checked = run(ts_out, "node_modules/.bin/tsc", "-p", "tsconfig.json", "--noEmit")
    assert checked.returncode == 0, checked.stdout[-6000:]
    compiled = run(ts_out, "node_modules/.bin/tsc", "-p", "tests/tsconfig.json")
    assert compiled.returncode == 0, compiled.stdout[-6000:]
    return run(ts_out, "node", "--test", "build/tests/")


def test_the_typescript_tests_pass(ts_run: subprocess.CompletedProcess[str]) -> None:
    assert ts_run.returncode == 0, ts_run.stdout[-8000:] + ts_run.stderr[-2000:]
    assert "# fail 0" in ts_run.stdout
    assert "no request says which client sent it, nor its attempt, timeout or raw mode" in ts_run.stdout
