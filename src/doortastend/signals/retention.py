"""Retention (bewaartermijn): remove signals that never became part of a case once their time is up.

The removal is the one sanctioned exception to append-only history: the signal, its mentions, its status
history and feedback go together. What remains is an audit event with the reference and the rule applied —
no content — so a privacy officer can show that the deletion happened and why. Persons left without any
mention are removed as well, with the persons a coordinator merged into them; persons that keep other mentions
lose the search keys (blocking keys) that only the removed mentions gave.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max, ProtectedError
from django.utils import timezone

from doortastend.audit.log import record
from doortastend.audit.models import AuditAction

from .models import Signal


def expired_signals(now=None):
    now = now or timezone.now()
    days = settings.DOORTASTEND_RETENTION_SIGNAL_WITHOUT_CASE_DAYS
    cutoff = now - timedelta(days=days)
    return (
        Signal.objects.filter(cases__isnull=True)
        .annotate(last_change=Max("status_history__at"))
        .filter(created_at__lt=cutoff, last_change__lt=cutoff)
    )


def purge_expired_signals(now=None) -> list[str]:
    from doortastend.linkage.service import reindex_persons
    from doortastend.people.models import Person

    days = settings.DOORTASTEND_RETENTION_SIGNAL_WITHOUT_CASE_DAYS
    removed = []
    for signal in expired_signals(now):
        with transaction.atomic():
            person_ids = set(signal.mentions.exclude(person=None).values_list("person_id", flat=True))
            reference = signal.reference
            # Bypass the append-only guards on purpose: deletion after the retention period is required by law.
            _delete(signal)
            # a person that keeps other mentions keeps no search keys from the deleted ones (a phone number, an
            # address, a name spelling that only the deleted signal gave), and one without mentions none at all;
            # the name counts of the online matcher follow (linkage.service.reindex_persons)
            reindex_persons(person_ids)
            for person in Person.objects.filter(pk__in=person_ids, mentions__isnull=True):
                # persons merged into it (linkage.consolidate) hold no mentions of their own: they go with it
                gone = [*_merged_into(person), person]
                try:
                    with transaction.atomic():
                        for p in gone:
                            _delete(p)
                except ProtectedError:
                    continue  # still referenced by link history elsewhere: keep it
                for p in gone:
                    record(None, AuditAction.PURGE, object_type="person", object_id=p.pk,
                           actor_label="systeem (bewaartermijn)",
                           reason="geen vermeldingen meer na verwijderen van signalen")
            record(None, AuditAction.PURGE, object_type="signal", object_id=signal.pk,
                   actor_label="systeem (bewaartermijn)",
                   reason=f"signaal zonder casus, bewaartermijn van {days} dagen verstreken", reference=reference)
            removed.append(reference)
    return removed


def _merged_into(person) -> list:
    """The persons merged into ``person``, directly or through others, those merged last first."""
    out, todo = [], list(person.merged_from.all())
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(p.merged_from.all())
    return out[::-1]


def _delete(obj) -> None:
    from django.db.models.deletion import Collector

    collector = Collector(using="default")
    collector.collect([obj])
    collector.delete()
