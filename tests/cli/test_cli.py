"""The CLI as a CI build step: check, generate and validate with their exit codes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import EXIT_INVALID, EXIT_OK, EXIT_STALE, main

from conftest import CONFIG, GENERATED, GENERATED_TS, ROOT, SPEC


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def copy_workspace(tmp_path: Path, generated: Path) -> Path:
    """A copy of spec/ and of one target's generated tree (as `generated/`) to edit without
    touching the checkout; build and cache artifacts are left behind."""
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    ignore = shutil.ignore_patterns("__pycache__", ".*cache", "node_modules", "build")
    shutil.copytree(generated, tmp_path / "generated", ignore=ignore)
    return tmp_path


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """spec/ and generated/python/, to edit."""
    return copy_workspace(tmp_path, GENERATED)


def run(workspace: Path, command: str, *extra: str, target: str = "python") -> int:
    return main(
        [
            command,
            "--target",
            target,
            "--spec",
            str(workspace / "spec" / "conversations.yaml"),
            "--config",
            str(workspace / "spec" / "sdk.yaml"),
            "--out",
            str(workspace / "generated"),
            *extra,
        ]
    )


def test_check_passes_on_the_committed_tree(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["check", "--target", "python", "--spec", str(SPEC), "--config", str(CONFIG), "--out", str(GENERATED)])
        == EXIT_OK
    )
    assert "is up to date" in capsys.readouterr().out


def test_check_fails_with_a_diff_after_a_description_edit(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = workspace / "spec" / "conversations.yaml"
    text = spec.read_text()
    assert "Retrieves a conversation by its ID." in text
    spec.write_text(text.replace("Retrieves a conversation by its ID.", "Fetches one conversation."))
    before = snapshot(workspace / "generated")
    assert run(workspace, "check") == EXIT_STALE
    out = capsys.readouterr().out
    assert "changed: openai_conversations/resources/conversations/conversations.py" in out
    assert "-        Retrieves a conversation by its ID." in out and "+        Fetches one conversation." in out
    assert "1 file(s) out of date" in out
    assert snapshot(workspace / "generated") == before
    assert run(workspace, "generate") == EXIT_OK
    assert run(workspace, "check") == EXIT_OK


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "$ref: '#/components/schemas/ConversationDeletedResource'",
            "$ref: '#/components/schemas/Missing'",
            "error: dangling reference: #/components/schemas/Missing does not exist [at /paths/~1conversations~1{conversation_id}/delete/",
        ),
        (
            "        - name: item_id\n",
            "        - name: itemid\n",
            "error: path parameter 'item_id' of GET /conversations/{conversation_id}/items/{item_id} is not declared",
        ),
    ],
)
def test_a_broken_spec_exits_2_and_leaves_generated_untouched(
    workspace: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: str
) -> None:
    spec = workspace / "spec" / "conversations.yaml"
    text = spec.read_text()
    assert old in text
    spec.write_text(text.replace(old, new, 1))
    before = snapshot(workspace / "generated")
    for command in ("generate", "check"):
        assert run(workspace, command) == EXIT_INVALID
        err = capsys.readouterr().err
        assert expected in err
        assert "conversations.yaml:" in err.split(": error:")[0]
    assert snapshot(workspace / "generated") == before


def test_validate_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--spec", str(SPEC)]) == EXIT_OK
    with pytest.raises(SystemExit) as exit_info:
        main(["generate", "--help"])
    assert exit_info.value.code == 0
    assert "--lenient" in capsys.readouterr().out
    assert main(["frobnicate"]) == EXIT_INVALID
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err


def test_module_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--spec", str(SPEC)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert "is valid" in result.stdout


def test_strict_turns_warnings_into_a_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /things:\n    get:\n"
        "      parameters: [{name: session, in: query, allowReserved: true, schema: {type: string}}]\n"
        "      responses: {'200': {description: OK}}\n"
    )
    out = tmp_path / "out"
    # This repository's config, without its `types:` entries (they name OpenAI's schemas, which
    # this spec lacks: warnings too).
    config = yaml.safe_load(CONFIG.read_text())
    del config["types"]
    config["spec"] = str(spec)
    (tmp_path / "sdk.yaml").write_text(yaml.safe_dump(config))
    generate = ["generate", "--config", str(tmp_path / "sdk.yaml"), "--target", "python", "--out", str(out)]
    assert main([*generate, "--strict", "--no-cache"]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert "warning: query parameter 'session' allows reserved characters unencoded" in err
    assert "error: 1 warning(s) with --strict" in err
    assert not out.exists()
    assert main([*generate, "--no-cache"]) == EXIT_OK
    assert (out / "openai_conversations" / "resources" / "things.py").exists()


def test_the_check_fast_path_loads_no_generation_stage(workspace: Path, tmp_path: Path) -> None:
    """On an unchanged tree `check` answers from fingerprints: importing the pipeline (the
    validator, the model generator, black) would cost more than the whole answer."""
    env = {"SDKGEN_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    assert run(workspace, "generate") == EXIT_OK
    probe = (
        "import sys; from generator.cli import main; "
        f"code = main(['check', '--target', 'python', '--spec', {str(workspace / 'spec' / 'conversations.yaml')!r}, "
        f"'--config', {str(workspace / 'spec' / 'sdk.yaml')!r}, '--out', {str(workspace / 'generated')!r}]); "
        "print(code, sorted(m for m in sys.modules if m.startswith(('generator.pipeline', 'black', 'jsonschema'))))"
    )
    fresh = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert fresh.stdout.splitlines()[-1].startswith("0 ") and "inputs unchanged" not in fresh.stdout  # it generated
    fast = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert "inputs unchanged since it was generated" in fast.stdout
    assert fast.stdout.splitlines()[-1] == "0 []", fast.stdout


def test_check_takes_the_fast_path_when_no_input_changed(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import generator.pipeline as cli  # the commands import the pipeline when they generate

    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    assert run(workspace, "generate") == EXIT_OK

    def no_generation(*args: object, **kwargs: object) -> None:
        raise AssertionError("generated although nothing changed")

    monkeypatch.setattr(cli, "generate_targets", no_generation)
    capsys.readouterr()
    assert run(workspace, "check") == EXIT_OK
    assert "up to date (inputs unchanged since it was generated)" in capsys.readouterr().out
    # A hand edit of the output, or an edit of the spec, means generating to compare.
    items = workspace / "generated" / "openai_conversations" / "resources" / "conversations" / "items.py"
    items.write_text(items.read_text() + "# edited\n")
    with pytest.raises(AssertionError, match="generated although nothing changed"):
        run(workspace, "check")
    monkeypatch.undo()
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    assert run(workspace, "check") == EXIT_STALE
    assert run(workspace, "generate") == EXIT_OK
    spec = workspace / "spec" / "conversations.yaml"
    spec.write_text(spec.read_text().replace("Create a conversation", "Create a new conversation", 1))
    capsys.readouterr()
    assert run(workspace, "check") == EXIT_STALE
    assert "Create a new conversation" in capsys.readouterr().out


def test_progress_shows_on_a_terminal_only(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(workspace, "generate", "--no-cache") == EXIT_OK
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out.startswith("sdkgen: python: 8 operations, 89 models; ")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert run(workspace, "generate", "--no-cache") == EXIT_OK
    err = capsys.readouterr().err
    assert "sdkgen: formatting" in err and "sdkgen: normalizing schemas" in err and err.endswith("\r\x1b[2K")
    assert run(workspace, "generate", "--no-cache", "--quiet") == EXIT_OK
    assert capsys.readouterr().err == ""


def test_diff_exits_1_on_a_breaking_change_and_0_otherwise(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = workspace / "spec" / "conversations.yaml"
    new = workspace / "new.yaml"
    text = old.read_text()
    new.write_text(text.replace("Retrieves a conversation by its ID.", "Fetches one conversation.", 1))
    assert main(["diff", str(old), str(new), "--config", str(CONFIG)]) == EXIT_OK
    assert "a patch version bump" in capsys.readouterr().out
    start = text.index("    delete:", text.index("/conversations/{conversation_id}:"))
    end = text.index("\n  /", start)
    new.write_text(text[:start] + text[end:])
    assert main(["diff", str(old), str(new), "--config", str(CONFIG)]) == 1
    out = capsys.readouterr().out
    assert "- method   conversations.delete" in out and "a minor version bump (0.1.0 -> 0.2.0)" in out
    assert main(["diff", str(old), str(new), "--config", str(CONFIG), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["exit_code"] == 1 and report["diff"]["next_version"] == "0.2.0"
    assert [c["method"] for c in report["diff"]["changes"] if c["breaking"]] == ["conversations.delete"]
    new.write_text("openapi: 3.1.0\n")
    assert main(["diff", str(old), str(new), "--config", str(CONFIG)]) == EXIT_INVALID
    assert "nothing was written" not in capsys.readouterr().err


# -- the TypeScript target ---------------------------------------------------------------


@pytest.fixture
def ts_workspace(tmp_path: Path) -> Path:
    """spec/ and generated/typescript/, to edit."""
    return copy_workspace(tmp_path, GENERATED_TS)


def run_ts(workspace: Path, command: str, *extra: str) -> int:
    return run(workspace, command, *extra, target="typescript")


def test_check_passes_on_the_committed_typescript_tree(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["check", "--target", "typescript", "--spec", str(SPEC), "--config", str(CONFIG), "--out", str(GENERATED_TS)]
    assert main(args) == EXIT_OK
    assert "is up to date" in capsys.readouterr().out


def test_typescript_check_fails_with_a_diff_and_generate_mends_it(
    ts_workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = ts_workspace / "spec" / "conversations.yaml"
    spec.write_text(spec.read_text().replace("Retrieves a conversation by its ID.", "Fetches one conversation."))
    lib = ts_workspace / "generated" / "src" / "lib" / "extra.ts"
    lib.parent.mkdir()
    lib.write_text("export const handWritten = true;\n")
    before = snapshot(ts_workspace / "generated")
    assert run_ts(ts_workspace, "check", "--no-cache") == EXIT_STALE
    out = capsys.readouterr().out
    assert "changed: src/resources/conversations/conversations.ts" in out
    assert "-   * Retrieves a conversation by its ID." in out and "+   * Fetches one conversation." in out
    assert "1 file(s) out of date" in out
    assert snapshot(ts_workspace / "generated") == before
    assert run_ts(ts_workspace, "generate", "--no-cache") == EXIT_OK
    assert run_ts(ts_workspace, "check", "--no-cache") == EXIT_OK
    assert lib.read_text() == "export const handWritten = true;\n"  # hand-written code survives


def test_the_target_comes_from_the_config_unless_given(tmp_path: Path) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text(CONFIG.read_text().replace("target: [python, typescript]", "target: typescript"))
    out = tmp_path / "out"
    assert main(["generate", "--no-cache", "--config", str(config), "--spec", str(SPEC), "--out", str(out)]) == EXIT_OK
    assert (out / "src" / "index.ts").exists() and not (out / "openai_conversations").exists()
    python = tmp_path / "python"
    args = ["generate", "--no-cache", "--config", str(config), "--spec", str(SPEC), "--out", str(python)]
    assert main([*args, "--target", "python"]) == EXIT_OK
    assert (python / "openai_conversations" / "__init__.py").exists()


def test_a_target_without_its_config_section_takes_its_names_from_the_spec(tmp_path: Path) -> None:
    config = tmp_path / "sdk.yaml"
    text = CONFIG.read_text()
    config.write_text(text[: text.index("\ntypescript:")] + "\n")
    out = tmp_path / "out"
    args = ["generate", "--no-cache", "--target", "typescript", "--config", str(config), "--spec", str(SPEC)]
    assert main([*args, "--out", str(out), "--quiet"]) == EXIT_OK
    package = json.loads((out / "package.json").read_text())
    assert (package["name"], package["version"], package["license"]) == ("openai-conversations", "1.0.0", "MIT")
    assert "export class OpenaiConversations " in (out / "src" / "client.ts").read_text()


def test_generate_and_check_cover_every_target_the_config_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text(CONFIG.read_text().replace("../generated/", "generated/"))  # under a scratch root
    args = ["--spec", str(SPEC), "--config", str(config), "--no-cache", "--quiet"]
    assert main(["generate", *args]) == EXIT_OK
    assert (tmp_path / "generated" / "python" / "openai_conversations").is_dir()
    assert (tmp_path / "generated" / "typescript" / "src" / "index.ts").is_file()
    assert main(["check", *args]) == EXIT_OK
    readme = tmp_path / "generated" / "typescript" / "README.md"
    readme.write_text(readme.read_text() + "edited\n")
    capsys.readouterr()
    assert main(["check", *args]) == EXIT_STALE
    out = capsys.readouterr().out
    assert f"sdkgen: {tmp_path / 'generated' / 'python'} is up to date" in out
    assert "changed: README.md" in out
    assert f"run `sdkgen generate --config {config} --spec {SPEC}` to refresh" in out


def test_out_with_several_targets_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--spec", str(SPEC), "--out", str(tmp_path / "out")]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert "--out names one target's directory, but the config's target: lists python, typescript" in err
    assert "name one with --target" in err
    assert not (tmp_path / "out").exists()


# -- the tool: version, diagnostics, JSON -------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert re.fullmatch(r"sdkgen \d+\.\d+\.\d+\n", capsys.readouterr().out)


def cookie_spec(tmp_path: Path, count: int) -> Path:
    """The Conversations spec with `count` operations given a query parameter the SDK
    cannot send as the spec allows (`allowReserved`)."""
    data = yaml.safe_load(SPEC.read_text())
    operations = [op for item in data["paths"].values() for op in item.values() if isinstance(op, dict)]
    for index, operation in enumerate(operations[:count]):
        cookie = {"name": f"session{index}", "in": "query", "allowReserved": True, "schema": {"type": "string"}}
        operation["parameters"] = [*operation.get("parameters", []), cookie]
    path = tmp_path / "cookies.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def test_warnings_of_one_kind_are_summarized_unless_verbose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["generate", "--target", "python", "--spec", str(cookie_spec(tmp_path, 5)), "--out", str(tmp_path / "o")]
    assert main([*args, "--quiet"]) == EXIT_OK
    err = capsys.readouterr().err
    assert err.count("warning: query parameter") == 1
    assert "    ... and 4 more like it (--verbose lists every one)" in err
    assert main([*args, "--quiet", "--verbose"]) == EXIT_OK
    assert capsys.readouterr().err.count("warning: query parameter") == 5


def test_json_format_prints_one_document_with_every_diagnostic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = cookie_spec(tmp_path, 3)
    args = ["generate", "--target", "python", "--spec", str(spec), "--out", str(tmp_path / "o"), "--format", "json"]
    assert main(args) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.err == ""
    report = json.loads(captured.out)
    assert report["exit_code"] == 0 and report["counts"] == {"error": 0, "warning": 3}
    first = report["diagnostics"][0]
    assert first["file"].endswith("cookies.yaml") and first["severity"] == "warning"
    assert first["pointer"].startswith("/paths/") and isinstance(first["line"], int)
    assert report["targets"][0]["target"] == "python" and report["targets"][0]["written"] > 0
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /x/{id}:\n    get: {responses: {}}\n")
    assert main(["validate", "--spec", str(broken), "--format", "json"]) == EXIT_INVALID
    report = json.loads(capsys.readouterr().out)
    assert report["exit_code"] == 2 and report["counts"]["error"] >= 1
    assert all(d["file"].endswith("broken.yaml") for d in report["diagnostics"])


def test_lenient_findings_do_not_say_to_pass_lenient(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text(SPEC.read_text().replace("openapi: 3.1.0", "openapi: 3.1.0\nexternalDocs: 5", 1))
    assert main(["validate", "--spec", str(spec)]) == EXIT_INVALID
    assert "hint: fix the spec, or pass --lenient to generate anyway" in capsys.readouterr().err
    assert main(["validate", "--spec", str(spec), "--lenient"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "warning: OpenAPI 3.1.0:" in err and "pass --lenient" not in err


def test_a_misspelled_operation_override_is_reported_at_the_config_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text(
        CONFIG.read_text().replace("operations: {}", "operations:\n  getConversatoin: {resource: x, method: y}")
    )
    line = config.read_text().splitlines().index("  getConversatoin: {resource: x, method: y}") + 1
    args = [
        "generate",
        "--target",
        "python",
        "--config",
        str(config),
        "--spec",
        str(SPEC),
        "--out",
        str(tmp_path / "o"),
    ]
    assert main([*args, "--quiet"]) == EXIT_OK
    err = capsys.readouterr().err
    assert re.search(rf"sdk\.yaml:{line}:\d+: warning: the SDK config names operation 'getConversatoin'", err), err


def test_no_config_anywhere_says_to_run_init(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["generate"]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert "error: no sdkgen.yaml in" in err and "run `sdkgen init --spec YOUR_SPEC.yaml`" in err
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory with a spec and the config `sdkgen init` writes for it, as the working directory."""
    shutil.copy(SPEC, tmp_path / "api.yaml")
    monkeypatch.chdir(tmp_path)
    assert main(["init", "--spec", "api.yaml"]) == EXIT_OK
    return tmp_path


def test_the_config_is_found_from_a_subdirectory_and_init_never_overwrites(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tmp_path = project
    written = (tmp_path / "sdkgen.yaml").read_text()
    assert "spec: api.yaml" in written and 'default_base_url: "https://api.openai.com/v1"' in written
    assert main(["init", "--spec", "api.yaml"]) == EXIT_INVALID
    assert "sdkgen.yaml exists" in capsys.readouterr().err
    assert (tmp_path / "sdkgen.yaml").read_text() == written
    (tmp_path / "deep" / "er").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "deep" / "er")
    assert main(["generate", "--target", "python", "--quiet"]) == EXIT_OK
    assert (tmp_path / "generated" / "python" / "openai_conversations" / "_client.py").is_file()


def test_an_output_directory_holding_the_project_is_refused(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tmp_path = project
    before = snapshot(tmp_path)
    for out in (".", ".."):
        assert main(["generate", "--target", "python", "--out", out]) == EXIT_INVALID
        assert "generation replaces the whole directory" in capsys.readouterr().err
    (tmp_path / "sdkgen.yaml").write_text((tmp_path / "sdkgen.yaml").read_text() + "\n# x\n")
    assert main(["generate", "--target", "python", "--out", str(tmp_path / "api.yaml" / "x")]) == EXIT_INVALID
    assert "api.yaml" in capsys.readouterr().err  # not a traceback: the path that failed, named
    (tmp_path / "sdkgen.yaml").write_text(
        (tmp_path / "sdkgen.yaml").read_text().replace("spec: api.yaml", "spec: apx.yaml")
    )
    assert main(["generate", "--target", "python"]) == EXIT_INVALID
    assert re.search(r"^sdkgen\.yaml:\d+:\d+: error: spec: apx\.yaml is not a file", capsys.readouterr().err, re.M)
    assert main(["generate", "--target", "python", "--spec", "api.yaml", "--templates", "nowhere"]) == EXIT_INVALID
    assert "--templates nowhere is not a directory" in capsys.readouterr().err
    after = snapshot(tmp_path)
    assert {k: v for k, v in after.items() if k != "sdkgen.yaml"} == {
        k: v for k, v in before.items() if k != "sdkgen.yaml"
    }


def test_a_bad_flag_is_a_usage_error_in_either_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--bogus"]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert err.startswith("usage: sdkgen") and "sdkgen: error: unrecognized arguments: --bogus" in err
    assert main(["check", "--target", "cobol", "--format", "json"]) == EXIT_INVALID
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["exit_code"] == 2 and "invalid choice: 'cobol'" in report["diagnostics"][0]["message"]
    assert captured.err == ""
