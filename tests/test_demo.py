"""The demo that `make run` serves: complete, idempotent, and showing the pattern across organisations."""

import pytest

from doortastend.cases.models import Case
from doortastend.demo import loader
from doortastend.people.models import Mention
from doortastend.signals.models import Signal
from doortastend.signals.processing import DEFAULT_STEPS


@pytest.fixture
def demo(db, settings):
    settings.DOORTASTEND_PROCESSING_STEPS = DEFAULT_STEPS
    return loader.load()


def test_demo_contents(demo):
    assert demo == {"signals": Signal.objects.count(), "cases": Case.objects.count(), "merge_proposals": 1}
    assert 55 <= Signal.objects.count() <= 75 and Case.objects.count() == 8
    assert {"nieuw", "toegewezen", "in_behandeling", "afgerond", "gesloten", "heropend"} <= set(
        Case.objects.values_list("status", flat=True)
    )
    assert not Signal.objects.filter(triage_state="niet_getrieerd").exists()
    assert loader.is_loaded()


def test_demo_brings_one_boy_together_from_three_organisations(demo):
    from doortastend.linkage.service import organisation_overview

    person = Mention.objects.get(signal__reporter__username="docent", first_name="Mohamed").person
    assert person is not None
    overview = organisation_overview(person)
    assert overview["signal_count"] == 3
    assert set(overview["by_organisation_type"]) == {"Politie", "School", "Jongerenwerk"}


def test_demo_proposes_to_merge_the_girl_stored_twice(demo):
    from doortastend.linkage.models import MergeProposal

    school = Mention.objects.get(first_name="Shanice", signal__reporter__username="docent")
    note = Mention.objects.get(nickname="Shan")
    assert school.person_id and note.person_id and school.person_id != note.person_id  # apart online
    proposal = MergeProposal.objects.get()
    assert (proposal.person_id, proposal.other_id) == (school.person_id, note.person_id)
    assert proposal.state == MergeProposal.State.OPEN
