"""End to end in a real browser: a professional logs a signal -> the coordinator opens a case and offers it
to a zorgmarinier -> the zorgmarinier accepts -> the reporter sees the status change. Plus the resident's
receipt-code flow."""

import re

import pytest

from doortastend.network.models import Organisation, Professional, Team

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
PASSWORD = "e2e-wachtwoord-123"


@pytest.fixture
def people(settings):
    settings.DOORTASTEND_PROCESSING_STEPS = {}
    gemeente = Organisation.objects.create(name="Gemeente Havenstad", type="gemeente")
    politie = Organisation.objects.create(name="Politie Havenstad", type="politie")
    team = Team.objects.create(organisation=gemeente, name="Zorgmariniers", on_call=True)
    mk = Professional.objects.create_user
    return {
        "agent": mk("agent", password=PASSWORD, role="melder", organisation=politie, first_name="Joris",
                    last_name="Vermeulen"),
        "coordinator": mk("coordinator", password=PASSWORD, role="coordinator", organisation=gemeente,
                          first_name="Sanne", last_name="Verbeek"),
        "marinier": mk("marinier", password=PASSWORD, role="professional", organisation=gemeente, team=team,
                       is_case_owner=True, first_name="Rachid", last_name="Bouzerda"),
    }


def login(page, base, username):
    page.context.clear_cookies()
    page.goto(f"{base}/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state("networkidle")


def test_core_loop(live_server, page, people):
    base = live_server.url
    # 1. A professional logs a signal on a phone-sized screen.
    login(page, base, "agent")
    page.goto(f"{base}/signalen/nieuw/")
    page.get_by_label("Wat heeft u gezien of gehoord?").fill(
        "Jongen van ongeveer 15 staat elke avond bij de snackbar en haalt pakketjes op bij een grijze auto."
    )
    page.get_by_label("Straat").fill("Vlashof")
    page.get_by_role("button", name="Signaal versturen").click()
    page.wait_for_url(re.compile(r"/signalen/S-\d{4}-[A-Z0-9]+/"))
    reference = re.search(r"S-\d{4}-[A-Z0-9]+", page.url).group(0)
    assert reference in page.content()

    # 2. The coordinator opens a case from the inbox and offers it to the zorgmarinier.
    login(page, base, "coordinator")
    page.goto(f"{base}/inbox/")
    page.get_by_role("link", name=reference).first.click()
    page.get_by_label(re.compile("Nieuwe casus openen")).check()
    page.get_by_role("button", name="Besluit vastleggen").click()
    page.wait_for_url(re.compile(r"/casussen/C-\d{4}-[A-Z0-9]+/"))
    case_ref = re.search(r"C-\d{4}-[A-Z0-9]+", page.url).group(0)
    page.get_by_text("Casus aanbieden (overdracht)").click()
    offer = page.locator("form", has=page.get_by_role("button", name="Aanbieden", exact=True))
    select = offer.get_by_label("Aan een casusregisseur")
    value = select.locator("option", has_text="Rachid Bouzerda").get_attribute("value")
    select.select_option(value=value)
    offer.get_by_label("Toelichting voor de ontvanger").fill("Graag vandaag nog contact, lijkt geronseld te worden.")
    offer.get_by_role("button", name="Aanbieden", exact=True).click()
    page.wait_for_load_state("networkidle")
    assert "Aangeboden" in page.content()

    # 3. The zorgmarinier accepts the offer.
    login(page, base, "marinier")
    page.goto(f"{base}/overdrachten/")
    page.get_by_role("link", name=re.compile(case_ref)).first.click()
    page.get_by_label(re.compile("Accepteren")).check()
    page.get_by_role("button", name="Besluit versturen").click()
    page.wait_for_url(re.compile(rf"/casussen/{case_ref}/"))

    # 4. The reporter sees that someone is on it, without any case details.
    login(page, base, "agent")
    page.goto(f"{base}/signalen/mijn/")
    body = page.content()
    assert "in behandeling bij een professional" in body
    assert "Rachid" not in body and case_ref not in body


def test_resident_receipt_code(live_server, page, people):
    base = live_server.url
    page.goto(f"{base}/melden/")
    page.get_by_label("Wat is er aan de hand?").fill(
        "Mijn dochter van 15 heeft een veel oudere vriend met een dure auto en komt 's nachts laat thuis."
    )
    page.get_by_role("button", name="Melding versturen").click()
    page.wait_for_load_state("networkidle")
    code = re.search(r"\b([A-Z2-9]{4}-[A-Z2-9]{4})\b", page.inner_text("main")).group(1)
    page.goto(f"{base}/status/")
    page.get_by_label("Uw code").fill(code)
    page.get_by_role("button", name="Status bekijken").click()
    page.wait_for_load_state("networkidle")
    assert "Uw melding is ontvangen" in page.content()
    assert "dochter" not in page.inner_text("main")
