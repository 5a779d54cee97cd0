"""Writing: the output directory is replaced atomically (an interruption at any point leaves the
previous tree), compared exactly, never written outside of (symlinks in it are replaced, never
followed), and its hand-written `<package>/lib/` folders are kept as they are."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

from generator.cli import EXIT_OK, main
from generator.core.diagnostics import GenerationError
from generator.core.write import compare_tree, write_tree


def snapshot(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


def test_write_replaces_the_tree_exactly(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    assert write_tree({"a.py": "1\n", "pkg/b.py": "2\n"}, out) == (2, 0)
    assert write_tree({"a.py": "1\n", "pkg/c.py": "3\n"}, out) == (2, 1)
    assert snapshot(out) == {"a.py": "1\n", "pkg/c.py": "3\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


def test_a_failed_write_leaves_the_previous_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "generated"
    write_tree({"a.py": "old\n"}, out)
    real_replace = os.replace

    def failing_replace(src: str | Path, dst: str | Path) -> None:
        if Path(src).name.startswith(".generated.new-"):
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_tree({"a.py": "new\n"}, out)
    assert snapshot(out) == {"a.py": "old\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


@pytest.mark.parametrize("bad", ["../escape.py", "/etc/passwd", "a/../../b.py", "", "a\\..\\b.py", "nul\x00.py"])
def test_paths_outside_the_output_are_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(GenerationError) as err:
        write_tree({bad: "x"}, tmp_path / "out")
    assert "refusing to write outside the output directory" in str(err.value)
    assert not (tmp_path / "out").exists()


def test_compare_names_added_removed_and_changed_files(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree({"same.py": "x\n", "changed.py": "old\n", "removed.py": "r\n"}, out)
    changes = compare_tree({"same.py": "x\n", "changed.py": "new\n", "added.py": "a\n"}, out)
    assert [(c.path, c.status) for c in changes] == [
        ("added.py", "added"),
        ("changed.py", "changed"),
        ("removed.py", "removed"),
    ]
    assert "-old\n+new\n" in changes[1].diff
    assert changes[1].diff.startswith("--- a/changed.py\n+++ b/changed.py\n")


def test_build_and_cache_artifacts_are_not_output(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree({"pkg/a.py": "1\n"}, out)
    for leftover in (
        "build/lib/pkg/a.py",
        "pkg.egg-info/PKG-INFO",
        "pkg/__pycache__/a.cpython-311.pyc",
        ".mypy_cache/x.json",
        "dist/pkg.whl",
    ):
        (out / leftover).parent.mkdir(parents=True, exist_ok=True)
        (out / leftover).write_text("x")
    assert compare_tree({"pkg/a.py": "1\n"}, out) == []


# --- hand-written code: <package>/lib/ ------------------------------------------------------------


def test_hand_written_lib_survives_regeneration_untouched(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree({"pkg/__init__.py": "", "pkg/a.py": "1\n"}, out)
    (out / "pkg/lib/deep").mkdir(parents=True)
    (out / "pkg/lib/__init__.py").write_text("")
    (out / "pkg/lib/deep/mine.py").write_text("# mine\n")
    os.utime(out / "pkg/lib/deep/mine.py", (1_000_000, 1_000_000))
    assert compare_tree({"pkg/__init__.py": "", "pkg/a.py": "1\n"}, out) == []
    write_tree({"pkg/__init__.py": "", "pkg/a.py": "2\n"}, out)
    assert snapshot(out) == {
        "pkg/__init__.py": "",
        "pkg/a.py": "2\n",
        "pkg/lib/__init__.py": "",
        "pkg/lib/deep/mine.py": "# mine\n",
    }
    assert (out / "pkg/lib/deep/mine.py").stat().st_mtime == 1_000_000
    # Even when the package it sat in is no longer generated, hand-written code is kept.
    write_tree({"other/__init__.py": ""}, out)
    assert snapshot(out) == {"other/__init__.py": "", "pkg/lib/__init__.py": "", "pkg/lib/deep/mine.py": "# mine\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


def test_a_symlinked_lib_is_kept_as_a_link(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "mine.py").write_text("# mine\n")
    out = tmp_path / "generated"
    write_tree({"pkg/__init__.py": ""}, out)
    (out / "pkg/lib").symlink_to(elsewhere, target_is_directory=True)
    write_tree({"pkg/__init__.py": "# new\n"}, out)
    assert (out / "pkg/lib").is_symlink() and (out / "pkg/lib/mine.py").read_text() == "# mine\n"
    assert compare_tree({"pkg/__init__.py": "# new\n"}, out) == []


def test_the_generator_never_writes_into_lib(tmp_path: Path) -> None:
    with pytest.raises(GenerationError) as err:
        write_tree({"pkg/lib/x.py": "x"}, tmp_path / "out")
    assert "refusing to write hand-written code: 'pkg/lib/x.py' is under lib/" in str(err.value)
    assert not (tmp_path / "out").exists()


def test_sdkgen_check_does_not_report_lib(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"
        "paths: {/things: {get: {operationId: listThings, responses: {'200': {description: OK}}}}}\n"
    )
    out = tmp_path / "out"
    args = ["--target", "python", "--spec", str(spec), "--out", str(out), "--no-cache"]
    assert main(["generate", *args]) == EXIT_OK
    (out / "openai_conversations/lib").mkdir()
    (out / "openai_conversations/lib/extras.py").write_text("EXTRA = 1\n")
    assert main(["check", *args]) == EXIT_OK
    assert main(["generate", *args]) == EXIT_OK
    assert (out / "openai_conversations/lib/extras.py").read_text() == "EXTRA = 1\n"
    assert "is up to date" in capsys.readouterr().out


# --- symlinks already in the output directory -----------------------------------------------------


def test_symlinks_in_the_output_are_replaced_never_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "a.py").write_text("precious\n")
    (outside / "lib").mkdir()
    (outside / "lib/keep.py").write_text("precious\n")
    out = tmp_path / "generated"
    out.mkdir()
    (out / "pkg").symlink_to(outside, target_is_directory=True)  # a package folder that is a link
    (out / "b.py").symlink_to(outside / "a.py")  # a file that is a link
    changes = compare_tree({"pkg/a.py": "new\n", "b.py": "new\n"}, out)
    assert [(c.path, c.status) for c in changes] == [("b.py", "changed"), ("pkg", "removed"), ("pkg/a.py", "added")]
    assert "precious" not in "".join(c.diff for c in changes)  # a link is never read through
    write_tree({"pkg/a.py": "new\n", "b.py": "new\n"}, out)
    assert snapshot(outside) == {"a.py": "precious\n", "lib/keep.py": "precious\n"}
    assert snapshot(out) == {"b.py": "new\n", "pkg/a.py": "new\n"}
    assert not (out / "pkg").is_symlink() and not (out / "b.py").is_symlink()


def test_an_output_directory_that_is_a_link_is_written_where_it_points(tmp_path: Path) -> None:
    real = tmp_path / "real"
    write_tree({"a.py": "1\n"}, real)
    link = tmp_path / "generated"
    link.symlink_to(real, target_is_directory=True)
    write_tree({"a.py": "2\n"}, link)
    assert snapshot(real) == {"a.py": "2\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "real"]


# --- interruptions ----------------------------------------------------------------------------------


def test_an_interruption_while_writing_leaves_the_previous_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "generated"
    write_tree({"pkg/__init__.py": "old\n", "pkg/b.py": "old\n"}, out)
    (out / "pkg/lib").mkdir()
    (out / "pkg/lib/mine.py").write_text("# mine\n")
    before = snapshot(out)
    real_write = Path.write_text
    written: list[str] = []

    def interrupted(self: Path, *args: object, **kwargs: object) -> int:
        written.append(self.name)
        if len(written) == 2:
            raise KeyboardInterrupt
        return real_write(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_tree({"pkg/__init__.py": "new\n", "pkg/b.py": "new\n"}, out)
    monkeypatch.undo()
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


def test_an_interruption_during_the_swap_puts_everything_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "generated"
    write_tree({"pkg/__init__.py": "old\n"}, out)
    (out / "pkg/lib").mkdir()
    (out / "pkg/lib/mine.py").write_text("# mine\n")
    before = snapshot(out)
    real_replace = os.replace

    def interrupted(src: str | Path, dst: str | Path) -> None:
        if Path(src).name.startswith(".generated.new-"):  # after lib/ moved into the new tree
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_tree({"pkg/__init__.py": "new\n"}, out)
    monkeypatch.undo()
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


# --- a failure in an earlier stage writes nothing -------------------------------------------------

TINY = (
    "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"
    "paths: {/things: {get: {operationId: listThings, responses: {'200': {description: OK, content: "
    "{application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}}}}\n"
    "components: {schemas: {Thing: {type: object, properties: {name: {type: string}}}}}\n"
)


def _crash(error: BaseException) -> object:
    def crash(*args: object, **kwargs: object) -> None:
        raise error

    return crash


@pytest.mark.parametrize(
    ("target", "error", "message"),
    [
        ("datamodel_code_generator.generate", RuntimeError("boom"), "datamodel-code-generator failed: RuntimeError"),
        ("black.format_str", RuntimeError("boom"), "generated code does not parse: boom"),
        ("datamodel_code_generator.generate", KeyboardInterrupt(), ""),
        ("black.format_str", KeyboardInterrupt(), ""),
    ],
)
def test_a_crash_inside_a_tool_leaves_the_previous_output(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    target: str,
    error: BaseException,
    message: str,
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(TINY)
    out = tmp_path / "out"
    args = ["generate", "--target", "python", "--spec", str(spec), "--out", str(out), "--no-cache"]
    assert main(args) == EXIT_OK
    (out / "openai_conversations/lib").mkdir()
    (out / "openai_conversations/lib/mine.py").write_text("# mine\n")
    before = snapshot(out)
    spec.write_text(TINY.replace("name:", "title:"))
    monkeypatch.setattr(target, _crash(error))
    capsys.readouterr()
    if isinstance(error, KeyboardInterrupt):
        with pytest.raises(KeyboardInterrupt):
            main(args)
    else:
        assert main(args) == 2
        assert message in capsys.readouterr().err
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "spec.yaml"]


def test_no_spec_text_can_name_a_file_outside_the_package(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("""openapi: 3.1.0
info: {title: '../../etc/passwd', version: '1'}
tags: [{name: ../../escape, description: /etc/passwd}]
paths:
  /%2e%2e/..evil/{id}:
    get:
      operationId: ../../../tmp/evil
      tags: [../../escape]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/..~1..~1x'}}}}}
  "/C:\\\\windows/..\\\\system32":
    post:
      operationId: "/absolute"
      responses: {'200': {description: OK}}
components:
  schemas:
    ../../x: {type: object, properties: {../y: {type: string}}}
""")
    from generator.pipeline import generate_files
    from conftest import CONFIG

    files = generate_files(spec, CONFIG, lenient=True, cache_root=None).files
    for path in files:
        parts = PurePosixPath(path).parts
        assert ".." not in parts and not PurePosixPath(path).is_absolute() and "\\" not in path
        assert parts[0] in {"openai_conversations", "tests", "README.md", "pyproject.toml"}, path
    assert "openai_conversations/resources/_2e_2e/evil.py" in files
    out = tmp_path / "out"
    write_tree(files, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "spec.yaml"]
    # A path segment that is nothing but dots names no resource: a located error, not a file.
    spec.write_text(spec.read_text().replace("/%2e%2e/..evil/{id}", "/../../evil/{id}"))
    with pytest.raises(GenerationError) as err:
        generate_files(spec, CONFIG, lenient=True, cache_root=None)
    assert "cannot derive a resource name from the path /../../evil/{id}" in str(err.value)
