"""Authentication from `securitySchemes`, end to end in both targets.

`tests/specs/auth_schemes.yaml` has one operation per kind of requirement (HTTP basic at
the top level; per operation an HTTP bearer token, API keys in a header, the query and a
cookie, OAuth 2, alternatives, two schemes together, a public operation and an optional
key); `tests/specs/auth_none.yaml` has no security at all. Both packages are generated,
their clients built from options and from environment variables, and every call goes to
a recording server: the exact credentials on the wire, and the error naming the options
when a requirement cannot be met, before anything is sent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.core.write import write_tree
from generator.ir import nodes as ir
from generator.ir.identity import api_name
from generator.ir.security import SecurityPlan, plan_security
from generator.pipeline import generate_targets
from generator.spec.config import SdkConfig
from generator.spec.load import escape_pointer_token, load_document
from generator.targets.python.auth_views import auth_view as python_auth
from generator.targets.typescript.auth_views import auth_view as typescript_auth

from conftest import shared_spec, with_node_tools
from recording_server import RecordingServer, json_reply

SPECS = Path(__file__).resolve().parents[1] / "specs"
METHODS = ("basic", "token", "header", "query", "cookie", "oauth", "either", "both", "public", "optional")
EVERYTHING = {
    "username": "user",
    "password": "pa:ss",
    "bearer": "tok",
    "header_key": "hk",
    "query_key": "qk",
    "cookie_key": "ck",
    "access_token": "at",
}
BASIC = "Basic dXNlcjpwYTpzcw=="  # base64("user:pa:ss")
MISSING_HEADER_KEY = "This request needs credentials: pass `{}` (or set $AUTH_DEMO_HEADER_KEY) to the client"


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w.title() for w in rest)


def _generate(spec: str, folder: Path, config_text: str = "") -> dict[str, Path]:
    config = folder / "sdkgen.yaml"
    config.write_text(f"spec: {SPECS / spec}\ntarget: [python, typescript]\n{config_text}")
    generated = generate_targets(SPECS / spec, config, cache_root=None)
    python, typescript = folder / "python", folder / "typescript"
    write_tree(generated["python"].files, python)
    write_tree(generated["typescript"].files, typescript)
    with_node_tools(typescript)
    built = subprocess.run(
        ["node_modules/.bin/tsc", "-p", "tsconfig.json"], cwd=typescript, capture_output=True, text=True, timeout=300
    )
    assert built.returncode == 0, built.stdout[-3000:]
    return {"python": python, "typescript": typescript}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _generate("auth_schemes.yaml", tmp_path_factory.mktemp("auth"))


_PYTHON = """
import json, sys
import auth_demo
calls, options = json.loads(sys.argv[2]), json.loads(sys.argv[3])
client = auth_demo.AuthDemo(base_url=sys.argv[1], max_retries=0, **options)
out = []
for name in calls:
    try:
        getattr(client, name).retrieve()
        out.append("sent")
    except auth_demo.AuthDemoError as error:
        out.append(str(error))
print(json.dumps(out))
"""

_NODE = """
const [module, base, calls, options] = process.argv.slice(1);
const { default: Client } = await import(module);
const client = new Client({ baseURL: base, maxRetries: 0, ...JSON.parse(options) });
const out = [];
for (const name of JSON.parse(calls)) {
  try {
    await client[name].retrieve();
    out.push('sent');
  } catch (error) {
    out.push(error.message);
  }
}
console.log(JSON.stringify(out));
"""


def _call(
    target: str, out: Path, calls: tuple[str, ...], options: dict[str, str], env: dict[str, str] | None = None
) -> tuple[list[str], list[dict[str, Any]]]:
    """What each call gave (`sent`, or the error's message) and what the server got."""
    server = RecordingServer().start()
    try:
        server.script(json_reply({"ok": True}))
        environment = {k: v for k, v in os.environ.items() if not k.startswith(("AUTH_DEMO_", "OPEN_DATA_"))}
        environment.update(env or {})
        if target == "python":
            environment["PYTHONPATH"] = str(out)
            command = [sys.executable, "-c", _PYTHON, server.base_url, json.dumps(calls), json.dumps(options)]
        else:
            module = (out / "dist" / "index.js").as_uri()
            camel = {_camel(k): v for k, v in options.items()}
            command = ["node", "--input-type=module", "-e", _NODE, module, server.base_url]
            command += [json.dumps(calls), json.dumps(camel)]
        result = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr[-3000:]
        sent = [
            {
                "target": r.target.decode(),
                "auth": {n: v for n, v in r.header_pairs() if n in ("authorization", "x-api-key", "cookie")},
            }
            for r in server.requests
        ]
        return json.loads(result.stdout), sent
    finally:
        server.stop()


EXPECTED = [
    {"target": "/v1/basic", "auth": {"authorization": BASIC}},
    {"target": "/v1/token", "auth": {"authorization": "Bearer tok"}},
    {"target": "/v1/header", "auth": {"x-api-key": "hk"}},
    {"target": "/v1/query?key=qk", "auth": {}},
    {"target": "/v1/cookie", "auth": {"cookie": "session=ck"}},
    {"target": "/v1/oauth", "auth": {"authorization": "Bearer at"}},
    {"target": "/v1/either", "auth": {"x-api-key": "hk"}},  # the first alternative that is set
    {"target": "/v1/both?key=qk", "auth": {"x-api-key": "hk"}},
    {"target": "/v1/public", "auth": {}},
    {"target": "/v1/optional", "auth": {"x-api-key": "hk"}},
]


@pytest.mark.parametrize("target", ["python", "typescript"])
def test_every_scheme_sends_its_credentials_exactly(demo: dict[str, Path], target: str) -> None:
    results, sent = _call(target, demo[target], METHODS, EVERYTHING)
    assert results == ["sent"] * len(METHODS)
    assert sent == EXPECTED


@pytest.mark.parametrize("target", ["python", "typescript"])
def test_credentials_come_from_their_environment_variables(demo: dict[str, Path], target: str) -> None:
    env = {f"AUTH_DEMO_{name.upper()}": value for name, value in EVERYTHING.items()}
    results, sent = _call(target, demo[target], METHODS, {}, env)
    assert results == ["sent"] * len(METHODS)
    assert sent == EXPECTED


@pytest.mark.parametrize("target", ["python", "typescript"])
def test_a_requirement_no_credential_meets_fails_before_sending(demo: dict[str, Path], target: str) -> None:
    name = "header_key" if target == "python" else "headerKey"
    calls = ("header", "either", "public", "optional", "basic")
    results, sent = _call(target, demo[target], calls, {"username": "user", "password": "pa:ss"})
    either = (
        f"This request needs credentials: pass `{name}` (or set $AUTH_DEMO_HEADER_KEY), "
        "or `bearer` (or set $AUTH_DEMO_BEARER) to the client"
    )
    assert results == [MISSING_HEADER_KEY.format(name), either, "sent", "sent", "sent"]
    assert sent == [
        {"target": "/v1/public", "auth": {}},
        {"target": "/v1/optional", "auth": {}},  # the key is optional: nothing sent without it
        {"target": "/v1/basic", "auth": {"authorization": BASIC}},
    ]


@pytest.mark.parametrize("target", ["python", "typescript"])
def test_alternatives_fall_back_to_the_next_one_set(demo: dict[str, Path], target: str) -> None:
    results, sent = _call(target, demo[target], ("either",), {"bearer": "tok"})
    assert results == ["sent"]
    assert sent == [{"target": "/v1/either", "auth": {"authorization": "Bearer tok"}}]


@pytest.mark.parametrize("target", ["python", "typescript"])
def test_together_means_every_scheme_of_the_alternative(demo: dict[str, Path], target: str) -> None:
    results, sent = _call(target, demo[target], ("both",), {"header_key": "hk"})
    name = "header_key" if target == "python" else "headerKey"
    query = "query_key" if target == "python" else "queryKey"
    assert results == [
        f"This request needs credentials: pass `{name}` (or set $AUTH_DEMO_HEADER_KEY) and "
        f"`{query}` (or set $AUTH_DEMO_QUERY_KEY) to the client"
    ]
    assert sent == []


@pytest.fixture(scope="module")
def open_data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _generate("auth_none.yaml", tmp_path_factory.mktemp("none"))


@pytest.mark.parametrize("target", ["python", "typescript"])
def test_without_security_no_key_is_needed_and_none_is_sent(open_data: dict[str, Path], target: str) -> None:
    code = (
        "import sys, open_data\n" "open_data.OpenData(base_url=sys.argv[1], max_retries=0).things.retrieve()\n"
        if target == "python"
        else "const { default: C } = await import(process.argv[1]);\n"
        "await new C({ baseURL: process.argv[2], maxRetries: 0 }).things.retrieve();\n"
    )
    server = RecordingServer().start()
    try:
        server.script(json_reply({"ok": True}))
        env = {**os.environ, "PYTHONPATH": str(open_data["python"])}
        if target == "python":
            command = [sys.executable, "-c", code, server.base_url]
        else:
            module = (open_data["typescript"] / "dist" / "index.js").as_uri()
            command = ["node", "--input-type=module", "-e", code, module, server.base_url]
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr[-3000:]
        (request,) = server.requests
        names = [name for name, _value in request.header_pairs()]
        assert request.target == b"/v1/things" and "authorization" not in names and "cookie" not in names
    finally:
        server.stop()


def test_the_config_names_options_and_variables(tmp_path: Path) -> None:
    config = (
        "auth:\n"
        "  basicAuth:\n"
        "    username: {option: account_sid, env: DEMO_SID}\n"
        "    password: {option: auth_token}\n"
        "  headerKey: {option: api_key, env: DEMO_KEY}\n"
    )
    (tmp_path / "sdkgen.yaml").write_text(f"spec: {SPECS / 'auth_schemes.yaml'}\n{config}")
    generated = generate_targets(SPECS / "auth_schemes.yaml", tmp_path / "sdkgen.yaml", cache_root=None)
    client = generated["python"].files["auth_demo/_client.py"]
    assert '("account_sid", "DEMO_SID")' in client and '("auth_token", "AUTH_DEMO_AUTH_TOKEN")' in client
    assert '("api_key", "DEMO_KEY")' in client
    assert '"headerKey": ("api_key", "header", "X-API-Key", ("api_key",)),' in client


def _real_plan(name: str) -> SecurityPlan:
    document = load_document(shared_spec(f"real/{name}"))
    operations = [
        (f"/paths/{escape_pointer_token(path)}/{method}", op)
        for path, item in document.data["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "responses" in op
    ]
    prefix = api_name(str(document.data["info"]["title"])).upper()
    return plan_security(document.data, SdkConfig(path="cfg"), operations, prefix, document.locate)


def test_twilio_takes_a_username_and_password_at_construction() -> None:
    result = _real_plan("twilio_api_v2010.json")
    client = ir.Client(
        "https://api.twilio.com", "TWILIO_API_KEY", "TWILIO_BASE_URL", None, "brackets", (), result.client
    )
    python, typescript = python_auth(client.security), typescript_auth(client.security)
    assert [(c.param, c.env, c.attribute) for c in python.credentials] == [
        ("username", "TWILIO_USERNAME", "str"),
        ("password", "TWILIO_PASSWORD", "str"),
    ]
    assert python.schemes == (
        ('"accountSid_authToken"', '("basic", "header", "Authorization", ("username", "password"))'),
    )
    assert [(c.option, c.required, c.setter) for c in typescript.credentials] == [
        ("username", True, False),
        ("password", True, False),
    ]
    assert result.operations == {} and result.diagnostics == ()


def test_swagger_petstore3_takes_an_access_token_and_its_api_key_header() -> None:
    result = _real_plan("swagger-petstore3.yaml")
    schemes = [(s.key, s.kind, s.place, s.wire_name, [c.name for c in s.credentials]) for s in result.client.schemes]
    assert schemes == [
        ("petstore_auth", ir.AuthKind.BEARER, ir.AuthPlace.HEADER, "Authorization", ["access_token"]),
        ("api_key", ir.AuthKind.API_KEY, ir.AuthPlace.HEADER, "api_key", ["api_key"]),
    ]
    assert [c.env for c in result.client.credentials()] == ["SWAGGER_PETSTORE_ACCESS_TOKEN", "SWAGGER_PETSTORE_API_KEY"]
    assert result.client.required == ()  # operations differ: checked when a request is made
    assert result.operations["/paths/~1pet~1{petId}/get"] == (("api_key",), ("petstore_auth",))
    assert result.client.default == () and "/paths/~1user~1login/get" not in result.operations  # public
