"""Signals (meldingen): what someone saw, with its status history and the messages back to the reporter."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from doortastend import workflow
from doortastend.history import AppendOnlyModel


class Channel(models.TextChoices):
    WEB = "web", "Webformulier"
    API = "api", "API"
    IMPORT = "import", "Import"
    RESIDENT = "bewoner", "Bewonersformulier"


class TriageState(models.TextChoices):
    PENDING = "wachtend", "Nog niet getrieerd"
    DONE = "getrieerd", "Getrieerd"
    FAILED = "niet_getrieerd", "Niet getrieerd (fout)"


class Urgency(models.TextChoices):
    ACUUT = "acuut", "Acuut"
    SPOED = "spoed", "Spoed"
    REGULIER = "regulier", "Regulier"
    MONITOREN = "monitoren", "Monitoren"


URGENCY_RANK = {"acuut": 0, "spoed": 1, "regulier": 2, "monitoren": 3, "": 4}


class Signal(models.Model):
    reference = models.CharField("kenmerk", max_length=32, unique=True)
    text = models.TextField("wat heeft u gezien of gehoord")
    observed_at = models.DateTimeField("wanneer gezien", null=True, blank=True)
    created_at = models.DateTimeField("ontvangen op", auto_now_add=True, db_index=True)
    channel = models.CharField("kanaal", max_length=10, choices=Channel.choices, default=Channel.WEB)

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="signals"
    )
    reporter_organisation = models.ForeignKey(
        "network.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="signals"
    )
    reporter_role = models.CharField("rol van de melder", max_length=40, blank=True)
    is_resident = models.BooleanField("melding van een bewoner", default=False)
    receipt_code_hash = models.CharField(max_length=64, blank=True, db_index=True)
    resident_contact = models.CharField(
        "contactgegevens bewoner (optioneel)", max_length=200, blank=True,
        help_text="Alleen als de bewoner zelf benaderd wil worden.",
    )

    # Location
    street = models.CharField("straat", max_length=120, blank=True)
    house_number = models.CharField("huisnummer", max_length=20, blank=True)
    postcode = models.CharField("postcode", max_length=7, blank=True)
    city = models.CharField("plaats", max_length=80, blank=True)
    bag_id = models.CharField("BAG-id", max_length=16, blank=True)
    buurt_code = models.CharField("buurtcode (CBS)", max_length=10, blank=True, db_index=True)
    location_description = models.CharField("omschrijving van de plek", max_length=200, blank=True)

    # Triage (filled after storage; empty until triaged)
    phenomena = models.JSONField("fenomenen", default=list, blank=True)
    urgency = models.CharField("urgentie", max_length=10, choices=Urgency.choices, blank=True)
    triage_state = models.CharField(
        max_length=16, choices=TriageState.choices, default=TriageState.PENDING, db_index=True
    )

    # Current status: a cache of the newest SignalStatus row (the history is the truth).
    status = models.CharField(
        "status", max_length=20, choices=workflow.choices(workflow.SIGNAL_STATES), default=workflow.SIGNAL_NEW,
        db_index=True,
    )
    status_changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "signaal"
        verbose_name_plural = "signalen"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.reference

    @property
    def status_label(self) -> str:
        return workflow.SIGNAL_STATES[self.status].label

    @property
    def urgency_rank(self) -> int:
        return URGENCY_RANK.get(self.urgency or "", 4)

    @property
    def location_display(self) -> str:
        parts = [" ".join(p for p in [self.street, self.house_number] if p), self.postcode, self.city]
        text = ", ".join(p for p in parts if p)
        if self.location_description:
            text = f"{text} ({self.location_description})" if text else self.location_description
        return text


class SignalStatus(AppendOnlyModel):
    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="status_history")
    state = models.CharField(max_length=20, choices=workflow.choices(workflow.SIGNAL_STATES))
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    reason = models.TextField(blank=True)
    decision = models.CharField(max_length=30, blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = "statuswijziging signaal"


class Feedback(AppendOnlyModel):
    """A status message for the reporter (terugkoppeling). Never contains case details."""

    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="feedback")
    at = models.DateTimeField(auto_now_add=True)
    message = models.CharField(max_length=300)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = "terugkoppeling"
        verbose_name_plural = "terugkoppelingen"


class Referral(AppendOnlyModel):
    """A signal referred by the coordinator to a partner organisation."""

    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="referrals")
    organisation = models.ForeignKey("network.Organisation", on_delete=models.PROTECT, related_name="referrals")
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    reason = models.TextField()
    legal_basis = models.CharField("grondslag", max_length=200, blank=True)

    class Meta:
        ordering = ["at", "id"]


class ProcessingAttempt(AppendOnlyModel):
    """Post-storage processing (triage, matching): each attempt is logged; failures can be retried."""

    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="processing_attempts")
    step = models.CharField(max_length=20)
    at = models.DateTimeField(auto_now_add=True)
    ok = models.BooleanField()
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]


class IdempotencyRecord(models.Model):
    """Maps an Idempotency-Key of one submitter to the signal it created, so a retry stores nothing twice."""

    key = models.CharField(max_length=200)
    principal = models.CharField(max_length=100, help_text="user:<id> of bewoner")
    request_hash = models.CharField(max_length=64)
    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["principal", "key"], name="unique_idempotency_key")]
