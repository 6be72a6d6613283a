# ruff: noqa: F811  (pytest fixtures imported from test_casework_base are redefined as arguments)
"""Meldcode walk-through in the UI: block shown for domestic violence / child abuse, answers and advice recorded."""

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from doortastend import services
from doortastend.audit.models import AuditEvent
from doortastend.triage.models import MeldcodeAssessment

from .test_casework_base import client_for, net, submit, world  # noqa: F401


def case_url(w):
    return reverse("web:case_meldcode", args=[w["case"].reference])


@pytest.mark.parametrize("answers, advice", [
    ({"vermoeden": "nee"}, "afsluiten"),
    ({"vermoeden": "ja", "onveilig": "ja"}, "melden_veilig_thuis"),
    ({"vermoeden": "ja", "onveilig": "nee", "hulp_mogelijk": "nee"}, "melden_veilig_thuis"),
    ({"vermoeden": "ja", "onveilig": "nee", "hulp_mogelijk": "ja", "hulp_aanvaard": "ja", "hulp_werkt": "ja"},
     "hulp_bieden"),
])
def test_case_meldcode_records_answers_advice_who_and_when(world, answers, advice):
    c = client_for(world["prof3"])
    r = c.post(case_url(world), {**answers, "notes": "Overlegd met aandachtsfunctionaris."})
    assert r.status_code == 302
    a = MeldcodeAssessment.objects.get(case=world["case"])
    assert a.advice == advice and a.by == world["prof3"] and a.at is not None
    assert a.answers == {k: v == "ja" for k, v in answers.items()}
    assert a.notes == "Overlegd met aandachtsfunctionaris."
    assert AuditEvent.objects.filter(object_type="meldcode", actor=world["prof3"]).exists()
    page = c.get(r["Location"]).content.decode()
    assert "Eerder doorlopen" in page and a.advice_text[:40] in page
    # the case page shows the latest advice in the block, and the timeline row
    case_page = c.get(reverse("web:case_detail", args=[world["case"].reference])).content.decode()
    assert "Laatst doorlopen op" in case_page and "Meldcode doorlopen:" in case_page


def test_incomplete_answers_name_the_question_and_store_nothing(world):
    r = client_for(world["prof"]).post(case_url(world), {"vermoeden": "ja"})
    assert r.status_code == 400
    assert "Beantwoord vraag 2" in r.content.decode()
    assert not MeldcodeAssessment.objects.exists()


def test_meldcode_page_lists_the_five_questions(world):
    html = client_for(world["prof"]).get(case_url(world)).content.decode()
    for n in range(1, 6):
        assert f"{n}. " in html
    assert "Is er sprake van acute of structurele onveiligheid?" in html


def test_outsiders_cannot_walk_the_meldcode(world):
    for role in ["prof2", "melder2", "analist", "beheerder"]:
        assert client_for(world[role]).post(case_url(world), {"vermoeden": "nee"}).status_code == 404, role
    assert not MeldcodeAssessment.objects.exists()


def test_reporter_walks_the_meldcode_on_own_signal(world):
    url = reverse("web:signal_meldcode", args=[world["signal"].reference])
    r = client_for(world["melder"]).post(url, {"vermoeden": "ja", "onveilig": "ja"})
    assert r.status_code == 302
    a = MeldcodeAssessment.objects.get(signal=world["signal"])
    assert a.case is None and a.advice == "melden_veilig_thuis" and a.by == world["melder"]
    assert client_for(world["melder2"]).get(url).status_code == 404


def test_block_only_for_domestic_violence_or_child_abuse(net):
    hg = submit(net["melder"], phenomena=["kindermishandeling"])
    other = submit(net["melder"], phenomena=["hennepteelt"])
    html = render_to_string("web/meldcode/_block.html", {"signal": hg})
    assert "Meldcode doorlopen" in html and reverse("web:signal_meldcode", args=[hg.reference]) in html
    assert "Meldcode doorlopen" not in render_to_string("web/meldcode/_block.html", {"signal": other})
    case = services.open_case(by=net["coordinator"], title="Hennep", signals=[other])
    page = client_for(net["coordinator"]).get(reverse("web:case_detail", args=[case.reference])).content.decode()
    assert "Meldcode doorlopen" not in page


def test_preview_tells_the_next_question_or_the_advice(world):
    c = client_for(world["prof"])
    url = reverse("web:meldcode_preview")
    html = c.get(url, {"vermoeden": "ja"}).content.decode()
    assert "Beantwoord vraag 2" in html
    html = c.get(url, {"vermoeden": "ja", "onveilig": "ja"}).content.decode()
    assert "Melden bij Veilig Thuis" in html and "Vraag 3, 4, 5 hoeft u niet meer te beantwoorden." in html
    assert not MeldcodeAssessment.objects.exists()  # a preview stores nothing
    assert client_for(world["analist"]).get(url, {"vermoeden": "ja"}).status_code == 404
