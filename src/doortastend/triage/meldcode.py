"""The Meldcode huiselijk geweld en kindermishandeling: the five questions of the afwegingskader, as data,
and a pure decision function that turns the answers into an advice.

The decision rule (the afwegingskader of the Meldcode, 2019), applied in question order:

1. Is er een vermoeden?                        nee -> ``afsluiten`` (nothing more to weigh)
2. Is er sprake van acute of structurele
   onveiligheid?                               ja  -> ``melden_veilig_thuis``
3. Ben ik in staat effectieve hulp te bieden
   of te organiseren?                          nee -> ``melden_veilig_thuis``
4. Aanvaarden de betrokkenen de hulp?          nee -> ``melden_veilig_thuis``
5. Leidt de hulp binnen de afgesproken tijd
   tot duurzame veiligheid?                    nee -> ``melden_veilig_thuis``
   otherwise                                       -> ``hulp_bieden``

A question is only needed when every earlier question was answered the "continue" way; answers to later
questions are ignored once the outcome is fixed. A needed question without a yes/no answer raises
`IncompleteAnswers` with a Dutch message naming the question. No Django imports: usable anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

MELDEN = "melden_veilig_thuis"
HULP = "hulp_bieden"
AFSLUITEN = "afsluiten"

# Phenomena for which the Meldcode applies.
MELDCODE_PHENOMENA = frozenset({"huiselijk_geweld", "kindermishandeling"})


@dataclass(frozen=True)
class Question:
    key: str
    number: int
    text: str  # Dutch, as the professional reads it
    help: str  # Dutch, what to think about
    stop_on: bool  # the answer (True = ja, False = nee) that ends the walk-through
    outcome: str  # the advice when the walk-through stops here


QUESTIONS: tuple[Question, ...] = (
    Question(
        "vermoeden", 1, "Is er een vermoeden van huiselijk geweld of kindermishandeling?",
        "Ga uit van wat u zelf zag of hoorde. Overleg met een collega of de aandachtsfunctionaris. "
        "Twijfelt u? Dan kunt u Veilig Thuis om advies vragen (0800-2000, gratis).",
        stop_on=False, outcome=AFSLUITEN,
    ),
    Question(
        "onveilig", 2, "Is er sprake van acute of structurele onveiligheid?",
        "Acuut: iemand is nu of binnenkort in gevaar. Structureel: het geweld of de zorgen blijven terugkomen, "
        "ook als er al hulp was.",
        stop_on=True, outcome=MELDEN,
    ),
    Question(
        "hulp_mogelijk", 3, "Bent u in staat effectieve hulp te bieden of te organiseren?",
        "Kunt u zelf of samen met anderen de hulp regelen die nodig is om de onveiligheid te stoppen?",
        stop_on=False, outcome=MELDEN,
    ),
    Question(
        "hulp_aanvaard", 4, "Aanvaarden de betrokkenen de hulp?",
        "Werken de ouders, de partner of de andere betrokkenen mee aan de hulp en de afspraken?",
        stop_on=False, outcome=MELDEN,
    ),
    Question(
        "hulp_werkt", 5, "Leidt de hulp binnen de afgesproken tijd tot duurzame veiligheid?",
        "Spreek af binnen welke tijd het veilig moet zijn en kijk dan of dat gelukt is.",
        stop_on=False, outcome=MELDEN,
    ),
)
QUESTION_KEYS = tuple(q.key for q in QUESTIONS)

ADVICE_LABELS = {
    MELDEN: "Melden bij Veilig Thuis",
    HULP: "Hulp bieden of organiseren",
    AFSLUITEN: "Afsluiten",
}

ADVICE_TEXTS = {
    (AFSLUITEN, "vermoeden"): "Er is geen vermoeden van huiselijk geweld of kindermishandeling. U kunt de Meldcode "
    "afsluiten. Leg vast wat u heeft afgewogen.",
    (MELDEN, "onveilig"): "Er is acute of structurele onveiligheid. Meld bij Veilig Thuis (0800-2000). Bij direct "
    "gevaar: bel 112.",
    (MELDEN, "hulp_mogelijk"): "U kunt zelf geen effectieve hulp bieden of organiseren. Meld bij Veilig Thuis.",
    (MELDEN, "hulp_aanvaard"): "De betrokkenen aanvaarden de hulp niet. Meld bij Veilig Thuis.",
    (MELDEN, "hulp_werkt"): "De hulp leidt niet binnen de afgesproken tijd tot duurzame veiligheid. Meld bij "
    "Veilig Thuis.",
    (HULP, ""): "Bied of organiseer hulp. Spreek af wanneer het veilig moet zijn en volg of dat lukt. Lukt het "
    "niet, doorloop de vragen dan opnieuw.",
}


@dataclass(frozen=True)
class Advice:
    code: str
    text: str
    decided_by: str = ""  # key of the question that fixed the outcome ("" when all five led to hulp bieden)
    used_answers: tuple[tuple[str, bool], ...] = ()  # the answers the advice rests on, in question order

    @property
    def label(self) -> str:
        return ADVICE_LABELS[self.code]


class IncompleteAnswers(ValueError):
    """A question needed for the advice has no yes/no answer. The message is Dutch and names the question."""

    def __init__(self, question: Question):
        self.question = question
        super().__init__(f"Beantwoord vraag {question.number}: {question.text}")


_YES = {"ja", "j", "yes", "true", "1"}
_NO = {"nee", "n", "no", "false", "0"}


def parse_answer(value) -> bool | None:
    """True for ja, False for nee, None for unanswered or anything else."""
    if isinstance(value, bool):
        return value
    if value is None:
        return None
    text = str(value).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    return None


def advise(answers: dict) -> Advice:
    """The advice for the answers ({question key: ja/nee or bool}), following the rule in the module docstring."""
    used: list[tuple[str, bool]] = []
    for q in QUESTIONS:
        answer = parse_answer(answers.get(q.key))
        if answer is None:
            raise IncompleteAnswers(q)
        used.append((q.key, answer))
        if answer == q.stop_on:
            return Advice(q.outcome, ADVICE_TEXTS[(q.outcome, q.key)], q.key, tuple(used))
    return Advice(HULP, ADVICE_TEXTS[(HULP, "")], "", tuple(used))


def applies_to(phenomena) -> bool:
    """The Meldcode walk-through is offered when the phenomena include domestic violence or child abuse."""
    return bool(MELDCODE_PHENOMENA & set(phenomena or []))
