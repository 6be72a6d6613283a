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


def test_a_person_kept_by_other_signals_loses_the_search_keys_of_the_removed_one(network, settings):
    """A blocking key is personal data (a phone number, an address, a name spelling): when the only signal that
    gave it is removed, the key goes too, while the person and the keys of its other signals stay."""
    from doortastend.linkage.models import PersonKey, stored_key
    from doortastend.linkage.service import index_keys, index_person

    settings.DOORTASTEND_PROCESSING_STEPS = {}
    old = old_signal(network["melder"], "oud signaal")
    person = old.mentions.get().person
    old_mention = old.mentions.get()
    Mention.objects.filter(pk=old_mention.pk).update(phone="0612345678", street="Lijnbaan", house_number="4")
    old_mention.refresh_from_db()
    index_person(person, old_mention)
    recent, _, _ = services.submit_signal(
        reporter=network["melder"], signal_data={"text": "nieuw signaal"},
        mentions=[{"first_name": "Rik", "last_name": "Zandbergen", "city": "Havenstad"}],
    )
    services.link_mention(recent.mentions.get(), person, method="auto", reason="test")  # indexes the person too
    only_old = {stored_key(k) for k in index_keys(old_mention)} - {stored_key(k) for k in index_keys(recent.mentions.get())}
    assert any(k.startswith("p:") for k in only_old)  # the phone key came from the old signal only
    assert only_old <= set(person.blocking_keys.values_list("key", flat=True))

    assert purge_expired_signals() == [old.reference]

    kept = set(PersonKey.objects.filter(person=person).values_list("key", flat=True))
    assert kept == {stored_key(k) for k in index_keys(recent.mentions.get())}
    assert not kept & only_old


def test_persons_merged_into_a_removed_person_go_with_it(network):
    """A person a coordinator merged into another keeps only its reference; when the other goes at the end of the
    retention period, it goes too (it would otherwise keep the removed person from being deleted)."""
    from doortastend.linkage.consolidate import merge_persons

    first = old_signal(network["melder"], "oud signaal")
    second = old_signal(network["melder2"], "ander oud signaal")
    keep, other = first.mentions.get().person, second.mentions.get().person
    merge_persons(keep, other, by=network["coordinator"], reason="zelfde man")
    other.refresh_from_db()
    assert other.merged_into == keep and other.display_name == "" and not other.mentions.exists()

    assert sorted(purge_expired_signals()) == sorted([first.reference, second.reference])

    assert not Person.objects.filter(pk__in=[keep.pk, other.pk]).exists()
    assert AuditEvent.objects.filter(action="purge", object_type="person").count() == 2
