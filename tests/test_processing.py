"""Nothing lost: a signal is committed before processing, and a failing step leaves it stored and visible."""

import pytest

from doortastend import access, services
from doortastend.signals.models import ProcessingAttempt, Signal, TriageState
from doortastend.signals.processing import failed_signal_ids, process_signal

CALLS = []


def boom(signal):
    raise RuntimeError("triage kapot")


def ok_step(signal):
    CALLS.append(signal.reference)


@pytest.fixture
def failing_steps(settings):
    settings.DOORTASTEND_PROCESSING_STEPS = {
        "triage": "tests.test_processing.boom",
        "linkage": "tests.test_processing.ok_step",
    }


def test_failing_processing_keeps_signal(network, failing_steps, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        signal, created, _ = services.submit_signal(reporter=network["melder"], signal_data={"text": "iets zorgelijks"})
    signal.refresh_from_db()
    assert created and Signal.objects.filter(pk=signal.pk).exists()
    assert signal.triage_state == TriageState.FAILED
    assert ProcessingAttempt.objects.filter(signal=signal, step="triage", ok=False).exists()
    # the other step still ran
    assert signal.reference in CALLS
    # the coordinator sees it (in the visible set and as "niet getrieerd")
    assert access.signals_visible_to(network["coordinator"]).filter(pk=signal.pk, triage_state="niet_getrieerd").exists()
    assert signal.pk in failed_signal_ids()


def test_retry_after_fix_does_not_duplicate(network, failing_steps, settings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        signal, _, _ = services.submit_signal(reporter=network["melder"], signal_data={"text": "x"},
                                              idempotency_key="retry-1")
    settings.DOORTASTEND_PROCESSING_STEPS = {"triage": "tests.test_processing.ok_step"}
    assert process_signal(signal.pk) == {"triage": True}
    again, created, _ = services.submit_signal(reporter=network["melder"], signal_data={"text": "x"},
                                               idempotency_key="retry-1")
    assert not created and again.pk == signal.pk and Signal.objects.count() == 1


def test_signal_is_committed_before_processing(network, settings, django_capture_on_commit_callbacks):
    seen = {}

    def spy(signal):
        seen["exists"] = Signal.objects.filter(pk=signal.pk).exists()

    import tests.test_processing as mod

    mod.spy = spy
    settings.DOORTASTEND_PROCESSING_STEPS = {"triage": "tests.test_processing.spy"}
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        signal, _, _ = services.submit_signal(reporter=network["melder"], signal_data={"text": "y"})
    assert seen == {}  # nothing ran inside the storing transaction
    for cb in callbacks:
        cb()
    assert seen == {"exists": True}
