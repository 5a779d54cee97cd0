"""Representative calls of each corpus package, in both targets, against the recording
server: each request is checked byte for byte against what the spec prescribes (the
expectations below are read off the spec by hand, not computed by the generator):
the credentials (header, query or cookie, as the security scheme says), the query encoding
(each parameter's style and explode), the body's encoding and content type, and paging
across three pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conftest import SHARED_SPECS
from recording_server import RecordingServer

from .calls import CALLS, CLIENTS
from .corpus import SPECS, Corpus
from .drive import Call, check, compile_typescript, run_python, run_typescript


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingServer]:
    recording = RecordingServer(lifetime=1800.0, idle_timeout=3.0).start()
    yield recording
    recording.stop()


def _cases() -> list[tuple[str, Call]]:
    return [(spec, call) for spec in sorted(CALLS) for call in CALLS[spec]]


# In the worker that builds the spec for `test_corpus.py` (`Corpus` is per worker).
@pytest.fixture(
    params=[
        pytest.param(case, marks=pytest.mark.xdist_group(f"corpus-{case[0]}"), id=f"{case[0]}-{case[1].name}")
        for case in _cases()
    ]
)
def case(request: pytest.FixtureRequest) -> tuple[str, Call]:
    spec, call = request.param
    if not (SHARED_SPECS / SPECS[spec].file).exists():
        pytest.skip(f"{SHARED_SPECS / SPECS[spec].file} is absent: the real specs exist only beside the checkout")
    return spec, call


def test_python_sends_what_the_spec_prescribes(case: tuple[str, Call], corpus: Corpus, server: RecordingServer) -> None:
    spec, call = case
    build = corpus.build(spec)
    server.script(*call.replies)
    outcome = run_python(build.python, build.import_name(), CLIENTS[spec], call, server)
    check(call, server.requests, outcome)


def test_typescript_sends_what_the_spec_prescribes(
    case: tuple[str, Call], corpus: Corpus, server: RecordingServer
) -> None:
    spec, call = case
    build = corpus.build(spec)
    entry = compile_typescript(build.typescript)
    server.script(*call.replies)
    outcome = run_typescript(entry, CLIENTS[spec], call, server)
    check(call, server.requests, outcome)


def test_every_corpus_spec_has_calls() -> None:
    assert set(CALLS) == set(SPECS) - {"oai-callback-example", "oai-link-example"}
    assert set(CLIENTS) == set(CALLS)
