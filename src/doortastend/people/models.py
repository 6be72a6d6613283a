"""People: mentions of a person in one signal, and the resolved persons they link to."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from stdnum.nl import bsn as stdnum_bsn

from doortastend.history import AppendOnlyModel


class MentionRole(models.TextChoices):
    VICTIM = "mogelijk_slachtoffer", "Mogelijk slachtoffer"
    OFFENDER = "mogelijke_dader", "Mogelijke dader"
    INVOLVED = "betrokkene", "Betrokkene"
    UNKNOWN = "onbekend", "Onbekend"


class Gender(models.TextChoices):
    MALE = "m", "Man / jongen"
    FEMALE = "f", "Vrouw / meisje"


def validate_bsn(value: str) -> None:
    if value and not stdnum_bsn.is_valid(value):
        raise ValidationError(
            "Dit BSN klopt niet (het voldoet niet aan de elfproef). Controleer de negen cijfers of laat het veld leeg.",
            code="invalid_bsn",
        )


def validate_roles(value) -> None:
    valid = set(MentionRole.values)
    if not isinstance(value, list) or any(v not in valid for v in value):
        raise ValidationError("Kies een of meer geldige rollen.", code="invalid_roles")


IDENTIFYING_FIELDS = [
    "bsn", "first_name", "nickname", "last_name", "birth_date", "age_estimate", "gender", "street",
    "house_number", "postcode", "city", "phone", "license_plate", "school",
]


class Person(models.Model):
    """A resolved individual. Mentions from several signals (and organisations) link to one person."""

    reference = models.CharField("kenmerk", max_length=32, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    display_name = models.CharField("weergavenaam", max_length=200, blank=True)
    # Set when a coordinator merged this person into another (linkage.consolidate.decide_merge): its mentions
    # moved there; the row stays because link history and case history refer to it.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_from",
        verbose_name="samengevoegd met",
    )

    class Meta:
        verbose_name = "persoon"
        verbose_name_plural = "personen"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.reference} {self.display_name}".strip()


class Mention(models.Model):
    """A person as named or described in one signal. Victim and offender roles may both apply."""

    signal = models.ForeignKey("signals.Signal", on_delete=models.CASCADE, related_name="mentions")
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="mentions")
    roles = models.JSONField("rol(len)", default=list, blank=True, validators=[validate_roles])
    description = models.CharField("omschrijving", max_length=300, blank=True)

    bsn = models.CharField("BSN", max_length=9, blank=True, validators=[validate_bsn])
    first_name = models.CharField("voornaam", max_length=80, blank=True)
    nickname = models.CharField("bijnaam", max_length=80, blank=True)
    last_name = models.CharField("achternaam", max_length=120, blank=True)
    birth_date = models.DateField("geboortedatum", null=True, blank=True)
    age_estimate = models.PositiveSmallIntegerField("geschatte leeftijd", null=True, blank=True)
    gender = models.CharField("geslacht", max_length=1, choices=Gender.choices, blank=True)
    street = models.CharField("straat", max_length=120, blank=True)
    house_number = models.CharField("huisnummer", max_length=20, blank=True)
    postcode = models.CharField("postcode", max_length=7, blank=True)
    city = models.CharField("plaats", max_length=80, blank=True)
    phone = models.CharField("telefoon", max_length=40, blank=True)
    license_plate = models.CharField("kenteken", max_length=12, blank=True)
    school = models.CharField("school", max_length=120, blank=True)

    class Meta:
        verbose_name = "vermelding"
        verbose_name_plural = "vermeldingen"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.display_name

    def clean(self):
        # Never force a label: without a choice the role is "onbekend".
        if not self.roles:
            self.roles = [MentionRole.UNKNOWN]

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in [self.first_name, self.last_name] if p)
        if self.nickname:
            name = f"{name} ({self.nickname})" if name else self.nickname
        if not name:
            name = self.description or "onbekende persoon"
        if self.age_estimate and not self.birth_date:
            name = f"{name}, ±{self.age_estimate}"
        return name

    @property
    def role_labels(self) -> list[str]:
        labels = dict(MentionRole.choices)
        return [labels.get(r, r) for r in self.roles]

    def identifying_dict(self) -> dict:
        """The attributes in the shape of the linkage contract (`doortastend link`). An age guess comes with the
        day the person was seen (or the signal arrived) as ``reference_date``: "16" said in 2026 is no "16" when
        the mention is read again years later (matching a new signal, reindexing, training)."""
        out: dict = {"id": str(self.pk), "source": getattr(self.signal.reporter_organisation, "type", "") or ""}
        for f in IDENTIFYING_FIELDS:
            v = getattr(self, f)
            if v in (None, ""):
                continue
            out[f] = v.isoformat() if f == "birth_date" else v
        if self.age_estimate is not None:
            seen = self.signal.observed_at or self.signal.created_at
            if seen is not None:
                out["reference_date"] = timezone.localdate(seen).isoformat()
        return out


class MentionLink(AppendOnlyModel):
    """History of linking a mention to a person (manual, automatic or after review)."""

    class Method(models.TextChoices):
        MANUAL = "handmatig", "Handmatig"
        AUTO = "automatisch", "Automatisch"
        REVIEW = "beoordeeld", "Na beoordeling"
        UNLINK = "ontkoppeld", "Ontkoppeld"
        MERGE = "samengevoegd", "Samengevoegd"

    mention = models.ForeignKey(Mention, on_delete=models.CASCADE, related_name="link_history")
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    method = models.CharField(max_length=12, choices=Method.choices)
    score = models.FloatField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]
