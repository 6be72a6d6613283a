"""Fixtures for the case-work UI tests: the shared network (root conftest.py) and one case built through the
real service layer. Imported by the other test_casework_* modules."""

import pytest
from django.test import Client

from doortastend import services
from doortastend.network.models import Neighbourhood
from doortastend.signals.models import Signal

SIGNAL_TEXT = "Buurvrouw hoort vaak geschreeuw en gebonk bij het gezin op nummer 7, kinderen huilen."
SECOND_TEXT = "Leerling vertelt op school dat hij thuis klappen krijgt van stiefvader."
MENTION = {"first_name": "Daan", "last_name": "Testvelde", "roles": ["mogelijk_slachtoffer"], "age_estimate": 9,
           "street": "Lindelaan", "house_number": "7", "city": "Havenstad"}


@pytest.fixture
def net(network):
    """The shared network (root conftest.py) plus two buurten for the overview."""
    Neighbourhood.objects.create(code="BU99990101", name="Oude Haven", district_code="WK999901",
                                 district_name="Centrum", municipality_code="GM9999")
    Neighbourhood.objects.create(code="BU99990201", name="Vlashof", district_code="WK999902",
                                 district_name="Noordoever", municipality_code="GM9999")
    return network


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
