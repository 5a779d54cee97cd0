"""Specs read from git (`generator/spec/revision.py`): `sdkgen diff HEAD~1:spec.yaml spec.yaml`
in a repository made for the test, changes and diagnostics named by the revision, and every
way git can refuse (bad revision, missing path, a directory, no repository, no git) as a
located error."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.core.diagnostics import GenerationError, Severity
from generator.pipeline import diff_specs
from generator.spec.load import MAX_BYTES, load_document, load_document_bytes
from generator.spec.revision import is_revision, load_spec
from generator.surface import Bump, Element, Rule

from conftest import CONFIG

from .test_diff import base, edited, thing

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=sdkgen", "-c", "user.email=sdkgen@example.com", "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository on branch `main` in the current directory: `spec.yaml` and `api/x.yaml`
    committed as `base()`, then committed again with `Thing.note` removed and `Thing.size` added."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    root = tmp_path / "repo"
    (root / "api").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    for step, edits in enumerate([(), (lambda doc: thing(doc)["properties"].pop("note"), add_size)]):
        text = yaml.safe_dump(edited(*edits), sort_keys=False)
        (root / "spec.yaml").write_text(text)
        (root / "api" / "x.yaml").write_text(text)
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", f"step {step}")
    monkeypatch.chdir(root)
    return root


def add_size(doc: dict[str, Any]) -> None:
    thing(doc)["properties"]["size"] = {"type": "integer"}


def test_a_revision_diffs_against_a_file(repo: Path) -> None:
    result = diff_specs("HEAD~1:spec.yaml", "spec.yaml", CONFIG)
    assert (result.old, result.new) == ("HEAD~1:spec.yaml", "spec.yaml")
    assert [(c.rule, c.element, c.where, c.bump) for c in result.changes] == [
        (Rule.REMOVED, Element.FIELD, "Thing.note", Bump.MAJOR),
        (Rule.ADDED_OPTIONAL, Element.FIELD, "Thing.size", Bump.MINOR),
    ]
    removed, added = result.changes
    # What the new spec no longer has is located in the old one, named by its revision.
    assert removed.location.file == "HEAD~1:spec.yaml" and removed.location.line is not None
    assert str(removed.location).startswith("HEAD~1:spec.yaml:")
    assert added.location.file == "spec.yaml"
    assert "[HEAD~1:spec.yaml:" in result.render()


def test_branches_commits_and_paths_as_git_resolves_them(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = subprocess.run(["git", "rev-parse", "HEAD~1"], capture_output=True, text=True, check=True).stdout.strip()
    result = diff_specs(f"{old[:10]}:api/x.yaml", "main:api/x.yaml", CONFIG)
    assert [c.where for c in result.changes] == ["Thing.note", "Thing.size"]
    assert result.changes[0].location.file == f"{old[:10]}:api/x.yaml"
    monkeypatch.chdir(repo / "api")  # from a subdirectory: `./` is relative to it, else to the root
    same = diff_specs("main~1:./x.yaml", "main:spec.yaml", CONFIG)
    assert [c.where for c in same.changes] == ["Thing.note", "Thing.size"]


def test_an_invalid_spec_at_a_revision_is_located_by_the_revision(repo: Path) -> None:
    (repo / "spec.yaml").write_text("openapi: 3.1.0\ninfo: [unclosed\n")
    git(repo, "commit", "-q", "-am", "broken")
    with pytest.raises(GenerationError) as raised:
        diff_specs("HEAD:spec.yaml", "HEAD~1:spec.yaml", CONFIG)
    [error] = raised.value.diagnostics
    assert error.location.file == "HEAD:spec.yaml" and error.location.line == 3
    assert error.render().startswith("HEAD:spec.yaml:3:1: error: not valid YAML or JSON")


@pytest.mark.parametrize(
    ("argument", "complaint"),
    [
        ("nope:spec.yaml", "invalid object name 'nope'"),
        ("HEAD~5:spec.yaml", "invalid object name 'HEAD~5'"),
        ("HEAD:missing.yaml", "path 'missing.yaml' does not exist in 'HEAD'"),
        ("HEAD:api", "`HEAD:api` is a tree in git, not a file"),
    ],
)
def test_a_bad_revision_or_path_is_a_located_error(repo: Path, argument: str, complaint: str) -> None:
    with pytest.raises(GenerationError) as raised:
        diff_specs(argument, "spec.yaml", CONFIG)
    [error] = raised.value.diagnostics
    assert error.severity is Severity.ERROR and error.location.file == argument
    assert complaint in error.message and argument in error.message and error.hint
    assert error.render().startswith(f"{argument}: error: ")


def test_a_path_relative_to_a_subdirectory_gets_git_s_hint(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "api")
    with pytest.raises(GenerationError) as raised:
        load_spec("HEAD:x.yaml")
    [error] = raised.value.diagnostics
    assert "path 'api/x.yaml' exists, but not 'x.yaml'" in error.message
    assert "HEAD:./x.yaml" in error.hint


def test_both_specs_are_reported_when_both_are_bad(repo: Path) -> None:
    with pytest.raises(GenerationError) as raised:
        diff_specs("nope:spec.yaml", "HEAD:gone.yaml", CONFIG)
    assert [d.location.file for d in raised.value.diagnostics] == ["nope:spec.yaml", "HEAD:gone.yaml"]


def test_outside_a_repository_or_without_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(base()))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(GenerationError) as raised:
        load_spec("HEAD:spec.yaml")
    [error] = raised.value.diagnostics
    assert error.location.file == "HEAD:spec.yaml" and "not a git repository" in error.message
    monkeypatch.setenv("PATH", str(tmp_path / "no-bin"))
    with pytest.raises(GenerationError) as raised:
        load_spec("HEAD:spec.yaml")
    assert "git is not installed" in raised.value.diagnostics[0].message


def test_an_existing_file_is_a_file_even_with_a_colon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "v1:spec.yaml").write_text(yaml.safe_dump(base()))
    assert not is_revision("v1:spec.yaml") and is_revision("v2:spec.yaml") and not is_revision("spec.yaml")
    assert not is_revision("--output=x:y")
    assert load_spec("v1:spec.yaml").path == "v1:spec.yaml"
    with pytest.raises(GenerationError) as raised:
        load_spec("missing.yaml")
    assert "cannot read the file" in raised.value.diagnostics[0].message


def test_loading_bytes_is_loading_the_file(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(base()))
    assert load_document_bytes(path.read_bytes(), display="spec.yaml") == load_document(path, display="spec.yaml")
    for raw, problem in [
        (b"a: 1\n" + b" " * MAX_BYTES, f"over the {MAX_BYTES} limit"),
        (b"a: \x00", "binary"),
        (b"a: \xff", "not UTF-8"),
        (b"", "empty"),
    ]:
        with pytest.raises(GenerationError) as raised:
            load_document_bytes(raw, display="main:spec.yaml")
        assert problem in raised.value.diagnostics[0].message
        assert raised.value.diagnostics[0].location.file == "main:spec.yaml"
