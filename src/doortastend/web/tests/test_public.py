"""Residents: report without an account, see the receipt code once, look up the public status with it."""

import re

import pytest

from doortastend import services
from doortastend.audit.models import AuditEvent
from doortastend.signals.models import Signal

pytestmark = pytest.mark.django_db

CODE_RE = re.compile(r'<p class="dt-receipt"[^>]*>([A-Z0-9]{4}-[A-Z0-9]{4})</p>')


def report(client, token="res-1", **extra):
    data = {"token": token, "text": "In het huis naast ons zijn de ramen afgeplakt en het ruikt sterk.",
            "where": "Vlashof 3", "observed_at": "", "contact": ""}
    data.update(extra)
    return client.post("/melden/", data)


def test_resident_form_mentions_112(client, db):
    html = client.get("/melden/").content.decode()
    assert "Bij direct gevaar: bel" in html and 'href="tel:112"' in html
    assert 'name="token"' in html


def test_receipt_code_is_shown_once_and_gives_public_status(client, network):
    r = report(client)
    assert r.status_code == 302 and r.url == "/melden/ontvangen/"
    html = client.get(r.url).content.decode()
    code = CODE_RE.search(html).group(1)
    assert "Schrijf deze code op" in html
    again = client.get("/melden/ontvangen/").content.decode()
    assert code not in again and "maar één keer" in again

    signal = Signal.objects.get()
    assert signal.is_resident and signal.channel == "bewoner" and signal.reporter is None
    assert signal.location_description == "Vlashof 3"
    assert code not in signal.receipt_code_hash

    # the coordinator acts; the resident sees the public message only
    case = services.decide_signal(signal, "nieuwe_casus", by=network["coordinator"], case_title="Hennep Vlashof")
    r = client.post("/status/", {"code": code.lower()})
    html = r.content.decode()
    assert "Uw melding is ontvangen" in html and "hoort nu bij een casus" in html
    assert case.reference not in html and "Hennep Vlashof" not in html and "afgeplakt" not in html
    assert AuditEvent.objects.filter(action="view", object_id=str(signal.pk), actor_label__startswith="bewoner").exists()


def test_unknown_and_malformed_codes_get_the_same_answer(client, network):
    report(client)
    answers = set()
    for code in ["ABCD-EFGH", "x", "ZZZZ-ZZZZ-ZZZZ"]:
        html = client.post("/status/", {"code": code}).content.decode()
        assert "We kunnen bij deze code geen melding laten zien" in html
        assert f'value="{code}"' not in html  # the wrong code is not echoed
        answers.add(html.count("geen melding laten zien"))
    assert answers == {1}
    assert "Vul uw code in." in client.post("/status/", {"code": ""}).content.decode()


def test_status_lookup_is_rate_limited(client, db):
    for _ in range(20):
        client.post("/status/", {"code": "ABCD-EFGH"})
    html = client.post("/status/", {"code": "ABCD-EFGH"}).content.decode()
    assert "te vaak geprobeerd" in html


def test_double_submit_by_resident_stores_once(client, db):
    r1 = report(client, token="res-dup")
    r2 = report(client, token="res-dup")
    assert r1.status_code == r2.status_code == 302
    assert Signal.objects.count() == 1
    assert CODE_RE.search(client.get("/melden/ontvangen/").content.decode())


def test_resident_form_errors_keep_input(client, db):
    r = client.post("/melden/", {"token": "res-err", "text": "", "where": "bij de bibliotheek",
                                 "observed_at": "morgen", "contact": "06-12345678"})
    html = r.content.decode()
    assert "Schrijf op wat u zag of hoorde." in html
    assert "Vul een datum en tijd in" in html
    assert 'value="bij de bibliotheek"' in html and 'value="06-12345678"' in html
    assert Signal.objects.count() == 0
