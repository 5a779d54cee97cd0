"""Public specs of other shapes (../shared/specs/real, and OpenAI's), generated as a new user
would: `sdkgen init --spec FILE`, then `sdkgen generate`, with no edit to the spec.

For every spec, in both targets:
- generation succeeds, and no operation is lost silently: every operation of the spec is a
  method, or a diagnostic located at it says why not (both are counted);
- the Python package compiles and imports, and passes `mypy --strict` where it is under
  ~60k lines; the type modules generation did not format are as black formats them; the
  TypeScript package passes `tsc --strict`.
What the calls send is checked in `test_corpus_calls.py`.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import NODE_TOOLS, SHARED_SPECS

from .corpus import SPECS, Build, Corpus, operation_pointers


# The tests of one spec run in one worker, which builds it once (`Corpus` is per worker).
@pytest.fixture(params=[pytest.param(name, marks=pytest.mark.xdist_group(f"corpus-{name}")) for name in sorted(SPECS)])
def build(request: pytest.FixtureRequest, corpus: Corpus) -> Build:
    name = str(request.param)
    if not (SHARED_SPECS / SPECS[name].file).exists():
        pytest.skip(f"{SHARED_SPECS / SPECS[name].file} is absent: the real specs exist only beside the checkout")
    return corpus.build(name)


def test_the_spec_generates_for_both_targets(build: Build) -> None:
    assert build.returncode == 0, build.output[-4000:]
    assert {t["target"] for t in build.report["targets"]} == {"python", "typescript"}, build.report
    assert (build.python / "pyproject.toml").exists()
    assert (build.typescript / "package.json").exists()


def test_no_operation_is_lost_silently(build: Build) -> None:
    """Each operation is a method, or a diagnostic at the operation says why it is not."""
    declared = operation_pointers(build.spec)
    generated = set(build.operations())
    reported = {d["pointer"] for d in build.diagnostics if d.get("pointer")}
    skipped = [p for p in declared if p not in generated and any(r == p or r.startswith(p + "/") for r in reported)]
    lost = [p for p in declared if p not in generated and p not in skipped]
    assert not lost, f"{len(lost)} of {len(declared)} operations vanished without a word: {lost[:10]}"
    assert len(generated) + len(skipped) == len(declared)


def test_the_python_package_imports(build: Build) -> None:
    name = build.import_name()
    code = f"import {name}, {name}.resources, {name}.types; print('ok')"
    env = {**os.environ, "PYTHONPATH": str(build.python)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-4000:]


def test_the_python_package_passes_mypy_strict(build: Build) -> None:
    if not SPECS[build.name].mypy:
        pytest.skip(f"{build.name}'s package is over ~60k lines; it is compiled and imported instead")
    package = build.python / build.import_name()
    command = [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", "--no-incremental", str(package)]
    result = subprocess.run(command, cwd=build.python, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:]


def test_the_python_files_generation_did_not_format_are_as_black_formats_them(build: Build) -> None:
    """Generated statements skip black when `trusted` (`format.format_files`): on every real
    spec, black leaves each such statement as it is (the whole package where it is under
    ~60k lines; else the type modules and the resource tests, the model generator's layout
    and tables full of escaped strings)."""
    import black

    from generator.targets.python.format import black_mode, split_module
    from generator.targets.python.trust import trusted

    mode = black_mode()
    checked = changed = 0
    folders = (build.python / build.import_name() / "types", build.python / "tests" / "api_resources")
    if SPECS[build.name].mypy:
        folders = (build.python,)
    for path in sorted(path for folder in folders for path in folder.rglob("*.py")):
        for chunk in split_module(path.read_text(encoding="utf-8"), min_lines=1, odds=1):  # as generation cuts
            if trusted(chunk):
                checked += 1
                if black.format_str(chunk, mode=mode) != (chunk.rstrip("\n") + "\n" if chunk.strip() else ""):
                    changed += 1
                    print(f"black would change a statement of {path.relative_to(build.python)}:\n{chunk[:400]}")
    assert checked and not changed


def test_the_typescript_package_passes_tsc_strict(build: Build) -> None:
    link = build.typescript / "node_modules"
    if not link.exists():
        link.symlink_to(NODE_TOOLS, target_is_directory=True)
    tsc = [str(NODE_TOOLS / ".bin" / "tsc"), "--noEmit", "-p", str(build.typescript)]
    result = subprocess.run(tsc, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:]


def test_every_corpus_spec_is_counted(build: Build) -> None:
    """The counts the silent-loss check compares are those of the spec and of the output."""
    declared = operation_pointers(build.spec)
    assert declared, f"{build.spec} declares no operation"
    assert set(build.operations()) <= set(declared)
    for message in build.report["messages"]:
        if "operations" in message:
            assert f": {len(build.operations())} operations" in message
