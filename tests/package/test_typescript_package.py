"""The committed TypeScript package as its users get it: it is what generation gives, it
type-checks with `tsc --strict`, and its own tests pass under Node's test runner against a
local server."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from generator.pipeline import Generated, generate_files
from generator.core.write import compare_tree, write_tree

from conftest import CONFIG, GENERATED_TS, REFRESH, SPEC, TEST_SPECS, typescript_copy


def run(command: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def test_typescript_golden_matches_a_fresh_generation(fresh_ts: Generated) -> None:
    changes = compare_tree(fresh_ts.files, GENERATED_TS)
    report = "\n".join(f"{c.status}: {c.path}\n{c.diff[:3000]}" for c in changes[:10])
    assert not changes, f"generated/typescript is stale ({len(changes)} files); refresh with `{REFRESH}`\n{report}"


def test_typescript_generation_is_deterministic(fresh_ts: Generated) -> None:
    assert generate_files(SPEC, CONFIG, target="typescript").files == fresh_ts.files


def test_every_typescript_file_says_where_it_comes_from(fresh_ts: Generated) -> None:
    first_lines = {path: text.split("\n", 1)[0] for path, text in fresh_ts.files.items() if path.endswith(".ts")}
    unmarked = [
        path
        for path, line in first_lines.items()
        if line
        not in (
            "// File generated from conversations.yaml by sdkgen. Do not edit.",
            "// Runtime file copied verbatim by sdkgen. Do not edit.",
        )
    ]
    assert unmarked == []


def test_the_package_type_checks_strictly(tmp_path: Path) -> None:
    package = typescript_copy(GENERATED_TS, tmp_path)
    result = run(["node_modules/.bin/tsc", "-p", "tsconfig.json", "--noEmit"], package)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    # The same with the tests, which also use Node's own types.
    result = run(["node_modules/.bin/tsc", "-p", "tests/tsconfig.json", "--noEmit"], package)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_the_package_uses_no_any(fresh_ts: Generated) -> None:
    offending = [
        f"{path}:{number}: {line.strip()}"
        for path, text in fresh_ts.files.items()
        if path.startswith("src/") and path.endswith(".ts")
        for number, line in enumerate(text.splitlines(), 1)
        if not line.lstrip().startswith(("*", "/*", "//")) and (": any" in line or "<any>" in line or "as any" in line)
    ]
    assert offending == []


@pytest.fixture(scope="module")
def test_run(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """`npm test` of the committed package: compile, then `node --test` (once per module)."""
    package = typescript_copy(GENERATED_TS, tmp_path_factory.mktemp("ts"))
    compiled = run(["node_modules/.bin/tsc", "-p", "tests/tsconfig.json"], package)
    assert compiled.returncode == 0, compiled.stdout[-6000:]
    return run(["node", "--test", "build/tests/"], package)


def test_the_generated_tests_pass(test_run: subprocess.CompletedProcess[str]) -> None:
    assert test_run.returncode == 0, test_run.stdout[-8000:] + test_run.stderr[-2000:]
    assert "# fail 0" in test_run.stdout


def test_every_method_is_tested(test_run: subprocess.CompletedProcess[str]) -> None:
    passed = set(re.findall(r"^\s*ok \d+ - (.+)$", test_run.stdout, re.MULTILINE))
    for suite, method in [
        ("client.conversations", "create"),
        ("client.conversations", "retrieve"),
        ("client.conversations", "update"),
        ("client.conversations", "delete"),
        ("client.conversations.items", "create"),
        ("client.conversations.items", "retrieve"),
        ("client.conversations.items", "list"),
        ("client.conversations.items", "delete"),
    ]:
        assert suite in passed and f"{method}: required arguments" in passed, (suite, method)


def test_the_runtime_tests_ran(test_run: subprocess.CompletedProcess[str]) -> None:
    passed = set(re.findall(r"^\s*ok \d+ - (.+)$", test_run.stdout, re.MULTILINE))
    assert {"client options", "requests", "responses", "encoding"} <= passed
    assert "408, 409, 429 and 5xx are retried, counting attempts in a header" in passed
    assert "a page promise iterates every item of every page" in passed


def test_resources_named_like_globals_get_classes_of_their_own(tmp_path: Path) -> None:
    """`/promise`, `/array` and `/response/{id}` (a download: `Response` is its return type)."""
    spec = TEST_SPECS / "typescript_globals.yaml"
    files = generate_files(spec, CONFIG, target="typescript", cache_root=None).files
    client = files["src/client.ts"]
    for name in ("Promise", "Array", "Response"):
        assert f"import {{ {name}Resource }} from" in client
    assert "): APIPromise<Response> {" in files["src/resources/response.ts"]
    out = tmp_path / "out"
    write_tree(files, out)
    test_run = typescript_copy(out, tmp_path)
    compiled = run(["node_modules/.bin/tsc", "-p", "tests/tsconfig.json"], test_run)
    assert compiled.returncode == 0, compiled.stdout[-4000:]
    result = run(["node", "--test", "build/tests/"], test_run)
    assert result.returncode == 0 and "# fail 0" in result.stdout, result.stdout[-4000:]
