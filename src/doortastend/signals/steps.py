"""The post-storage processing steps: triage and online matching. Both are idempotent."""

from __future__ import annotations

from django.db import transaction

from doortastend.signals.models import Signal, TriageState


def triage_signal(signal: Signal) -> None:
    from doortastend.triage.service import run_triage

    run_triage(signal)


def match_signal(signal: Signal) -> None:
    from doortastend.linkage.service import match_mention

    for mention in signal.mentions.filter(person__isnull=True):
        with transaction.atomic():
            match_mention(mention)


__all__ = ["triage_signal", "match_signal", "TriageState"]
