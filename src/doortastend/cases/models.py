"""Cases (casussen): the work to help one person or household, with need-to-know membership and handovers."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from doortastend import workflow
from doortastend.history import AppendOnlyModel


class Case(models.Model):
    reference = models.CharField("kenmerk", max_length=32, unique=True)
    title = models.CharField("korte omschrijving", max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="owned_cases",
        verbose_name="casusregisseur",
    )
    urgency = models.CharField("urgentie", max_length=10, blank=True)
    phenomena = models.JSONField("fenomenen", default=list, blank=True)
    first_contact_at = models.DateTimeField("eerste contact met de persoon", null=True, blank=True)

    signals = models.ManyToManyField("signals.Signal", through="CaseSignal", related_name="cases")
    persons = models.ManyToManyField("people.Person", through="CasePerson", related_name="cases")

    # Cache of the newest CaseStatus row.
    status = models.CharField(
        max_length=20, choices=workflow.choices(workflow.CASE_STATES), default=workflow.CASE_NEW, db_index=True
    )
    status_changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "casus"
        verbose_name_plural = "casussen"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    @property
    def status_label(self) -> str:
        return workflow.CASE_STATES[self.status].label

    @property
    def is_open(self) -> bool:
        return self.status in workflow.CASE_OPEN_STATES


class CaseSignal(AppendOnlyModel):
    case = models.ForeignKey(Case, on_delete=models.CASCADE)
    signal = models.ForeignKey("signals.Signal", on_delete=models.CASCADE)
    added_at = models.DateTimeField(auto_now_add=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "signal"], name="unique_case_signal")]


class CasePerson(AppendOnlyModel):
    case = models.ForeignKey(Case, on_delete=models.CASCADE)
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE)
    added_at = models.DateTimeField(auto_now_add=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "person"], name="unique_case_person")]


class MembershipRole(models.TextChoices):
    OWNER = "eigenaar", "Casusregisseur"
    INVOLVED = "betrokken", "Betrokken professional"


class CaseMembership(models.Model):
    """Need-to-know access to one case, with the recorded reason. Ending it is recorded, not deleted."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="memberships")
    professional = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="case_memberships"
    )
    role = models.CharField(max_length=12, choices=MembershipRole.choices, default=MembershipRole.INVOLVED)
    reason = models.TextField("reden (need-to-know)")
    added_at = models.DateTimeField(auto_now_add=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    end_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["added_at", "id"]
        indexes = [models.Index(fields=["professional", "ended_at"])]


class CaseStatus(AppendOnlyModel):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="status_history")
    state = models.CharField(max_length=20, choices=workflow.choices(workflow.CASE_STATES))
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]


class CaseNote(AppendOnlyModel):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    text = models.TextField("notitie")

    class Meta:
        ordering = ["at", "id"]


class ContactMethod(models.TextChoices):
    IN_PERSON = "persoonlijk", "Persoonlijk"
    PHONE = "telefoon", "Telefoon"
    APP = "app", "App / bericht"
    OTHER = "anders", "Anders"


class ContactLog(AppendOnlyModel):
    """Contact with the person or household: who, when, how. The first contact is marked explicitly."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="contacts")
    professional = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    contact_at = models.DateTimeField("moment van contact")
    method = models.CharField("hoe", max_length=12, choices=ContactMethod.choices)
    with_whom = models.CharField("met wie", max_length=200, blank=True)
    summary = models.TextField("korte samenvatting", blank=True)
    is_first_contact = models.BooleanField("eerste contact", default=False)
    logged_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["contact_at", "id"]


class Handover(models.Model):
    """Offering a case to a professional (or a team), who accepts or declines (warme overdracht)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="handovers")
    from_professional = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    to_professional = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="handovers_offered"
    )
    to_team = models.ForeignKey("network.Team", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    message = models.TextField("toelichting voor de ontvanger")
    created_at = models.DateTimeField(auto_now_add=True)
    respond_before = models.DateTimeField("antwoord uiterlijk")
    # Cache of the newest HandoverStatus row.
    state = models.CharField(
        max_length=20, choices=workflow.choices(workflow.HANDOVER_STATES), default=workflow.HANDOVER_OFFERED,
        db_index=True,
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "overdracht"
        verbose_name_plural = "overdrachten"

    @property
    def state_label(self) -> str:
        return workflow.HANDOVER_STATES[self.state].label

    @property
    def is_open(self) -> bool:
        return self.state in workflow.HANDOVER_OPEN_STATES

    @property
    def recipient_display(self) -> str:
        if self.to_professional_id:
            return self.to_professional.display_name
        return str(self.to_team) if self.to_team_id else ""


class HandoverStatus(AppendOnlyModel):
    handover = models.ForeignKey(Handover, on_delete=models.CASCADE, related_name="status_history")
    state = models.CharField(max_length=20, choices=workflow.choices(workflow.HANDOVER_STATES))
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]
