"""The "Nieuw signaal" form: Dutch errors that keep the input, BSN check, mentions, double submit, guidance."""

import pytest

from doortastend.signals.models import Signal, TriageState
from doortastend.triage.models import Indicator, TriageResult

pytestmark = pytest.mark.django_db

URL = "/signalen/nieuw/"


def form_data(**extra):
    data = {
        "token": "tok-1",
        "text": "Jongen van ±15 staat elke nacht bij de snackbar en krijgt pakketjes van oudere mannen.",
        "observed_at": "2026-01-10T02:15",
        "street": "Kadeweg", "house_number": "12a", "postcode": "9999 ab", "city": "Havenstad",
        "buurt_code": "", "location_description": "parkje achter de school",
        "personen-TOTAL_FORMS": "0", "personen-INITIAL_FORMS": "0",
        "personen-MIN_NUM_FORMS": "0", "personen-MAX_NUM_FORMS": "1000",
    }
    data.update(extra)
    return data


def with_mention(data, i=0, **fields):
    data = dict(data)
    data["personen-TOTAL_FORMS"] = str(max(int(data["personen-TOTAL_FORMS"]), i + 1))
    for k, v in fields.items():
        data[f"personen-{i}-{k}"] = v
    return data


def test_form_renders_with_token_and_default_moment(login, network):
    html = login(network["melder"]).get(URL).content.decode()
    assert 'name="token"' in html and 'name="observed_at"' in html
    assert 'value="20' in html  # observed_at defaults to now
    assert "Persoon toevoegen" in html and 'hx-get="/signalen/nieuw/persoon/"' in html
    assert "112" in html


def test_errors_are_dutch_and_keep_what_was_typed(login, network):
    c = login(network["melder"])
    data = with_mention(form_data(text="", postcode="99999", buurt_code="Nergenshuizen"), 0,
                        nickname="Mo", roles=["mogelijk_slachtoffer"], bsn="123456789", age_estimate="200")
    r = c.post(URL, data)
    assert r.status_code == 200
    html = r.content.decode()
    assert "Beschrijf wat u zag of hoorde." in html
    assert "Een postcode bestaat uit 4 cijfers en 2 letters" in html
    assert "Deze buurt kennen we niet" in html
    assert "Dit BSN klopt niet (het voldoet niet aan de elfproef)" in html
    assert "Vul een leeftijd tot 120 jaar in." in html
    # what was typed stays
    for typed in ['value="Kadeweg"', 'value="12a"', "parkje achter de school", 'value="Mo"', 'value="123456789"',
                  'value="Nergenshuizen"']:
        assert typed in html, typed
    assert 'value="mogelijk_slachtoffer" class="utrecht-checkbox utrecht-checkbox--html-input" ' \
           'id="id_personen-0-roles_0" checked' in html or "checked" in html
    assert Signal.objects.count() == 0


def test_invalid_bsn_alone_blocks_submission(login, network):
    c = login(network["melder"])
    r = c.post(URL, with_mention(form_data(), 0, first_name="Sem", bsn="111222334"))
    assert "elfproef" in r.content.decode()
    assert Signal.objects.count() == 0


def test_valid_signal_with_mentions_is_stored_once_on_double_submit(login, network):
    c = login(network["melder"])
    data = with_mention(form_data(), 0, nickname="Mo", age_estimate="15", bsn="1112.22.333",
                        roles=["mogelijk_slachtoffer", "mogelijke_dader"])
    data = with_mention(data, 1, description="man ±40 in zwarte auto")
    data = with_mention(data, 2)  # added but left empty: ignored
    r1 = c.post(URL, data)
    r2 = c.post(URL, data)
    assert r1.status_code == r2.status_code == 302
    assert r1.url == r2.url
    assert Signal.objects.count() == 1
    s = Signal.objects.get()
    assert r1.url == f"/signalen/{s.reference}/ontvangen/"
    assert s.reporter == network["melder"] and s.channel == "web"
    assert s.postcode == "9999AB" and s.location_description == "parkje achter de school"
    mentions = list(s.mentions.order_by("id"))
    assert len(mentions) == 2
    assert mentions[0].roles == ["mogelijk_slachtoffer", "mogelijke_dader"] and mentions[0].bsn == "111222333"
    assert mentions[1].roles == ["onbekend"]
    r3 = c.get(r2.url)
    assert "al ontvangen" in r3.content.decode()


def test_deleted_and_contentless_mentions(login, network):
    c = login(network["melder"])
    data = with_mention(form_data(token="tok-del"), 0, nickname="Weg", DELETE="on")
    data = with_mention(data, 1, roles=["betrokkene"])  # only a role: asks for something about the person
    r = c.post(URL, data)
    assert r.status_code == 200 and "Vul iets in over deze persoon" in r.content.decode()
    data.pop("personen-1-roles")
    r = c.post(URL, data)
    assert r.status_code == 302
    assert Signal.objects.get().mentions.count() == 0


def test_future_moment_is_refused(login, network):
    r = login(network["melder"]).post(URL, form_data(observed_at="2999-01-01T10:00"))
    assert "Dit moment ligt in de toekomst" in r.content.decode()


def test_htmx_adds_a_person_form_and_bumps_the_counter(login, network):
    c = login(network["prof"])
    r = c.get("/signalen/nieuw/persoon/", {"personen-TOTAL_FORMS": "2"}, HTTP_HX_REQUEST="true")
    html = r.content.decode()
    assert 'name="personen-2-nickname"' in html and "Persoon 3" in html
    assert 'name="personen-TOTAL_FORMS" value="3"' in html and 'hx-swap-oob="true"' in html
    assert "<html" not in html


def test_person_button_without_javascript_adds_a_form(login, network):
    c = login(network["melder"])
    r = c.post(URL, {**form_data(), "add_mention": "1"})
    html = r.content.decode()
    assert 'name="personen-0-nickname"' in html and 'name="personen-TOTAL_FORMS" value="1"' in html
    assert Signal.objects.count() == 0


def test_confirmation_says_analysis_follows_when_not_triaged(login, network):
    c = login(network["melder"])
    r = c.post(URL, form_data(token="tok-later"))
    html = c.get(r.url).content.decode()
    assert "De analyse van uw signaal volgt later" in html
    assert Signal.objects.get().reference in html


def test_confirmation_shows_guidance_per_indicator(login, network):
    c = login(network["melder"])
    r = c.post(URL, form_data(token="tok-guidance"))
    s = Signal.objects.get()
    Indicator.objects.create(code="test_pakketjes", label="Pakketjes van oudere mannen",
                             meaning="Kan wijzen op drugskoeriers.", enrich="Let op wie hem ophaalt.",
                             conversation="Vraag open wat hij doet.", route="Bespreek met de coördinator.")
    TriageResult.objects.create(signal=s, phenomena=["criminele_uitbuiting"], urgency="spoed",
                                indicators=["test_pakketjes"],
                                evidence=[{"indicator": "test_pakketjes", "start": 55, "end": 64}],
                                explanation="Mogelijk criminele uitbuiting.")
    Signal.objects.filter(pk=s.pk).update(triage_state=TriageState.DONE)
    html = c.get(r.url).content.decode()
    for text in ["Pakketjes van oudere mannen", "Kan wijzen op drugskoeriers.", "Let op wie hem ophaalt.",
                 "Vraag open wat hij doet.", "Bespreek met de coördinator."]:
        assert text in html
    assert "volgt later" not in html


def test_failed_triage_is_calm(login, network):
    c = login(network["melder"])
    r = c.post(URL, form_data(token="tok-failed"))
    Signal.objects.update(triage_state=TriageState.FAILED)
    assert "volgt later" in c.get(r.url).content.decode()
