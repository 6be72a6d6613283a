"""Coordinator inbox (sorting, badges, linked persons) and the decision and correction forms on a signal."""

from datetime import timedelta

import pytest
from django.utils import timezone

from doortastend import services
from doortastend.audit.models import AuditEvent
from doortastend.signals.models import Signal, TriageState
from doortastend.triage.models import LabelCorrection, TriageResult
from doortastend.web.templatetags.doortastend_web import highlight_spans

pytestmark = pytest.mark.django_db


def submit(user, text, urgency="", age_hours=0, triage_state=TriageState.DONE, mentions=None):
    signal, _c, _code = services.submit_signal(reporter=user, signal_data={"text": text}, mentions=mentions)
    Signal.objects.filter(pk=signal.pk).update(
        urgency=urgency, triage_state=triage_state if urgency else triage_state,
        created_at=timezone.now() - timedelta(hours=age_hours),
    )
    signal.refresh_from_db()
    return signal


def order_in(html, refs):
    return sorted(refs, key=html.index)


def test_inbox_sorts_by_urgency_then_age_and_by_age(client, network):
    m = network["melder"]
    regulier_old = submit(m, "regulier oud", "regulier", age_hours=50)
    acuut_new = submit(m, "acuut nieuw", "acuut", age_hours=1)
    spoed = submit(m, "spoed", "spoed", age_hours=5)
    untriaged = submit(m, "mislukt", "", age_hours=2, triage_state=TriageState.FAILED)
    acuut_old = submit(m, "acuut oud", "acuut", age_hours=10)
    closed = submit(m, "al afgesloten", "acuut")
    services.decide_signal(closed, "afsluiten", by=network["coordinator"], reason="dubbel")
    watched = submit(m, "bewaard", "monitoren", age_hours=3)
    services.decide_signal(watched, "monitoren", by=network["coordinator"])

    client.force_login(network["coordinator"])
    html = client.get("/inbox/").content.decode()
    refs = [s.reference for s in [regulier_old, acuut_new, spoed, untriaged, acuut_old, watched]]
    assert closed.reference not in html
    assert order_in(html, refs) == [acuut_old.reference, acuut_new.reference, untriaged.reference,
                                    spoed.reference, regulier_old.reference, watched.reference]
    assert "niet getrieerd" in html and "Bewaard om te volgen" in html
    html = client.get("/inbox/?sorteer=oudste").content.decode()
    assert order_in(html, refs)[0] == regulier_old.reference
    assert order_in(html, refs)[-1] == acuut_new.reference
    html = client.get("/inbox/?sorteer=nieuwste").content.decode()
    assert order_in(html, refs)[0] == acuut_new.reference
    assert AuditEvent.objects.filter(action="list", actor=network["coordinator"]).count() == 3


def test_inbox_shows_organisation_type_mentions_and_known_persons(client, network):
    earlier = submit(network["melder2"], "eerder signaal over Mo", "regulier",
                     mentions=[{"roles": ["mogelijk_slachtoffer"], "nickname": "Mo"}])
    person = services.create_person_for(earlier.mentions.get())
    services.decide_signal(earlier, "monitoren", by=network["coordinator"])
    new = submit(network["melder"], "Mo weer gezien", "spoed",
                 mentions=[{"roles": ["mogelijk_slachtoffer"], "nickname": "Mo"}, {"roles": ["onbekend"],
                                                                                     "description": "man"}])
    services.link_mention(new.mentions.order_by("id").first(), person, by=network["coordinator"])
    client.force_login(network["coordinator"])
    html = client.get("/inbox/").content.decode()
    block = html[html.index(new.reference):]
    assert "Politie" in block[:600] and "2 personen genoemd" in block
    assert person.reference in block and "nog 1 ander signaal" in block and "School 1" in block


def test_coordinator_signal_page_highlights_evidence_and_offers_decisions(client, network):
    text = "Hij zegt dat zijn paspoort bij de baas ligt. Geen wapen gezien."
    s = submit(network["melder"], text, "spoed")
    TriageResult.objects.create(
        signal=s, phenomena=["arbeidsuitbuiting"], urgency="spoed", indicators=["paspoort_ingenomen"],
        evidence=[{"indicator": "paspoort_ingenomen", "start": text.index("paspoort"),
                   "end": text.index("paspoort") + len("paspoort bij de baas")}],
        explanation="Paspoort ingenomen door werkgever.",
    )
    client.force_login(network["coordinator"])
    html = client.get(f"/signalen/{s.reference}/").content.decode()
    assert ">paspoort bij de baas</mark>" in html
    assert "Paspoort ingenomen door werkgever." in html
    for label in ["Nieuwe casus openen", "Toevoegen aan bestaande casus", "Doorverwijzen naar partnerorganisatie",
                  "Bewaren om te volgen", "Afsluiten met reden"]:
        assert label in html


def test_highlighting_escapes_and_ignores_bad_spans():
    html = highlight_spans("a <b> wapen & c", [
        {"indicator": "x", "start": 6, "end": 11}, {"indicator": "y", "start": 8, "end": 13},
        {"indicator": "z", "start": 50, "end": 60}, {"indicator": "n", "start": 0, "end": 1, "negated": True},
    ], {"x": "Wapen <genoemd>"})
    assert "&lt;b&gt;" in html and "&amp;" in html and "<b>" not in html
    assert html.count("<mark") == 2
    assert 'title="Wapen &lt;genoemd&gt;"' in html and "dt-evidence--negated" in html


def test_decision_new_case_redirects_to_case_page(client, network):
    s = submit(network["melder"], "Jongen bij de snackbar", "spoed")
    client.force_login(network["coordinator"])
    r = client.post(f"/signalen/{s.reference}/besluit/", {"decision": "nieuwe_casus", "case_title": "Jongen snackbar"})
    assert r.status_code == 302
    s.refresh_from_db()
    case = s.cases.get()
    assert case.title == "Jongen snackbar" and s.status == "in_casus"
    assert r.url == f"/casussen/{case.reference}/"


def test_decision_errors_are_dutch_and_change_nothing(client, network):
    s = submit(network["melder"], "Iets vaags", "monitoren")
    client.force_login(network["coordinator"])
    for data, message in [
        ({}, "Kies een besluit."),
        ({"decision": "afsluiten"}, "Geef een reden op voor het afsluiten."),
        ({"decision": "doorverwijzen", "reason": "hoort bij VT"}, "Kies de organisatie waarnaar u doorverwijst."),
        ({"decision": "bestaande_casus"}, "Kies de casus waaraan u het signaal wilt toevoegen."),
    ]:
        r = client.post(f"/signalen/{s.reference}/besluit/", data)
        assert r.status_code == 400 and message in r.content.decode(), message
    s.refresh_from_db()
    assert s.status == "nieuw"


def test_transition_error_from_the_service_is_shown(client, network):
    s = submit(network["melder"], "Al in een casus", "regulier")
    services.decide_signal(s, "nieuwe_casus", by=network["coordinator"])
    client.force_login(network["coordinator"])
    r = client.post(f"/signalen/{s.reference}/besluit/", {"decision": "doorverwijzen", "reason": "x",
                                                          "organisation": network["wijkteam"].pk})
    assert r.status_code == 400 and "niet mogelijk" in r.content.decode()


def test_other_decisions(client, network):
    c = client
    c.force_login(network["coordinator"])
    case = services.open_case(by=network["coordinator"], title="Lopende casus")
    s1 = submit(network["melder"], "Hoort bij lopende casus", "regulier")
    r = c.post(f"/signalen/{s1.reference}/besluit/", {"decision": "bestaande_casus", "case": case.pk})
    assert r.url == f"/casussen/{case.reference}/"
    assert case.signals.filter(pk=s1.pk).exists()
    s2 = submit(network["melder"], "Voor het wijkteam", "regulier")
    r = c.post(f"/signalen/{s2.reference}/besluit/", {
        "decision": "doorverwijzen", "organisation": network["wijkteam"].pk, "reason": "Wijkteam kent het gezin",
        "legal_basis": "convenant"})
    assert r.status_code == 302 and r.url == "/inbox/"
    s2.refresh_from_db()
    assert s2.status == "doorverwezen" and s2.referrals.get().legal_basis == "convenant"
    s3 = submit(network["melder"], "Dubbel", "regulier")
    c.post(f"/signalen/{s3.reference}/besluit/", {"decision": "afsluiten", "reason": "Dubbele melding"})
    s3.refresh_from_db()
    assert s3.status == "afgesloten"


def test_label_correction(client, network):
    s = submit(network["melder"], "Tekst", "regulier")
    client.force_login(network["coordinator"])
    r = client.post(f"/signalen/{s.reference}/labels/", {"phenomena": ["hennepteelt", "criminele_uitbuiting"],
                                                         "urgency": "spoed", "reason": "ruikt naar hennep"})
    assert r.status_code == 302
    s.refresh_from_db()
    assert s.phenomena == ["criminele_uitbuiting", "hennepteelt"] and s.urgency == "spoed"
    assert LabelCorrection.objects.get().by == network["coordinator"]
    r = client.post(f"/signalen/{s.reference}/labels/", {"phenomena": ["bestaat_niet"]})
    assert r.status_code == 400 and "Kies een urgentie." in r.content.decode()
    client.force_login(network["melder"])
    assert client.post(f"/signalen/{s.reference}/labels/", {"urgency": "acuut"}).status_code == 404


def test_reporter_sees_feedback_but_never_case_details(client, network):
    s = submit(network["melder"], "Mijn eigen signaal over de loods", "regulier",
               mentions=[{"roles": ["mogelijk_slachtoffer"], "first_name": "Piotr"}])
    case = services.decide_signal(s, "nieuwe_casus", by=network["coordinator"], case_title="Geheime casustitel")
    client.force_login(network["melder"])
    html = client.get("/signalen/mijn/").content.decode()
    assert s.reference in html and "In een casus" in html and "hoort nu bij een casus" in html
    html = client.get(f"/signalen/{s.reference}/").content.decode()
    assert "Mijn eigen signaal over de loods" in html and "Piotr" in html
    assert "Uw melding is ontvangen" in html and "hoort nu bij een casus" in html
    assert case.reference not in html and "Geheime casustitel" not in html
    assert "Besluit vastleggen" not in html
