"""Triage in the database: the editable indicator catalogue, results per signal, corrections, Meldcode."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from doortastend.history import AppendOnlyModel


class Indicator(models.Model):
    """One indicator of the catalogue. Defaults ship with the package; a beheerder may edit them here."""

    code = models.CharField(max_length=80, unique=True)
    label = models.CharField("omschrijving", max_length=300)
    phenomena = models.JSONField("fenomenen", default=list)
    urgency_hint = models.CharField("urgentie-hint", max_length=10, blank=True)
    meaning = models.TextField("wat kan dit betekenen", blank=True)
    enrich = models.TextField("hoe verrijk je dit signaal", blank=True)
    conversation = models.TextField("hoe ga je het gesprek aan", blank=True)
    route = models.TextField("route-advies", blank=True)
    sources = models.JSONField("bronnen", default=list, blank=True)
    triggers = models.JSONField("zoektermen", default=list, blank=True)
    active = models.BooleanField("actief", default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["code"]
        verbose_name = "indicator"
        verbose_name_plural = "indicatoren"

    def __str__(self) -> str:
        return f"{self.code}: {self.label}"

    def as_catalogue_entry(self) -> dict:
        return {
            "code": self.code, "label": self.label, "phenomena": self.phenomena,
            "urgency_hint": self.urgency_hint or None, "meaning": self.meaning, "enrich": self.enrich,
            "conversation": self.conversation, "route": self.route, "sources": self.sources,
            "triggers": self.triggers,
        }


class TriageResult(AppendOnlyModel):
    """The engine's reading of a signal. A new run appends a row; the newest is current."""

    signal = models.ForeignKey("signals.Signal", on_delete=models.CASCADE, related_name="triage_results")
    at = models.DateTimeField(auto_now_add=True)
    engine_version = models.CharField(max_length=40, blank=True)
    phenomena = models.JSONField(default=list)
    urgency = models.CharField(max_length=10)
    indicators = models.JSONField(default=list)
    evidence = models.JSONField(default=list)
    explanation = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-id"]


class LabelCorrection(AppendOnlyModel):
    """A coordinator's correction of the engine's labels: kept (who, when) and exportable as training data."""

    signal = models.ForeignKey("signals.Signal", on_delete=models.CASCADE, related_name="label_corrections")
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    previous_phenomena = models.JSONField(default=list)
    previous_urgency = models.CharField(max_length=10, blank=True)
    phenomena = models.JSONField(default=list)
    urgency = models.CharField(max_length=10)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]


class MeldcodeAssessment(AppendOnlyModel):
    """The Meldcode's afwegingskader (five questions) answered for a signal or case, with the resulting advice."""

    signal = models.ForeignKey("signals.Signal", null=True, blank=True, on_delete=models.CASCADE,
                               related_name="meldcode_assessments")
    case = models.ForeignKey("cases.Case", null=True, blank=True, on_delete=models.CASCADE,
                             related_name="meldcode_assessments")
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    answers = models.JSONField(default=dict)
    advice = models.CharField(max_length=30)
    advice_text = models.TextField(blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-id"]
