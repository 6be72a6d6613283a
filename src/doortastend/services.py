"""The one service layer for state changes.

Every change of a signal, case or handover goes through here: it checks the transition against
`doortastend.workflow`, appends the history row (who, when, why), writes the audit event and, where the
reporter should hear about it, a status message (Feedback) that never contains case details.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from doortastend import access, workflow
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.cases.models import (
    Case,
    CaseMembership,
    CaseNote,
    CasePerson,
    CaseSignal,
    CaseStatus,
    ContactLog,
    Handover,
    HandoverStatus,
    MembershipRole,
)
from doortastend.people.models import Mention, MentionLink, Person
from doortastend.signals.models import (
    Channel,
    Feedback,
    IdempotencyRecord,
    Referral,
    Signal,
    SignalStatus,
)

log = logging.getLogger(__name__)

# Unambiguous alphabet for codes that people read aloud or type on a phone.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _random_code(n: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(n))


def new_reference(prefix: str, model) -> str:
    year = timezone.localdate().year
    while True:
        ref = f"{prefix}-{year}-{_random_code(6)}"
        if not model.objects.filter(reference=ref).exists():
            return ref


def new_receipt_code() -> str:
    return f"{_random_code(4)}-{_random_code(4)}"


def hash_receipt_code(code: str) -> str:
    normalised = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(f"doortastend-receipt:{normalised}".encode()).hexdigest()


# --- Signals ------------------------------------------------------------------------------------------------------


class DuplicateSubmission(Exception):
    def __init__(self, signal):
        self.signal = signal


def request_fingerprint(data: dict) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def submit_signal(
    *,
    reporter=None,
    signal_data: dict,
    mentions: list[dict] | None = None,
    channel: str = Channel.WEB,
    idempotency_key: str | None = None,
    resident: bool = False,
    fingerprint_data: dict | None = None,
) -> tuple[Signal, bool, str | None]:
    """Store a signal with its mentions in one transaction, before any further processing.

    Returns (signal, created, receipt_code). A repeated submission with the same idempotency key by the same
    submitter returns the first signal and stores nothing. The receipt code is only returned on creation (for
    residents); only its hash is stored.
    """
    mentions = mentions or []
    signal_data = dict(signal_data)
    principal = f"user:{reporter.pk}" if reporter is not None else "bewoner"
    fingerprint = request_fingerprint(
        fingerprint_data if fingerprint_data is not None else {"signal": signal_data, "mentions": mentions}
    )
    if idempotency_key:
        existing = IdempotencyRecord.objects.filter(principal=principal, key=idempotency_key).first()
        if existing:
            return existing.signal, False, None

    receipt_code = new_receipt_code() if resident else None
    try:
        with transaction.atomic():
            signal = Signal(
                reference=new_reference("S", Signal),
                channel=channel,
                reporter=reporter,
                reporter_organisation=getattr(reporter, "organisation", None) if reporter else None,
                reporter_role=signal_data.pop("reporter_role", "") or _reporter_role(reporter, resident),
                is_resident=resident,
                receipt_code_hash=hash_receipt_code(receipt_code) if receipt_code else "",
                status=workflow.SIGNAL_NEW,
                status_changed_at=timezone.now(),
                **signal_data,
            )
            signal.full_clean(exclude=["reference"])
            signal.save()
            for m in mentions:
                mention = Mention(signal=signal, **m)
                mention.full_clean()
                mention.save()
            SignalStatus.objects.create(signal=signal, state=workflow.SIGNAL_NEW, by=reporter, reason="ontvangen")
            Feedback.objects.create(signal=signal, message=workflow.SIGNAL_STATES[workflow.SIGNAL_NEW].public_message)
            if idempotency_key:
                IdempotencyRecord.objects.create(
                    key=idempotency_key, principal=principal, request_hash=fingerprint, signal=signal
                )
            record(
                reporter, AuditAction.CREATE, signal, channel="api" if channel == Channel.API else "ui",
                actor_label="" if reporter else "bewoner (ontvangstcode)",
            )
    except IntegrityError:
        # A concurrent retry with the same idempotency key won the race: return its signal.
        if idempotency_key:
            existing = IdempotencyRecord.objects.filter(principal=principal, key=idempotency_key).first()
            if existing:
                return existing.signal, False, None
        raise

    if getattr(settings, "DOORTASTEND_PROCESS_ON_COMMIT", True):
        from doortastend.signals.processing import process_signal

        transaction.on_commit(lambda: process_signal(signal.pk))
    return signal, True, receipt_code


def _reporter_role(reporter, resident: bool) -> str:
    if resident:
        return "bewoner"
    if reporter is not None and reporter.organisation_id:
        return reporter.organisation.type
    return ""


def transition_signal(signal: Signal, target: str, *, by, reason: str = "", decision: str = "",
                      channel: str = "ui") -> SignalStatus:
    workflow.check_transition("signal", signal.status, target, reason)
    with transaction.atomic():
        row = SignalStatus.objects.create(signal=signal, state=target, by=by, reason=reason, decision=decision)
        Signal.objects.filter(pk=signal.pk).update(status=target, status_changed_at=row.at)
        signal.status, signal.status_changed_at = target, row.at
        message = workflow.SIGNAL_STATES[target].public_message
        if message:
            Feedback.objects.create(signal=signal, message=message)
        record(by, AuditAction.TRANSITION, signal, reason=reason, channel=channel, to=target, decision=decision)
    return row


def decide_signal(
    signal: Signal,
    decision: str,
    *,
    by,
    reason: str = "",
    case: Case | None = None,
    case_title: str = "",
    organisation=None,
    legal_basis: str = "",
    channel: str = "ui",
):
    """The coordinator's decision on a signal. Returns the case for case decisions, else None."""
    access.require(access.can_decide_signals(by), "Alleen een coördinator kan over signalen besluiten.")
    if decision not in workflow.SIGNAL_DECISIONS:
        raise workflow.TransitionError("Kies een besluit.")
    _label, target = workflow.SIGNAL_DECISIONS[decision]
    with transaction.atomic():
        if decision == "nieuwe_casus":
            case = open_case(by=by, title=case_title or f"Casus n.a.v. {signal.reference}", signals=[signal],
                             reason=reason or "nieuwe casus geopend vanuit signaal")
        elif decision == "bestaande_casus":
            if case is None:
                raise workflow.TransitionError("Kies de casus waaraan u het signaal wilt toevoegen.")
            add_signal_to_case(case, signal, by=by, reason=reason)
        elif decision == "doorverwijzen":
            if organisation is None:
                raise workflow.TransitionError("Kies de organisatie waarnaar u doorverwijst.")
            if not (reason or "").strip():
                raise workflow.TransitionError("Geef een reden op voor 'Doorverwezen'.")
            Referral.objects.create(signal=signal, organisation=organisation, by=by, reason=reason,
                                    legal_basis=legal_basis)
        if signal.status != target:
            transition_signal(signal, target, by=by, reason=reason, decision=decision, channel=channel)
        record(by, AuditAction.DECIDE, signal, reason=reason, channel=channel, decision=decision,
               case=getattr(case, "reference", ""))
    return case if decision in {"nieuwe_casus", "bestaande_casus"} else None


# --- Cases --------------------------------------------------------------------------------------------------------


def _urgency_of(signals) -> str:
    from doortastend.signals.models import URGENCY_RANK

    urgencies = [s.urgency for s in signals if s.urgency]
    return min(urgencies, key=lambda u: URGENCY_RANK[u]) if urgencies else ""


def open_case(*, by, title: str, signals=(), persons=(), reason: str = "") -> Case:
    access.require(access.is_coordinator(by), "Alleen een coördinator kan een casus openen.")
    signals = list(signals)
    with transaction.atomic():
        case = Case.objects.create(
            reference=new_reference("C", Case), title=title.strip()[:200] or "Nieuwe casus", created_by=by,
            urgency=_urgency_of(signals),
            phenomena=sorted({p for s in signals for p in (s.phenomena or [])}),
            status=workflow.CASE_NEW, status_changed_at=timezone.now(),
        )
        CaseStatus.objects.create(case=case, state=workflow.CASE_NEW, by=by, reason=reason or "casus geopend")
        record(by, AuditAction.CREATE, case, reason=reason)
        for s in signals:
            _attach_signal(case, s, by=by, reason=reason)
        for p in persons:
            add_person_to_case(case, p, by=by)
    return case


def _attach_signal(case: Case, signal: Signal, *, by, reason: str = "") -> None:
    CaseSignal.objects.create(case=case, signal=signal, added_by=by, reason=reason)
    for mention in signal.mentions.exclude(person=None):
        add_person_to_case(case, mention.person, by=by)
    record(by, AuditAction.LINK, case, reason=reason, signal=signal.reference)


def add_signal_to_case(case: Case, signal: Signal, *, by, reason: str = "") -> None:
    access.require(access.is_coordinator(by) or access.can_manage_case(by, case),
                   "U mag geen signalen aan deze casus toevoegen.")
    if CaseSignal.objects.filter(case=case, signal=signal).exists():
        return
    with transaction.atomic():
        _attach_signal(case, signal, by=by, reason=reason)
        phenomena = sorted(set(case.phenomena or []) | set(signal.phenomena or []))
        urgency = _urgency_of([signal, case])
        Case.objects.filter(pk=case.pk).update(phenomena=phenomena, urgency=urgency)
        case.phenomena, case.urgency = phenomena, urgency
        if signal.status != workflow.SIGNAL_IN_CASE and workflow.SIGNAL_IN_CASE in workflow.SIGNAL_TRANSITIONS.get(
            signal.status, set()
        ):
            transition_signal(signal, workflow.SIGNAL_IN_CASE, by=by, reason=f"toegevoegd aan {case.reference}")
        if case.owner_id:
            Feedback.objects.create(signal=signal, message=workflow.FEEDBACK_CASE_ACCEPTED)


def add_person_to_case(case: Case, person: Person, *, by) -> None:
    if not CasePerson.objects.filter(case=case, person=person).exists():
        CasePerson.objects.create(case=case, person=person, added_by=by)
        record(by, AuditAction.LINK, case, person=person.reference)


def transition_case(case: Case, target: str, *, by, reason: str = "", channel: str = "ui",
                    check_access: bool = True) -> CaseStatus:
    if check_access:
        access.require(access.can_manage_case(by, case), "Alleen de casusregisseur of coördinator kan dit doen.")
    workflow.check_transition("case", case.status, target, reason)
    with transaction.atomic():
        row = CaseStatus.objects.create(case=case, state=target, by=by, reason=reason)
        Case.objects.filter(pk=case.pk).update(status=target, status_changed_at=row.at)
        case.status, case.status_changed_at = target, row.at
        record(by, AuditAction.TRANSITION, case, reason=reason, channel=channel, to=target)
        if target in {workflow.CASE_COMPLETED, workflow.CASE_CLOSED}:
            for signal in case.signals.all():
                Feedback.objects.create(signal=signal, message=workflow.FEEDBACK_CASE_CLOSED)
    return row


def add_member(case: Case, professional, *, by, reason: str, role: str = MembershipRole.INVOLVED,
               check_access: bool = True) -> CaseMembership:
    if check_access:
        access.require(access.can_manage_case(by, case), "Alleen de casusregisseur of coördinator kan dit doen.")
    if not (reason or "").strip():
        raise workflow.TransitionError("Geef aan waarom deze professional toegang nodig heeft (need-to-know).")
    existing = case.memberships.filter(professional=professional, ended_at__isnull=True).first()
    if existing:
        return existing
    m = CaseMembership.objects.create(case=case, professional=professional, role=role, reason=reason, added_by=by)
    record(by, AuditAction.CHANGE, case, reason=reason, member_added=professional.username, role=role)
    return m


def end_member(membership: CaseMembership, *, by, reason: str) -> None:
    access.require(access.can_manage_case(by, membership.case), "Alleen de casusregisseur of coördinator kan dit doen.")
    if not (reason or "").strip():
        raise workflow.TransitionError("Geef een reden op.")
    membership.ended_at, membership.ended_by, membership.end_reason = timezone.now(), by, reason
    membership.save(update_fields=["ended_at", "ended_by", "end_reason"])
    record(by, AuditAction.CHANGE, membership.case, reason=reason, member_ended=membership.professional.username)


def add_note(case: Case, *, by, text: str) -> CaseNote:
    access.require(access.can_work_on_case(by, case), "U bent niet betrokken bij deze casus.")
    if not text.strip():
        raise workflow.TransitionError("Schrijf eerst een notitie.")
    note = CaseNote.objects.create(case=case, author=by, text=text.strip())
    record(by, AuditAction.CHANGE, case, note=note.pk)
    return note


def log_contact(case: Case, *, by, contact_at, method: str, with_whom: str = "", summary: str = "",
                is_first_contact: bool = False) -> ContactLog:
    access.require(access.can_work_on_case(by, case), "U bent niet betrokken bij deze casus.")
    if contact_at > timezone.now() + timedelta(minutes=5):
        raise workflow.TransitionError("Het moment van contact kan niet in de toekomst liggen.")
    with transaction.atomic():
        entry = ContactLog.objects.create(case=case, professional=by, contact_at=contact_at, method=method,
                                          with_whom=with_whom, summary=summary, is_first_contact=is_first_contact)
        if is_first_contact and case.first_contact_at is None:
            Case.objects.filter(pk=case.pk).update(first_contact_at=contact_at)
            case.first_contact_at = contact_at
        record(by, AuditAction.CHANGE, case, contact=entry.pk, first=is_first_contact)
        if case.status in {workflow.CASE_ASSIGNED, workflow.CASE_REOPENED} and access.is_owner(by, case):
            transition_case(case, workflow.CASE_IN_PROGRESS, by=by, reason="contact gelegd", check_access=False)
    return entry


# --- Handovers ----------------------------------------------------------------------------------------------------


def offer_handover(case: Case, *, by, to_professional=None, to_team=None, message: str,
                   respond_within_hours: int | None = None, channel: str = "ui") -> Handover:
    access.require(access.can_manage_case(by, case), "Alleen de casusregisseur of coördinator kan overdragen.")
    if (to_professional is None) == (to_team is None):
        raise workflow.TransitionError("Kies één professional of één team om de casus aan te bieden.")
    if not (message or "").strip():
        raise workflow.TransitionError("Schrijf een korte toelichting voor de ontvanger.")
    if to_professional is not None and to_professional.role != "professional":
        raise workflow.TransitionError("Een casus kan alleen aan een professional worden aangeboden.")
    if case.handovers.filter(state__in=workflow.HANDOVER_OPEN_STATES).exists():
        raise workflow.TransitionError("Er staat al een overdracht open voor deze casus. Trek die eerst terug.")
    hours = respond_within_hours or settings.DOORTASTEND_HANDOVER_ESCALATION_HOURS
    with transaction.atomic():
        h = Handover.objects.create(case=case, from_professional=by, to_professional=to_professional,
                                    to_team=to_team, message=message.strip(),
                                    respond_before=timezone.now() + timedelta(hours=hours))
        HandoverStatus.objects.create(handover=h, state=workflow.HANDOVER_OFFERED, by=by, reason=message.strip())
        record(by, AuditAction.CREATE, h, object_type="handover", channel=channel, case=case.reference,
               to=getattr(to_professional, "username", "") or str(to_team))
    return h


def _handover_transition(h: Handover, target: str, *, by, reason: str = "") -> None:
    workflow.check_transition("handover", h.state, target, reason)
    row = HandoverStatus.objects.create(handover=h, state=target, by=by, reason=reason)
    h.state = target
    fields = ["state"]
    if target in {workflow.HANDOVER_ACCEPTED, workflow.HANDOVER_DECLINED}:
        h.answered_at = row.at
        fields.append("answered_at")
    if target == workflow.HANDOVER_ACCEPTED:
        h.accepted_by = by
        fields.append("accepted_by")
    h.save(update_fields=fields)
    record(by, AuditAction.TRANSITION, h, object_type="handover", reason=reason, to=target)


def respond_handover(h: Handover, *, by, accept: bool, reason: str = "", channel: str = "ui") -> None:
    access.require(access.is_handover_recipient(by, h), "Deze overdracht is niet aan u gericht.")
    with transaction.atomic():
        h = Handover.objects.select_for_update().get(pk=h.pk)
        if not accept:
            _handover_transition(h, workflow.HANDOVER_DECLINED, by=by, reason=reason)
            return
        _handover_transition(h, workflow.HANDOVER_ACCEPTED, by=by, reason=reason)
        case = h.case
        previous_owner = case.owner
        Case.objects.filter(pk=case.pk).update(owner=by)
        case.owner = by
        if previous_owner and previous_owner != by:
            for m in case.memberships.filter(professional=previous_owner, ended_at__isnull=True,
                                             role=MembershipRole.OWNER):
                CaseMembership.objects.filter(pk=m.pk).update(role=MembershipRole.INVOLVED)
        membership = case.memberships.filter(professional=by, ended_at__isnull=True).first()
        if membership:
            CaseMembership.objects.filter(pk=membership.pk).update(role=MembershipRole.OWNER)
        else:
            CaseMembership.objects.create(case=case, professional=by, role=MembershipRole.OWNER,
                                          reason=f"overdracht geaccepteerd ({h.created_at:%d-%m-%Y %H:%M})",
                                          added_by=by)
        target = workflow.CASE_ASSIGNED
        if target in workflow.CASE_TRANSITIONS.get(case.status, set()):
            transition_case(case, target, by=by, reason="overdracht geaccepteerd", check_access=False)
        for signal in case.signals.all():
            Feedback.objects.create(signal=signal, message=workflow.FEEDBACK_CASE_ACCEPTED)


def withdraw_handover(h: Handover, *, by, reason: str) -> None:
    access.require(access.can_manage_case(by, h.case) or h.from_professional_id == by.id,
                   "Alleen wie de overdracht aanbood kan haar terugtrekken.")
    with transaction.atomic():
        _handover_transition(h, workflow.HANDOVER_WITHDRAWN, by=by, reason=reason)


def escalate_overdue_handovers(now=None) -> list[Handover]:
    """Mark offers not answered in time as escalated, so the coordinator inbox shows them on top."""
    now = now or timezone.now()
    escalated = []
    for h in Handover.objects.filter(state=workflow.HANDOVER_OFFERED, respond_before__lt=now):
        with transaction.atomic():
            _handover_transition(h, workflow.HANDOVER_ESCALATED, by=None,
                                 reason="niet binnen de afgesproken tijd beantwoord")
        escalated.append(h)
    return escalated


# --- People -------------------------------------------------------------------------------------------------------


def create_person_for(mention: Mention, *, by=None, method: str = MentionLink.Method.MANUAL, reason: str = "") -> Person:
    person = Person.objects.create(reference=new_reference("P", Person), display_name=mention.display_name[:200])
    link_mention(mention, person, by=by, method=method, reason=reason or "nieuwe persoon")
    return person


def link_mention(mention: Mention, person: Person | None, *, by=None, method: str = MentionLink.Method.MANUAL,
                 score: float | None = None, reason: str = "") -> None:
    if method in {MentionLink.Method.MANUAL, MentionLink.Method.REVIEW, MentionLink.Method.UNLINK,
                  MentionLink.Method.MERGE} and by is not None:
        access.require(access.is_coordinator(by), "Alleen een coördinator kan personen koppelen.")
    from doortastend.linkage.service import index_person, reindex_persons

    with transaction.atomic():
        previous = Mention.objects.filter(pk=mention.pk).values_list("person_id", flat=True).first()
        Mention.objects.filter(pk=mention.pk).update(person=person)
        mention.person = person
        MentionLink.objects.create(mention=mention, person=person, method=method, score=score, by=by, reason=reason)
        record(by, AuditAction.LINK, mention, object_type="mention", reason=reason, method=method,
               person=getattr(person, "reference", ""), actor_label="" if by else "systeem (koppeling)")
        # the search index follows the link: the person the mention left keeps no keys that came from it only
        if previous is not None and previous != getattr(person, "pk", None):
            reindex_persons([previous])
        if person is not None:
            index_person(person, mention)
            for case in mention.signal.cases.all():
                add_person_to_case(case, person, by=by)


# --- Public status (residents) -----------------------------------------------------------------------------------


def signal_for_receipt(code: str) -> Signal | None:
    if not code or len("".join(ch for ch in code if ch.isalnum())) < 8:
        return None
    return Signal.objects.filter(is_resident=True, receipt_code_hash=hash_receipt_code(code)).first()
