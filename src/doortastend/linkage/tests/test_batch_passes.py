"""Batch-only steps: address comparability, towns inferred from the batch, the attach and neighbourhood passes."""

import numpy as np

from doortastend.linkage import batch, normalize_record
from doortastend.linkage.normalize import blocking_keys
from doortastend.linkage.scoring import cmp_address

REF = "2025-06-01"


def rec(rid, **fields):
    return normalize_record({"id": rid, "source": "test", "reference_date": REF, **fields})


def test_street_against_postcode_only_is_not_another_street():
    street_only = rec("a", first_name="Ismail", street="Hooiweg", house_number="76", city="Arnhem")
    postcode_only = rec("b", first_name="Ismail", postcode="6801 DZ", city="Arnhem")
    other_street = rec("c", first_name="Ismail", street="Kerkstraat", city="Arnhem")
    assert cmp_address(street_only, postcode_only) == 6  # same town, street not comparable
    assert cmp_address(street_only, other_street) == 7  # same town, other street
    no_town = rec("d", first_name="Ismail", postcode="6801 DZ")
    assert cmp_address(rec("e", street="Hooiweg"), no_town) == 0  # nothing comparable


def test_town_is_inferred_from_a_street_that_lies_in_one_town_of_the_batch():
    recs = [rec(f"v{i}", first_name="X", street="Vlashof", city="Utrecht") for i in range(3)]
    recs += [rec("k1", first_name="Y", street="Kerkstraat", city="Utrecht")]
    recs += [rec(f"k{i}", first_name="Y", street="Kerkstraat", city="Breda") for i in range(2, 5)]
    recs += [rec("r1", first_name="Z", street="Rozenlaan", city="Leiden")]  # seen once: too little support
    mo = rec("mo", nickname="Mo", age_estimate="±16", street="Vlashof")
    kees = rec("kees", nickname="Kees", street="Kerkstraat")
    roos = rec("roos", nickname="Roos", street="Rozenlaan")
    pc = rec("pc", first_name="Anna", postcode="3511 AB")
    pcs = [rec(f"p{i}", first_name="W", postcode=f"3511 C{'ABD'[i]}", city="Utrecht") for i in range(3)]
    records = [*recs, mo, kees, roos, pc, *pcs]
    keys = [sorted(blocking_keys(r)) for r in records]
    out, new_keys = batch.infer_towns(records, keys, min_support=3)
    by_id = {r.id: r for r in out}
    assert by_id["mo"].city == "utrecht" and by_id["mo"].extra.get("town_inferred")
    assert by_id["kees"].city is None  # Kerkstraat lies in two towns
    assert by_id["roos"].city is None
    assert by_id["pc"].city == "utrecht"  # the four digits of the postcode lie in one town
    assert mo.city is None  # inputs are not changed
    assert new_keys[records.index(mo)] == sorted(blocking_keys(by_id["mo"]))


def benali(rid, **fields):
    """A professional mention of Mohamed Benali (born 2009-03-01, Utrecht); ``fields`` add the address or school."""
    return rec(
        rid,
        first_name="Mohamed",
        last_name="Benali",
        birth_date="2009-03-01",
        gender="m",
        city="Utrecht",
        **fields,
    )


def _lone_and_person(extra):
    """A person seen three times (Mohamed Benali, 2009, Vlashof 12) and a lone resident report "Mo, ±16,
    Vlashof" whose best link lies in the review band, plus ``extra`` competitors."""
    person = [benali(f"p{i}", street="Vlashof", house_number="12") for i in range(3)]
    mo = rec("mo", nickname="Mo", age_estimate="16", gender="m", street="Vlashof", city="Utrecht")
    return [*person, mo, *extra]


def _cluster(records, links, tw=5.0):
    pairs = np.array([p for p, _ in links], dtype=np.int64)
    weights = np.array([w for _, w in links], dtype=np.float64)
    roots = batch.cluster(records, pairs, weights, tw)
    return {r.id: roots[i] for i, r in enumerate(records)}


def test_misspelt_town_names_are_written_as_the_town_they_misspell():
    towns = {"Amsterdam": 60, "Utrecht": 40, "Den Bosch": 30, "Borne": 25, "Hoorn": 25, "Ede": 25, "Nijmegen": 25}
    records = [rec(f"{t}{i}", first_name="X", city=t) for t, n in towns.items() for i in range(n)]
    written = ["Amsterddam", "Ansterdam", "Urtecht", "Den Boskh", "Leeuwardeen", "Born", "Hoorm", "Ede", "Epe",
               "Nymegen"]
    records += [rec(f"w{i}", first_name="Y", city=t) for i, t in enumerate(written)]
    records += [rec(f"u{i}", first_name="Z", city="Utrech") for i in range(3)]  # 3 against 40: too frequent
    keys = [sorted(blocking_keys(r)) for r in records]
    out, new_keys = batch.fix_town_typos(records, keys)
    town = {r.id: r.city for r in out}
    assert [town[f"w{i}"] for i in range(len(written))] == [
        "amsterdam",  # a letter doubled
        "amsterdam",  # a letter changed
        "utrecht",  # two neighbours swapped
        "s hertogenbosch",  # one edit from the written-out alias of a town in the batch
        "leeuwardeen",  # no such town in the batch
        "born",  # four letters: Born and Borne are two places
        "hoorn",  # a letter changed
        "ede",  # Ede and Epe: too short to tell a typo from another place
        "epe",
        "nijmegen",  # two edits, but the same spelling skeleton (y for ij)
    ]
    assert town["u0"] == "utrech"  # 3 against 40: a spelling of its own, not a slip
    fixed = next(r for r in out if r.id == "w0")
    assert fixed.extra["town_spelling"] == "amsterddam"
    assert new_keys[records.index(next(r for r in records if r.id == "w0"))] == sorted(blocking_keys(fixed))
    assert all(r is o for r, o in zip(records, out, strict=True) if not r.id.startswith("w"))


def test_a_misspelt_town_is_not_guessed_between_two_towns():
    records = [rec(f"{t}{i}", first_name="X", city=t) for t in ("Hoorn", "Hoorne") for i in range(30)]
    records.append(rec("w", first_name="Y", city="Hoorns"))  # one edit from both
    out, _ = batch.fix_town_typos(records)
    assert out[-1].city == "hoorns"


def test_a_namesake_of_another_age_at_the_street_is_no_competitor():
    # a Mohamed born in 1980 at the Vlashof (seen twice): the guard would never merge him with a 16-year-old
    father = rec(
        "old",
        first_name="Mohamed",
        last_name="Yilmaz",
        birth_date="1980-01-01",
        gender="m",
        street="Vlashof",
        house_number="3",
        city="Utrecht",
    )
    records = _lone_and_person([father, father])
    links = [((0, 1), 20.0), ((0, 2), 20.0), ((1, 2), 20.0), ((2, 3), 3.0), ((3, 4), 2.5), ((4, 5), 20.0)]
    c = _cluster(records, links)
    assert c["mo"] == c["p0"] and c["old"] != c["p0"]


def test_neighbourhood_pass_needs_a_single_plausible_person_at_the_street():
    # a compatible Mohamed of the right age on another street is within the attach margin: the attach step
    # leaves "Mo" alone, the neighbourhood pass attaches him (the only plausible Mohamed at the Vlashof)
    elsewhere = rec(
        "els",
        first_name="Mohamed",
        last_name="Amrani",
        birth_date="2009-07-01",
        gender="m",
        street="Kerkstraat",
        house_number="3",
        city="Utrecht",
    )
    records = _lone_and_person([elsewhere, elsewhere])  # he is seen twice
    links = [((0, 1), 20.0), ((0, 2), 20.0), ((1, 2), 20.0), ((2, 3), 3.0), ((3, 4), 2.5), ((4, 5), 20.0)]
    c = _cluster(records, links)
    assert c["mo"] == c["p0"]
    saved = batch.NEIGHBOURHOOD_FLOOR
    try:
        batch.NEIGHBOURHOOD_FLOOR = None  # without the pass the attach margin leaves "Mo" alone
        assert len(set(_cluster(records, links).values())) == 3
    finally:
        batch.NEIGHBOURHOOD_FLOOR = saved
    # a second Mohamed of that age at the Vlashof makes it ambiguous: no automatic link
    namesake = rec(
        "ns",
        first_name="Mohamed",
        last_name="Amrani",
        birth_date="2009-07-01",
        gender="m",
        street="Vlashof",
        house_number="40",
        city="Utrecht",
    )
    records = _lone_and_person([namesake, namesake])
    c = _cluster(records, links)
    assert c["mo"] not in (c["p0"], c["ns"])


def test_age_estimates_far_apart_are_not_merged_by_the_guard():
    young = batch._info(rec("a", first_name="Emma", age_estimate="12", street="Duinlaan"))
    old = batch._info(rec("b", first_name="Emma", age_estimate="30", street="Duinlaan"))
    close = batch._info(rec("c", first_name="Emma", age_estimate="14", street="Duinlaan"))
    assert not batch._compatible(young, old)
    assert batch._compatible(young, close)


def test_group_bonus_counts_evidence_spread_over_a_group_once():
    model = batch.Model.load()
    # the name and the street are in one mention, the exact age in another: together more than the best link
    mo = rec("mo", nickname="Mo", age_estimate="16", gender="m", street="Vlashof", city="Utrecht")
    street = rec("s", first_name="Mohamed", gender="m", street="Vlashof", city="Utrecht")
    dated = rec("d", first_name="Mohamed", last_name="Benali", birth_date="2009-03-01", city="Utrecht")
    assert batch.group_bonus(mo, [street, dated], model) > 0
    # a copy of the best mention adds nothing: each comparison counts once
    assert abs(batch.group_bonus(mo, [street, street], model)) < 1e-9
    # a hard conflict with any member rules the group out
    twin = rec("t", first_name="Ahmed", gender="m", street="Vlashof", city="Utrecht")
    assert batch.group_bonus(rec("x", first_name="Mohamed", street="Vlashof"), [street, twin], model) is None


def test_group_bonus_is_negative_when_the_group_knows_another_street():
    # "Justyna, 37, Vlasstraat": her best link is a Justyna of the right age in the town without a street, but
    # the group's street is the Wilgengracht
    model = batch.Model.load()
    lone = rec(
        "j", first_name="Justyna", age_estimate="37", gender="f", street="Vlasstraat", city="Rotterdam"
    )
    no_street = rec(
        "a", first_name="Justyna", last_name="Kowalski", birth_date="1988-12-08", city="Rotterdam"
    )
    other = rec(
        "b",
        first_name="Justyna",
        last_name="Kowalski",
        street="Wilgengracht",
        house_number="8",
        city="Rotterdam",
    )
    assert batch.group_bonus(lone, [no_street, other], model) < 0


def test_group_level_attach_prefers_the_group_whose_combined_evidence_is_clearly_better():
    # "Mo, ±16, Vlashof, Da Vinci" links equally well to a member of Mohamed Benali's group (name and street) and
    # to a lone Mohamed of the street: single links cannot choose. The group also knows his birth date and his
    # school, so its combined evidence is clearly better.
    person = [
        benali("p0"),
        rec("p1", first_name="Mohamed", gender="m", street="Vlashof", city="Utrecht"),
        rec("p2", first_name="M.", last_name="Benali", city="Utrecht", school="Da Vinci"),
    ]
    mo = rec(
        "mo",
        nickname="Mo",
        age_estimate="16",
        gender="m",
        street="Vlashof",
        city="Utrecht",
        school="Da Vinci",
    )
    namesake = rec("ns", first_name="Mohamed", gender="m", street="Vlashof", city="Utrecht")
    assert batch.group_bonus(mo, person, batch.Model.load()) > batch.ATTACH_MARGIN
    records = [*person, mo, namesake]
    links = [((0, 1), 20.0), ((1, 2), 20.0), ((1, 3), 3.0), ((3, 4), 3.0)]
    c = _cluster(records, links)
    assert c["mo"] == c["p0"]
    saved = batch.GROUP_ATTACH
    try:
        batch.GROUP_ATTACH = False  # best single links only: a tie, "Mo" is not attached to the person
        c = _cluster(records, links)
        assert c["mo"] != c["p0"]
    finally:
        batch.GROUP_ATTACH = saved


def test_a_group_of_two_reports_joins_the_person_on_group_evidence():
    # two resident reports that only met each other: one has the street, the other the school; together they
    # match Mohamed Benali's group clearly, while their best single link to it stays under the threshold
    person = [
        benali("p0", street="Vlashof", house_number="12", school="Da Vinci"),
        benali("p1"),
    ]
    pair = [
        rec("u0", nickname="Mo", age_estimate="16", gender="m", street="Vlashof", city="Utrecht"),
        rec("u1", nickname="Mo", age_estimate="16", gender="m", city="Utrecht", school="Da Vinci"),
    ]
    model = batch.Model.load()
    assert batch.group_bonus(pair, person, model) > 0
    assert batch.group_bonus(pair[:1], person, model) == batch.group_bonus(pair[0], person, model)
    records = [*person, *pair]
    links = [((0, 1), 20.0), ((2, 3), 20.0), ((0, 2), 4.5)]
    c = _cluster(records, links)
    assert c["u0"] == c["u1"] == c["p0"]
    saved = batch.SMALL_GROUP_ATTACH_BELOW
    try:
        batch.SMALL_GROUP_ATTACH_BELOW = None
        c = _cluster(records, links)
        assert c["u0"] == c["u1"] != c["p0"]
    finally:
        batch.SMALL_GROUP_ATTACH_BELOW = saved


def test_a_lone_report_whose_name_looks_like_the_one_name_on_its_street_is_attached():
    from doortastend.linkage import batch
    from doortastend.linkage.batch import deduplicate

    def raw(rid, **fields):
        return {"id": rid, "source": "test", "reference_date": "2025-06-01", **fields}

    def roots(records):
        res = deduplicate(records)
        return {r["id"]: c for r, c in zip(records, res.roots, strict=True)}

    esmee = raw("e", first_name="Esmée", last_name="Kolen", birth_date="1991-10-23", street="Adrianabaan",
                house_number="6", postcode="3318 CS", city="Dordrecht", gender="f")
    report = raw("r", nickname="Esmie", street="Adrianabaan", city="Dordrecht")
    # the one look-alike name on the street: attached (not without the rule)
    got = roots([esmee, report])
    assert got["r"] == got["e"]
    try:
        batch.NEIGHBOURHOOD_LOOK_ALIKE = False
        got = roots([esmee, report])
        assert got["r"] != got["e"]
    finally:
        batch.NEIGHBOURHOOD_LOOK_ALIKE = True
    # two people with a look-alike name on the street: the report stays alone
    other = raw("w", first_name="Esmée", last_name="de Wit", birth_date="1988-03-03", street="Adrianabaan",
                house_number="30", city="Dordrecht", gender="f")
    got = roots([esmee, report, other])
    assert got["r"] not in (got["e"], got["w"])
    # someone of the report's own name on the street comes first
    same = raw("s", first_name="Esmie", last_name="Bakker", birth_date="1992-02-02", street="Adrianabaan",
               house_number="12", city="Dordrecht", gender="f")
    got = roots([esmee, report, same])
    assert got["r"] == got["s"] != got["e"]


def _often_mentioned(n, others_each=1):
    """Grazyna Lewandowska's ``n`` mentions, linked to each other, twenty other people mentioned ``others_each``
    times each, and a name-only report linked to each of her mentions 3.5 bits under the threshold (5.0)."""
    person = [
        rec(f"g{i}", first_name="Grazyna", last_name="Lewandowska", birth_date="1993-03-21", gender="f",
            street="Lisplein", house_number="119", city="Groningen")
        for i in range(n)
    ]
    others = [
        rec(f"o{i}-{k}", first_name=f"Other{i}", last_name="Anders", city="Zwolle")
        for i in range(20)
        for k in range(others_each)
    ]
    lone = rec("lone", first_name="Grazyna", last_name="Lewandowska", gender="f")
    records = [*person, *others, lone]
    links = [((i, i + 1), 20.0) for i in range(n - 1)]
    links += [((n + j, n + j + 1), 20.0) for j in range(len(others) - 1) if (j + 1) % others_each]
    links += [((i, len(records) - 1), 5.0 - 3.5) for i in range(n)]
    return records, links


def test_a_lone_mention_joins_a_person_mentioned_often_on_weaker_evidence():
    # The report's link is half a bit below the attach band. A person mentioned eight times where a mention's
    # person is mentioned about three times on average is that much more likely to be the one a new mention is
    # about (the group-size prior, log2(8 / 2.9) bits): the report joins her. Where the others are mentioned
    # sixteen times each, eight mentions say nothing of the kind and the same link is not enough.
    records, links = _often_mentioned(8)
    c = _cluster(records, links)
    assert c["lone"] == c["g0"]
    saved = batch.GROUP_SIZE_PRIOR
    try:
        batch.GROUP_SIZE_PRIOR = False
        c = _cluster(records, links)
        assert c["lone"] != c["g0"]
    finally:
        batch.GROUP_SIZE_PRIOR = saved
    records, links = _often_mentioned(8, others_each=16)
    c = _cluster(records, links)
    assert c["lone"] != c["g0"] and c["o0-0"] == c["o0-15"] and c["o0-0"] != c["o1-0"]


def test_the_group_size_prior_is_bounded_and_narrows_with_the_batch():
    # 40 mentions among 2,000 lone ones: log2(40 / 1.8) = 4.5 bits, capped at SIZE_PRIOR_MAX (2)
    person = [rec(f"g{i}", first_name="Grazyna", last_name="Lewandowska", birth_date="1993-03-21") for i in range(40)]
    others = [rec(f"o{i}", first_name="Other", last_name=f"Anders{i}") for i in range(2000)]
    lone = rec("lone", first_name="Grazyna", last_name="Lewandowska")
    records = [*person, *others, lone]
    tw = 5.0

    def joins(below, narrowing=0.0):
        links = [((i, i + 1), 20.0) for i in range(39)] + [((i, len(records) - 1), tw - below) for i in range(40)]
        pairs = np.array([p for p, _ in links], dtype=np.int64)
        weights = np.array([w for _, w in links], dtype=np.float64)
        roots = batch.cluster(records, pairs, weights, tw, narrowing=narrowing)
        return roots[len(records) - 1] == roots[0]

    assert batch.SIZE_PRIOR_MAX == 2.0 and batch.ATTACH_BELOW == 3.0
    assert joins(4.9) and not joins(5.1)  # the band (3 bits) plus the capped prior (2 bits)
    # a large batch: the band narrows by 0.75 bits (to 2.25), the prior's cap by twice that (to 0.5 bits)
    assert joins(2.65, narrowing=0.75) and not joins(2.85, narrowing=0.75)
