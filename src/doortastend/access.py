"""Need-to-know access: the one place that decides who may see or do what. Used by both the UI and the API.

Roles (network.Role):
- melder: sees only their own signals and the public status messages about them;
- coordinator: reads all incoming signals, cases and persons, decides routes, opens cases, offers handovers;
- professional: sees personal data only of cases they are an active member of (owner or involved), plus their
  own signals; sees a handover offer addressed to them (a summary without personal data) until they accept;
- analist: aggregates only, never a signal, case or person;
- beheerder: configuration only, no case content by default.

Objects a user may not see are reported as "not found" (404), never "forbidden", so guessed ids reveal nothing.
Every successful view and every refused attempt is written to the audit log by `fetch`.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404

from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.network.models import Role


class NotVisible(Http404):
    """The object does not exist for this user (either truly missing or outside need-to-know)."""


class NotAllowed(PermissionError):
    """The user may see the object but not perform this action. Message is Dutch, for the user."""


def role(user) -> str | None:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    return user.role


def is_coordinator(user) -> bool:
    return role(user) == Role.COORDINATOR


def can_read_personal_data(user) -> bool:
    return role(user) in {Role.MELDER, Role.COORDINATOR, Role.PROFESSIONAL}


# --- Querysets: what exists for a user ---------------------------------------------------------------------------


def active_case_ids(user) -> QuerySet:
    from doortastend.cases.models import CaseMembership

    return CaseMembership.objects.filter(professional=user, ended_at__isnull=True).values("case_id")


def signals_visible_to(user) -> QuerySet:
    from doortastend.signals.models import Signal

    r = role(user)
    qs = Signal.objects.all()
    if r == Role.COORDINATOR:
        return qs
    if r == Role.MELDER:
        return qs.filter(reporter=user)
    if r == Role.PROFESSIONAL:
        return qs.filter(Q(reporter=user) | Q(cases__in=active_case_ids(user))).distinct()
    return qs.none()


def cases_visible_to(user) -> QuerySet:
    from doortastend.cases.models import Case

    r = role(user)
    if r == Role.COORDINATOR:
        return Case.objects.all()
    if r in {Role.PROFESSIONAL, Role.MELDER}:
        return Case.objects.filter(id__in=active_case_ids(user))
    return Case.objects.none()


def persons_visible_to(user) -> QuerySet:
    from doortastend.people.models import Person

    r = role(user)
    if r == Role.COORDINATOR:
        return Person.objects.all()
    if r == Role.PROFESSIONAL:
        return Person.objects.filter(cases__in=active_case_ids(user)).distinct()
    return Person.objects.none()


def handovers_visible_to(user) -> QuerySet:
    from doortastend.cases.models import Handover

    r = role(user)
    if r == Role.COORDINATOR:
        return Handover.objects.all()
    if r == Role.PROFESSIONAL:
        q = Q(to_professional=user) | Q(case__in=active_case_ids(user))
        if user.team_id:
            q |= Q(to_team_id=user.team_id)
        return Handover.objects.filter(q).distinct()
    return Handover.objects.none()


VISIBLE = {
    "signal": signals_visible_to,
    "case": cases_visible_to,
    "person": persons_visible_to,
    "handover": handovers_visible_to,
}


def fetch(user, kind: str, lookup: dict, *, channel: str, reason: str = "", audit: bool = True):
    """Return the object of `kind` matching `lookup` if `user` may see it; audit the view or the refusal."""
    obj = VISIBLE[kind](user).filter(**lookup).first()
    if obj is None:
        record(
            user, AuditAction.DENIED, object_type=kind, object_id=_lookup_id(lookup), channel=channel,
            reason="niet gevonden of geen need-to-know",
        )
        raise NotVisible(f"Niet gevonden: {kind}")
    if audit:
        record(user, AuditAction.VIEW, obj, object_type=kind, channel=channel, reason=reason)
    return obj


def _lookup_id(lookup: dict) -> str:
    return str(next(iter(lookup.values()), "")) if lookup else ""


# --- Actions ----------------------------------------------------------------------------------------------------


def is_active_member(user, case) -> bool:
    return case.memberships.filter(professional=user, ended_at__isnull=True).exists()


def is_owner(user, case) -> bool:
    return bool(case.owner_id) and case.owner_id == getattr(user, "id", None)


def can_decide_signals(user) -> bool:
    return is_coordinator(user)


def can_manage_case(user, case) -> bool:
    """Change status, add members, offer handovers."""
    return is_coordinator(user) or (role(user) == Role.PROFESSIONAL and is_owner(user, case))


def can_work_on_case(user, case) -> bool:
    """Add notes and contact moments."""
    return is_coordinator(user) or (role(user) == Role.PROFESSIONAL and is_active_member(user, case))


def is_handover_recipient(user, handover) -> bool:
    if role(user) != Role.PROFESSIONAL:
        return False
    if handover.to_professional_id:
        return handover.to_professional_id == user.id
    return bool(handover.to_team_id) and handover.to_team_id == user.team_id


def require(condition: bool, message: str) -> None:
    if not condition:
        raise NotAllowed(message)
