"""Post-storage processing of a signal (triage, matching).

Runs after the signal is committed. Each step is attempted independently and logged as a ProcessingAttempt;
a step that raises leaves the signal stored (and, for triage, marked "niet getrieerd") and can be retried with
`doortastend reprocess_signals`. Steps must be idempotent: re-running them replaces their own results.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.utils.module_loading import import_string

from .models import ProcessingAttempt, Signal, TriageState

log = logging.getLogger(__name__)

DEFAULT_STEPS = {
    "triage": "doortastend.signals.steps.triage_signal",
    "linkage": "doortastend.signals.steps.match_signal",
}


def steps() -> dict[str, str]:
    return getattr(settings, "DOORTASTEND_PROCESSING_STEPS", DEFAULT_STEPS)


def process_signal(signal_id: int, only: list[str] | None = None) -> dict[str, bool]:
    results: dict[str, bool] = {}
    for name, path in steps().items():
        if only and name not in only:
            continue
        signal = Signal.objects.get(pk=signal_id)
        try:
            func = import_string(path)
            func(signal)
        except Exception as exc:  # noqa: BLE001 - a failing step must never lose the signal
            log.exception("Processing step %s failed for signal %s", name, signal.reference)
            ProcessingAttempt.objects.create(signal=signal, step=name, ok=False, error=f"{type(exc).__name__}: {exc}")
            if name == "triage":
                Signal.objects.filter(pk=signal_id).update(triage_state=TriageState.FAILED)
            results[name] = False
        else:
            ProcessingAttempt.objects.create(signal=signal, step=name, ok=True)
            results[name] = True
    return results


def failed_signal_ids() -> list[int]:
    """Signals whose newest attempt of some step failed."""
    latest: dict[tuple[int, str], bool] = {}
    for a in ProcessingAttempt.objects.order_by("at", "id").values("signal_id", "step", "ok"):
        latest[(a["signal_id"], a["step"])] = a["ok"]
    ids = {sid for (sid, _step), ok in latest.items() if not ok}
    ids |= set(Signal.objects.filter(triage_state=TriageState.PENDING).values_list("id", flat=True))
    return sorted(ids)
