# ruff: noqa: F811  (pytest fixtures imported from test_casework_base are redefined as arguments)
"""Case page actions through the UI: each writes its history row via the service layer, errors are Dutch."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from doortastend import services, workflow
from doortastend.cases.models import CaseNote, CaseStatus, ContactLog, Handover, HandoverStatus

from .test_casework_base import client_for, net, submit, world  # noqa: F401


def post(user, name, case, data, *extra, client=None):
    return (client or client_for(user)).post(reverse(f"web:{name}", args=[case.reference, *extra]), data)


def local(dt):
    return timezone.localtime(dt).strftime("%Y-%m-%dT%H:%M")


def test_add_note(world):
    c = client_for(world["prof3"])
    r = post(world["prof3"], "case_note", world["case"], {"text": "Gesprek met school gepland."}, client=c)
    assert r.status_code == 302
    note = CaseNote.objects.get(case=world["case"])
    assert note.author == world["prof3"] and note.text == "Gesprek met school gepland."
    page = c.get(r["Location"]).content.decode()
    assert "Gesprek met school gepland." in page and "Uw notitie is toegevoegd." in page


def test_empty_note_is_a_dutch_error(world):
    r = post(world["prof3"], "case_note", world["case"], {"text": "  "})
    assert r.status_code == 400
    assert "Schrijf eerst een notitie." in r.content.decode()
    assert not CaseNote.objects.exists()


def test_outsider_cannot_post_actions(world):
    r = post(world["prof2"], "case_note", world["case"], {"text": "hallo"})
    assert r.status_code == 404
    assert not CaseNote.objects.exists()


def test_log_first_contact_sets_time_to_first_contact(world):
    moment = timezone.now() - timedelta(minutes=30)
    r = post(world["prof"], "case_contact", world["case"], {
        "contact_at": local(moment), "method": "telefoon", "with_whom": "moeder", "summary": "Afspraak gemaakt.",
        "is_first_contact": "on"})
    assert r.status_code == 302
    entry = ContactLog.objects.get(case=world["case"])
    assert entry.is_first_contact and entry.method == "telefoon" and entry.professional == world["prof"]
    world["case"].refresh_from_db()
    assert world["case"].first_contact_at is not None
    # the owner's contact moves a toegewezen case to in_behandeling (service rule)
    assert world["case"].status == workflow.CASE_IN_PROGRESS
    page = client_for(world["prof"]).get(r["Location"]).content.decode()
    assert 'id="tijd-tot-contact"' in page and "eerste contact" in page
    assert "Contact (telefoon) met moeder" in page


def test_contact_in_the_future_is_refused(world):
    r = post(world["prof"], "case_contact", world["case"], {
        "contact_at": local(timezone.now() + timedelta(days=1)), "method": "persoonlijk"})
    assert r.status_code == 400
    assert "kan niet in de toekomst liggen" in r.content.decode()
    assert not ContactLog.objects.exists()


def test_status_change_by_owner_writes_history(world):
    r = post(world["prof"], "case_status", world["case"], {"target": "in_behandeling", "reason": "Gestart."})
    assert r.status_code == 302
    row = CaseStatus.objects.filter(case=world["case"]).last()
    assert (row.state, row.by, row.reason) == ("in_behandeling", world["prof"], "Gestart.")


def test_status_change_not_in_workflow_is_refused(world):
    r = post(world["prof"], "case_status", world["case"], {"target": "heropend"})
    assert r.status_code == 400
    assert "Deze status kan nu niet gekozen worden." in r.content.decode()


def test_closing_needs_a_reason(world):
    r = post(world["prof"], "case_status", world["case"], {"target": "gesloten", "reason": ""})
    assert r.status_code == 400
    assert "Geef een reden op voor &#x27;Gesloten&#x27;." in r.content.decode()
    world["case"].refresh_from_db()
    assert world["case"].status == workflow.CASE_ASSIGNED


def test_only_allowed_transitions_are_offered(world):
    html = client_for(world["prof"]).get(reverse("web:case_detail", args=[world["case"].reference])).content.decode()
    for code in workflow.CASE_TRANSITIONS[workflow.CASE_ASSIGNED] - {workflow.CASE_ASSIGNED}:
        assert f'value="{code}"' in html
    assert 'value="heropend"' not in html and 'value="afgerond"' not in html


def test_involved_professional_may_not_change_status(world):
    r = post(world["prof3"], "case_status", world["case"], {"target": "in_behandeling"})
    assert r.status_code == 400
    assert "Alleen de casusregisseur of coördinator kan dit doen." in r.content.decode()


def test_add_and_end_member_changes_access(world):
    case = world["case"]
    r = post(world["coordinator"], "case_member_add", case, {"professional": world["prof2"].pk, "reason": ""})
    assert r.status_code == 400 and "need-to-know" in r.content.decode()
    r = post(world["coordinator"], "case_member_add", case,
             {"professional": world["prof2"].pk, "reason": "Ambulant hulpverlener van het gezin."})
    assert r.status_code == 302
    m = case.memberships.get(professional=world["prof2"], ended_at__isnull=True)
    assert m.reason == "Ambulant hulpverlener van het gezin." and m.added_by == world["coordinator"]
    assert client_for(world["prof2"]).get(reverse("web:case_detail", args=[case.reference])).status_code == 200
    r = post(world["prof"], "case_member_end", case, {"membership": m.pk, "reason": "Hulp afgerond."})
    assert r.status_code == 302
    m.refresh_from_db()
    assert m.ended_at and m.ended_by == world["prof"] and m.end_reason == "Hulp afgerond."
    assert client_for(world["prof2"]).get(reverse("web:case_detail", args=[case.reference])).status_code == 404


def test_owner_membership_cannot_be_ended(world):
    case = world["case"]
    m = case.memberships.get(professional=world["prof"])
    r = post(world["coordinator"], "case_member_end", case, {"membership": m.pk, "reason": "weg"})
    assert r.status_code == 400
    assert "Draag de casus eerst over." in r.content.decode()


def test_offer_handover_to_team_and_withdraw(world):
    signal = submit(world["melder"], text="Nieuw signaal voor een tweede casus.")
    case = services.open_case(by=world["coordinator"], title="Tweede casus", signals=[signal])
    r = post(world["coordinator"], "case_handover_offer", case, {"to_team": world["marines"].pk,
                                                                "message": "Weekenddienst graag.",
                                                                "respond_within_hours": "2"})
    assert r.status_code == 302
    h = Handover.objects.get(case=case)
    assert h.to_team == world["marines"] and h.state == workflow.HANDOVER_OFFERED
    assert timedelta(hours=1, minutes=55) < h.respond_before - h.created_at < timedelta(hours=2, minutes=5)
    # a second offer while one is open is refused with the service's Dutch message
    r = post(world["coordinator"], "case_handover_offer", case, {"to_professional": world["prof"].pk,
                                                                "message": "Nog een."})
    assert r.status_code == 400 and "Er staat al een overdracht open" in r.content.decode()
    r = post(world["coordinator"], "case_handover_withdraw", case, {"reason": ""}, h.pk)
    assert r.status_code == 400
    r = post(world["coordinator"], "case_handover_withdraw", case, {"reason": "Toch anders geregeld."}, h.pk)
    assert r.status_code == 302
    h.refresh_from_db()
    assert h.state == workflow.HANDOVER_WITHDRAWN
    assert HandoverStatus.objects.filter(handover=h, state="teruggetrokken", reason="Toch anders geregeld.").exists()


def test_offer_needs_exactly_one_recipient(world):
    signal = submit(world["melder"], text="Nog een signaal.")
    case = services.open_case(by=world["coordinator"], title="Derde casus", signals=[signal])
    r = post(world["coordinator"], "case_handover_offer", case, {"message": "Graag."})
    assert r.status_code == 400 and "Kies één professional of één team" in r.content.decode()
    r = post(world["coordinator"], "case_handover_offer", case, {
        "message": "Graag.", "to_team": world["marines"].pk, "to_professional": world["prof"].pk})
    assert r.status_code == 400
    assert not Handover.objects.filter(case=case).exists()
