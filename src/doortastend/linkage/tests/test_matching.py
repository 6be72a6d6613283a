"""Matching and clustering: hard negatives stay apart, sparse street signals link when unambiguous."""

import pytest

from doortastend.linkage import (
    AUTO_LINK_THRESHOLD,
    REVIEW_THRESHOLD,
    Matcher,
    normalize_record,
    person_profile,
)
from doortastend.linkage.batch import deduplicate

REF = "2025-06-01"  # reference date for age estimates, so the tests do not depend on today's date


def rec(rid, **fields):
    return {"id": rid, "source": "test", "reference_date": REF, **fields}


def clusters(records):
    res = deduplicate(records)
    by_id = {r["id"]: root for r, root in zip(records, res.roots, strict=True)}
    return by_id


@pytest.fixture(scope="module")
def matcher():
    return Matcher.load()


def test_thresholds_are_ordered():
    assert 0 < REVIEW_THRESHOLD < AUTO_LINK_THRESHOLD < 1


def test_story_from_the_issue_is_one_person():
    # youth worker, school, police and housing corporation each see a piece of the same boy
    records = [
        rec("jongerenwerk", nickname="Mo", age_estimate=16, gender="m", street="Vlashof", city="Zaandam"),
        rec(
            "school",
            first_name="Mohamed",
            last_name="el Amrani",
            birth_date="2009-03-14",
            gender="m",
            school="Het Baken",
            street="Vlashof",
            house_number="12a",
            city="Zaandam",
        ),
        rec(
            "politie",
            first_name="M.",
            last_name="El-Amrani",
            birth_date="2009-03-14",
            gender="m",
            license_plate="12-ab-34",
            street="Vlashof",
            house_number="12 A",
            postcode="1501 AB",
        ),
        rec(
            "corporatie",
            first_name="Mohammed",
            last_name="Amrani",
            street="Vlashof",
            house_number="12-a",
            postcode="1501AB",
            city="Zaandam",
            phone="06-12345678",
        ),
    ]
    c = clusters(records)
    assert len(set(c.values())) == 1


def test_nickname_street_age_guess_links_to_the_right_person(matcher):
    mo = normalize_record(
        rec("a", nickname="Mo", age_estimate="±16", gender="m", street="Vlashof", city="Zaandam")
    )
    son = normalize_record(
        rec(
            "b",
            first_name="Mohamed",
            last_name="el Amrani",
            birth_date="2009-03-14",
            gender="m",
            street="Vlashof",
            house_number="12a",
            city="Zaandam",
        )
    )
    father = normalize_record(
        rec(
            "c",
            first_name="Mohamed",
            last_name="el Amrani",
            birth_date="1978-11-02",
            gender="m",
            street="Vlashof",
            house_number="12a",
            city="Zaandam",
        )
    )
    to_son, to_father = matcher.score(mo, son), matcher.score(mo, father)
    assert to_son.match_probability >= AUTO_LINK_THRESHOLD
    assert to_father.match_probability < REVIEW_THRESHOLD
    assert {f.field for f in to_son.fields} >= {"voornaam", "geboorte", "adres"}
    assert all(f.explanation_nl for f in to_son.fields)


def test_twins_are_not_merged(matcher):
    a = rec(
        "t1",
        first_name="Sanne",
        last_name="de Vries",
        birth_date="2010-05-05",
        gender="f",
        street="Kerkstraat",
        house_number="3",
        postcode="3011 AA",
        city="Rotterdam",
        school="Het Baken",
    )
    b = rec(
        "t2",
        first_name="Lotte",
        last_name="de Vries",
        birth_date="2010-05-05",
        gender="f",
        street="Kerkstraat",
        house_number="3",
        postcode="3011 AA",
        city="Rotterdam",
        school="Het Baken",
    )
    c = clusters([a, b])
    assert c["t1"] != c["t2"]
    assert matcher.score(normalize_record(a), normalize_record(b)).match_probability < REVIEW_THRESHOLD


def test_siblings_at_one_address_are_not_merged():
    records = [
        rec(
            "s1",
            first_name="Bilal",
            last_name="Benali",
            birth_date="2008-01-10",
            gender="m",
            street="Molenweg",
            house_number="8",
            postcode="5611 AB",
            city="Eindhoven",
        ),
        rec(
            "s2",
            first_name="Hamza",
            last_name="Benali",
            birth_date="2010-07-22",
            gender="m",
            street="Molenweg",
            house_number="8",
            postcode="5611 AB",
            city="Eindhoven",
        ),
        # an initial-only housing record must not chain the brothers together
        rec(
            "s3",
            first_name="B.",
            last_name="Benali",
            street="Molenweg",
            house_number="8",
            postcode="5611AB",
            city="Eindhoven",
        ),
        rec("s4", first_name="Hamza", last_name="Benali", birth_date="2010-07-22", school="Da Vinci College"),
    ]
    c = clusters(records)
    assert c["s1"] != c["s2"]
    assert c["s2"] == c["s4"]


def test_father_and_son_with_one_name_are_not_merged():
    records = [
        rec(
            "f1",
            first_name="Jan",
            last_name="Bakker",
            birth_date="1975-04-02",
            gender="m",
            street="Dorpsstraat",
            house_number="1",
            city="Zwolle",
            bsn="111222333",
        ),
        rec(
            "j1",
            first_name="Jan",
            last_name="Bakker",
            birth_date="2008-09-30",
            gender="m",
            street="Dorpsstraat",
            house_number="1",
            city="Zwolle",
        ),
        rec(
            "f2",
            first_name="Jan",
            last_name="Bakker",
            age_estimate=50,
            gender="m",
            street="Dorpsstraat",
            city="Zwolle",
        ),
        rec(
            "j2",
            nickname="Jantje",
            last_name="Bakker",
            age_estimate=17,
            gender="m",
            street="Dorpsstraat",
            city="Zwolle",
        ),
    ]
    c = clusters(records)
    assert c["f1"] != c["j1"]
    assert c["f2"] == c["f1"] and c["j2"] == c["j1"]


def test_common_names_in_different_towns_are_not_merged():
    records = [
        rec(
            "n1",
            first_name="Jan",
            last_name="de Vries",
            birth_date="1985-02-11",
            street="Kerkstraat",
            house_number="5",
            city="Groningen",
        ),
        rec(
            "n2",
            first_name="Jan",
            last_name="de Vries",
            birth_date="1991-08-30",
            street="Stationsweg",
            house_number="20",
            city="Breda",
        ),
        rec("n3", first_name="Jan", last_name="de Vries", street="Markt", house_number="2", city="Venlo"),
    ]
    c = clusters(records)
    assert len(set(c.values())) == 3


def test_different_valid_bsns_never_link(matcher):
    a = normalize_record(
        rec("x", first_name="Anna", last_name="Smit", birth_date="2001-01-01", bsn="111222333")
    )
    b = normalize_record(
        rec("y", first_name="Anna", last_name="Smit", birth_date="2001-01-01", bsn="123456782")
    )
    assert matcher.score(a, b).conflict
    assert matcher.score(a, b).match_probability < REVIEW_THRESHOLD


def test_invalid_bsn_is_ignored_not_a_conflict(matcher):
    a = normalize_record(
        rec("x", first_name="Anna", last_name="Smit", birth_date="2001-01-01", bsn="111222333")
    )
    b = normalize_record(
        rec("y", first_name="Anna", last_name="Smit", birth_date="2001-01-01", bsn="111222334")
    )
    c = matcher.score(a, b)
    assert not c.conflict and c.match_probability >= AUTO_LINK_THRESHOLD


def test_day_month_swap_and_spelling_still_link(matcher):
    a = normalize_record(
        rec(
            "x",
            first_name="Katarzyna",
            last_name="Nowak",
            birth_date="1990-04-03",
            street="Lindenlaan",
            house_number="4",
            city="Venlo",
        )
    )
    b = normalize_record(
        rec(
            "y",
            first_name="Kasia",
            last_name="Nowak",
            birth_date="1990-03-04",
            street="Lindenln",
            house_number="4",
            city="Venlo",
        )
    )
    assert matcher.score(a, b).match_probability >= AUTO_LINK_THRESHOLD


def test_person_profile_and_score_person(matcher):
    mentions = [
        normalize_record(
            rec(
                "p1",
                first_name="Mohamed",
                last_name="el Amrani",
                birth_date="2009-03-14",
                street="Vlashof",
                house_number="12a",
                bsn="111222333",
            )
        ),
        normalize_record(rec("p2", nickname="Mo", age_estimate=16, street="Vlashof")),
    ]
    profile = person_profile(mentions)
    assert profile.birth_date == "2009-03-14" and "mohamed" in profile.name_groups
    new = normalize_record(rec("q", first_name="Mohammed", last_name="Amrani", birth_date="2009-03-14"))
    assert matcher.score_person(new, mentions).match_probability >= AUTO_LINK_THRESHOLD
    other = normalize_record(
        rec("o", first_name="Mohamed", last_name="el Amrani", birth_date="2009-03-14", bsn="123456782")
    )
    assert matcher.score_person(other, mentions).match_probability < AUTO_LINK_THRESHOLD


def test_same_bsn_overrides_an_unknown_nickname(matcher):
    a = normalize_record(
        rec("x", first_name="Youssef", last_name="Tahiri", birth_date="2012-02-02", bsn="111222333")
    )
    b = normalize_record(rec("y", first_name="Yos", last_name="Tahiri", bsn="111222333"))
    c = matcher.score(a, b)
    assert not c.conflict and c.match_probability >= AUTO_LINK_THRESHOLD
    # without the BSN two unrelated full given names are a hard conflict (twins/siblings)
    b2 = normalize_record(rec("z", first_name="Yos", last_name="Tahiri", birth_date="2012-02-02"))
    assert matcher.score(a, b2).conflict


def test_initial_between_two_same_initial_household_members_is_not_auto_linked():
    # Elif and Emre Demir live at one address; "E. Demir" there could be either: no automatic link
    records = [
        rec(
            "elif",
            first_name="Elif",
            last_name="Demir",
            birth_date="1980-02-03",
            gender="f",
            street="Kastanjeweg",
            house_number="167",
            postcode="2344 GB",
            city="Leiden",
        ),
        rec(
            "emre",
            first_name="Emre",
            last_name="Demir",
            birth_date="2007-09-30",
            gender="m",
            street="Kastanjeweg",
            house_number="167",
            postcode="2344 GB",
            city="Leiden",
        ),
        rec(
            "e",
            first_name="E.",
            last_name="Demir",
            street="Kastanjeweg",
            house_number="167",
            postcode="2344GB",
            city="Leiden",
        ),
    ]
    c = clusters(records)
    assert len(set(c.values())) == 3


def test_an_initial_between_two_typos_of_one_name_is_linked():
    # "Gerold" and "Greald" are two typos of Gerald that the guard keeps apart from each other; the full records
    # linked to both show they are one person, so "G." at that address is not ambiguous
    from doortastend.linkage.batch import _compatible, _info, _witness, candidate_pairs, score_pairs
    from doortastend.linkage.clustering import hold_ambiguous
    from doortastend.linkage.scoring import Model

    home = dict(last_name="Naarendorp", birth_date="1958-01-27", gender="m", street="Batauweg", house_number="10",
                postcode="3557 GB", city="Utrecht")

    def held(rows):
        recs = [normalize_record(r) for r in rows]
        pairs = candidate_pairs(recs)
        weights = score_pairs(recs, pairs, Model.load())
        single = lambda i: _info(recs[i])  # noqa: E731
        _, out = hold_ambiguous(pairs, weights, 5.0, lambda a, b: not _compatible(single(a), single(b)), 1.0,
                                _witness(recs, single))
        return {rows[i]["id"] for i in out}

    typos = [rec("t1", first_name="Gerold", **home), rec("t2", first_name="Greald", **home)]
    full = [rec("full", first_name="Gerald", bsn="338088295", **home),
            rec("full2", first_name="Gerald", phone="0612345678", **home)]
    initial = [rec("g", first_name="G.", **home)]
    assert held(full + typos + initial) == set()
    # without a full record the initial is a choice between two people; a full record is no witness for itself
    assert held(typos + initial) == {"g"}
    assert held(full[:1] + typos) == {"full"}
    # twins are no typos: no full record is linked above the threshold to both
    twins = dict(last_name="Demir", birth_date="2007-09-30", street="Kastanjeweg", house_number="167", city="Leiden")
    assert "e" in held([rec("elif", first_name="Elif", gender="f", **twins),
                        rec("emre", first_name="Emre", gender="m", **twins),
                        rec("elif2", first_name="Elif", gender="f", phone="0612345678", **twins),
                        rec("e", first_name="E.", **twins)])
    assert len(set(clusters(full + typos + initial).values())) == 1


def test_hold_ambiguous_keeps_clear_links_and_holds_ties():
    import numpy as np

    from doortastend.linkage.clustering import hold_ambiguous

    pairs = np.array([[0, 1], [0, 2], [3, 4], [3, 5]])
    weights = np.array([8.0, 7.5, 9.0, 4.0])
    conflicting = {(1, 2), (2, 1), (4, 5), (5, 4)}
    out, held = hold_ambiguous(pairs, weights, 5.0, lambda a, b: (a, b) in conflicting, 1.0)
    assert held == {0}
    assert out[0] < 5.0 and out[1] < 5.0  # mention 0: two conflicting partners within a bit -> held
    assert out[2] == 9.0 and out[3] == 4.0  # mention 3: one clear link, the other below the threshold
    # a third mention linked to both partners of mention 0 and accepted as a witness: one person, no hold
    pairs = np.array([[0, 1], [0, 2], [6, 1], [6, 2]])
    weights = np.array([8.0, 7.5, 9.0, 9.0])
    out, held = hold_ambiguous(pairs, weights, 5.0, lambda a, b: (a, b) in conflicting, 1.0, lambda w, a, b: True)
    assert held == set() and out[0] == 8.0
    out, held = hold_ambiguous(pairs, weights, 5.0, lambda a, b: (a, b) in conflicting, 1.0, lambda w, a, b: False)
    assert held == {0, 6}


def test_house_without_postcode_is_a_blocking_key():
    from doortastend.linkage import blocking_keys

    a = normalize_record(
        rec(
            "a",
            first_name="L.",
            last_name="Hendriks",
            street="Zwaluwsingel",
            house_number="165",
            city="Zwolle",
        )
    )
    b = normalize_record(
        rec(
            "b",
            first_name="Lisa",
            last_name="Hendirks",
            street="Zwaluwsingel",
            house_number="165",
            postcode="8077 FB",
            city="Zwolle",
        )
    )
    assert blocking_keys(a) & blocking_keys(b)


def test_online_term_frequencies_weigh_rare_names_up_and_common_names_down(matcher):
    """The online matcher reads how common a name is among the stored persons (counts per name value, as the
    application keeps them): agreement on a name a fifth of everyone carries weighs less than on a name of one
    person, the explanation says so, and with too few persons the counts say nothing."""
    from doortastend.linkage.scoring import TermFrequencies

    a = normalize_record(rec("a", first_name="Mohamed", last_name="el Amrani", city="Havenstad"))
    b = normalize_record(rec("b", first_name="Mo", last_name="El-Amrani", city="Havenstad"))
    keys = TermFrequencies.value_keys(a)
    assert keys == {"g:mohamed", "l:amrani", "j:mohamed|amrani"}
    totals = {"#g": 100_000, "#l": 90_000, "#j": 80_000}
    common = TermFrequencies.from_counts({"g:mohamed": 20_000, "l:amrani": 900, "j:mohamed|amrani": 400, **totals})
    rare = TermFrequencies.from_counts({"g:mohamed": 20_000, "l:amrani": 1, "j:mohamed|amrani": 1, **totals})
    few = TermFrequencies.from_counts({k: 1 for k in keys} | {"#g": 100, "#l": 100, "#j": 100})
    base = matcher.score(a, b)
    c, r = matcher.score(a, b, common), matcher.score(a, b, rare)
    assert c.match_weight < base.match_weight < r.match_weight
    assert [f.level for f in c.fields if f.field == "naamfrequentie"] == ["veel voorkomend"]
    assert [f.level for f in r.fields if f.field == "naamfrequentie"] == ["zeldzaam"]
    assert matcher.score(a, b, few).match_weight == base.match_weight
    assert not any(f.field == "naamfrequentie" for f in matcher.score(a, b, few).fields)
    assert matcher.weight(a, b, common) == pytest.approx(c.match_weight)
    assert matcher.score_person(a, [b], rare).match_weight == pytest.approx(r.match_weight)


def test_online_counts_give_the_batch_frequencies(monkeypatch):
    """Counted per record, the online counts (TermFrequencies.from_counts) are the batch's frequencies."""
    from collections import Counter

    from doortastend.linkage.scoring import TermFrequencies

    monkeypatch.setattr(TermFrequencies, "MIN_RECORDS", 3)
    raw = [("Jan", "de Vries"), ("Johannes", "Vries, de"), ("Ahmed", "Yilmaz"), ("Jan", "Yilmaz"), ("Elif", None),
           (None, "Bakker"), ("Achmed", "Bakker")]  # fmt: skip
    recs = [normalize_record(rec(str(i), first_name=f, last_name=ln)) for i, (f, ln) in enumerate(raw)]
    counts = Counter(k for r in recs for k in TermFrequencies.value_keys(r))
    for kind in "glj":
        counts["#" + kind] = sum(any(k.startswith(kind + ":") for k in TermFrequencies.value_keys(r)) for r in recs)
    batch, online = TermFrequencies(recs), TermFrequencies.from_counts(dict(counts))
    assert online.active and batch.active
    assert online.group_tf == pytest.approx(batch.group_tf)
    assert online.core_tf == pytest.approx(batch.core_tf)
    assert online.joint_tf == pytest.approx(batch.joint_tf)
