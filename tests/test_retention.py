"""Retention: signals without a case are removed after their period, with an audit trace and no content left."""

from datetime import timedelta

from django.utils import timezone

from doortastend import services
from doortastend.audit.models import AuditEvent
from doortastend.people.models import Mention, Person
from doortastend.signals.models import Feedback, Signal, SignalStatus
from doortastend.signals.retention import purge_expired_signals


def old_signal(user, text, days_ago=400):
    signal, _, _ = services.submit_signal(
        reporter=user, signal_data={"text": text}, mentions=[{"first_name": "Rik", "last_name": "Zandbergen"}]
    )
    services.create_person_for(signal.mentions.get())
    past = timezone.now() - timedelta(days=days_ago)
    Signal.objects.filter(pk=signal.pk).update(created_at=past)
    from django.db import connection

    # History rows are append-only in the application; backdating them needs plain SQL.
    with connection.cursor() as c:
        c.execute(f"UPDATE {SignalStatus._meta.db_table} SET at = %s WHERE signal_id = %s", [past, signal.pk])
    return signal


def test_expired_signal_without_case_is_removed(network):
    expired = old_signal(network["melder"], "oud signaal zonder casus")
    recent = old_signal(network["melder"], "recent signaal", days_ago=30)
    in_case = old_signal(network["melder"], "oud signaal in een casus")
    services.decide_signal(in_case, "nieuwe_casus", by=network["coordinator"])

    removed = purge_expired_signals()

    assert removed == [expired.reference]
    assert not Signal.objects.filter(pk=expired.pk).exists()
    assert not Mention.objects.filter(signal_id=expired.pk).exists()
    assert not SignalStatus.objects.filter(signal_id=expired.pk).exists()
    assert not Feedback.objects.filter(signal_id=expired.pk).exists()
    assert Signal.objects.filter(pk__in=[recent.pk, in_case.pk]).count() == 2
    assert Person.objects.count() == 2  # the expired signal's person had no other mention
    event = AuditEvent.objects.get(action="purge", object_type="signal")
    assert "bewaartermijn" in event.reason and "oud signaal" not in str(event.detail)


def test_signal_with_recent_status_change_is_kept(network):
    signal = old_signal(network["melder"], "oud, maar net nog besloten")
    services.decide_signal(signal, "monitoren", by=network["coordinator"])
    assert purge_expired_signals() == []
