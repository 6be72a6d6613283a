"""Shared fixtures for every test directory: a small network with one user per role, built through the real
models, and processing switched off (tests that need triage or matching switch it on themselves)."""

import pytest

from doortastend.network.models import Organisation, Professional, Role, Team

PASSWORD = "test-wachtwoord-123"


@pytest.fixture
def network(db):
    police = Organisation.objects.create(name="Politie Havenstad", type="politie")
    school = Organisation.objects.create(name="Havencollege", type="school")
    wijkteam = Organisation.objects.create(name="Wijkteam Noord", type="wijkteam")
    gemeente = Organisation.objects.create(name="Gemeente Havenstad", type="gemeente")
    marines = Team.objects.create(organisation=gemeente, name="Zorgmariniers", on_call=True)

    def user(username, role, org, team=None, **extra):
        return Professional.objects.create_user(
            username=username, password=PASSWORD, role=role, organisation=org, team=team,
            first_name=username.capitalize(), last_name="Test", **extra,
        )

    return {
        "police": police, "school": school, "wijkteam": wijkteam, "gemeente": gemeente, "marines": marines,
        "melder": user("melder", Role.MELDER, police),
        "melder2": user("melder2", Role.MELDER, school),
        "coordinator": user("coordinator", Role.COORDINATOR, gemeente),
        "prof": user("prof", Role.PROFESSIONAL, gemeente, marines, is_case_owner=True),
        "prof2": user("prof2", Role.PROFESSIONAL, wijkteam),
        "prof3": user("prof3", Role.PROFESSIONAL, school),
        "analist": user("analist", Role.ANALIST, gemeente),
        "beheerder": user("beheerder", Role.BEHEERDER, gemeente, is_staff=True),
    }


@pytest.fixture(autouse=True)
def _no_processing(settings):
    """Unit tests run processing explicitly; the processing tests switch it on themselves."""
    settings.DOORTASTEND_PROCESSING_STEPS = {}
