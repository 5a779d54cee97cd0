"""Finding the SDK config from the working directory up, as ruff and pytest find theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.diagnostics import GenerationError
from generator.spec.discover import find_config, require_config

from conftest import CONFIG, ROOT


def test_the_nearest_sdkgen_yaml_wins(tmp_path: Path) -> None:
    (tmp_path / "sdkgen.yaml").write_text("{}\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "sdkgen.yaml"
    (tmp_path / "a" / "sdkgen.yml").write_text("{}\n")
    assert find_config(deep) == tmp_path / "a" / "sdkgen.yml"


def test_a_pyproject_can_name_the_config(tmp_path: Path) -> None:
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "sdk.yaml").write_text("{}\n")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.sdkgen]\nconfig = "spec/sdk.yaml"\n')
    assert find_config(tmp_path / "spec") == tmp_path / "spec" / "sdk.yaml"
    (tmp_path / "sdkgen.yaml").write_text("{}\n")  # in one directory, sdkgen.yaml comes first
    assert find_config(tmp_path) == tmp_path / "sdkgen.yaml"


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "sdkgen.yaml").write_text("{}\n")
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path / "inner") == tmp_path / "sdkgen.yaml"


@pytest.mark.parametrize("text", ['[tool.sdkgen]\nconfig = "missing.yaml"\n', "[tool.sdkgen]\nconfig = 3\n", "[tool"])
def test_a_pyproject_naming_no_config_is_an_error(tmp_path: Path, text: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text)
    with pytest.raises(GenerationError) as err:
        find_config(tmp_path)
    assert err.value.diagnostics[0].location.file.endswith("pyproject.toml")


def test_none_found_says_what_to_do(tmp_path: Path) -> None:
    assert find_config(tmp_path) is None
    with pytest.raises(GenerationError) as err:
        require_config(tmp_path)
    (problem,) = err.value.diagnostics
    assert problem.message == f"no sdkgen.yaml in {tmp_path.resolve()} or any parent directory"
    assert "sdkgen init --spec" in problem.hint


def test_this_repository_is_found_through_its_pyproject() -> None:
    assert find_config(ROOT / "generator" / "ir") == CONFIG
