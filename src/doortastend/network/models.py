"""Organisations, teams and professionals: who is in the network and in which role."""

from django.contrib.auth.models import AbstractUser
from django.db import models


class OrganisationType(models.TextChoices):
    POLITIE = "politie", "Politie"
    WIJKTEAM = "wijkteam", "Wijkteam"
    JONGERENWERK = "jongerenwerk", "Jongerenwerk"
    CORPORATIE = "corporatie", "Woningcorporatie"
    SCHOOL = "school", "School"
    WERK_INKOMEN = "werk_inkomen", "Werk en inkomen"
    GGD = "ggd", "GGD"
    VEILIG_THUIS = "veilig_thuis", "Veilig Thuis"
    ZORGAANBIEDER = "zorgaanbieder", "Zorgaanbieder"
    GEMEENTE = "gemeente", "Gemeente"
    HANDHAVING = "handhaving", "Handhaving"
    SCHULDHULP = "schuldhulp", "Schuldhulpverlening"
    OM = "om", "Openbaar Ministerie"
    BEWONERS = "bewoners", "Bewoners / buurtpreventie"
    ANDERS = "anders", "Anders"


class Organisation(models.Model):
    name = models.CharField("naam", max_length=200, unique=True)
    type = models.CharField("soort", max_length=32, choices=OrganisationType.choices)
    is_partner = models.BooleanField(
        "partner voor doorverwijzing", default=True,
        help_text="Kan signalen ontvangen als doorverwijzing vanuit de coördinator.",
    )

    class Meta:
        verbose_name = "organisatie"
        verbose_name_plural = "organisaties"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Team(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="teams")
    name = models.CharField("naam", max_length=200)
    on_call = models.BooleanField(
        "bereikbaarheidsdienst", default=False,
        help_text="Dit team neemt casussen aan in de avond en het weekend.",
    )

    class Meta:
        verbose_name = "team"
        verbose_name_plural = "teams"
        ordering = ["organisation__name", "name"]
        constraints = [models.UniqueConstraint(fields=["organisation", "name"], name="unique_team_per_org")]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"


class Role(models.TextChoices):
    MELDER = "melder", "Melder"
    COORDINATOR = "coordinator", "Coördinator"
    PROFESSIONAL = "professional", "Professional"
    ANALIST = "analist", "Analist"
    BEHEERDER = "beheerder", "Beheerder"


class Professional(AbstractUser):
    """A user of the network. Residents never get an account: they use a receipt code."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="professionals"
    )
    team = models.ForeignKey(Team, on_delete=models.SET_NULL, null=True, blank=True, related_name="members")
    role = models.CharField("rol", max_length=20, choices=Role.choices, default=Role.MELDER)
    job_title = models.CharField("functie", max_length=120, blank=True)
    phone = models.CharField("telefoon", max_length=40, blank=True)
    is_case_owner = models.BooleanField(
        "casusregisseur / zorgmarinier", default=False,
        help_text="Kan casussen als eigenaar aannemen.",
    )

    class Meta:
        verbose_name = "professional"
        verbose_name_plural = "professionals"
        ordering = ["last_name", "first_name", "username"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def display_name(self) -> str:
        name = self.get_full_name() or self.username
        if self.organisation_id:
            return f"{name} ({self.organisation.name})"
        return name


class Neighbourhood(models.Model):
    """A CBS buurt (BU code) with its wijk, so signals can be placed without free-text guessing."""

    code = models.CharField("buurtcode", max_length=10, unique=True, help_text="CBS-code, bijv. BU99990101.")
    name = models.CharField("buurt", max_length=120)
    district_code = models.CharField("wijkcode", max_length=8)
    district_name = models.CharField("wijk", max_length=120)
    municipality_code = models.CharField("gemeentecode", max_length=6)

    class Meta:
        verbose_name = "buurt"
        verbose_name_plural = "buurten"
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name} ({self.district_name})"
