"""Fixtures for the case-work UI tests: a small network (as in tests/conftest.py) and one case built through the
real service layer. Imported by the other test_casework_* modules."""

import pytest
from django.test import Client

from doortastend import services
from doortastend.network.models import Neighbourhood, Organisation, Professional, Role, Team
from doortastend.signals.models import Signal

PASSWORD = "test-wachtwoord-123"
SIGNAL_TEXT = "Buurvrouw hoort vaak geschreeuw en gebonk bij het gezin op nummer 7, kinderen huilen."
SECOND_TEXT = "Leerling vertelt op school dat hij thuis klappen krijgt van stiefvader."
MENTION = {"first_name": "Daan", "last_name": "Testvelde", "roles": ["mogelijk_slachtoffer"], "age_estimate": 9,
           "street": "Lindelaan", "house_number": "7", "city": "Havenstad"}


@pytest.fixture(autouse=True)
def _no_processing(settings):
    settings.DOORTASTEND_PROCESSING_STEPS = {}


@pytest.fixture
def net(db):
    police = Organisation.objects.create(name="Politie Havenstad", type="politie")
    school = Organisation.objects.create(name="Havencollege", type="school")
    wijkteam = Organisation.objects.create(name="Wijkteam Noord", type="wijkteam")
    gemeente = Organisation.objects.create(name="Gemeente Havenstad", type="gemeente")
    marines = Team.objects.create(organisation=gemeente, name="Zorgmariniers", on_call=True)
    Neighbourhood.objects.create(code="BU99990101", name="Oude Haven", district_code="WK999901",
                                 district_name="Centrum", municipality_code="GM9999")
    Neighbourhood.objects.create(code="BU99990201", name="Vlashof", district_code="WK999902",
                                 district_name="Noordoever", municipality_code="GM9999")

    def user(username, role, org, team=None, **extra):
        return Professional.objects.create_user(
            username=username, password=PASSWORD, role=role, organisation=org, team=team,
            first_name=username.capitalize(), last_name="Test", **extra,
        )

    return {
        "police": police, "school": school, "wijkteam": wijkteam, "gemeente": gemeente, "marines": marines,
        "melder": user("melder", Role.MELDER, police),
        "melder2": user("melder2", Role.MELDER, school),
        "coordinator": user("coordinator", Role.COORDINATOR, gemeente),
        "prof": user("prof", Role.PROFESSIONAL, gemeente, marines, is_case_owner=True),
        "prof2": user("prof2", Role.PROFESSIONAL, wijkteam),
        "prof3": user("prof3", Role.PROFESSIONAL, school),
        "analist": user("analist", Role.ANALIST, gemeente),
        "beheerder": user("beheerder", Role.BEHEERDER, gemeente, is_staff=True),
    }


def submit(reporter, text=SIGNAL_TEXT, mentions=(MENTION,), phenomena=("huiselijk_geweld",), urgency="spoed",
           buurt_code="BU99990101"):
    signal, _created, _code = services.submit_signal(
        reporter=reporter, signal_data={"text": text, "buurt_code": buurt_code, "city": "Havenstad"},
        mentions=[dict(m) for m in mentions],
    )
    Signal.objects.filter(pk=signal.pk).update(phenomena=list(phenomena), urgency=urgency)
    signal.refresh_from_db()
    return signal


@pytest.fixture
def world(net):
    """A case owned by `prof` (accepted handover), `prof3` involved, `prof2` uninvolved; one known person."""
    coord = net["coordinator"]
    signal = submit(net["melder"])
    person = services.create_person_for(signal.mentions.get(), by=coord)
    case = services.open_case(by=coord, title="Gezin Lindelaan", signals=[signal])
    h = services.offer_handover(case, by=coord, to_professional=net["prof"], message="Graag vandaag oppakken.")
    services.respond_handover(h, by=net["prof"], accept=True)
    case.refresh_from_db()
    services.add_member(case, net["prof3"], by=net["prof"], reason="Intern begeleider van de school.")
    return {**net, "signal": signal, "person": person, "case": case, "accepted_handover": h}


def client_for(user) -> Client:
    c = Client()
    c.force_login(user)
    return c
