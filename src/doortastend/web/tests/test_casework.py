# ruff: noqa: F811  (pytest fixtures imported from test_casework_base are redefined as arguments)
"""Every case-work page per role: coordinator, involved professional, uninvolved professional, melder, analist,
beheerder. Outsiders get 404 (never 403), and refusals are audited."""

import pytest
from django.urls import reverse

from doortastend.audit.models import AuditAction, AuditEvent

from .test_casework_base import client_for, net, world  # noqa: F401

PAGES = ["case_list", "my_cases", "case_detail", "case_meldcode", "handover_list", "handover_detail",
         "person_detail", "match_list", "overview", "signal_meldcode"]

# 200 = page shown, 404 = does not exist for this role.
EXPECTED = {
    "coordinator": [200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    "prof": [200, 200, 200, 200, 200, 200, 200, 404, 404, 200],  # case owner
    "prof3": [200, 200, 200, 200, 200, 200, 200, 404, 404, 200],  # involved member (not owner)
    "prof2": [200, 200, 404, 404, 200, 404, 404, 404, 404, 404],  # uninvolved
    "melder2": [404] * 10,
    "analist": [404] * 8 + [200, 404],
    "beheerder": [404] * 10,
}


def url_for(name, w):
    args = {
        "case_detail": [w["case"].reference], "case_meldcode": [w["case"].reference],
        "handover_detail": [w["accepted_handover"].pk], "person_detail": [w["person"].reference],
        "signal_meldcode": [w["signal"].reference],
    }.get(name, [])
    return reverse(f"web:{name}", args=args)


@pytest.mark.parametrize("role", list(EXPECTED))
def test_every_page_per_role(world, role):
    c = client_for(world[role])
    got = [c.get(url_for(name, world)).status_code for name in PAGES]
    assert dict(zip(PAGES, got, strict=True)) == dict(zip(PAGES, EXPECTED[role], strict=True))


def test_anonymous_is_sent_to_login(world):
    from django.test import Client

    r = Client().get(url_for("case_detail", world))
    assert r.status_code == 302 and reverse("web:login") in r["Location"]


def test_reporter_may_walk_the_meldcode_on_own_signal_but_not_see_the_case(world):
    c = client_for(world["melder"])
    assert c.get(url_for("signal_meldcode", world)).status_code == 200
    assert c.get(url_for("case_detail", world)).status_code == 404


def test_guessed_reference_is_404_and_audited(world):
    c = client_for(world["prof2"])
    r = c.get(reverse("web:case_detail", args=["C-2026-GEUZZZ"]))
    assert r.status_code == 404
    r = c.get(url_for("case_detail", world))
    assert r.status_code == 404
    assert AuditEvent.objects.filter(actor=world["prof2"], action=AuditAction.DENIED, object_type="case",
                                     object_id=world["case"].reference).exists()


def test_case_view_is_audited(world):
    client_for(world["prof3"]).get(url_for("case_detail", world))
    assert AuditEvent.objects.filter(actor=world["prof3"], action=AuditAction.VIEW, object_type="case",
                                     object_ref=world["case"].reference).exists()


def test_case_list_shows_only_own_cases_to_professionals(world):
    ref = world["case"].reference
    assert ref in client_for(world["prof"]).get(reverse("web:case_list")).content.decode()
    assert ref not in client_for(world["prof2"]).get(reverse("web:case_list")).content.decode()
    assert ref in client_for(world["coordinator"]).get(reverse("web:case_list")).content.decode()
    # the coordinator is not a member: "mijn casussen" is empty for them
    assert ref not in client_for(world["coordinator"]).get(reverse("web:my_cases")).content.decode()


def test_case_list_filters(world):
    c = client_for(world["coordinator"])
    ref = world["case"].reference
    assert ref in c.get(reverse("web:case_list"), {"status": "toegewezen"}).content.decode()
    assert ref not in c.get(reverse("web:case_list"), {"status": "afgesloten"}).content.decode()
    assert ref in c.get(reverse("web:case_list"), {"urgentie": "spoed"}).content.decode()
    assert ref not in c.get(reverse("web:case_list"), {"urgentie": "acuut"}).content.decode()
    assert ref in c.get(reverse("web:case_list"), {"fenomeen": "huiselijk_geweld"}).content.decode()
    assert ref not in c.get(reverse("web:case_list"), {"fenomeen": "hennepteelt"}).content.decode()


def test_case_page_shows_members_persons_signals_and_timeline(world):
    html = client_for(world["prof3"]).get(url_for("case_detail", world)).content.decode()
    assert "Intern begeleider van de school." in html  # member reason
    assert reverse("web:person_detail", args=[world["person"].reference]) in html
    assert "geschreeuw en gebonk" in html  # signal text: need-to-know as a member
    assert "Overdracht aan Prof Test (Gemeente Havenstad): Geaccepteerd" in html
    assert "Status: Toegewezen" in html
    assert f"Signaal {world['signal'].reference} toegevoegd" in html
    assert "Meldcode doorlopen" in html  # huiselijk_geweld


def test_involved_professional_sees_work_actions_but_not_manage_actions(world):
    html = client_for(world["prof3"]).get(url_for("case_detail", world)).content.decode()
    assert reverse("web:case_note", args=[world["case"].reference]) in html
    assert reverse("web:case_status", args=[world["case"].reference]) not in html
    html = client_for(world["prof"]).get(url_for("case_detail", world)).content.decode()
    assert reverse("web:case_status", args=[world["case"].reference]) in html
    assert reverse("web:case_handover_offer", args=[world["case"].reference]) in html


def test_timeline_is_newest_first(world):
    from doortastend import services

    services.add_note(world["case"], by=world["prof"], text="Laatste notitie van vandaag.")
    html = client_for(world["prof"]).get(url_for("case_detail", world)).content.decode()
    timeline = html[html.index('id="tijdlijn"'):]
    assert timeline.index("Laatste notitie van vandaag.") < timeline.index("Status: Nieuw")
