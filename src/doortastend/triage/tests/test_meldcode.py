"""The Meldcode decision logic: every branch of the afwegingskader."""

import pytest

from doortastend.triage import meldcode
from doortastend.triage.meldcode import AFSLUITEN, HULP, MELDEN, IncompleteAnswers, advise

ALL_YES_SAFE = {"vermoeden": "ja", "onveilig": "nee", "hulp_mogelijk": "ja", "hulp_aanvaard": "ja",
                "hulp_werkt": "ja"}


def test_five_questions_in_order_as_data():
    assert [q.number for q in meldcode.QUESTIONS] == [1, 2, 3, 4, 5]
    assert meldcode.QUESTION_KEYS == ("vermoeden", "onveilig", "hulp_mogelijk", "hulp_aanvaard", "hulp_werkt")
    assert all(q.text.endswith("?") for q in meldcode.QUESTIONS)


def test_no_suspicion_closes_and_ignores_the_rest():
    advice = advise({"vermoeden": "nee"})
    assert advice.code == AFSLUITEN
    assert advice.decided_by == "vermoeden"
    assert advice.used_answers == (("vermoeden", False),)
    # later answers do not change the outcome
    assert advise({**ALL_YES_SAFE, "vermoeden": "nee", "onveilig": "ja"}).code == AFSLUITEN


def test_acute_or_structural_unsafety_means_report():
    advice = advise({"vermoeden": "ja", "onveilig": "ja"})
    assert advice.code == MELDEN
    assert advice.decided_by == "onveilig"
    assert "112" in advice.text


@pytest.mark.parametrize("key", ["hulp_mogelijk", "hulp_aanvaard", "hulp_werkt"])
def test_help_impossible_refused_or_ineffective_means_report(key):
    advice = advise({**ALL_YES_SAFE, key: "nee"})
    assert advice.code == MELDEN
    assert advice.decided_by == key
    assert advice.label == "Melden bij Veilig Thuis"


def test_help_possible_accepted_and_effective_means_offer_help():
    advice = advise(ALL_YES_SAFE)
    assert advice.code == HULP
    assert advice.decided_by == ""
    assert len(advice.used_answers) == 5


def test_booleans_are_accepted():
    assert advise({"vermoeden": True, "onveilig": False, "hulp_mogelijk": True, "hulp_aanvaard": True,
                   "hulp_werkt": True}).code == HULP


@pytest.mark.parametrize("answers, missing", [
    ({}, 1),
    ({"vermoeden": "ja"}, 2),
    ({"vermoeden": "ja", "onveilig": "misschien"}, 2),
    ({"vermoeden": "ja", "onveilig": "nee", "hulp_mogelijk": "ja", "hulp_aanvaard": "ja"}, 5),
])
def test_a_needed_question_without_answer_is_named(answers, missing):
    with pytest.raises(IncompleteAnswers) as exc:
        advise(answers)
    assert exc.value.question.number == missing
    assert str(exc.value).startswith(f"Beantwoord vraag {missing}")


def test_applies_to_domestic_violence_and_child_abuse_only():
    assert meldcode.applies_to(["huiselijk_geweld"])
    assert meldcode.applies_to(["hennepteelt", "kindermishandeling"])
    assert not meldcode.applies_to(["hennepteelt"])
    assert not meldcode.applies_to(None)
