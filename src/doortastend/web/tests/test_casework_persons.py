# ruff: noqa: F811  (pytest fixtures imported from test_casework_base are redefined as arguments)
"""Person page (need-to-know for signal content, linkage overview for the coordinator) and match review."""

import pytest
from django.urls import reverse

from doortastend.linkage.models import MatchCandidate, MatchDecision
from doortastend.people.models import MentionLink

from .test_casework_base import SIGNAL_TEXT, client_for, net, submit, world  # noqa: F401

OTHER_TEXT = "Op school valt op dat de jongen vaak blauwe plekken heeft en niet naar gym wil."


@pytest.fixture
def two_orgs(world):
    """A second signal about the same person, from a school professional, not in the case."""
    other = submit(world["melder2"], text=OTHER_TEXT,
                   mentions=[{"first_name": "Daan", "last_name": "Testvelde", "school": "Montessori Oost",
                              "roles": ["mogelijk_slachtoffer"]}])
    from doortastend import services

    services.link_mention(other.mentions.get(), world["person"], by=world["coordinator"], reason="zelfde kind")
    return {**world, "other": other}


def page(user, person):
    return client_for(user).get(reverse("web:person_detail", args=[person.reference]))


def test_coordinator_sees_that_and_how_many_but_no_content(two_orgs):
    html = page(two_orgs["coordinator"], two_orgs["person"]).content.decode()
    assert 'id="signaal-aantal"' in html and "<strong>2</strong> signalen" in html
    assert "Politie: 1" in html and "School: 1" in html
    assert "Montessori Oost" in html  # mention attributes are shown
    assert OTHER_TEXT[:30] not in html and SIGNAL_TEXT[:30] not in html  # no signal text without need-to-know


def test_member_sees_content_of_case_signals_only(two_orgs):
    html = page(two_orgs["prof3"], two_orgs["person"]).content.decode()
    assert SIGNAL_TEXT[:30] in html
    assert OTHER_TEXT[:30] not in html
    assert "Montessori Oost" not in html  # the other organisation's mention is not shown at all
    assert "nog 1 vermelding in signalen buiten uw casussen" in html
    assert 'id="signaal-aantal"' not in html  # the linkage overview is for the coordinator


def test_person_page_refused_to_outsiders(two_orgs):
    for role in ["prof2", "melder", "melder2", "analist", "beheerder"]:
        assert page(two_orgs[role], two_orgs["person"]).status_code == 404, role


@pytest.fixture
def candidate(world):
    new = submit(world["melder2"], text="Jongen met dezelfde naam gezien bij de speeltuin.",
                 mentions=[{"first_name": "Daan", "last_name": "Testveld", "age_estimate": 9,
                            "roles": ["betrokkene"]}])
    mention = new.mentions.get()
    c = MatchCandidate.objects.create(mention=mention, person=world["person"], probability=0.83, explanation=[
        {"field": "voornaam", "level": "exact", "weight": 3.1, "explanation": "Voornaam gelijk."},
        {"field": "achternaam", "level": "jaro_winkler_0.9", "weight": 2.2, "explanation": "Achternaam bijna gelijk."},
    ])
    return {**world, "candidate": c, "mention": mention}


def test_review_list_shows_side_by_side_with_explanation(candidate):
    r = client_for(candidate["coordinator"]).get(reverse("web:match_list"))
    html = r.content.decode()
    assert r.status_code == 200
    assert "Testveld" in html and "Testvelde" in html
    assert "Achternaam bijna gelijk." in html and "83%" in html
    from doortastend.web.views.persons import candidate_rows

    rows = {r["field"]: r for r in candidate_rows(candidate["candidate"])}
    assert rows["Achternaam"]["mention"] == "Testveld" and rows["Achternaam"]["person"] == ["Testvelde"]
    assert rows["Achternaam"]["explanation"] == "Achternaam bijna gelijk." and rows["Achternaam"]["weight"] == 2.2
    assert rows["Adres"]["mention"] == "" and "Lindelaan" in rows["Adres"]["person"]
    for role in ["prof", "prof2", "analist", "melder", "beheerder"]:
        assert client_for(candidate[role]).get(reverse("web:match_list")).status_code == 404


def test_confirm_links_the_mention(candidate):
    c = candidate["candidate"]
    url = reverse("web:match_decide", args=[c.pk])
    r = client_for(candidate["coordinator"]).post(url, {f"c{c.pk}-decision": "zelfde", f"c{c.pk}-reason": ""})
    assert r.status_code == 400 and "Geef kort aan waarom" in r.content.decode()
    r = client_for(candidate["coordinator"]).post(url, {f"c{c.pk}-decision": "zelfde",
                                                        f"c{c.pk}-reason": "Zelfde kind, typefout."})
    assert r.status_code == 302
    c.refresh_from_db()
    candidate["mention"].refresh_from_db()
    assert c.state == MatchCandidate.State.CONFIRMED
    assert candidate["mention"].person == candidate["person"]
    assert MatchDecision.objects.get(candidate=c).same_person is True
    assert MentionLink.objects.filter(mention=candidate["mention"], method=MentionLink.Method.REVIEW).exists()
    # deciding twice is refused
    r = client_for(candidate["coordinator"]).post(url, {f"c{c.pk}-decision": "ander", f"c{c.pk}-reason": "x"})
    assert r.status_code == 400 and "al besloten" in r.content.decode()


def test_reject_keeps_them_apart(candidate):
    c = candidate["candidate"]
    r = client_for(candidate["coordinator"]).post(reverse("web:match_decide", args=[c.pk]), {
        f"c{c.pk}-decision": "ander", f"c{c.pk}-reason": "Broertje, andere leeftijd."})
    assert r.status_code == 302
    c.refresh_from_db()
    candidate["mention"].refresh_from_db()
    assert c.state == MatchCandidate.State.REJECTED
    assert candidate["mention"].person != candidate["person"]
    assert MatchDecision.objects.get(candidate=c).same_person is False


def test_non_coordinator_cannot_decide(candidate):
    c = candidate["candidate"]
    r = client_for(candidate["prof"]).post(reverse("web:match_decide", args=[c.pk]), {
        f"c{c.pk}-decision": "zelfde", f"c{c.pk}-reason": "ja"})
    assert r.status_code == 404
    c.refresh_from_db()
    assert c.state == MatchCandidate.State.OPEN


def test_explanation_of_the_real_matcher_fits_the_rows(candidate):
    from doortastend.linkage import service
    from doortastend.web.views.persons import COMPARISON_FIELDS, candidate_rows

    c = candidate["candidate"]
    comparison = service.score_against_person(service.normalized(candidate["mention"]), candidate["person"])
    c.explanation = service.explanation_json(comparison)
    c.save(update_fields=["explanation"])
    rows = candidate_rows(c)
    assert [r["field"] for r in rows] == [label for label, _fields in COMPARISON_FIELDS.values()]
    assert all(r["explanation"] for r in rows)


# --- Merge proposals (linkage.consolidate) ------------------------------------------------------------------------


@pytest.fixture
def proposal(world):
    """The known person stored a second time from a school's signal; the batch proposes to merge the two."""
    from doortastend import services
    from doortastend.linkage.consolidate import propose_merges

    first = world["signal"].mentions.get()
    other = submit(world["melder2"], text=OTHER_TEXT, mentions=[{
        "first_name": first.first_name, "last_name": first.last_name, "birth_date": first.birth_date,
        "street": first.street, "house_number": first.house_number, "city": first.city,
        "school": "Montessori Oost", "roles": ["mogelijk_slachtoffer"]}])
    second = services.create_person_for(other.mentions.get(), method=MentionLink.Method.AUTO)
    assert propose_merges().proposed == 1
    from doortastend.linkage.models import MergeProposal

    return {**world, "proposal": MergeProposal.objects.get(), "second": second, "other_signal": other}


def test_merge_proposal_listed_side_by_side(proposal):
    p = proposal["proposal"]
    assert p.person == proposal["person"] and p.other == proposal["second"]  # the older of two equals is kept
    r = client_for(proposal["coordinator"]).get(reverse("web:match_list"))
    html = r.content.decode()
    assert r.status_code == 200 and "Mogelijk dezelfde persoon" in html
    assert p.person.reference in html and p.other.reference in html and "Montessori Oost" in html
    assert OTHER_TEXT[:30] not in html and SIGNAL_TEXT[:30] not in html
    for role in ["prof", "prof2", "analist", "melder", "beheerder"]:
        url = reverse("web:merge_decide", args=[p.pk])
        r = client_for(proposal[role]).post(url, {f"s{p.pk}-decision": "zelfde", f"s{p.pk}-reason": "ja"})
        assert r.status_code == 404, role
    p.refresh_from_db()
    assert p.state == "open"


def test_merge_decision_merges_and_redirects_old_reference(proposal):
    p = proposal["proposal"]
    url = reverse("web:merge_decide", args=[p.pk])
    coordinator = client_for(proposal["coordinator"])
    r = coordinator.post(url, {f"s{p.pk}-decision": "zelfde", f"s{p.pk}-reason": ""})
    assert r.status_code == 400 and "Geef kort aan waarom" in r.content.decode()
    r = coordinator.post(url, {f"s{p.pk}-decision": "zelfde", f"s{p.pk}-reason": "Zelfde kind, school bevestigt."})
    assert r.status_code == 302
    second = proposal["second"]
    second.refresh_from_db()
    assert second.merged_into == proposal["person"]
    assert proposal["other_signal"].mentions.get().person == proposal["person"]
    r = coordinator.get(reverse("web:person_detail", args=[second.reference]))
    assert r.status_code == 302 and r["Location"].endswith(f"/personen/{proposal['person'].reference}/")
    html = coordinator.get(r["Location"]).content.decode()
    assert f"Samengevoegd uit: {second.reference}" in html and "<strong>2</strong> signalen" in html
    r = coordinator.post(url, {f"s{p.pk}-decision": "ander", f"s{p.pk}-reason": "toch niet"})
    assert r.status_code == 400 and "al besloten" in r.content.decode()


def test_merge_rejection_keeps_them_apart(proposal):
    p = proposal["proposal"]
    r = client_for(proposal["coordinator"]).post(reverse("web:merge_decide", args=[p.pk]), {
        f"s{p.pk}-decision": "ander", f"s{p.pk}-reason": "Tweelingbroer, andere school."})
    assert r.status_code == 302
    p.refresh_from_db()
    proposal["second"].refresh_from_db()
    assert p.state == "afgewezen" and proposal["second"].merged_into is None
    html = client_for(proposal["coordinator"]).get(reverse("web:match_list")).content.decode()
    assert "Er zijn geen voorstellen tot samenvoegen." in html


# --- Unlinking a mention (coordinator) ----------------------------------------------------------------------------


def test_coordinator_unlinks_a_wrongly_linked_mention(two_orgs):
    from doortastend.linkage.consolidate import propose_merges
    from doortastend.linkage.models import MergeProposal

    person = two_orgs["person"]
    school = two_orgs["other"].mentions.get()
    coordinator = client_for(two_orgs["coordinator"])
    html = coordinator.get(reverse("web:person_detail", args=[person.reference])).content.decode()
    assert "Niet deze persoon? Ontkoppelen" in html
    url = reverse("web:mention_unlink", args=[school.pk])
    r = coordinator.post(url, {f"o{school.pk}-reason": ""})
    assert r.status_code == 302
    school.refresh_from_db()
    assert school.person == person  # no reason, nothing changed
    for role in ["prof", "prof2", "melder", "analist"]:
        assert client_for(two_orgs[role]).post(url, {f"o{school.pk}-reason": "x"}).status_code == 404, role
    r = coordinator.post(url, {f"o{school.pk}-reason": "Andere jongen: zelfde naam, andere school."})
    assert r.status_code == 302
    school.refresh_from_db()
    assert school.person is not None and school.person != person
    assert list(MentionLink.objects.filter(mention=school).values_list("method", flat=True)) == [
        MentionLink.Method.MANUAL, MentionLink.Method.UNLINK]
    decision = MatchDecision.objects.get(candidate__mention=school, candidate__person=person)
    assert decision.same_person is False
    # the nightly comparison does not propose the two again, whatever the batch thinks of them
    propose_merges()
    assert not MergeProposal.objects.filter(pair=MergeProposal.pair_of(person.pk, school.person_id)).exists()
    # the last mention of a person cannot be unlinked: the page offers no form
    html = coordinator.get(reverse("web:person_detail", args=[school.person.reference])).content.decode()
    assert "Niet deze persoon? Ontkoppelen" not in html


def test_split_proposal_listed_and_decided(world):
    from doortastend import services
    from doortastend.linkage.consolidate import propose_merges
    from doortastend.linkage.models import SplitProposal

    person = world["person"]
    first = world["signal"].mentions.get()
    same = {f: getattr(first, f) for f in ["last_name", "birth_date", "street", "house_number", "city"]}
    for reporter, name in [("melder2", first.first_name), ("melder", "Zoë")]:
        s = submit(world[reporter], text=OTHER_TEXT, mentions=[{**same, "first_name": name, "roles": []}])
        services.link_mention(s.mentions.get(), person, method=MentionLink.Method.AUTO, reason="automatisch")
    assert propose_merges().split_proposed == 1
    p = SplitProposal.objects.get()
    assert p.mention.first_name == "Zoë"
    coordinator = client_for(world["coordinator"])
    html = coordinator.get(reverse("web:match_list")).content.decode()
    assert "Mogelijk niet dezelfde persoon" in html and "Zoë" in html and OTHER_TEXT[:30] not in html
    url = reverse("web:split_decide", args=[p.pk])
    assert client_for(world["prof"]).post(url, {f"o{p.pk}-decision": "ander", f"o{p.pk}-reason": "x"}).status_code == 404
    r = coordinator.post(url, {f"o{p.pk}-decision": "ander", f"o{p.pk}-reason": ""})
    assert r.status_code == 400 and "Geef kort aan waarom" in r.content.decode()
    r = coordinator.post(url, {f"o{p.pk}-decision": "ander", f"o{p.pk}-reason": "Zus, andere voornaam."})
    assert r.status_code == 302
    p.refresh_from_db()
    p.mention.refresh_from_db()
    assert p.state == SplitProposal.State.UNLINKED and p.mention.person not in (None, person)
    assert "Er zijn geen voorstellen tot ontkoppelen." in coordinator.get(reverse("web:match_list")).content.decode()


def test_compare_rows_keep_a_persons_values_apart():
    from doortastend.web.views.persons import compare_rows

    empty = {f: [] for f in ["bsn", "first_name", "nickname", "last_name", "birth_date", "age_estimate", "gender",
                             "street", "house_number", "postcode", "city", "phone", "license_plate", "school"]}
    mine = {**empty, "first_name": ["Mohamed", "Mohammed"], "street": ["Vlashof"], "house_number": ["12a"]}
    rows = {r["field"]: r for r in compare_rows([], mine, {**empty, "first_name": ["Mo"]})}
    assert rows["Voornaam / bijnaam"]["mention"] == "Mohamed, Mohammed"  # two names, not one double name
    assert rows["Voornaam / bijnaam"]["person"] == ["Mo"]
    assert rows["Adres"]["mention"] == "Vlashof 12a"
