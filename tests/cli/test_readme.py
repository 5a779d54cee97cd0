"""The README's examples run as written.

Each example the README marks with `<!-- readme-test: NAME -->` is taken from the README
itself: shell blocks are run with bash (the `sdkgen` of this environment on the PATH),
`file PATH` blocks are written at that path, config blocks are merged into the project's
`sdkgen.yaml`. Each test starts from what a user starts from: an empty directory with a
spec, and `sdkgen init`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, SPEC

_MARKED = re.compile(r"<!-- readme-test: (?P<name>[^>]+?) -->\n```[a-z]*\n(?P<body>.*?)\n```", re.S)


def examples() -> dict[str, str]:
    """The README's marked examples by name."""
    return {m["name"]: m["body"] + "\n" for m in _MARKED.finditer((ROOT / "README.md").read_text())}


def shell(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`script` run by bash, stopping at the first failure, with this environment's `sdkgen` first on the PATH."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


def merged(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        out[key] = merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty directory with the Conversations spec and the config `sdkgen init` writes for it."""
    shutil.copy(SPEC, tmp_path / "conversations.yaml")
    result = shell("sdkgen init --spec conversations.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path


def configure(project: Path, block: str) -> None:
    config = project / "sdkgen.yaml"
    config.write_text(yaml.safe_dump(merged(yaml.safe_load(config.read_text()), yaml.safe_load(block))))


def write_files(project: Path, prefix: str) -> None:
    for name, body in examples().items():
        if name.startswith(f"file {prefix}"):
            path = project / name.removeprefix("file ")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body)


def test_every_marked_example_is_used() -> None:
    names = set(examples())
    assert {"quick-start", "config", "overrides", "mixin-config", "workflow", "pre-commit"} <= names
    assert {n for n in names if n.startswith("file ")} == {
        "file my-templates/partials/resource_methods.jinja",
        "file my-templates/partials/method_docstring.jinja",
        "file my-ts-templates/partials/resource_methods.jinja",
        "file generated/python/openai_conversations/lib/items.py",
    }


def test_the_quick_start(tmp_path: Path) -> None:
    shutil.copy(SPEC, tmp_path / "openapi.yaml")
    result = shell(examples()["quick-start"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "sdkgen.yaml").is_file()
    assert (tmp_path / "generated" / "python" / "openai_conversations" / "_client.py").is_file()
    assert (tmp_path / "generated" / "typescript" / "src" / "client.ts").is_file()
    assert "is up to date" in result.stdout


def test_the_template_overrides(project: Path) -> None:
    write_files(project, "my-")
    configure(project, examples()["config"])
    result = shell(examples()["overrides"], project)
    assert result.returncode == 0, result.stdout + result.stderr
    for out in (project / "generated" / "python", project / "python-only"):
        items = (out / "openai_conversations" / "resources" / "conversations" / "items.py").read_text()
        assert "def count(self, conversation_id: str) -> int:" in items
        assert "See the API reference for retrieve." in items
    items_ts = (project / "generated" / "typescript" / "src" / "resources" / "conversations" / "items.ts").read_text()
    assert "async count(conversationID: string): Promise<number> {" in items_ts
    checked = shell("sdkgen check", project)  # the config's overrides are what check compares against
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_mixin_type_checks_and_runs(project: Path) -> None:
    configure(project, examples()["mixin-config"])
    write_files(project, "generated/")
    result = shell("sdkgen generate --target python --quiet", project)
    assert result.returncode == 0, result.stderr
    out = project / "generated" / "python"
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "openai_conversations"], cwd=out, capture_output=True, text=True
    )
    assert typed.returncode == 0, typed.stdout
    code = (
        "import asyncio, httpx\n"
        "from openai_conversations import AsyncOpenaiConversations, OpenaiConversations\n"
        "page = {'object': 'list', 'data': [{'type': 'message', 'id': 'm', 'role': 'user', 'content': []}] * 2,"
        " 'first_id': 'm', 'last_id': 'm', 'has_more': False}\n"
        "reply = lambda request: httpx.Response(200, json=page)\n"
        "client = OpenaiConversations(api_key='k', http_client=httpx.Client(transport=httpx.MockTransport(reply)))\n"
        "aclient = AsyncOpenaiConversations(api_key='k',"
        " http_client=httpx.AsyncClient(transport=httpx.MockTransport(reply)))\n"
        "print(client.conversations.items.count('c'), asyncio.run(aclient.conversations.items.count('c')))\n"
    )
    ran = subprocess.run([sys.executable, "-c", code], cwd=out, capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["2", "2"]


def test_a_missing_mixin_module_is_an_error_at_the_config_line(project: Path) -> None:
    configure(project, examples()["mixin-config"])
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    result = shell("sdkgen generate --target python --quiet", project)
    assert result.returncode == 2
    line = next(
        n for n, text in enumerate((project / "sdkgen.yaml").read_text().splitlines(), 1) if "lib.items:" in text
    )
    assert re.search(
        rf"^sdkgen\.yaml:{line}:\d+: error: the hand-written module .*lib/items\.py does not exist", result.stderr, re.M
    )
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before, "nothing is written"


def test_the_ci_examples_use_what_this_repository_publishes() -> None:
    workflow = yaml.safe_load(examples()["workflow"])
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert set(triggers) == {"push", "pull_request"}
    steps = [step.get("run", "") for step in workflow["jobs"]["sdk"]["steps"]]
    assert any(run.startswith("sdkgen check") for run in steps) and any("sdkgen diff origin/" in r for r in steps)
    (hook,) = yaml.safe_load(examples()["pre-commit"])["repos"][0]["hooks"]
    published = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert hook["id"] in published and published[hook["id"]]["entry"] == "sdkgen check"
    assert published[hook["id"]]["language"] == "python" and published[hook["id"]]["pass_filenames"] is False
