"""Names that can never break code, in both targets: resources named like models, a child
named like its parent, names that singularise alike, degenerate schemas.

Each spec generates a Python and a TypeScript package; both type-check strictly (mypy
--strict, tsc --strict), and calls made through them reach a recording server with the
method, path, query and body the spec prescribes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.core.write import write_tree
from generator.pipeline import generate_files

from conftest import CONFIG, TEST_SPECS, python_types, shared_spec, with_node_tools
from recording_server import RecordingServer, json_reply

PET = {"id": "p1", "name": "Rex"}


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def generate(spec: Path, out: Path) -> tuple[Path, Path]:
    """The Python and TypeScript packages of `spec`, written under `out`."""
    python, typescript = out / "python", out / "typescript"
    for target, folder in (("python", python), ("typescript", typescript)):
        write_tree(generate_files(spec, CONFIG, target=target, lenient=True, cache_root=None).files, folder)
    with_node_tools(typescript)
    return python, typescript


def mypy_strict(package: Path) -> None:
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull]
    result = run([*command, "-p", "openai_conversations", "-p", "tests"], package)
    assert result.returncode == 0, result.stdout[-6000:]


def python_calls(package: Path, calls: str, server: RecordingServer, credentials: str = "") -> object:
    """Run `calls` (statements using `client`, made with the keyword arguments `credentials`;
    `results` collects what they return) and the JSON of `results`."""
    code = (
        "import sys, json\n"
        "from openai_conversations import OpenAI\n"
        f"client = OpenAI({credentials}base_url=sys.argv[1], max_retries=0)\n"
        "results: list[object] = []\n" + calls + "\nprint(json.dumps(results))\n"
    )
    result = run([sys.executable, "-c", code, server.base_url], package, {**os.environ, "PYTHONPATH": str(package)})
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout)


def typescript_calls(package: Path, calls: str, server: RecordingServer, credentials: str = "") -> object:
    """`calls` (statements using `client`, made with the options `credentials`, pushing onto
    `results`) compiled with the package under `tsc --strict`, then run; the JSON of `results`."""
    (package / "tests" / "calls.ts").write_text(
        "import { OpenAI } from '../src/index.js';\n"
        f"const client = new OpenAI({{ {credentials}baseURL: process.argv[2], maxRetries: 0 }});\n"
        "const results: unknown[] = [];\n" + calls + "\nconsole.log(JSON.stringify(results));\n"
    )
    compiled = run(["node_modules/.bin/tsc", "-p", "tests/tsconfig.json"], package)
    assert compiled.returncode == 0, compiled.stdout[-6000:]
    result = run(["node", "build/tests/calls.js", server.base_url], package)
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout)


def sent(server: RecordingServer) -> list[tuple[str, str, object]]:
    return [(r.method, r.target.decode(), json.loads(r.body) if r.body else None) for r in server.requests]


@pytest.fixture(scope="module")
def clash(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return generate(TEST_SPECS / "names_that_clash.yaml", tmp_path_factory.mktemp("clash"))


def test_every_clashing_name_gets_a_place_of_its_own(clash: tuple[Path, Path]) -> None:
    python, typescript = clash
    resources = python / "openai_conversations" / "resources"
    assert "class PetsResource(SyncAPIResource):" in (resources / "pets.py").read_text()  # the model `Pets` stays
    assert "class Teams(SyncAPIResource):" in (resources / "teams" / "teams.py").read_text()
    assert "class TeamsResource(SyncAPIResource):" in (resources / "teams" / "teams_teams.py").read_text()
    operation_params = python_types(python / "openai_conversations")
    assert "class RegistryListParams(" in operation_params and "class RegistriesListParams(" in operation_params
    ts = typescript / "src" / "resources"
    assert "export class PetsResource extends APIResource {" in (ts / "pets.ts").read_text()
    assert "export class TeamsResource extends APIResource {" in (ts / "teams" / "teams-teams.ts").read_text()
    assert "export interface RegistriesListParams {" in (ts / "registries.ts").read_text()
    models = "".join(p.read_text() for p in sorted(ts.rglob("*.ts")))  # each type beside its resource
    assert "export type Never = unknown;" in models and "  untyped?: unknown;" in models


def test_the_python_package_type_checks(clash: tuple[Path, Path]) -> None:
    mypy_strict(clash[0])


CLASH_PY = """
pets = client.pets.list(limit=2)
results.append([type(p).__name__ for p in pets])
results.append(client.pet.retrieve("p1").name)
client.teams.retrieve("t1")
client.teams.teams.list("t1", per_page=3)
client.registry.list(name="n")
client.registries.list(page=2)
client.oddities.create(never=1, anything="a", untyped=[1], parts={"x": 1}, empty={})
"""
CLASH_TS = """
const pets = await client.pets.list({ limit: 2 });
results.push(pets.map((p) => p.name));
results.push((await client.pet.retrieve('p1')).name);
await client.teams.retrieve('t1');
await client.teams.teams.list('t1', { per_page: 3 });
await client.registry.list({ name: 'n' });
await client.registries.list({ page: 2 });
await client.oddities.create({ never: 1, anything: 'a', untyped: [1], parts: { x: 1 }, empty: {} });
"""
CLASH_REQUESTS = [
    ("GET", "/v1/pets?limit=2", None),
    ("GET", "/v1/pet/p1", None),
    ("GET", "/v1/teams/t1", None),
    ("GET", "/v1/teams/t1/teams?per_page=3", None),
    ("GET", "/v1/registry?name=n", None),
    ("GET", "/v1/registries?page=2", None),
    ("POST", "/v1/oddities", {"never": 1, "anything": "a", "untyped": [1], "parts": {"x": 1}, "empty": {}}),
]


@pytest.mark.parametrize("target", ["python", "typescript"])
def test_calls_reach_the_paths_the_spec_names(clash: tuple[Path, Path], target: str) -> None:
    server = RecordingServer().start()
    try:
        server.script(json_reply([PET, PET]), json_reply(PET), *[json_reply({})] * 5)
        if target == "python":
            assert python_calls(clash[0], CLASH_PY, server) == [["Pet", "Pet"], "Rex"]
        else:
            assert typescript_calls(clash[1], CLASH_TS, server) == [["Rex", "Rex"], "Rex"]
        assert sent(server)[:2] == CLASH_REQUESTS[:2]
        assert [(m, t) for m, t, _ in sent(server)[2:6]] == [(m, t) for m, t, _ in CLASH_REQUESTS[2:6]]
        assert sent(server)[6] == CLASH_REQUESTS[6]
    finally:
        server.stop()


def test_resources_named_like_models_in_the_real_petstores(tmp_path: Path) -> None:
    """oai-petstore's `Pets`, swagger-petstore3's `Pet`, `User` and `Order`."""
    python, typescript = generate(shared_spec("real/swagger-petstore3.yaml"), tmp_path / "petstore3")
    mypy_strict(python)
    server = RecordingServer().start()
    try:
        replies = (json_reply(PET), json_reply({"id": 7, "status": "placed"}), json_reply({"username": "u"}))
        server.script(*replies, *replies)
        calls = (
            'results.append(client.pet.retrieve(1).name)\nclient.store.order.retrieve(7)\nclient.user.retrieve("u")\n'
        )
        assert python_calls(python, calls, server, "api_key='k', ") == ["Rex"]
        calls = "results.push((await client.pet.retrieve(1)).name);\n"
        calls += "await client.store.order.retrieve(7);\nawait client.user.retrieve('u');\n"
        assert typescript_calls(typescript, calls, server, "apiKey: 'k', ") == ["Rex"]
        targets = [t for _, t, _ in sent(server)]
        assert targets == ["/v1/pet/1", "/v1/store/order/7", "/v1/user/u"] * 2
    finally:
        server.stop()
    python, typescript = generate(shared_spec("real/oai-petstore.yaml"), tmp_path / "petstore")
    mypy_strict(python)
    server = RecordingServer().start()
    try:
        server.script(json_reply([PET]))
        assert python_calls(python, "results.append([p.name for p in client.pets.list(limit=1)])", server) == [["Rex"]]
        calls = "results.push((await client.pets.list({ limit: 1 })).map((p) => p.name));"
        assert typescript_calls(typescript, calls, server) == [["Rex"]]
        assert [t for _, t, _ in sent(server)] == ["/v1/pets?limit=1"] * 2
    finally:
        server.stop()
