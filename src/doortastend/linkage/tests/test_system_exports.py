"""What information systems write when they have no value, and how their exports lay names and addresses out:
placeholders ("Onbekend", "N.N.", "1900-01-01"), a dummy BSN shared by many people, initials after the
surname, a postcode inside the town field."""

from doortastend.linkage import normalize_record
from doortastend.linkage.batch import deduplicate, drop_shared_bsns
from doortastend.linkage.normalize import blocking_keys, is_placeholder, normalize_plate, parse_dates

REF = "2025-06-01"
DUMMY_BSN = "111222333"  # passes the 11-proef


def raw(rid, **fields):
    return {"id": rid, "source": "test", "reference_date": REF, **fields}


def norm(**fields):
    return normalize_record(raw("x", **fields))


def test_placeholders_are_unknown_values_not_names_or_addresses():
    for text in ("onbekend", "Onbekend", "ONBEKEND", "N.N.", "NN", "n.v.t.", "-", "?", "x", "xxx", "Niet bekend"):
        assert is_placeholder(text), text
        rec = norm(first_name=text, last_name=text, nickname=text, street=text, city=text, school=text)
        assert (rec.first_name, rec.first_initial, rec.nickname, rec.last_name) == (None, None, None, None), text
        assert (rec.street, rec.city, rec.school) == (None, None, None), text
    for text in ("onebkend", "ONNBEKEND", "onbekrnd", "Onbeken", "unkown"):  # typed in a hurry: one slip
        assert is_placeholder(text), text
        assert norm(first_name=text, last_name="van Leeuwen").first_name is None, text
    for name in ("Jan", "X.", "Nil", "Onno", "Geenen", "Jan Onbekend", "Na", "Oosterhout", "Onderdonk", "Oudeman"):
        assert not is_placeholder(name), name
    assert norm(first_name="X.", last_name="Soekhai").first_initial == "x"  # an initial, not a placeholder
    assert norm(first_name="Nil", last_name="Kaya").first_name == "nil"
    rec = norm(first_name="Mohamed", last_name="Onbekend")
    assert (rec.first_name, rec.last_name) == ("mohamed", None)


def test_a_placeholder_birth_date_and_a_plate_without_digits_are_unknown():
    assert parse_dates("1900-01-01") == ()
    assert parse_dates("01-01-1900") == ()
    assert parse_dates("1901-01-01") == ("1901-01-01",)
    rec = norm(birth_date="1900-01-01", age_estimate=16)
    assert rec.birth_date is None and rec.age_estimated  # the age guess is used instead
    for text in ("onbekend", "GEEN", "123456", "n.v.t."):
        assert normalize_plate(text) is None, text
    assert normalize_plate("12-ABC-3") == "12ABC3"
    assert normalize_plate("CB 1234 AB") == "CB1234AB"


def test_initials_after_the_surname_are_given_names():
    rec = norm(last_name="EL AMRANI M.")
    assert (rec.first_initial, rec.last_name, rec.last_name_core) == ("m", "el amrani", "amrani")
    rec = norm(last_name="Jansen J.P.")
    assert (rec.first_initial, rec.last_name) == ("j", "jansen")
    rec = norm(first_name="Jan", last_name="JANSEN J")
    assert (rec.first_name, rec.last_name) == ("jan", "jansen")
    # particles and surnames cut short stay as they were written
    rec = norm(last_name="Berg v.d.")
    assert (rec.first_initial, rec.last_name_core, rec.last_name_prefix) == (None, "berg", "van d")
    assert norm(first_name="Tess", last_name="van D").last_name == "van d"
    assert norm(first_name="Romy", last_name="Kong a S").last_name == "kong a s"


def test_a_postcode_in_the_town_field_is_taken_out():
    for city in ("1503AB Zaandam", "1503 ab Zaandam", "Zaandam 1503 AB", "Zaandam, 1503AB"):
        rec = norm(street="Vlashof", house_number="12a", city=city)
        assert (rec.postcode, rec.city) == ("1503AB", "zaandam"), city
    rec = norm(postcode="1503 AB", city="1503AB Zaandam")
    assert (rec.postcode, rec.city) == ("1503AB", "zaandam")


def _person(i, year, bsn, n=2):
    """n records of one person (a distinct name, date, address and phone), all with ``bsn``."""
    base = dict(
        first_name=f"Voornaam{chr(97 + i)}", last_name=f"Achternaam{chr(97 + i)}", birth_date=f"{year}-0{1 + i % 9}-1{i % 10}",
        street="Lindelaan", house_number=str(10 + i), city="Zaandam", phone=f"06-123456{i:02d}",
    )
    return [raw(f"p{i}-{k}", bsn=bsn, source=f"bron{k}", **base) for k in range(n)]


def test_a_bsn_shared_by_many_different_people_is_no_identifier():
    records = [r for i in range(5) for r in _person(i, 1980 + 3 * i, DUMMY_BSN)]
    recs = [normalize_record(r) for r in records]
    keys = [sorted(blocking_keys(r)) for r in recs]
    out, new_keys = drop_shared_bsns(recs, keys)
    assert all(r.bsn is None and r.extra["bsn_shared"] for r in out)
    assert not any(k.startswith("b:") for ks in new_keys for k in ks)
    assert all(r.bsn == DUMMY_BSN for r in recs)  # the inputs are not changed

    res = deduplicate(records)
    root = {r["id"]: c for r, c in zip(records, res.roots, strict=True)}
    for i in range(5):
        assert root[f"p{i}-0"] == root[f"p{i}-1"]  # each person's own records still link
    assert len({root[f"p{i}-0"] for i in range(5)}) == 5  # and the five people stay apart


def test_one_persons_bsn_with_a_typo_in_a_date_or_a_parents_bsn_in_a_childs_file_stays():
    own = _person(0, 1990, "123456782", n=4)
    own[1]["birth_date"] = "1990-01-01"  # one digit off the others' 1990-01-10
    child = _person(1, 2012, "123456782", n=1)
    recs = [normalize_record(r) for r in own + child]
    out, _ = drop_shared_bsns(recs, None)
    assert all(r.bsn == "123456782" for r in out)
    # three people with a record each: no date is on half of the records
    three = own[:1] + child + _person(2, 1970, "123456782", n=1)
    out, _ = drop_shared_bsns([normalize_record(r) for r in three], None)
    assert all(r.bsn is None for r in out)


def test_street_abbreviations_and_ordinals_of_exports():
    from doortastend.linkage.normalize import normalize_street

    same = [
        ("Kerkst.", "Kerkstraat"), ("Van Goghst. 12", "Van Goghstraat 12"), ("KERKST.", "Kerkstraat"),
        ("Bgm. van Sonsbeecklaan", "Burgemeester van Sonsbeecklaan"), ("Burgem. Hogguerweg", "Burgemeester Hogguerweg"),
        ("Prs. Amalialaan", "Prinses Amalialaan"), ("Past. Doensenlaan", "Pastoor Doensenlaan"),
        ("Weth. den Hertoglaan", "Wethouder den Hertoglaan"), ("IIe van der Helstweg", "Tweede van der Helstweg"),
        ("1ste Jan Steenweg", "Eerste Jan Steenweg"), ("Ie Oosterparkstraat", "1e Oosterparkstraat"),
        ("3de Oosterparklaan", "Derde Oosterparklaan"),
    ]  # fmt: skip
    for short, full in same:
        assert normalize_street(short) == normalize_street(full), short
    # Sint in front stays Sint, and a name ending in "st" without the dot is left alone
    assert normalize_street("St. Jansstraat")[0] == "st jansstraat"
    assert normalize_street("Oost")[0] == "oost"
    assert normalize_street("Past. Doensenlaan")[0] == "past doensenlaan"


def test_a_whole_address_in_the_street_field_next_to_a_filled_postcode():
    rec = norm(street="Israëlslaan 12, 2657DC Bergschenhoek", postcode="2657 DC")
    assert (rec.street, rec.house_number, rec.postcode, rec.city) == ("israelslaan", 12, "2657DC", "bergschenhoek")


_SURNAMES = """Bakker Yilmaz Nowak Kaya Mulder Bouzid Dimitrov Pinas Visser Demir Kowalski Smit Ramdin Haddou Meijer
    Ozturk Petrov Martina Dekker Aydin Wojcik Brouwer Sahin Ivanova Hendriks Tahiri Kok Celik Jacobs Lewandowski
    Mahabier Vos Arslan Georgiev Peeters""".split()


def _surname(i: int) -> str:
    return _SURNAMES[i]


def test_a_systems_default_birth_date_is_dropped_and_a_registers_first_of_january_is_kept():
    from doortastend.linkage.batch import DEFAULT_DATE_MIN_NAMES, drop_default_dates

    n = DEFAULT_DATE_MIN_NAMES + 5
    own = [norm(last_name=_surname(i), birth_date=f"{1985 + i % 20}-0{1 + i % 9}-1{i % 10}") for i in range(n)]
    epoch = [norm(last_name=_surname(i), birth_date="1970-01-01") for i in range(n)]
    out, _ = drop_default_dates(own + epoch, None)
    assert [r.birth_date for r in out[:n]] == [r.birth_date for r in own]
    assert all(r.birth_date is None and r.birth_year_min is None and r.extra["date_default"] for r in out[n:])
    # an unknown day written as 1 January in every year (first-generation registrations) is no default
    register = [norm(last_name=_surname(i // 5), birth_date=f"{1960 + i % 5}-01-01") for i in range(5 * n)]
    out, _ = drop_default_dates(register, None)
    assert [r.birth_date for r in out] == [r.birth_date for r in register]
    # fewer than DEFAULT_DATE_MIN_NAMES different surnames on a date: twins, a family, a small batch
    few = epoch[: DEFAULT_DATE_MIN_NAMES - 1]
    out, _ = drop_default_dates(few, None)
    assert all(r.birth_date == "1970-01-01" for r in out)
