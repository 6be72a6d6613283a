"""API: create with Idempotency-Key, own signals, cases by need-to-know, schema."""

import pytest
from rest_framework.test import APIClient

from doortastend import services
from doortastend.audit.models import AuditEvent
from doortastend.signals.models import Signal


@pytest.fixture
def api(network):
    def client_for(user):
        c = APIClient()
        c.force_authenticate(user)
        return c

    return client_for


BODY = {
    "text": "Buurman zegt dat zijn paspoort bij de baas ligt en hij woont boven de loods.",
    "street": "Kadeweg", "house_number": "12a", "city": "Havenstad",
    "mentions": [{"roles": ["mogelijk_slachtoffer"], "first_name": "Piotr", "age_estimate": 34}],
}


def test_create_is_idempotent(api, network):
    c = api(network["melder"])
    r1 = c.post("/api/signalen/", BODY, format="json", HTTP_IDEMPOTENCY_KEY="abc-1")
    r2 = c.post("/api/signalen/", BODY, format="json", HTTP_IDEMPOTENCY_KEY="abc-1")
    assert r1.status_code == 201, r1.content
    assert r2.status_code == 200
    assert r1.json()["reference"] == r2.json()["reference"]
    assert Signal.objects.count() == 1
    assert Signal.objects.get().mentions.count() == 1
    r3 = c.post("/api/signalen/", {**BODY, "text": "iets anders"}, format="json", HTTP_IDEMPOTENCY_KEY="abc-1")
    assert r3.status_code == 409
    assert Signal.objects.count() == 1


def test_create_without_key_and_invalid_bsn(api, network):
    c = api(network["melder"])
    bad = {**BODY, "mentions": [{"roles": ["mogelijke_dader", "mogelijk_slachtoffer"], "bsn": "123456789"}]}
    r = c.post("/api/signalen/", bad, format="json")
    assert r.status_code == 400
    assert "elfproef" in r.content.decode()
    assert Signal.objects.count() == 0
    r = c.post("/api/signalen/", {"text": ""}, format="json")
    assert r.status_code == 400 and "Beschrijf" in r.content.decode()


def test_list_own_signals_only(api, network):
    services.submit_signal(reporter=network["melder2"], signal_data={"text": "van iemand anders"})
    c = api(network["melder"])
    c.post("/api/signalen/", BODY, format="json")
    data = c.get("/api/signalen/").json()
    assert data["count"] == 1
    assert data["results"][0]["feedback"][0]["message"].startswith("Uw melding is ontvangen")
    assert "casus" not in data["results"][0]


def test_cases_by_need_to_know(api, network):
    n = network
    signal, _, _ = services.submit_signal(reporter=n["melder"], signal_data={"text": "zorg om buurjongen"})
    case = services.decide_signal(signal, "nieuwe_casus", by=n["coordinator"], case_title="Buurjongen")
    assert api(n["prof"]).get(f"/api/casussen/{case.reference}/").status_code == 404
    h = services.offer_handover(case, by=n["coordinator"], to_professional=n["prof"], message="graag")
    services.respond_handover(h, by=n["prof"], accept=True)
    r = api(n["prof"]).get(f"/api/casussen/{case.reference}/")
    assert r.status_code == 200 and r.json()["owner"]
    assert AuditEvent.objects.filter(actor=n["prof"], action="view", object_type="case", channel="api").exists()
    assert api(n["prof"]).get("/api/casussen/").json()["count"] == 1
    assert api(n["prof2"]).get("/api/casussen/").json()["count"] == 0


def test_schema_and_docs(client, network):
    r = client.get("/api/schema/")
    assert r.status_code == 200 and b"openapi" in r.content and b"Idempotency-Key" in r.content
    assert client.get("/api/docs/").status_code == 200


def test_token_auth(network):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=network["melder"])
    c = APIClient()
    assert c.get("/api/signalen/").status_code in (401, 403)
    c.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert c.get("/api/signalen/").status_code == 200
