"""The TypeScript package as npm ships it: `npm pack` of the committed package (its
`prepack` builds both module formats), installed offline into a scratch project, then used
from an ES module, from CommonJS, and from TypeScript under `node16` and `bundler`
resolution, with deep imports and the namespace types (the usage files in `npm_pack/`)."""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from conftest import GENERATED_TS, node_tools, typescript_copy

USAGE = Path(__file__).parent / "npm_pack"


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package packed once for the module (`npm pack` runs `prepack`: the build)."""
    folder = tmp_path_factory.mktemp("pack")
    packed = run(["npm", "pack", "--pack-destination", str(folder), "--offline"], typescript_copy(GENERATED_TS, folder))
    assert packed.returncode == 0, packed.stdout[-4000:] + packed.stderr[-4000:]
    (found,) = folder.glob("*.tgz")
    return found


@pytest.fixture(scope="module")
def scratch(tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with the tarball installed (offline), typescript and Node's types beside it,
    and the usage files."""
    project = tmp_path_factory.mktemp("scratch")
    (project / "package.json").write_text(json.dumps({"name": "scratch", "version": "0.0.0", "private": True}))
    installed = run(["npm", "install", str(tarball), "--no-audit", "--no-fund", "--offline"], project)
    assert installed.returncode == 0, installed.stdout[-4000:] + installed.stderr[-4000:]
    modules = project / "node_modules"
    (modules / "typescript").symlink_to(node_tools() / "typescript", target_is_directory=True)
    (modules / "@types").mkdir()
    (modules / "@types" / "node").symlink_to(node_tools() / "@types" / "node", target_is_directory=True)
    for usage in USAGE.iterdir():
        shutil.copy(usage, project / usage.name)
    return project


def test_the_tarball_ships_both_builds_and_no_build_tools(tarball: Path) -> None:
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    for build, kind in (("esm", "module"), ("cjs", "commonjs")):
        for module in ("index", "client", "pagination", "error", "uploads", "core/api-promise"):
            assert {f"package/dist/{build}/{module}.js", f"package/dist/{build}/{module}.d.ts"} <= names
        assert f"package/dist/{build}/resources/conversations/items.d.ts" in names
        with tarfile.open(tarball) as archive:
            marker = archive.extractfile(f"package/dist/{build}/package.json")
            assert marker is not None and json.load(marker) == {"type": kind}
    assert "package/src/client.ts" in names  # the source maps' sources
    assert not [n for n in names if n.startswith(("package/tests/", "package/scripts/", "package/node_modules/"))]


def test_an_es_module_imports_it(scratch: Path) -> None:
    result = run(["node", "esm.mjs"], scratch)
    assert result.returncode == 0 and result.stdout == "esm ok\n", result.stderr[-4000:]


def test_commonjs_requires_the_client_class(scratch: Path) -> None:
    result = run(["node", "cjs.cjs"], scratch)
    assert result.returncode == 0 and result.stdout == "cjs ok\n", result.stderr[-4000:]


@pytest.mark.parametrize(
    ("module", "resolution", "files"),
    [("node16", "node16", ["usage.mts", "usage.cts"]), ("esnext", "bundler", ["usage.mts"])],
)
def test_typescript_resolves_deep_imports_and_namespace_types(
    scratch: Path, module: str, resolution: str, files: list[str]
) -> None:
    options = {"strict": True, "noEmit": True, "module": module, "moduleResolution": resolution}
    options |= {"target": "es2022", "lib": ["es2022", "dom"], "types": [], "skipLibCheck": False}
    config = scratch / f"tsconfig.{resolution}.json"
    config.write_text(json.dumps({"compilerOptions": options, "files": files}))
    result = run(["node", "node_modules/typescript/bin/tsc", "-p", config.name], scratch)
    assert result.returncode == 0, result.stdout[-6000:]
