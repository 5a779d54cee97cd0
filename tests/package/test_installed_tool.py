"""sdkgen as its users get it: a wheel, installed into a fresh venv outside this checkout,
run from an empty directory on a spec of their own.

The wheel is built from the checkout (`pip wheel`), installed with its dependencies into a
new venv under the test's temporary directory, and nothing of this repository is on its
path. From an empty directory, `sdkgen init --spec SPEC && sdkgen generate` writes both
targets; the Python package imports and builds as a wheel, and the TypeScript one passes
`tsc --strict`. That
holds for our own spec and for the smaller public specs in ../shared/specs/real/ (which
skip, saying so, where they are absent).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import ROOT, SHARED_SPECS, SPEC, with_node_tools

SMALL_SPECS = (
    "oai-petstore.yaml",
    "oai-uspto.yaml",
    "oai-callback-example.yaml",
    "oai-link-example.yaml",
    "swagger-petstore3.yaml",
)


def run(command: list[str], cwd: Path, timeout: float = 600, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, env={**environment, **env})


@pytest.fixture(scope="module")
def tool(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `sdkgen` executable of a fresh venv holding only the wheel and its dependencies."""
    base = tmp_path_factory.mktemp("tool")
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(base / "dist"), str(ROOT)], base
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = (base / "dist").glob("sdkgen-*.whl")
    venv.create(base / "venv", with_pip=True)
    python = base / "venv" / "bin" / "python"
    installed = run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], base)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return base / "venv" / "bin" / "sdkgen"


def test_the_wheel_carries_the_templates_and_runs_from_its_own_install(tool: Path, tmp_path: Path) -> None:
    located = run([str(tool.parent / "python"), "-c", "import generator; print(generator.__file__)"], tmp_path)
    assert Path(located.stdout.strip()).is_relative_to(tool.parent.parent), located.stdout
    templates = tool.parent.parent / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    package = templates / "site-packages" / "generator" / "templates"
    assert (package / "python" / "package" / "_client_core.py").is_file()
    assert (package / "typescript" / "src" / "core" / "client-core.ts").is_file()
    version = run([str(tool), "--version"], tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("sdkgen "), version.stdout + version.stderr


def test_without_a_config_it_says_to_run_init_and_writes_nothing(tool: Path, tmp_path: Path) -> None:
    result = run([str(tool), "generate"], tmp_path)
    assert result.returncode == 2
    assert "no sdkgen.yaml in" in result.stderr and "sdkgen init --spec" in result.stderr
    assert list(tmp_path.iterdir()) == []
    site = tool.parent.parent / "lib"
    assert not list(site.rglob("generated")), "nothing is written inside the installation"


@pytest.mark.parametrize("name", ["conversations.yaml", *SMALL_SPECS])
def test_init_then_generate_from_an_empty_directory(tool: Path, tmp_path: Path, name: str) -> None:
    source = SPEC if name == "conversations.yaml" else SHARED_SPECS / "real" / name
    if not source.exists():
        pytest.skip(f"{source} is absent: the public specs exist only beside the project checkout")
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(source, project / name)
    init = run([str(tool), "init", "--spec", name], project)
    assert init.returncode == 0, init.stderr
    generated = run([str(tool), "generate", "--quiet"], project)
    assert generated.returncode == 0, generated.stderr
    assert "python:" in generated.stdout and "typescript:" in generated.stdout
    python_out, typescript_out = project / "generated" / "python", project / "generated" / "typescript"
    (package,) = [p.name for p in python_out.iterdir() if (p / "py.typed").is_file()]
    # The generated package's own dependencies (httpx, pydantic) are this test run's.
    imported = run([sys.executable, "-c", f"import {package}; print({package}.__name__)"], python_out)
    assert imported.returncode == 0, imported.stderr
    # It builds as a package index would build it (its licence and metadata accepted).
    python = str(tool.parent / "python")
    built = run([python, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path / "dist"), "."], python_out)
    assert built.returncode == 0, built.stdout + built.stderr
    checked = run([str(tool), "check"], project)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    typed = run(["node_modules/.bin/tsc", "-p", "tsconfig.json", "--noEmit"], with_node_tools(typescript_out))
    assert typed.returncode == 0, typed.stdout[-3000:]
