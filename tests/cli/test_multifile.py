"""The CLI on a spec split over several files: `check`'s fast path knows the referenced files,
`validate` and `diff` read the bundle, and a git revision (read alone) says it follows no file."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.cli import EXIT_INVALID, EXIT_OK, EXIT_STALE, main
from generator.core.diagnostics import display_name

from conftest import CONFIG, TEST_SPECS


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    """A copy of tests/specs/multifile/, to edit; its root file."""
    shutil.copytree(TEST_SPECS / "multifile", tmp_path / "spec")
    return tmp_path / "spec" / "openapi.yaml"


def run(command: str, spec: Path, out: Path) -> int:
    return main([command, "--target", "python", "--spec", str(spec), "--config", str(CONFIG), "--out", str(out)])


def test_an_edit_to_a_referenced_file_ends_the_check_fast_path(
    spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import generator.pipeline as cli  # the commands import the pipeline when they generate

    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "out"
    assert run("generate", spec, out) == EXIT_OK
    generate_targets = cli.generate_targets

    def no_generation(*args: object, **kwargs: object) -> None:
        raise AssertionError("generated although nothing changed")

    monkeypatch.setattr(cli, "generate_targets", no_generation)
    capsys.readouterr()
    assert run("check", spec, out) == EXIT_OK
    assert "inputs unchanged since it was generated" in capsys.readouterr().out
    pet = spec.parent / "schemas" / "pet.yaml"
    pet.write_text(pet.read_text().replace("The pet's name.", "What the pet answers to."))
    with pytest.raises(AssertionError, match="generated although nothing changed"):
        run("check", spec, out)
    monkeypatch.setattr(cli, "generate_targets", generate_targets)
    assert run("check", spec, out) == EXIT_STALE
    assert "What the pet answers to." in capsys.readouterr().out


def test_validate_and_diff_read_every_file(spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--spec", str(spec), "--config", str(CONFIG)]) == EXIT_OK
    new = tmp_path / "new"
    shutil.copytree(spec.parent, new)
    pets = new / "paths" / "pets.yaml"
    pets.write_text(pets.read_text().split("post:\n")[0])  # createPet removed, in another file
    pet = new / "schemas" / "pet.yaml"
    pet.write_text(
        pet.read_text().replace('    category: {$ref: "../openapi.yaml#/components/schemas/Category"}\n', "")
    )
    capsys.readouterr()
    assert main(["diff", str(spec), str(new / "openapi.yaml"), "--config", str(CONFIG)]) == 1
    out = capsys.readouterr().out
    assert "- method   pets.create" in out
    assert f"- field    Pet.category: removed  [{display_name(spec.parent / 'schemas' / 'pet.yaml')}:8:5]" in out


def test_a_git_revision_is_read_alone(
    spec: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = spec.parent
    for command in (["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "s"]):
        subprocess.run(["git", *command], cwd=folder, check=True, capture_output=True)
    monkeypatch.chdir(folder)
    assert main(["diff", "HEAD:openapi.yaml", "openapi.yaml", "--config", str(CONFIG)]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert "HEAD:openapi.yaml:10:5: error: reference to another file: ./paths/pets.yaml" in err
    assert "a spec read from a git revision is read alone" in err
