"""The resource and test modules come out of their templates as black prints them: black
leaves every top-level statement whose lines fit unchanged (the format stage has nothing
to rewrite there), and the layout helper splits lines as black does."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import black
import pytest

from generator import pipeline
from generator.cli import EXIT_OK, main
from generator.targets.python import backend
from generator.targets.python.format import black_mode
from generator.targets.python.layout import Group, Item, declaration, from_import, lay_out, literal_node

from conftest import CONFIG, ROOT, SPEC, shared_spec
from .black_stable import statements, unstable

TEST_SPECS = ROOT / "tests" / "specs"


def printed(monkeypatch: pytest.MonkeyPatch, spec: Path, config: Path) -> dict[str, str]:
    """The package's Python files as rendered, before black."""
    captured: dict[str, str] = {}

    def keep(files: dict[str, str], skip: frozenset[str] = frozenset(), **_: object) -> dict[str, str]:
        captured.update({p: t for p, t in files.items() if p not in skip and p.endswith(".py")})
        return files

    monkeypatch.setattr(backend, "format_files", keep)
    pipeline.generate_targets(spec, config, targets=("python",), lenient=True, cache_root=None)
    return captured


def initialized(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: Path) -> tuple[Path, Path]:
    """A copy of the spec `source` with the SDK config `sdkgen init` writes for it."""
    name = source.name
    spec = Path(shutil.copy(source, tmp_path / name))
    monkeypatch.chdir(tmp_path)
    assert main(["init", "--spec", name]) == EXIT_OK
    return spec, tmp_path / "sdkgen.yaml"


def checked(files: dict[str, str]) -> dict[str, str]:
    """Every rendered module but the types (models and arguments TypedDicts, printed elsewhere)."""
    chosen = {p: t for p, t in files.items() if "/types/" not in p}
    assert any("/resources/" in p for p in chosen) and any(p.startswith("tests/api_resources/") for p in chosen)
    return chosen


def assert_stable(files: dict[str, str]) -> None:
    problems = [f"{path}:\n{before}\n--- black:\n{after}" for path, t in files.items() for before, after in unstable(t)]
    assert not problems, "\n\n".join(problems[:3])


def test_golden_spec_modules_are_black_stable(monkeypatch: pytest.MonkeyPatch) -> None:
    files = checked(printed(monkeypatch, SPEC, CONFIG))
    assert_stable(files)
    # the statements with a line black must split are the only ones left to it
    resource = files["openai_conversations/resources/conversations/conversations.py"]
    assert resource == black.format_str(resource, mode=black_mode())


@pytest.mark.parametrize("name", ["parameter_styles.yaml", "bodies.yaml", "auth_schemes.yaml", "paging_cursor.yaml"])
def test_small_spec_modules_are_black_stable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    spec, config = initialized(tmp_path, monkeypatch, TEST_SPECS / name)
    assert_stable(checked(printed(monkeypatch, spec, config)))


def test_split_lines_are_black_stable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A spec whose names make lines split: a long path, query entries and form field styles
    inside a request call printed in `cast(...)`, long annotations, imports and test values."""
    spec, config = initialized(tmp_path, monkeypatch, TEST_SPECS / "long_lines.yaml")
    files = checked(printed(monkeypatch, spec, config))
    assert_stable(files)
    resource = files["long_lines/resources/organizations/projects/service_accounts/keys.py"]
    for split in ("return cast(\n", "path_template(\n", "styled(\n", "field_styles={\n", ": (\n"):
        assert split in resource, split
    assert resource == black.format_str(resource, mode=black_mode())
    streams = files["long_lines/resources/completions_with_a_long_name.py"]
    assert "        from ..types.completion_chunk_event" in streams  # the events' import, in the method


def test_real_spec_modules_are_black_stable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec, config = initialized(tmp_path, monkeypatch, shared_spec("real/swagger-petstore3.yaml"))
    assert_stable(checked(printed(monkeypatch, spec, config)))


def test_the_check_sees_a_statement_black_rewrites() -> None:
    text = "x = {'a': 1}\n\n\n\ndef f(\n    a, b\n):\n    return a\n" + "y = [" + ", ".join(["1"] * 60) + "]\n"
    changed = unstable(text)
    assert [before for before, _ in changed] == ["x = {'a': 1}", "\n\n\ndef f(\n    a, b\n):\n    return a"]
    assert len(statements(text)) == 4  # three statements and what follows the last


def _value(rnd: random.Random, depth: int) -> object:
    roll = rnd.random()
    if depth > 3 or roll < 0.4:
        return rnd.choice(
            ["s" * rnd.randint(1, 60), rnd.randint(0, 10 ** rnd.randint(1, 12)), True, None, b"raw", "it's"]
        )
    if roll < 0.7:
        return {"k" * rnd.randint(1, 15) + str(i): _value(rnd, depth + 1) for i in range(rnd.randint(0, 6))}
    if roll < 0.9:
        return [_value(rnd, depth + 1) for _ in range(rnd.randint(0, 5))]
    return tuple(_value(rnd, depth + 1) for _ in range(rnd.randint(1, 3)))


@pytest.mark.parametrize("seed", range(4))
def test_layout_is_black_layout(seed: int) -> None:
    """Random literals and calls, laid out at random depths after random prefixes: black
    leaves them as they are whenever every line fits."""
    rnd = random.Random(seed)
    checked = split = 0
    for _ in range(300):
        depth = rnd.randint(1, 4)
        node = literal_node(_value(rnd, 0))
        if rnd.random() < 0.3:
            args = tuple(Item(f"a{i}=", literal_node(_value(rnd, 1))) for i in range(rnd.randint(1, 5)))
            node = Group("client.a.b.method", "(", args, ")", False)
        prefix = rnd.choice(["", "reply=", "x" * rnd.randint(1, 50) + "="])
        text = " " * 4 * depth + lay_out(prefix, node, ",", 4 * depth)
        opening = "".join("    " * i + "f(\n" for i in range(depth))
        source = opening + text + "\n" + "".join("    " * i + ")\n" for i in reversed(range(depth)))
        if all(len(line) <= 120 for line in source.split("\n")):
            checked += 1
            split += "\n" in text
            assert black.format_str(source, mode=black_mode()) == source
    assert checked > 200 and split > 50


@pytest.mark.parametrize("count, length", [(1, 10), (3, 30), (1, 110), (2, 60)])
def test_from_import_is_black_layout(count: int, length: int) -> None:
    names = tuple(f"N{i}" + "x" * length for i in range(count))
    text = from_import("package.types", names) + "\n"
    assert black.format_str(text, mode=black_mode()) == text


def _annotation(rnd: random.Random, depth: int = 0) -> str:
    roll = rnd.random()
    if depth > 2 or roll < 0.3:
        values = ["x" * rnd.randint(1, 30), "a, b", "[x]", "a | b", "it's"]  # separators inside strings
        literal = "Literal[" + ", ".join(f'"{rnd.choice(values)}"' for _ in range(rnd.randint(1, 8))) + "]"
        return rnd.choice(["str", "object", "LongModelName" * rnd.randint(1, 8), literal])
    if roll < 0.5:
        return f"Optional[{_annotation(rnd, depth + 1)}]"
    if roll < 0.7:
        return f"Iterable[{_annotation(rnd, depth + 1)}]"
    if roll < 0.85:
        return f"Union[{', '.join(_annotation(rnd, depth + 1) for _ in range(rnd.randint(2, 4)))}]"
    return f"Dict[str, {_annotation(rnd, depth + 1)}]"


@pytest.mark.parametrize("seed", range(2))
def test_declaration_is_black_layout(seed: int) -> None:
    """Random parameter annotations (optional ones `X | Omit = omit`) in a method's signature."""
    rnd = random.Random(seed)
    checked = split = 0
    for _ in range(400):
        annotation, default = _annotation(rnd), ""
        if rnd.random() < 0.6:
            annotation, default = f"{annotation} | Omit", "omit"
        text = declaration("name" * rnd.randint(1, 5), annotation, default, 8)
        source = f"class C:\n    def f(\n        self,\n        *,\n        {text},\n    ) -> None: ...\n"
        if all(len(line) <= 120 for line in source.split("\n")):
            checked += 1
            split += "\n" in text
            assert black.format_str(source, mode=black_mode()) == source
    assert checked > 300 and split > 80
