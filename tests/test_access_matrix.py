"""Need-to-know, proven: every role x every object type x (UI, API), including guessed ids.

The world: a signal by `melder` that belongs to a case owned by `prof` (handover accepted), with a person
linked to the signal's mention; a second signal by `melder2` outside any case. A visible object answers 200 and
writes a 'view' audit event; an invisible one answers 404 (never 403: existence must not leak) and writes a
'denied' event. Anonymous users are sent to the login page (UI) or refused (API).
"""

import pytest
from rest_framework.test import APIClient

from doortastend import services
from doortastend.audit.models import AuditEvent

ROLES = ["melder", "melder2", "coordinator", "prof", "prof2", "analist", "beheerder"]

# Who may see which object (everyone else must get 404).
EXPECTED = {
    "signal": {"melder", "coordinator", "prof"},
    "other_signal": {"melder2", "coordinator"},
    "case": {"coordinator", "prof"},
    "person": {"coordinator", "prof"},
    "handover": {"coordinator", "prof"},
}

UI_URL = {
    "signal": "/signalen/{ref}/", "other_signal": "/signalen/{ref}/", "case": "/casussen/{ref}/",
    "person": "/personen/{ref}/", "handover": "/overdrachten/{ref}/",
}
API_URL = {
    "signal": "/api/signalen/{ref}/", "other_signal": "/api/signalen/{ref}/", "case": "/api/casussen/{ref}/",
    "person": "/api/personen/{ref}/", "handover": "/api/overdrachten/{ref}/",
}
AUDIT_TYPE = {"signal": "signal", "other_signal": "signal", "case": "case", "person": "person",
              "handover": "handover"}


@pytest.fixture
def world(network):
    n = network
    signal, _, _ = services.submit_signal(
        reporter=n["melder"], signal_data={"text": "Jongen ±15 draagt pakketjes voor oudere mannen."},
        mentions=[{"roles": ["mogelijk_slachtoffer"], "first_name": "Dani", "last_name": "Kroes",
                   "age_estimate": 15}],
    )
    other, _, _ = services.submit_signal(reporter=n["melder2"], signal_data={"text": "Los signaal zonder casus."})
    person = services.create_person_for(signal.mentions.get(), by=n["coordinator"])
    case = services.decide_signal(signal, "nieuwe_casus", by=n["coordinator"], case_title="Dani")
    handover = services.offer_handover(case, by=n["coordinator"], to_professional=n["prof"], message="graag")
    services.respond_handover(handover, by=n["prof"], accept=True)
    return {
        "signal": signal.reference, "other_signal": other.reference, "case": case.reference,
        "person": person.reference, "handover": handover.pk,
    }


def _cases():
    for kind in EXPECTED:
        for role in ROLES:
            yield kind, role


@pytest.mark.parametrize(("kind", "role"), list(_cases()))
@pytest.mark.parametrize("channel", ["ui", "api"])
def test_role_object_channel(world, network, client, kind, role, channel):
    user = network[role]
    if channel == "ui":
        client.force_login(user)
        response = client.get(UI_URL[kind].format(ref=world[kind]))
    else:
        api = APIClient()
        api.force_authenticate(user)
        response = api.get(API_URL[kind].format(ref=world[kind]))
    allowed = role in EXPECTED[kind]
    assert response.status_code == (200 if allowed else 404), (kind, role, channel, response.status_code)
    action = "view" if allowed else "denied"
    assert AuditEvent.objects.filter(
        actor=user, action=action, object_type=AUDIT_TYPE[kind], object_id__in=[str(world[kind])],
    ).exists() or AuditEvent.objects.filter(actor=user, action=action, object_type=AUDIT_TYPE[kind]).exists()


GUESSES = {"signal": "S-2026-ZZZZZZ", "case": "C-2026-ZZZZZZ", "person": "P-2026-ZZZZZZ", "handover": 999999}


@pytest.mark.parametrize("kind", list(GUESSES))
@pytest.mark.parametrize("role", ROLES)
def test_guessed_ids_are_404_everywhere(world, network, client, kind, role):
    client.force_login(network[role])
    assert client.get(UI_URL[kind].format(ref=GUESSES[kind])).status_code == 404
    api = APIClient()
    api.force_authenticate(network[role])
    assert api.get(API_URL[kind].format(ref=GUESSES[kind])).status_code == 404


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_anonymous_gets_nothing(world, client, kind):
    response = client.get(UI_URL[kind].format(ref=world[kind]))
    assert response.status_code in (302, 404)
    if response.status_code == 302:
        assert "/inloggen" in response["Location"] or "login" in response["Location"]
    assert APIClient().get(API_URL[kind].format(ref=world[kind])).status_code in (401, 403)


def test_lists_respect_need_to_know(world, network):
    """List endpoints never include objects outside need-to-know."""
    for role in ROLES:
        api = APIClient()
        api.force_authenticate(network[role])
        cases = [c["reference"] for c in api.get("/api/casussen/").json()["results"]]
        assert (world["case"] in cases) == (role in EXPECTED["case"]), role
        signals = [s["reference"] for s in api.get("/api/signalen/").json()["results"]]
        assert set(signals) <= {world["signal"], world["other_signal"]}
        if role not in {"melder", "melder2", "coordinator", "prof"}:
            assert signals == []


def test_uninvolved_professional_sees_nothing_after_membership_ends(world, network):
    from doortastend.cases.models import Case

    n = network
    case = Case.objects.get(reference=world["case"])
    m = services.add_member(case, n["prof2"], by=n["coordinator"], reason="wijkteam sluit aan")
    api = APIClient()
    api.force_authenticate(n["prof2"])
    assert api.get(f"/api/casussen/{case.reference}/").status_code == 200
    services.end_member(m, by=n["coordinator"], reason="niet meer nodig")
    assert api.get(f"/api/casussen/{case.reference}/").status_code == 404
    assert api.get(f"/api/signalen/{world['signal']}/").status_code == 404
