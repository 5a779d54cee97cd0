"""Names on the real specs: placement of Stripe, Twilio, the petstores and OpenAI's whole
API (`ir.placement`), and every identifier of their generated packages unique in its
module (`targets/*/bindings`), both targets."""

from __future__ import annotations

import pytest

from generator.ir.placement import place_operations
from generator.ir.schemas import SchemaReader
from generator.pipeline import generate_files
from generator.spec.config import SdkConfig
from generator.spec.load import load_document
from generator.targets.python.bindings import rebound
from generator.targets.typescript.bindings import redeclared

from conftest import CONFIG, shared_spec


def names(spec: str) -> dict[str, str]:
    """`METHOD /path` -> `resource.method` for every operation of a shared spec."""
    document = load_document(shared_spec(spec))
    placements, _ = place_operations(document, SdkConfig(path="sdk.yaml"), SchemaReader(document.data))
    return {f"{p.method.upper()} {p.path}": ".".join((*p.resource, p.name)) for p in placements}


def test_stripe_names() -> None:
    found = names("real/stripe-spec3.yaml")
    assert len(found) == 468
    assert {
        "GET /v1/customers": "customers.list",
        "POST /v1/customers": "customers.create",
        "POST /v1/customers/{customer}": "customers.update",
        "POST /v1/charges/{charge}/capture": "charges.capture",
        "POST /v1/charges/{charge}/dispute/close": "charges.dispute.close",
        "POST /v1/accounts/{account}/login_links": "accounts.login_links.create",
        "GET /v1/balance": "balance.retrieve",
    }.items() <= found.items()


def test_twilio_names() -> None:
    found = names("real/twilio_api_v2010.json")
    assert {
        "GET /2010-04-01/Accounts.json": "accounts.list",
        "POST /2010-04-01/Accounts.json": "accounts.create",
        "GET /2010-04-01/Accounts/{AccountSid}/Messages.json": "accounts.messages.list",
        "POST /2010-04-01/Accounts/{AccountSid}/Messages.json": "accounts.messages.create",
        "POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json": "accounts.messages.update",
    }.items() <= found.items()
    assert not any("json" in name or "2010" in name for name in found.values())


def test_petstore_and_openai_names() -> None:
    petstore = names("real/swagger-petstore3.yaml")
    assert petstore["GET /pet/findByStatus"] == "pet.find_by_status.list"  # returns an array
    assert petstore["GET /user/logout"] == "user.logout.retrieve"
    openai = names("openai-full.yaml")
    assert openai["POST /evals/{eval_id}/runs/{run_id}"] == "evals.runs.cancel"  # `cancelEvalRun`
    assert openai["GET /containers/{container_id}/files/{file_id}/content"] == "containers.files.content.retrieve"
    assert openai["POST /assistants/{assistant_id}"] == "assistants.update"  # `modifyAssistant`


@pytest.mark.parametrize(
    ("spec", "target"),
    [
        ("real/oai-petstore.yaml", "python"),
        ("real/oai-uspto.yaml", "python"),
        ("real/oai-petstore.yaml", "typescript"),
        ("real/oai-uspto.yaml", "typescript"),
        ("real/twilio_api_v2010.json", "typescript"),
        ("real/stripe-spec3.yaml", "typescript"),
    ],
)
def test_every_generated_identifier_is_unique(spec: str, target: str) -> None:
    """Generation itself refuses a name bound twice; the check is repeated here over the
    whole output, runtime files aside (their alternatives are written by hand)."""
    files = generate_files(shared_spec(spec), CONFIG, target=target, lenient=True, cache_root=None).files
    runtime = ("# Runtime file copied verbatim", "// Runtime file copied verbatim")
    generated = {p: t for p, t in files.items() if not t.startswith(runtime)}
    assert generated
    assert (rebound if target == "python" else redeclared)(generated) == []
