"""The generated tests' `conftest.py`: the client classes and credentials -> `ConftestView`,
the lines whose length depends on the client's names laid out as black prints them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .layout import Group, Item, lay_out

# The test methods of the conftest's shared classes, (name, takes the async client).
TEST_METHODS = (
    ("test_method", False),
    ("test_method_with_all_params", False),
    ("test_raw_response", False),
    ("test_streaming_response", False),
    ("test_async_method", True),
    ("test_async_method_with_all_params", True),
    ("test_async_raw_response", True),
    ("test_async_streaming_response", True),
    ("test_path_params", False),
    ("test_async_path_params", True),
    ("test_server_sent_events", False),
    ("test_async_server_sent_events", True),
)


@dataclass(frozen=True, slots=True)
class ConftestView:
    """`client`/`async_client`: the fixtures' client constructions (`with X(...) as sdk:`,
    `return AsyncX(...)`); `defs`: each test method's `def` line(s) by name, 4 columns in."""

    client: str = ""
    async_client: str = ""
    defs: dict[str, str] = field(default_factory=dict)


def conftest_view(client_class: str, async_client_class: str, credentials: tuple[tuple[str, str], ...]) -> ConftestView:
    """The view for a client built with `credentials` ((argument, test value literal), ...)."""
    kwargs = tuple(Item(f"{name}=", value) for name, value in credentials) + (
        Item("base_url=", "BASE_URL"),
        Item("max_retries=", "0"),
    )
    sync_call = Group(
        client_class, "(", (*kwargs, Item("http_client=", "httpx2.Client(transport=transport)")), ")", False
    )
    async_http = Item("http_client=", "httpx2.AsyncClient(transport=transport)")
    async_call = Group(async_client_class, "(", (*kwargs, async_http), ")", False)
    defs = {}
    for name, aio in TEST_METHODS:
        fixture = f"async_client: {async_client_class}" if aio else f"client: {client_class}"
        params = tuple(Item("", p) for p in ("self", fixture, "server: Server", "case: Case"))
        defs[name] = lay_out("", Group(f"{'async ' if aio else ''}def {name}", "(", params, ")", False), " -> None:", 4)
    return ConftestView(lay_out("with ", sync_call, " as sdk:", 4), lay_out("return ", async_call, "", 4), defs)
