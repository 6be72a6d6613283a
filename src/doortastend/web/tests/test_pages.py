"""Every page renders for the roles that may see it, and is 'not found' (and audited) for the others."""

import pytest
from django.urls import reverse

from doortastend import services
from doortastend.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def submit(user, text="Meisje van 14 stapt elke avond in een witte auto bij het station."):
    signal, _created, _code = services.submit_signal(reporter=user, signal_data={"text": text})
    return signal


@pytest.mark.parametrize("role, target", [
    ("melder", "/signalen/mijn/"),
    ("coordinator", "/inbox/"),
    ("beheerder", "/beheer/"),
])
def test_home_redirects_by_role(client, network, role, target):
    client.force_login(network[role])
    r = client.get("/")
    assert r.status_code == 302 and r.url == target


def test_home_for_professional_and_analist_goes_to_an_existing_page(client, network):
    for role in ["prof", "analist"]:
        client.force_login(network[role])
        r = client.get("/")
        assert r.status_code == 302
        assert r.url not in {"/", reverse("web:login")}


def test_anonymous_is_sent_to_login_but_resident_pages_are_open(client, network):
    r = client.get("/signalen/nieuw/")
    assert r.status_code == 302 and r.url.startswith("/inloggen/")
    assert client.get("/inbox/").status_code == 302
    for url in ["/inloggen/", "/melden/", "/status/"]:
        r = client.get(url)
        assert r.status_code == 200
        assert 'lang="nl"' in r.content.decode()


@pytest.mark.parametrize("role, pages", [
    ("melder", ["/signalen/nieuw/", "/signalen/mijn/"]),
    ("prof", ["/signalen/nieuw/", "/signalen/mijn/"]),
    ("coordinator", ["/inbox/", "/signalen/nieuw/", "/inbox/?sorteer=oudste", "/inbox/?sorteer=nieuwste"]),
])
def test_pages_render_per_role(client, network, role, pages):
    client.force_login(network[role])
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        html = r.content.decode()
        assert 'id="inhoud"' in html and "Direct naar de inhoud" in html  # main landmark + skip link
        assert "Gemeente Havenstad" in html or "Havenstad" in html
        assert "Uitloggen" in html


def test_navigation_depends_on_role(client, network):
    client.force_login(network["melder"])
    html = client.get("/signalen/mijn/").content.decode()
    assert "Mijn signalen" in html and ">Inbox<" not in html
    client.force_login(network["coordinator"])
    html = client.get("/inbox/").content.decode()
    assert ">Inbox<" in html and ">Mijn signalen<" not in html


@pytest.mark.parametrize("role", ["melder", "prof", "analist", "beheerder"])
def test_inbox_is_not_found_for_others_and_audited(client, network, role):
    client.force_login(network[role])
    before = AuditEvent.objects.filter(action="denied").count()
    assert client.get("/inbox/").status_code == 404
    assert AuditEvent.objects.filter(action="denied", actor=network[role]).count() == before + 1


@pytest.mark.parametrize("role", ["analist", "beheerder"])
def test_roles_without_personal_data_cannot_report(client, network, role):
    client.force_login(network[role])
    assert client.get("/signalen/nieuw/").status_code == 404
    assert client.get("/signalen/mijn/").status_code == 404


def test_login_and_logout_are_audited(client, network):
    r = client.post("/inloggen/", {"username": "melder", "password": "test-wachtwoord-123"})
    assert r.status_code == 302
    assert AuditEvent.objects.filter(action="login", actor=network["melder"]).count() == 1
    assert client.get("/uitloggen/").status_code == 405  # log out only by POST
    r = client.post("/uitloggen/")
    assert r.status_code == 302
    assert AuditEvent.objects.filter(action="logout", actor=network["melder"]).count() == 1


def test_failed_login_shows_dutch_error_and_is_audited(client, network):
    r = client.post("/inloggen/", {"username": "melder", "password": "fout"})
    assert r.status_code == 200
    html = r.content.decode()
    assert "wachtwoord" in html.lower() and 'value="melder"' in html
    event = AuditEvent.objects.get(action="denied", object_type="sessie")
    assert event.detail["username"] == "melder" and "fout" not in str(event.detail)


def test_guessed_signal_reference_is_404_and_audited(client, network):
    own = submit(network["melder"])
    other = submit(network["melder2"])
    client.force_login(network["melder"])
    assert client.get(f"/signalen/{own.reference}/").status_code == 200
    for ref in [other.reference, "S-2026-AAAAAA"]:
        assert client.get(f"/signalen/{ref}/").status_code == 404
        assert client.get(f"/signalen/{ref}/ontvangen/").status_code == 404
        assert AuditEvent.objects.filter(action="denied", actor=network["melder"], object_id=ref).count() == 2
    client.force_login(network["coordinator"])
    assert client.get("/signalen/S-2026-ZZZZZZ/").status_code == 404
    assert AuditEvent.objects.filter(action="denied", actor=network["coordinator"],
                                     object_id="S-2026-ZZZZZZ").exists()
    assert client.post(f"/signalen/{other.reference}/besluit/", {"decision": "monitoren"}).status_code == 302
    client.force_login(network["melder"])
    r = client.post(f"/signalen/{own.reference}/besluit/", {"decision": "monitoren"})
    assert r.status_code == 404
    own.refresh_from_db()
    assert own.status == "nieuw"


def test_viewing_a_signal_is_audited(client, network):
    signal = submit(network["melder"])
    client.force_login(network["coordinator"])
    client.get(f"/signalen/{signal.reference}/")
    assert AuditEvent.objects.filter(action="view", object_type="signal", object_id=str(signal.pk),
                                     actor=network["coordinator"]).count() == 1
