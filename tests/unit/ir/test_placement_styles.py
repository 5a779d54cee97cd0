"""Placement on API styles other than OpenAI's: list and create on any collection shape,
PUT/PATCH/POST verbs, version and date prefixes, format suffixes (`ir.paths`, `ir.verbs`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.core.diagnostics import GenerationError
from generator.ir.paths import is_collection, path_names
from generator.ir.schemas import SchemaReader
from generator.ir.verbs import spells_path, stated_verb
from generator.pipeline import read_config

from .test_build import build, ok, path_param, surface

MEMBER = {"parameters": [path_param("id")]}
STRINGS = {"type": "array", "items": {"type": "string"}}


def envelope(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


@pytest.mark.parametrize(
    "schema",
    [
        STRINGS,
        envelope(data=STRINGS),
        envelope(items=STRINGS, next_page_token={"type": "string"}),
        envelope(repos=STRINGS),  # named like the path's last segment
        envelope(entries_found=STRINGS, total_count={"type": "integer"}),  # the only array, beside paging
    ],
)
def test_a_get_returning_a_collection_lists(tmp_path: Path, schema: dict[str, Any]) -> None:
    api = build(tmp_path, {"/user/repos": {"get": ok(schema), "post": ok()}})
    assert surface(api) == {("user.repos", "list", "GET /user/repos"), ("user.repos", "create", "POST /user/repos")}


def test_a_get_returning_one_thing_retrieves_and_its_post_updates(tmp_path: Path) -> None:
    one = envelope(tags=STRINGS, photos=STRINGS, name={"type": "string"})
    api = build(tmp_path, {"/user/profile": {"get": ok(one), "post": ok()}, "/user/logout": {"get": ok()}})
    assert surface(api) == {
        ("user.profile", "retrieve", "GET /user/profile"),
        ("user.profile", "update", "POST /user/profile"),
        ("user.logout", "retrieve", "GET /user/logout"),
    }


def test_put_patch_and_post_on_a_member(tmp_path: Path) -> None:
    pair = {"parameters": [path_param("webhook_id"), path_param("webhook_token")]}
    api = build(
        tmp_path,
        {
            "/pets/{id}": {"get": ok(), "put": ok(), "patch": ok(), **MEMBER},
            "/notes/{id}": {"patch": ok(), "post": {**ok(), "operationId": "modifyNote"}, **MEMBER},
            "/webhooks/{webhook_id}/{webhook_token}": {
                "post": {**ok(), "operationId": "executeWebhook"},
                "delete": {**ok(), "operationId": "deleteWebhookWithToken"},
                **pair,
            },
        },
    )
    assert surface(api) == {
        ("pets", "retrieve", "GET /pets/{id}"),
        ("pets", "update", "PUT /pets/{id}"),
        ("pets", "patch", "PATCH /pets/{id}"),
        ("webhooks", "execute", "POST /webhooks/{webhook_id}/{webhook_token}"),
        ("webhooks", "delete", "DELETE /webhooks/{webhook_id}/{webhook_token}"),
        # PATCH and POST would both update: the operationId names the POST
        ("notes", "update", "PATCH /notes/{id}"),
        ("notes", "modify", "POST /notes/{id}"),
    }


def test_an_operation_id_spelling_the_path_says_nothing_and_the_path_names_the_verb(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        {
            "/v1/charges/{charge}": {"post": {**ok(), "operationId": "PostChargesCharge"}, **_member("charge")},
            "/v1/charges/{charge}/capture": {
                "post": {**ok(), "operationId": "PostChargesChargeCapture"},
                **_member("charge"),
            },
            "/v1/accounts/{account}/login_links": {
                "post": {**ok(), "operationId": "PostAccountsAccountLoginLinks"},
                **_member("account"),
            },
        },
    )
    assert surface(api) == {
        ("charges", "update", "POST /v1/charges/{charge}"),
        ("charges", "capture", "POST /v1/charges/{charge}/capture"),
        ("accounts.login_links", "create", "POST /v1/accounts/{account}/login_links"),
    }


def _member(name: str) -> dict[str, Any]:
    return {"parameters": [path_param(name)]}


def test_format_suffixes_and_a_lone_date_prefix_name_nothing(tmp_path: Path) -> None:
    listing = ok(envelope(messages=STRINGS, next_page_uri={"type": "string"}))
    sid = _member("Sid")
    api = build(
        tmp_path,
        {
            "/2010-04-01/Accounts/{Sid}/Messages.json": {"get": listing, "post": ok(), **sid},
            "/2010-04-01/Accounts/{Sid}/Messages/{MessageSid}.json": {
                "get": ok(),
                "parameters": [path_param("Sid"), path_param("MessageSid")],
            },
        },
    )
    assert surface(api) == {
        ("accounts.messages", "list", "GET /2010-04-01/Accounts/{Sid}/Messages.json"),
        ("accounts.messages", "create", "POST /2010-04-01/Accounts/{Sid}/Messages.json"),
        ("accounts.messages", "retrieve", "GET /2010-04-01/Accounts/{Sid}/Messages/{MessageSid}.json"),
    }


def test_versions_side_by_side_are_namespaces() -> None:
    both = path_names(["/v1/things", "/v2/things", "/health"], "auto")
    assert both.naming_path("/v1/things") == "/v1/things"
    assert both.naming_path("/v2/things.json") == "/v2/things"
    one = path_names(["/v1/things", "/v1/others", "/health"], "auto")
    assert one.naming_path("/v1/things") == "/things"
    assert one.naming_path("/v1") == "/v1"  # nothing else to name it
    assert path_names(["/v1/things"], "namespace").naming_path("/v1/things") == "/v1/things"
    assert path_names(["/v1/a", "/v2/a"], "drop").naming_path("/v2/a") == "/a"
    dated = path_names(["/2010-04-01/Calls", "/2024-01-01/Calls"], "auto")
    assert dated.naming_path("/2010-04-01/Calls.json") == "/v2010-04-01/Calls"


def test_versions_are_configurable(tmp_path: Path) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text("versions: namespace\n")
    api = build(tmp_path, {"/v1/things": {"get": ok(STRINGS)}}, config=config)
    assert surface(api) == {("v1.things", "list", "GET /v1/things")}


def test_collection_shapes() -> None:
    reader = SchemaReader({})
    assert is_collection(reader, STRINGS, "/x")
    assert not is_collection(reader, envelope(name={"type": "string"}), "/x")
    assert not is_collection(reader, envelope(available=STRINGS, pending=STRINGS), "/balance")
    assert not is_collection(reader, envelope(tags=STRINGS, name={"type": "string"}), "/pet")


def test_what_an_operation_id_says() -> None:
    assert spells_path("PostChargesChargeCapture", "post", "/charges/{charge}/capture")
    assert spells_path("GetV1Customers", "get", "/v1/customers")
    assert not spells_path("captureCharge", "post", "/charges/{charge}/capture")
    assert stated_verb("executeWebhook", "/webhooks/{webhook_id}/{webhook_token}") == "execute"
    assert stated_verb("cancelEvalRun", "/evals/{eval_id}/runs/{run_id}") == "cancel"
    assert stated_verb("modifyAssistant", "/assistants/{assistant_id}") == ""  # an update
    assert stated_verb("updatePetWithForm", "/pet/{petId}") == ""
    assert stated_verb("apiWebhooksUpdate", "/webhooks/{id}") == ""  # not a verb and path words
    assert stated_verb("webhookExecute", "/webhooks/{id}") == ""  # a noun first


def test_an_unknown_version_rule_is_a_located_config_error(tmp_path: Path) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text("versions: sometimes\n")
    with pytest.raises(GenerationError) as err:
        read_config(config)
    assert [d.message for d in err.value.diagnostics] == ["versions must be one of auto, namespace, drop"]
    assert err.value.diagnostics[0].location.line == 1
