"""The core loop through the service layer: signal -> decision -> case -> handover -> feedback."""

import pytest

from doortastend import access, services, workflow
from doortastend.audit.models import AuditEvent
from doortastend.history import AppendOnlyError
from doortastend.signals.models import SignalStatus


def submit(user, text="Jongen van ±15 staat elke avond bij de snackbar, krijgt pakketjes van oudere mannen."):
    signal, created, _ = services.submit_signal(
        reporter=user, signal_data={"text": text, "street": "Vlashof", "city": "Havenstad"},
        mentions=[{"roles": ["mogelijk_slachtoffer"], "nickname": "Mo", "age_estimate": 15}],
    )
    return signal


def test_full_loop_writes_history_audit_and_feedback(network):
    n = network
    signal = submit(n["melder"])
    assert signal.status == workflow.SIGNAL_NEW
    case = services.decide_signal(signal, "nieuwe_casus", by=n["coordinator"], case_title="Jongen snackbar")
    signal.refresh_from_db()
    assert signal.status == workflow.SIGNAL_IN_CASE
    h = services.offer_handover(case, by=n["coordinator"], to_professional=n["prof"], message="Graag vandaag")
    services.respond_handover(h, by=n["prof"], accept=True)
    case.refresh_from_db()
    h.refresh_from_db()
    assert h.state == workflow.HANDOVER_ACCEPTED
    assert case.owner == n["prof"] and case.status == workflow.CASE_ASSIGNED
    assert access.cases_visible_to(n["prof"]).filter(pk=case.pk).exists()
    messages = list(signal.feedback.values_list("message", flat=True))
    assert messages[-1] == workflow.FEEDBACK_CASE_ACCEPTED
    assert all("Jongen" not in m and "snackbar" not in m for m in messages)
    assert [s.state for s in SignalStatus.objects.filter(signal=signal)] == ["nieuw", "in_casus"]
    assert AuditEvent.objects.filter(object_type="handover", action="transition").exists()


def test_history_rows_cannot_be_changed(network):
    signal = submit(network["melder"])
    row = signal.status_history.first()
    row.reason = "overschreven"
    with pytest.raises(AppendOnlyError):
        row.save()
    with pytest.raises(AppendOnlyError):
        signal.status_history.all().delete()


def test_disallowed_transition_and_missing_reason(network):
    signal = submit(network["melder"])
    with pytest.raises(workflow.TransitionError):
        services.decide_signal(signal, "afsluiten", by=network["coordinator"], reason="")
    with pytest.raises(access.NotAllowed):
        services.decide_signal(signal, "monitoren", by=network["prof"])


def test_declined_handover_keeps_case_unassigned(network):
    n = network
    case = services.decide_signal(submit(n["melder"]), "nieuwe_casus", by=n["coordinator"])
    h = services.offer_handover(case, by=n["coordinator"], to_professional=n["prof"], message="Kun jij dit?")
    with pytest.raises(workflow.TransitionError):
        services.respond_handover(h, by=n["prof"], accept=False, reason="")
    with pytest.raises(access.NotAllowed):
        services.respond_handover(h, by=n["prof2"], accept=True)
    services.respond_handover(h, by=n["prof"], accept=False, reason="Vol deze week")
    case.refresh_from_db()
    assert case.owner is None and case.status == workflow.CASE_NEW


def test_unanswered_handover_escalates(network):
    from datetime import timedelta

    from django.utils import timezone

    n = network
    case = services.decide_signal(submit(n["melder"]), "nieuwe_casus", by=n["coordinator"])
    h = services.offer_handover(case, by=n["coordinator"], to_team=n["marines"], message="Avonddienst")
    assert services.escalate_overdue_handovers(now=timezone.now()) == []
    escalated = services.escalate_overdue_handovers(now=timezone.now() + timedelta(hours=5))
    assert [e.pk for e in escalated] == [h.pk]
    h.refresh_from_db()
    assert h.state == workflow.HANDOVER_ESCALATED
    services.respond_handover(h, by=n["prof"], accept=True)  # team member of the on-call team
    h.refresh_from_db()
    assert h.state == workflow.HANDOVER_ACCEPTED


def test_first_contact_moves_case_in_progress(network):
    from django.utils import timezone

    n = network
    case = services.decide_signal(submit(n["melder"]), "nieuwe_casus", by=n["coordinator"])
    h = services.offer_handover(case, by=n["coordinator"], to_professional=n["prof"], message="x")
    services.respond_handover(h, by=n["prof"], accept=True)
    case.refresh_from_db()
    moment = timezone.now()
    services.log_contact(case, by=n["prof"], contact_at=moment, method="persoonlijk", is_first_contact=True)
    case.refresh_from_db()
    assert case.first_contact_at == moment
    assert case.status == workflow.CASE_IN_PROGRESS


def test_resident_receipt_code(network):
    signal, created, code = services.submit_signal(
        reporter=None, signal_data={"text": "Mijn dochter (15) heeft een veel oudere vriend met dure auto."},
        resident=True, channel="bewoner",
    )
    assert created and code
    assert signal.receipt_code_hash and code not in signal.receipt_code_hash
    assert services.signal_for_receipt(code) == signal
    assert services.signal_for_receipt(code.lower().replace("-", "")) == signal
    assert services.signal_for_receipt("AAAA-AAAA") is None


def test_idempotent_submission(network):
    data = {"text": "Zelfde melding twee keer verstuurd."}
    s1, c1, _ = services.submit_signal(reporter=network["melder"], signal_data=dict(data), idempotency_key="k-1")
    s2, c2, _ = services.submit_signal(reporter=network["melder"], signal_data=dict(data), idempotency_key="k-1")
    assert c1 and not c2 and s1.pk == s2.pk
    s3, c3, _ = services.submit_signal(reporter=network["melder2"], signal_data=dict(data), idempotency_key="k-1")
    assert c3 and s3.pk != s1.pk
