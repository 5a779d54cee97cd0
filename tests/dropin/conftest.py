"""The API server the drop-in tests run the usage files against, one per module."""

from __future__ import annotations

from typing import Iterator

import pytest

from dropin.harness import ApiServer


@pytest.fixture(scope="module")
def server() -> Iterator[ApiServer]:
    api = ApiServer().start()
    yield api
    api.stop()
