# ruff: noqa: F811  (pytest fixtures imported from test_casework_base are redefined as arguments)
"""Handover decision pages: the recipient sees only what is needed to decide, accepts or declines via the UI."""

import pytest
from django.urls import reverse

from doortastend import services, workflow
from doortastend.cases.models import HandoverStatus

from .test_casework_base import SIGNAL_TEXT, client_for, net, submit  # noqa: F401


@pytest.fixture
def offer(net):
    signal = submit(net["melder"])
    services.create_person_for(signal.mentions.get(), by=net["coordinator"])
    case = services.open_case(by=net["coordinator"], title="Gezin Lindelaan", signals=[signal])
    h = services.offer_handover(case, by=net["coordinator"], to_professional=net["prof"],
                                message="Zorgen om kinderen, graag deze week.")
    return {**net, "case": case, "handover": h}


def detail(user, h):
    return client_for(user).get(reverse("web:handover_detail", args=[h.pk]))


def test_recipient_sees_summary_without_personal_data(offer):
    r = detail(offer["prof"], offer["handover"])
    assert r.status_code == 200
    html = r.content.decode()
    assert offer["case"].reference in html
    assert "Zorgen om kinderen, graag deze week." in html
    assert "Huiselijk geweld" in html and "Spoed" in html
    assert "Antwoord uiterlijk" in html
    for private in ["Daan", "Testvelde", "Lindelaan", SIGNAL_TEXT[:30], "Gezin Lindelaan"]:
        assert private not in html
    # before acceptance the case page itself is not visible
    assert client_for(offer["prof"]).get(reverse("web:case_detail", args=[offer["case"].reference])).status_code == 404


def test_others_do_not_see_the_offer(offer):
    assert detail(offer["prof2"], offer["handover"]).status_code == 404
    assert detail(offer["melder"], offer["handover"]).status_code == 404
    assert detail(offer["analist"], offer["handover"]).status_code == 404
    assert detail(offer["coordinator"], offer["handover"]).status_code == 200


def test_list_shows_open_offers_to_me_first(offer):
    html = client_for(offer["prof"]).get(reverse("web:handover_list")).content.decode()
    assert reverse("web:handover_detail", args=[offer["handover"].pk]) in html
    assert html.index("Wachten op antwoord") < html.index(offer["case"].reference) < html.index("Eerder")
    assert offer["case"].reference not in client_for(offer["prof2"]).get(reverse("web:handover_list")).content.decode()
    assert offer["case"].reference in client_for(offer["coordinator"]).get(reverse("web:handover_list")).content.decode()


def test_accept_through_the_ui_makes_owner_and_redirects_to_case(offer):
    url = reverse("web:handover_respond", args=[offer["handover"].pk])
    r = client_for(offer["prof"]).post(url, {"decision": "accepteren"})
    assert r.status_code == 302
    assert r["Location"] == reverse("web:case_detail", args=[offer["case"].reference])
    offer["case"].refresh_from_db()
    assert offer["case"].owner == offer["prof"] and offer["case"].status == workflow.CASE_ASSIGNED
    assert HandoverStatus.objects.filter(handover=offer["handover"], state="geaccepteerd", by=offer["prof"]).exists()
    page = client_for(offer["prof"]).get(r["Location"])
    assert page.status_code == 200 and SIGNAL_TEXT[:30] in page.content.decode()
    # the handover page now links to the case
    html = detail(offer["prof"], offer["handover"]).content.decode()
    assert reverse("web:case_detail", args=[offer["case"].reference]) in html


def test_decline_needs_a_reason(offer):
    url = reverse("web:handover_respond", args=[offer["handover"].pk])
    r = client_for(offer["prof"]).post(url, {"decision": "weigeren", "reason": ""})
    assert r.status_code == 400 and "Geef een reden op voor het weigeren" in r.content.decode()
    r = client_for(offer["prof"]).post(url, {"decision": "weigeren", "reason": "Geen plek deze week."})
    assert r.status_code == 302 and r["Location"] == reverse("web:handover_list")
    offer["handover"].refresh_from_db()
    assert offer["handover"].state == workflow.HANDOVER_DECLINED
    assert HandoverStatus.objects.filter(handover=offer["handover"], state="geweigerd",
                                         reason="Geen plek deze week.").exists()
    offer["case"].refresh_from_db()
    assert offer["case"].owner is None


def test_team_offer_is_answered_by_a_team_member(net):
    signal = submit(net["melder"])
    case = services.open_case(by=net["coordinator"], title="Weekend", signals=[signal])
    h = services.offer_handover(case, by=net["coordinator"], to_team=net["marines"], message="Vanavond.")
    assert detail(net["prof"], h).status_code == 200  # prof is in the on-call team
    r = client_for(net["prof"]).post(reverse("web:handover_respond", args=[h.pk]), {"decision": "accepteren"})
    assert r.status_code == 302
    case.refresh_from_db()
    assert case.owner == net["prof"]


def test_answering_twice_is_a_dutch_error(offer):
    url = reverse("web:handover_respond", args=[offer["handover"].pk])
    client_for(offer["prof"]).post(url, {"decision": "weigeren", "reason": "Vol."})
    r = client_for(offer["prof"]).post(url, {"decision": "accepteren"})
    assert r.status_code == 400
    assert "niet mogelijk" in r.content.decode()


def test_non_recipient_cannot_answer(offer):
    r = client_for(offer["coordinator"]).post(reverse("web:handover_respond", args=[offer["handover"].pk]),
                                              {"decision": "accepteren"})
    assert r.status_code == 400 and "niet aan u gericht" in r.content.decode()
    r = client_for(offer["prof2"]).post(reverse("web:handover_respond", args=[offer["handover"].pk]),
                                        {"decision": "accepteren"})
    assert r.status_code == 404
