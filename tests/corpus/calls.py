"""Representative calls per corpus spec, and what each must send, read off the spec by hand.

Per spec: how its client is made (the credentials its security schemes call for), then calls
covering the auth header, the query encoding, the body encoding and content type, and, where
the spec pages, three pages of a list. JSON bodies are compared as values (the spec says
nothing of whitespace); form bodies and query strings pair by pair, each pair byte for byte
(the spec says nothing of the order of fields).
"""

from __future__ import annotations

from recording_server import Reply, json_reply

from .drive import Call, Client, Sent

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
TWILIO_BASIC = "Basic QUMxOnRvaw=="  # base64("AC1:tok")
STRIPE_BEARER = "Bearer sk_test_1"


def _page(**body: object) -> Reply:
    return json_reply(body)


CLIENTS = {
    "oai-petstore": Client(
        "sdk.SwaggerPetstore(base_url=SERVER, max_retries=0)", "new Client({ baseURL: SERVER, maxRetries: 0 })"
    ),
    "oai-uspto": Client(
        "sdk.UsptoDataSet(base_url=SERVER, max_retries=0)", "new Client({ baseURL: SERVER, maxRetries: 0 })"
    ),
    "swagger-petstore3": Client(
        "sdk.SwaggerPetstore(access_token='tok', api_key='key', base_url=SERVER, max_retries=0)",
        "new Client({ accessToken: 'tok', apiKey: 'key', baseURL: SERVER, maxRetries: 0 })",
    ),
    "twilio": Client(
        "sdk.Twilio(username='AC1', password='tok', base_url=SERVER, max_retries=0)",
        "new Client({ username: 'AC1', password: 'tok', baseURL: SERVER, maxRetries: 0 })",
    ),
    "stripe": Client(
        "sdk.Stripe(api_key='sk_test_1', base_url=SERVER, max_retries=0)",
        "new Client({ apiKey: 'sk_test_1', baseURL: SERVER, maxRetries: 0 })",
    ),
    "openai-conversations": Client(
        "sdk.Openai(api_key='sk-1', base_url=SERVER, max_retries=0)",
        "new Client({ apiKey: 'sk-1', baseURL: SERVER, maxRetries: 0 })",
    ),
}

_TWILIO_CALLS = "/2010-04-01/Accounts/AC1/Calls.json"
_TWILIO_PAGE = {"page_size": 2, "uri": _TWILIO_CALLS}

CALLS: dict[str, tuple[Call, ...]] = {
    "oai-petstore": (
        Call(
            "list-without-credentials",
            "client.pets.list(limit=2)",
            "await client.pets.list({ limit: 2 });",
            (Sent("GET", "/pets?limit=2", {"authorization": None}),),
            (json_reply([{"id": 1, "name": "Rex"}]),),
        ),
        Call(
            "create-json",
            "client.pets.create(id=1, name='Rex')",
            "await client.pets.create({ id: 1, name: 'Rex' });",
            (Sent("POST", "/pets", {"content-type": JSON, "authorization": None}, json={"id": 1, "name": "Rex"}),),
            (Reply(201),),
        ),
    ),
    "oai-uspto": (
        Call(
            "search-form",
            "client.records.create('v1', dataset='oa_citations', criteria='patent:123', start=0, rows=2)",
            "await client.records.create('v1', { dataset: 'oa_citations', criteria: 'patent:123', start: 0, rows: 2 });",
            (
                Sent(
                    "POST",
                    "/oa_citations/v1/records",
                    {"content-type": FORM},
                    form=("criteria=patent%3A123", "start=0", "rows=2"),
                ),
            ),
            (json_reply([{"patent": "123"}]),),
        ),
    ),
    "swagger-petstore3": (
        Call(
            "oauth2-bearer-and-exploded-array",
            "client.pet.find_by_tags.list(tags=['a', 'b'])",
            "await client.pet.findByTags.list({ tags: ['a', 'b'] });",
            (Sent("GET", "/pet/findByTags?tags=a&tags=b", {"authorization": "Bearer tok", "api_key": None}),),
            (json_reply([]),),
        ),
        Call(
            "api-key-header",
            "client.store.inventory.retrieve()",
            "await client.store.inventory.retrieve();",
            (Sent("GET", "/store/inventory", {"api_key": "key", "authorization": None}),),
            (json_reply({"available": 1}),),
        ),
        Call(
            "body-field-named-like-the-path-parameter",
            "client.user.update('alice', body_username='bob', email='b@example.com')",
            "await client.user.update('alice', { body_username: 'bob', email: 'b@example.com' });",
            (
                Sent(
                    "PUT",
                    "/user/alice",
                    {"content-type": JSON},
                    json={"username": "bob", "email": "b@example.com"},
                ),
            ),
        ),
    ),
    "twilio": (
        Call(
            "basic-auth-and-form",
            "client.accounts.messages.create('AC1', to='+15551234', from_='+15550000', body='Hi!')",
            "await client.accounts.messages.create('AC1', { To: '+15551234', From: '+15550000', Body: 'Hi!' });",
            (
                Sent(
                    "POST",
                    "/2010-04-01/Accounts/AC1/Messages.json",
                    {"authorization": TWILIO_BASIC, "content-type": FORM},
                    form=("To=%2B15551234", "From=%2B15550000", "Body=Hi%21"),
                ),
            ),
            (json_reply({"sid": "SM1"}, 201),),
        ),
        Call(
            "next-page-uri-across-three-pages",
            "for _ in client.accounts.calls.list('AC1', page_size=2, start_time_before='2024-01-01'):\n    pass",
            "for await (const _ of client.accounts.calls.list('AC1', { PageSize: 2, start_time_before: '2024-01-01' })) {}",
            (
                Sent("GET", f"{_TWILIO_CALLS}?PageSize=2&StartTime%3C=2024-01-01", {"authorization": TWILIO_BASIC}),
                Sent("GET", f"{_TWILIO_CALLS}?PageSize=2&Page=1&PageToken=PA1", {"authorization": TWILIO_BASIC}),
                Sent("GET", f"{_TWILIO_CALLS}?PageSize=2&Page=2&PageToken=PA2", {"authorization": TWILIO_BASIC}),
            ),
            (
                _page(
                    calls=[{"sid": "CA1"}, {"sid": "CA2"}],
                    page=0,
                    next_page_uri=f"{_TWILIO_CALLS}?PageSize=2&Page=1&PageToken=PA1",
                    **_TWILIO_PAGE,
                ),
                _page(
                    calls=[{"sid": "CA3"}, {"sid": "CA4"}],
                    page=1,
                    next_page_uri=f"{_TWILIO_CALLS}?PageSize=2&Page=2&PageToken=PA2",
                    **_TWILIO_PAGE,
                ),
                _page(calls=[{"sid": "CA5"}], page=2, next_page_uri=None, **_TWILIO_PAGE),
            ),
        ),
    ),
    "stripe": (
        Call(
            "deep-object-form",
            "client.customers.create(email='jo@example.com', expand=['tax'], metadata={'order': '6735'})",
            "await client.customers.create({ email: 'jo@example.com', expand: ['tax'], metadata: { order: '6735' } });",
            (
                Sent(
                    "POST",
                    "/v1/customers",
                    {"authorization": STRIPE_BEARER, "content-type": FORM},
                    form=("email=jo%40example.com", "expand%5B%5D=tax", "metadata%5Border%5D=6735"),
                ),
            ),
            (json_reply({"id": "cus_1", "object": "customer"}),),
        ),
        Call(
            "starting-after-across-three-pages",
            "for _ in client.customers.list(limit=2, email='jo@example.com'):\n    pass",
            "for await (const _ of client.customers.list({ limit: 2, email: 'jo@example.com' })) {}",
            (
                Sent("GET", "/v1/customers?limit=2&email=jo%40example.com", {"authorization": STRIPE_BEARER}),
                Sent("GET", "/v1/customers?limit=2&email=jo%40example.com&starting_after=cus_2", {}),
                Sent("GET", "/v1/customers?limit=2&email=jo%40example.com&starting_after=cus_3", {}),
            ),
            (
                _page(object="list", url="/v1/customers", has_more=True, data=[{"id": "cus_1"}, {"id": "cus_2"}]),
                _page(object="list", url="/v1/customers", has_more=True, data=[{"id": "cus_3"}]),
                _page(object="list", url="/v1/customers", has_more=False, data=[{"id": "cus_4"}]),
            ),
        ),
    ),
    "openai-conversations": (
        Call(
            "bearer-and-query",
            "client.conversations.items.list('conv_1', limit=1)",
            "await client.conversations.items.list('conv_1', { limit: 1 });",
            (Sent("GET", "/conversations/conv_1/items?limit=1", {"authorization": "Bearer sk-1"}),),
            (json_reply({"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}),),
        ),
    ),
}
