"""Triage in the application: defaults loaded, signal triaged after storage, corrections kept and exported."""

import pytest

from doortastend import services
from doortastend.signals.models import TriageState
from doortastend.signals.processing import process_signal
from doortastend.triage.models import Indicator, LabelCorrection
from doortastend.triage.service import correct_labels, export_corrections


@pytest.fixture
def real_steps(settings):
    settings.DOORTASTEND_PROCESSING_STEPS = {"triage": "doortastend.signals.steps.triage_signal"}


def test_default_catalogue_loaded_by_migrate(db):
    assert Indicator.objects.count() >= 60


def test_signal_triaged_after_storage(network, real_steps):
    signal, _, _ = services.submit_signal(
        reporter=network["melder"],
        signal_data={"text": "De baas van de Poolse uitzendkrachten houdt hun paspoorten in en ze slapen met "
                             "tien man in een caravan. Loon wordt ingehouden voor de huur."},
    )
    assert process_signal(signal.pk) == {"triage": True}
    signal.refresh_from_db()
    assert signal.triage_state == TriageState.DONE
    assert "arbeidsuitbuiting" in signal.phenomena
    result = signal.triage_results.first()
    assert result.indicators and result.evidence
    ev = result.evidence[0]
    assert signal.text[ev["start"]:ev["end"]] == ev["text"]


def test_correction_kept_over_rerun_and_exported(network, real_steps):
    signal, _, _ = services.submit_signal(reporter=network["melder"], signal_data={"text": "Harde muziek 's nachts."})
    process_signal(signal.pk)
    with pytest.raises(PermissionError):
        correct_labels(signal, by=network["prof"], phenomena=["ernstige_overlast"], urgency="regulier")
    correct_labels(signal, by=network["coordinator"], phenomena=["ernstige_overlast"], urgency="regulier",
                   reason="structureel en escalerend")
    process_signal(signal.pk)  # a re-run must not overwrite the coordinator's labels
    signal.refresh_from_db()
    assert signal.phenomena == ["ernstige_overlast"] and signal.urgency == "regulier"
    assert LabelCorrection.objects.filter(signal=signal, by=network["coordinator"]).exists()
    rows = export_corrections()
    assert rows[0]["id"] == signal.reference and rows[0]["phenomena"] == ["ernstige_overlast"]
