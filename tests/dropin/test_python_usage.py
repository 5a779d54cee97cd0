"""The Python usage files (``usage/*.py``, written for the official ``openai`` package)
type-check with ``mypy --strict`` and run against the official package, and the same
files with only the package name changed do the same against generated/python: the
same requests byte for byte (apart from the version headers) and the same output."""

from __future__ import annotations

import sys
from typing import Dict, List
from pathlib import Path

import pytest

from conftest import GENERATED
from dropin.harness import USAGE, PYTHON_FILES, Run, ApiServer, run, mypy, renamed, uncalled, assert_ran, assert_same

# What the generated package lacks today (issue 15); the marks go once it has them.
MISSING = (
    "the official types layout (openai_conversations.types.conversations, its modules such as "
    ".conversation, .message, .conversation_item, .item_list_params, .conversation_create_params), "
    "openai_conversations.Timeout, and model fields in the official order (id, then the required fields, "
    "then the optional ones, each alphabetically), which to_dict() and to_json() follow"
)
FILES = [
    "input_items.py",
    "usage_sync.py",
    "usage_async.py",
]
assert [getattr(f, "values", (f,))[0] for f in FILES] == list(PYTHON_FILES)


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, Path]:
    """The usage files as written (`official`) and with our package name (`ours`)."""
    made = {}
    for side in ("official", "ours"):
        folder = made[side] = tmp_path_factory.mktemp(f"python-{side}")
        for name in PYTHON_FILES:
            text = (USAGE / name).read_text()
            (folder / name).write_text(renamed(text, "python") if side == "ours" else text)
    return made


@pytest.fixture(scope="module")
def checked(folders: Dict[str, Path]) -> Dict[str, Dict[str, List[str]]]:
    """mypy --strict's errors per file, one run per side."""
    return {
        "official": mypy(folders["official"], PYTHON_FILES),
        "ours": mypy(folders["ours"], PYTHON_FILES, mypypath=GENERATED),
    }


@pytest.fixture(scope="module")
def runs(server: ApiServer, folders: Dict[str, Path]) -> Dict[str, Dict[str, Run]]:
    """Every usage file run once with each package, one after the other on one server."""
    paths = {"official": "", "ours": str(GENERATED)}
    return {
        side: {
            name: run(server, [sys.executable, name], folders[side], {"PYTHONPATH": paths[side]})
            for name in PYTHON_FILES
        }
        for side in ("official", "ours")
    }


def test_the_files_are_renamed_only_in_their_imports() -> None:
    text = (USAGE / "usage_sync.py").read_text()
    ours = renamed(text, "python")
    assert "from openai_conversations.types.conversations import (" in ours
    assert "openai_conversations.NotFoundError" in ours and "openai_conversations.APIError" in ours
    assert ours.replace("openai_conversations", "openai") == text


@pytest.mark.parametrize("name", PYTHON_FILES)
def test_official_package_type_checks(checked: Dict[str, Dict[str, List[str]]], name: str) -> None:
    assert checked["official"].get(name, []) == []


@pytest.mark.parametrize("name", FILES)
def test_ours_type_checks(checked: Dict[str, Dict[str, List[str]]], name: str) -> None:
    assert checked["ours"].get(name, []) == []


@pytest.mark.parametrize("name", PYTHON_FILES)
def test_official_package_runs(runs: Dict[str, Dict[str, Run]], name: str) -> None:
    assert_ran(runs["official"][name])


def test_the_runs_call_every_method(runs: Dict[str, Dict[str, Run]]) -> None:
    assert uncalled(runs["official"].values()) == set()


@pytest.mark.parametrize("name", FILES)
def test_ours_sends_and_prints_the_same(runs: Dict[str, Dict[str, Run]], name: str) -> None:
    assert_same(runs["official"][name], runs["ours"][name])
