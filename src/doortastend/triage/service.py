"""Django side of triage: run the engine on a stored signal, record the result, corrections, export."""

from __future__ import annotations

from django.db import transaction

from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.signals.models import Signal, TriageState

from .models import Indicator, LabelCorrection, TriageResult

_engine_cache: dict = {}


def catalogue_from_db() -> list[dict] | None:
    entries = [i.as_catalogue_entry() for i in Indicator.objects.filter(active=True)]
    return entries or None


def get_engine():
    """The engine built from the database catalogue (a beheerder may have edited it), cached per version."""
    from doortastend.triage.engine import TriageEngine

    latest = Indicator.objects.order_by("-updated_at").values_list("updated_at", flat=True).first()
    stamp = (Indicator.objects.count(), latest)
    if _engine_cache.get("stamp") != stamp:
        _engine_cache["engine"] = TriageEngine.load(catalogue_from_db())
        _engine_cache["stamp"] = stamp
    return _engine_cache["engine"]


def run_triage(signal: Signal) -> TriageResult:
    engine = get_engine()
    result = engine.triage(signal.text, reporter_role=signal.reporter_role or None)
    evidence = [
        {"indicator": e.indicator, "start": e.start, "end": e.end, "text": e.text,
         "negated": bool(getattr(e, "negated", False)), "past": bool(getattr(e, "past", False))}
        for e in result.evidence
    ]
    with transaction.atomic():
        row = TriageResult.objects.create(
            signal=signal, engine_version=str(getattr(engine, "version", "")), phenomena=list(result.phenomena),
            urgency=result.urgency, indicators=list(result.indicators), evidence=evidence,
            explanation=result.explanation,
        )
        # A coordinator's correction outranks the engine: keep corrected labels on re-runs.
        correction = signal.label_corrections.order_by("-at", "-id").first()
        phenomena = correction.phenomena if correction else list(result.phenomena)
        urgency = correction.urgency if correction else result.urgency
        Signal.objects.filter(pk=signal.pk).update(
            phenomena=phenomena, urgency=urgency, triage_state=TriageState.DONE
        )
    return row


def correct_labels(signal: Signal, *, by, phenomena: list[str], urgency: str, reason: str = "") -> LabelCorrection:
    from doortastend import access
    from doortastend.triage.codes import PHENOMENA, URGENCIES

    access.require(access.is_coordinator(by), "Alleen een coördinator kan labels corrigeren.")
    unknown = [p for p in phenomena if p not in PHENOMENA]
    if unknown or urgency not in URGENCIES:
        raise ValueError("Onbekend fenomeen of onbekende urgentie.")
    ordered = [p for p in PHENOMENA if p in set(phenomena)]
    with transaction.atomic():
        corr = LabelCorrection.objects.create(
            signal=signal, by=by, previous_phenomena=signal.phenomena, previous_urgency=signal.urgency,
            phenomena=ordered, urgency=urgency, reason=reason,
        )
        Signal.objects.filter(pk=signal.pk).update(phenomena=ordered, urgency=urgency)
        signal.phenomena, signal.urgency = ordered, urgency
        record(by, AuditAction.CHANGE, signal, reason=reason, corrected_labels=True)
    return corr


def export_corrections() -> list[dict]:
    """Corrected signals as training data in the corpus format (id, text, reporter_role, phenomena, urgency)."""
    latest: dict[int, LabelCorrection] = {}
    for c in LabelCorrection.objects.select_related("signal").order_by("at", "id"):
        latest[c.signal_id] = c
    return [
        {"id": c.signal.reference, "text": c.signal.text, "reporter_role": c.signal.reporter_role,
         "phenomena": c.phenomena, "urgency": c.urgency, "corrected_by": c.by.username,
         "corrected_at": c.at.isoformat()}
        for c in latest.values()
    ]
