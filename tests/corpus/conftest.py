"""The corpus, built once per test session (see `corpus.py`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conftest import SHARED_SPECS

from .corpus import Corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    yield Corpus(tmp_path_factory.mktemp("corpus"), SHARED_SPECS)
