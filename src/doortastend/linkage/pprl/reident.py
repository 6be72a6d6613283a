"""Re-identification protocol: a match group may only be traced back to persons after a legal basis is
recorded.

Pure functions and frozen dataclasses, no Django: the Django side persists the
:class:`ReidentificationDecision` (audit log) and then asks each *data holder* to resolve its own ids; the
mapping id -> person never leaves the data holder, and the linkage unit never sees it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

__all__ = [
    "ALLOWED_LEGAL_BASES",
    "ReidentificationRefused",
    "ReidentificationRequest",
    "ReidentificationDecision",
    "decide",
    "holder_requests",
]

# Legal bases under which a match group may be re-identified. Keys are stored; values are shown to users.
ALLOWED_LEGAL_BASES: dict[str, str] = {
    "AVG art. 6 lid 1 sub c": "Wettelijke verplichting van de verwerkingsverantwoordelijke",
    "AVG art. 6 lid 1 sub e": "Taak van algemeen belang of openbaar gezag",
    "AVG art. 9 lid 2 sub g": "Zwaarwegend algemeen belang (bijzondere persoonsgegevens)",
    "Wet politiegegevens art. 20": "Verstrekking van politiegegevens voor samenwerkingsverbanden",
    "Jeugdwet art. 7.4.0": "Verwerking van persoonsgegevens door college en jeugdhulpaanbieder",
    "Wmo 2015 art. 5.2.4": "Verwerking van persoonsgegevens door het college (Wmo)",
}

MIN_REASON_CHARS = 20


class ReidentificationRefused(ValueError):
    """Raised when a request does not meet the protocol; the message is plain Dutch for the user."""


@dataclass(frozen=True, slots=True)
class ReidentificationRequest:
    match_group: str  # cluster label from ``doortastend link --encoded``
    legal_basis: str  # one of ALLOWED_LEGAL_BASES
    requested_by: str  # professional id (not a name)
    reason: str  # why re-identification is needed for this case (need-to-know)
    member_ids: tuple[tuple[str, str], ...] = ()  # (source, id) pairs in the group, from the linkage output
    case_ref: str = ""


@dataclass(frozen=True, slots=True)
class ReidentificationDecision:
    request: ReidentificationRequest
    approved_by: str
    decided_at: datetime
    legal_basis_text: str
    holder_ids: dict[str, tuple[str, ...]] = field(default_factory=dict)  # source -> its own ids

    def to_record(self) -> dict:
        """Serialisable form for the audit log."""
        r = self.request
        return {
            "match_group": r.match_group,
            "legal_basis": r.legal_basis,
            "requested_by": r.requested_by,
            "reason": r.reason,
            "case_ref": r.case_ref,
            "approved_by": self.approved_by,
            "decided_at": self.decided_at.isoformat(),
            "holders": {k: list(v) for k, v in sorted(self.holder_ids.items())},
        }


def decide(
    request: ReidentificationRequest, approved_by: str, now: datetime | None = None
) -> ReidentificationDecision:
    """Check a request and return the decision to persist; raises ReidentificationRefused otherwise.

    Refuses when the legal basis is missing or not on the allowed list, when the reason is too thin to
    show need-to-know, when requester or approver is unknown, or when the requester approves their own
    request (four-eyes principle).
    """
    basis = (request.legal_basis or "").strip()
    if not basis:
        raise ReidentificationRefused("Herleiden kan pas als er een wettelijke grondslag is vastgelegd.")
    if basis not in ALLOWED_LEGAL_BASES:
        raise ReidentificationRefused(
            f"'{basis}' staat niet op de lijst van toegestane grondslagen; kies er een uit de lijst."
        )
    if not request.match_group:
        raise ReidentificationRefused("Geef aan welke koppelgroep herleid moet worden.")
    if not request.requested_by or not approved_by:
        raise ReidentificationRefused("Aanvrager en beoordelaar moeten allebei bekend zijn.")
    if request.requested_by == approved_by:
        raise ReidentificationRefused("Een aanvraag moet door iemand anders worden beoordeeld (vier ogen).")
    if len((request.reason or "").strip()) < MIN_REASON_CHARS:
        raise ReidentificationRefused("Leg uit waarom herleiden nodig is voor deze zaak (minstens één zin).")
    return ReidentificationDecision(
        request=request,
        approved_by=approved_by,
        decided_at=now or datetime.now(UTC),
        legal_basis_text=ALLOWED_LEGAL_BASES[basis],
        holder_ids=holder_requests(request.member_ids),
    )


def holder_requests(member_ids: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """Split a group's (source, id) members per data holder: each holder only gets its own ids back and
    resolves them to persons locally."""
    out: dict[str, list[str]] = {}
    for source, rid in member_ids:
        out.setdefault(source, []).append(rid)
    return {k: tuple(sorted(v)) for k, v in out.items()}
