"""State flows as data, in one place (after Signalen's workflow.py).

Every state change goes through `doortastend.services`, which checks the transition against these tables,
appends a history row (who, when, why), writes an audit event and, for signals, a status message for the
reporter. Nothing else writes states.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class State:
    code: str
    label: str  # Dutch, for professionals
    public_message: str = ""  # Dutch, for the reporter; never case details


# --- Signal (melding) -------------------------------------------------------------------------------------------
SIGNAL_NEW = "nieuw"
SIGNAL_IN_CASE = "in_casus"
SIGNAL_REFERRED = "doorverwezen"
SIGNAL_MONITORING = "monitoren"
SIGNAL_CLOSED = "afgesloten"

SIGNAL_STATES = {
    s.code: s
    for s in [
        State(SIGNAL_NEW, "Nieuw", "Uw melding is ontvangen. Een coördinator bekijkt haar zo snel mogelijk."),
        State(SIGNAL_IN_CASE, "In een casus", "Uw melding is opgepakt en hoort nu bij een casus."),
        State(
            SIGNAL_REFERRED,
            "Doorverwezen",
            "Uw melding is doorgezet naar een organisatie die hierover gaat.",
        ),
        State(
            SIGNAL_MONITORING,
            "Bewaard om te volgen",
            "Uw melding is bewaard. Als er meer signalen komen, worden ze samen bekeken.",
        ),
        State(SIGNAL_CLOSED, "Afgesloten", "Uw melding is afgehandeld. Dank u wel voor het melden."),
    ]
}

SIGNAL_TRANSITIONS: dict[str, set[str]] = {
    SIGNAL_NEW: {SIGNAL_IN_CASE, SIGNAL_REFERRED, SIGNAL_MONITORING, SIGNAL_CLOSED},
    SIGNAL_MONITORING: {SIGNAL_IN_CASE, SIGNAL_REFERRED, SIGNAL_CLOSED},
    SIGNAL_REFERRED: {SIGNAL_IN_CASE, SIGNAL_MONITORING, SIGNAL_CLOSED},
    SIGNAL_IN_CASE: {SIGNAL_CLOSED, SIGNAL_MONITORING},
    SIGNAL_CLOSED: {SIGNAL_NEW},  # reopen
}

# Extra reporter message when a professional has accepted the case a signal belongs to.
FEEDBACK_CASE_ACCEPTED = "Uw melding is in behandeling bij een professional."
FEEDBACK_CASE_CLOSED = "De casus waar uw melding bij hoort is afgerond. Dank u wel voor het melden."

# Decisions a coordinator can take on a new signal, and the state each leads to.
SIGNAL_DECISIONS = {
    "nieuwe_casus": ("Nieuwe casus openen", SIGNAL_IN_CASE),
    "bestaande_casus": ("Toevoegen aan bestaande casus", SIGNAL_IN_CASE),
    "doorverwijzen": ("Doorverwijzen naar partnerorganisatie", SIGNAL_REFERRED),
    "monitoren": ("Bewaren om te volgen", SIGNAL_MONITORING),
    "afsluiten": ("Afsluiten met reden", SIGNAL_CLOSED),
}

# --- Case (casus) ------------------------------------------------------------------------------------------------
CASE_NEW = "nieuw"
CASE_ASSIGNED = "toegewezen"
CASE_IN_PROGRESS = "in_behandeling"
CASE_COMPLETED = "afgerond"
CASE_TRANSFERRED = "overgedragen"
CASE_CLOSED = "gesloten"
CASE_REOPENED = "heropend"

CASE_STATES = {
    s.code: s
    for s in [
        State(CASE_NEW, "Nieuw"),
        State(CASE_ASSIGNED, "Toegewezen"),
        State(CASE_IN_PROGRESS, "In behandeling"),
        State(CASE_COMPLETED, "Afgerond"),
        State(CASE_TRANSFERRED, "Overgedragen aan andere organisatie"),
        State(CASE_CLOSED, "Gesloten"),
        State(CASE_REOPENED, "Heropend"),
    ]
}

CASE_TRANSITIONS: dict[str, set[str]] = {
    CASE_NEW: {CASE_ASSIGNED, CASE_CLOSED},
    CASE_ASSIGNED: {CASE_IN_PROGRESS, CASE_NEW, CASE_TRANSFERRED, CASE_CLOSED, CASE_ASSIGNED},
    CASE_IN_PROGRESS: {CASE_COMPLETED, CASE_TRANSFERRED, CASE_CLOSED, CASE_ASSIGNED},
    CASE_COMPLETED: {CASE_REOPENED},
    CASE_TRANSFERRED: {CASE_REOPENED},
    CASE_CLOSED: {CASE_REOPENED},
    CASE_REOPENED: {CASE_ASSIGNED, CASE_IN_PROGRESS, CASE_CLOSED},
}
CASE_OPEN_STATES = {CASE_NEW, CASE_ASSIGNED, CASE_IN_PROGRESS, CASE_REOPENED}
CASE_END_STATES = {CASE_COMPLETED, CASE_TRANSFERRED, CASE_CLOSED}

# --- Handover (overdracht) ---------------------------------------------------------------------------------------
HANDOVER_OFFERED = "aangeboden"
HANDOVER_ESCALATED = "geescaleerd"
HANDOVER_ACCEPTED = "geaccepteerd"
HANDOVER_DECLINED = "geweigerd"
HANDOVER_WITHDRAWN = "teruggetrokken"

HANDOVER_STATES = {
    s.code: s
    for s in [
        State(HANDOVER_OFFERED, "Aangeboden"),
        State(HANDOVER_ESCALATED, "Aangeboden, niet op tijd beantwoord (geëscaleerd)"),
        State(HANDOVER_ACCEPTED, "Geaccepteerd"),
        State(HANDOVER_DECLINED, "Geweigerd"),
        State(HANDOVER_WITHDRAWN, "Teruggetrokken"),
    ]
}
HANDOVER_TRANSITIONS: dict[str, set[str]] = {
    HANDOVER_OFFERED: {HANDOVER_ACCEPTED, HANDOVER_DECLINED, HANDOVER_WITHDRAWN, HANDOVER_ESCALATED},
    HANDOVER_ESCALATED: {HANDOVER_ACCEPTED, HANDOVER_DECLINED, HANDOVER_WITHDRAWN},
    HANDOVER_ACCEPTED: set(),
    HANDOVER_DECLINED: set(),
    HANDOVER_WITHDRAWN: set(),
}
HANDOVER_OPEN_STATES = {HANDOVER_OFFERED, HANDOVER_ESCALATED}

# Transitions that require a reason from the person who makes them.
REASON_REQUIRED = {
    ("signal", SIGNAL_CLOSED),
    ("signal", SIGNAL_REFERRED),
    ("case", CASE_CLOSED),
    ("case", CASE_REOPENED),
    ("case", CASE_TRANSFERRED),
    ("handover", HANDOVER_DECLINED),
    ("handover", HANDOVER_WITHDRAWN),
}

FLOWS = {
    "signal": (SIGNAL_STATES, SIGNAL_TRANSITIONS),
    "case": (CASE_STATES, CASE_TRANSITIONS),
    "handover": (HANDOVER_STATES, HANDOVER_TRANSITIONS),
}


class TransitionError(ValueError):
    """An attempted state change that the flow does not allow. The message is Dutch, for the user."""


def check_transition(flow: str, current: str | None, target: str, reason: str = "") -> None:
    states, transitions = FLOWS[flow]
    if target not in states:
        raise TransitionError(f"Onbekende status '{target}'.")
    if current is not None and target not in transitions.get(current, set()):
        raise TransitionError(
            f"Van '{states[current].label}' naar '{states[target].label}' gaan is niet mogelijk."
        )
    if (flow, target) in REASON_REQUIRED and not (reason or "").strip():
        raise TransitionError(f"Geef een reden op voor '{states[target].label}'.")


def choices(states: dict[str, State]) -> list[tuple[str, str]]:
    return [(s.code, s.label) for s in states.values()]
