"""The SDK config is read strictly; every mistake points at its line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.pipeline import read_config, target_settings
from generator.registry import TARGETS
from generator.targets.python.settings import PythonSection
from generator.targets.typescript.settings import TypeScriptSection
from generator.core.diagnostics import GenerationError

from conftest import CONFIG


def test_committed_config_reads() -> None:
    config = read_config(CONFIG)
    assert config.spec == CONFIG.parent / "conversations.yaml"
    assert config.outputs == {t: CONFIG.parent / ".." / "generated" / t for t in ("python", "typescript")}
    assert config.header_prefix == "X-Stainless" and config.api_key_env == "OPENAI_API_KEY"
    assert config.log_env == "OPENAI_LOG" and config.idempotency_header is None  # openai-node sends none to OpenAI
    python = config.sections["python"]
    assert isinstance(python, PythonSection)
    assert (python.import_name, python.client_class) == ("openai_conversations", "OpenAI")
    assert config.array_format == "brackets"
    assert [(o.param, o.header, o.env) for o in config.header_options] == [
        ("organization", "OpenAI-Organization", "OPENAI_ORG_ID"),
        ("project", "OpenAI-Project", "OPENAI_PROJECT_ID"),
    ]
    assert config.page_names == {"cursor_last_id": "ConversationCursorPage"}
    assert config.targets == ("python", "typescript")
    typescript = config.sections["typescript"]
    assert isinstance(typescript, TypeScriptSection)
    assert (typescript.package, typescript.client_class) == ("openai-conversations", "OpenAI")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"api_key_envv": "X"}, "sdk.yaml:1:1: error: unknown config key 'api_key_envv' [at /api_key_envv]"),
        (
            {"python": {"import_name": "Bad-Name"}},
            "error: import_name must be a lower-case Python module name, got 'Bad-Name'",
        ),
        ({"query": {"array_format": "pipes"}}, "error: array_format must be one of brackets, repeat, comma"),
        (
            {"target": "rust"},
            "error: target must be one of python, typescript (or a list of them), got 'rust' [at /target]",
        ),
        (
            {"target": ["python", "python"]},
            "error: target must be one of python, typescript (or a list of them), got 'python' [at /target/1]",
        ),
        (
            {"typescript": {"package": "Bad Name"}},
            "error: package must be an npm package name, got 'Bad Name' [at /typescript/package]",
        ),
        ({"typescript": {"version": "1.0"}}, "error: version must be a semantic version like 1.2.3, got '1.0'"),
        ({"typescript": {"clientClass": "X"}}, "error: unknown config key 'clientClass' [at /typescript/clientClass]"),
        ({"default_base_url": "ftp://x"}, "error: default_base_url must be an http(s) URL, got 'ftp://x'"),
        ({"log_env": "openai-log"}, "error: log_env must be an environment variable name, got 'openai-log'"),
        ({"idempotency_header": "Idem Key"}, "error: idempotency_header must be a header name, got 'Idem Key'"),
        (
            {"operations": {"op": {"resource": "A.B", "method": "m"}}},
            "error: resource must be dotted snake_case, got 'A.B'",
        ),
        ({"types": {"Thing": {"nmae": "X"}}}, "error: unknown config key 'nmae' [at /types/Thing/nmae]"),
        ({"types": {"Thing": {"name": "thing"}}}, "error: name must be a PascalCase type name, got 'thing'"),
        ({"types": {"Thing": {"group": "Chat/Completions"}}}, "group must be a dotted resource path or `shared`"),
        ({"types": {"Thing": "Other"}}, "error: expected a mapping with `name` (a PascalCase type name), `group`"),
    ],
)
def test_mistakes_are_located_errors(tmp_path: Path, change: dict[str, object], expected: str) -> None:
    data = yaml.safe_load(CONFIG.read_text())
    for key, value in change.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data = {key: value, **{k: v for k, v in data.items() if k != key}}
    path = tmp_path / "sdk.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(GenerationError) as err:
        read_config(path)
    rendered = [d.render() for d in err.value.diagnostics]
    assert any(expected in line for line in rendered), rendered


def test_an_empty_config_is_valid_and_leaves_everything_to_the_spec(tmp_path: Path) -> None:
    path = tmp_path / "sdkgen.yaml"
    path.write_text("{}\n")
    config = read_config(path)
    assert config.targets == ("python",) and config.spec is None and config.templates == {}
    assert config.outputs == {t: tmp_path / "generated" / t for t in ("python", "typescript")}
    assert (config.default_base_url, config.api_key_env, config.header_prefix, config.license) == (None,) * 4
    target, section = target_settings(config, "typescript")
    assert target.name == "typescript" and section == TypeScriptSection()
    assert target_settings(config, "python")[1] == PythonSection()


def test_paths_are_relative_to_the_config_and_per_target(tmp_path: Path) -> None:
    (tmp_path / "py-templates").mkdir()
    path = tmp_path / "sdkgen.yaml"
    path.write_text(
        "spec: api/openapi.yaml\ntarget: [python, typescript]\n"
        "output: {python: sdk/py}\ntemplates: {python: py-templates}\n"
    )
    config = read_config(path)
    assert config.spec == tmp_path / "api" / "openapi.yaml"
    assert config.outputs == {"python": tmp_path / "sdk" / "py", "typescript": tmp_path / "generated" / "typescript"}
    assert config.templates == {"python": tmp_path / "py-templates"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "target: [python, typescript]\ntemplates: t\n",
            "sdkgen.yaml:2:1: error: templates names one directory, but target: lists python, typescript",
        ),
        ("templates: {python: nowhere}\n", "sdkgen.yaml:1:13: error: a template override directory 'nowhere' is not"),
        ("output: {rust: out}\n", "sdkgen.yaml:1:10: error: unknown target 'rust'; the targets are python, typescript"),
        ("license: 'MIT; rm'\n", "sdkgen.yaml:1:1: error: license must be an SPDX licence identifier or expression"),
        ("python: {requires_python: '>=3.9'}\n", "error: requires_python must be a floor of 3.10 or later"),
        ("pagination:\n  offsett: P\n", "sdkgen.yaml:2:3: error: unknown page scheme 'offsett'"),
        ("pagination:\n  offset: page\n", "sdkgen.yaml:2:3: error: page name must be PascalCase, got 'page'"),
        (
            "pagination:\n  operations:\n    op: {scheme: pages}\n",
            "error: scheme must be one of cursor_last_id, cursor_item_id, cursor, next_url",
        ),
        ("pagination:\n  operations:\n    op: {scheme: offset, nxt: a}\n", "error: unknown config key 'nxt'"),
        ("pagination:\n  operations:\n    op: [offset]\n", "error: expected `none` or a mapping with `scheme`"),
        ("pagination:\n  operations:\n    op: {scheme: offset, has_more: a-b}\n", "error: has_more must be"),
        ("auth:\n  Key: {env: lower}\n", "sdkgen.yaml:2:9: error: env must be an environment variable name"),
        ("auth:\n  Key: {option: ApiKey}\n", "error: option must be an option name in snake_case, got 'ApiKey'"),
        ("auth:\n  Key: {name: x}\n", "sdkgen.yaml:2:9: error: unknown config key 'name' [at /auth/Key/name]"),
        ("auth:\n  Basic: {username: {envv: X}}\n", "error: unknown config key 'envv' [at /auth/Basic/username/envv]"),
        ("auth:\n  Key: api_key\n", "error: expected a mapping: {option, env}, or {username: {...}, password: {...}}"),
    ],
)
def test_place_and_name_mistakes_are_located(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "sdkgen.yaml"
    path.write_text(text)
    with pytest.raises(GenerationError) as err:
        read_config(path)
    rendered = [d.render() for d in err.value.diagnostics]
    assert any(line.endswith(expected) or expected in line for line in rendered), rendered


def test_the_first_registered_target_is_the_default(tmp_path: Path) -> None:
    data = yaml.safe_load(CONFIG.read_text())
    del data["target"]
    path = tmp_path / "sdk.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    assert read_config(path).targets == (next(iter(TARGETS)),) == ("python",)


def test_a_section_present_is_checked_even_when_its_target_is_not_generated(tmp_path: Path) -> None:
    data = yaml.safe_load(CONFIG.read_text())
    data["target"] = "python"
    data["typescript"]["packag"] = "x"
    path = tmp_path / "sdk.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(GenerationError) as err:
        read_config(path)
    assert "unknown config key 'packag' [at /typescript/packag]" in str(err.value)


def test_auth_names_options_and_variables_per_scheme(tmp_path: Path) -> None:
    path = tmp_path / "sdkgen.yaml"
    path.write_text(
        "auth:\n  Key: {option: api_key, env: MY_KEY}\n"
        "  Basic:\n    username: {option: account_sid}\n    password: {env: MY_TOKEN}\n"
    )
    key, basic = read_config(path).auth
    assert (key.scheme, [(c.role, c.option, c.env) for c in key.credentials]) == (
        "Key",
        [("token", "api_key", "MY_KEY")],
    )
    assert [(c.role, c.option, c.env) for c in basic.credentials] == [
        ("username", "account_sid", None),
        ("password", None, "MY_TOKEN"),
    ]
    assert key.location.line == 2
