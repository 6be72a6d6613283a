# ruff: noqa: F811  (pytest fixtures imported from test_casework_base are redefined as arguments)
"""Analyst overview: aggregates only, no personal data, small numbers suppressed, office hours."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone

from doortastend import services
from doortastend.cases.models import Handover
from doortastend.web.views.overview import build_overview, is_office_hours, suppress, total_display

from .test_casework_base import SIGNAL_TEXT, client_for, net, submit, world  # noqa: F401

AMS = ZoneInfo("Europe/Amsterdam")


def test_suppress_and_totals():
    assert [suppress(n) for n in [0, 1, 4, 5, 12]] == ["0", "<5", "<5", "5", "12"]
    assert total_display([5, 6]) == "11"
    assert total_display([5, 3]) == "±10"  # one hidden cell: the total must not reveal it
    assert total_display([1, 2]) == "<5"
    assert total_display([0, 0]) == "0"


def test_office_hours():
    assert is_office_hours(datetime(2026, 3, 16, 9, 0, tzinfo=AMS))  # Monday
    assert not is_office_hours(datetime(2026, 3, 16, 18, 0, tzinfo=AMS))
    assert not is_office_hours(datetime(2026, 3, 16, 7, 59, tzinfo=AMS))
    assert not is_office_hours(datetime(2026, 3, 21, 12, 0, tzinfo=AMS))  # Saturday


def test_overview_is_for_analist_and_coordinator_only(world):
    url = reverse("web:overview")
    assert client_for(world["analist"]).get(url).status_code == 200
    assert client_for(world["coordinator"]).get(url).status_code == 200
    for role in ["prof", "prof2", "melder", "beheerder"]:
        assert client_for(world[role]).get(url).status_code == 404, role


def test_no_personal_data_and_small_counts_hidden(world):
    html = client_for(world["analist"]).get(reverse("web:overview")).content.decode()
    for private in ["Daan", "Testvelde", "Lindelaan", SIGNAL_TEXT[:30], world["signal"].reference,
                    world["case"].reference, world["person"].reference, "Gezin Lindelaan"]:
        assert private not in html
    assert 'id="signalen-totaal">&lt;5<' in html


def test_counts_per_buurt_phenomenon_and_status(world):
    for _ in range(5):
        submit(world["melder"], text="Nog een zorg.", mentions=(), buurt_code="BU99990201",
               phenomena=["huiselijk_geweld", "kindermishandeling"])
    data = build_overview()
    noordoever = next(w for w in data["wijken"] if w["name"] == "Noordoever")
    assert noordoever["count"] == "5"
    assert {"label": "Vlashof", "count": "5", "raw_zero": False} in noordoever["rows"]
    centrum = next(w for w in data["wijken"] if w["name"] == "Centrum")
    assert {"label": "Oude Haven", "count": "<5", "raw_zero": False} in centrum["rows"]
    assert centrum["count"] == "<5"  # the wijk total hides the small buurt count too
    phenomena = {r["label"]: r["count"] for r in data["phenomena"]["rows"]}
    assert phenomena["Huiselijk geweld"] == "6" and phenomena["Kindermishandeling"] == "5"
    assert phenomena["Hennepteelt"] == "0"
    statuses = {r["label"]: r["count"] for r in data["statuses"]["rows"]}
    assert statuses["Toegewezen"] == "<5"
    assert data["median_to_case"]["suppressed"]  # one case: too few to show a median


def test_handovers_answered_outside_office_hours_and_medians(net):
    signals = [submit(net["melder"], text=f"Signaal {i}.", mentions=()) for i in range(5)]
    saturday = datetime(2026, 3, 21, 22, 30, tzinfo=AMS)
    for i, s in enumerate(signals):
        case = services.open_case(by=net["coordinator"], title=f"Casus {i}", signals=[s])
        h = services.offer_handover(case, by=net["coordinator"], to_professional=net["prof"], message="Graag.")
        services.respond_handover(h, by=net["prof"], accept=True)
        case.refresh_from_db()
        services.log_contact(case, by=net["prof"], contact_at=timezone.now() - timedelta(minutes=1),
                             method="telefoon", is_first_contact=True)
    Handover.objects.update(answered_at=saturday)
    data = build_overview()
    assert data["handovers_answered"] == "5" and data["handovers_outside"] == "5"
    assert data["handovers_outside_accepted"] == "5"
    assert not data["median_to_case"]["suppressed"] and not data["median_to_contact"]["suppressed"]
    monday = datetime(2026, 3, 16, 10, 0, tzinfo=AMS)
    Handover.objects.filter(pk__in=list(Handover.objects.values_list("pk", flat=True)[:4])).update(answered_at=monday)
    assert build_overview()["handovers_outside"] == "<5"


def test_period_filter(world):
    html = client_for(world["analist"]).get(reverse("web:overview"), {"periode": "30"}).content.decode()
    assert "Laatste 30 dagen</strong>" in html
    since = timezone.now() + timedelta(days=1)
    assert build_overview(since)["signal_total"] == "0"
