"""Normalisation rules of doortastend.linkage.normalize (no database)."""

from datetime import date

import pytest

from doortastend.linkage.normalize import (
    age_to_birth_years,
    blocking_keys,
    first_name_groups,
    normalize_bsn,
    normalize_city,
    normalize_gender,
    normalize_house_number,
    normalize_phone,
    normalize_plate,
    normalize_postcode,
    normalize_record,
    normalize_street,
    normalize_text,
    parse_dates,
    split_last_name,
)


@pytest.mark.parametrize("raw", ["van der Meer", "Meer, van der", "vd Meer", "v.d. Meer", "V.D. MEER", "Meer van der",
                                 "v/d Meer", "Van Der Meer"])
def test_tussenvoegsel_in_any_position(raw):
    full, prefix, core = split_last_name(raw)
    assert (full, prefix, core) == ("van der meer", "van der", "meer")


@pytest.mark.parametrize("raw", ["el-Amrani", "El Amrani", "EL-AMRANI", "el amrani"])
def test_arabic_particle(raw):
    assert split_last_name(raw) == ("el amrani", "el", "amrani")


def test_last_name_without_prefix_and_diacritics():
    assert split_last_name("Łukasiewicz") == ("lukasiewicz", None, "lukasiewicz")
    assert split_last_name("Öztürk") == ("ozturk", None, "ozturk")
    assert split_last_name("Иванов")[2] == "ivanov"  # Bulgarian Cyrillic transliterated
    assert split_last_name("in 't Veld") == ("in t veld", "in t", "veld")


def test_text_folding():
    assert normalize_text("  Çelik-Şahin ") == "celik sahin"
    assert normalize_text("Małgorzata") == "malgorzata"
    assert normalize_text(None) == ""


@pytest.mark.parametrize(
    "a,b",
    [
        ("Hendrik", "Henk"), ("Johannes", "Hans"), ("Johannes", "Jan"), ("Mohamed", "Mo"),
        ("Mohamed", "Mohammed"), ("Mohamed", "Muhammad"), ("Katarzyna", "Kasia"), ("Abdelkader", "Kader"),
        ("Mustafa", "Mus"), ("Gerrit", "Gert"), ("Wilhelmina", "Willy"), ("Wilhelmina", "Mien"),
        ("Małgorzata", "Gosia"), ("Aleksandra", "Ola"), ("Jeroen", "Jer"), ("Rajesh", "Raj"), ("Mehmet", "Memo"),
        ("Youssef", "Yusuf"), ("Georgi", "Gosho"),
        # thirteenth round: roepnamen the table lacked (Toos for two baptismal names)
        ("Catharina", "Toos"), ("Antonia", "Toos"), ("Antonia", "Antoinette"), ("Hendrika", "Drika"),
        ("Petronella", "Pieternel"), ("Gerarda", "Gerrie"), ("Theodora", "Door"), ("Alida", "Lida"),
        ("Godefridus", "Frits"),
        # fourteenth round: the Ukrainian and the Russian form of one name, in English and Dutch transliteration
        ("Olena", "Jelena"), ("Olena", "Yelena"), ("Oleksandr", "Aleksandr"), ("Serhiy", "Sergej"),
        ("Mykola", "Nikolaj"), ("Volodymyr", "Vladimir"), ("Dmytro", "Dmitri"), ("Ihor", "Igor"), ("Olha", "Olga"),
        ("Halyna", "Galina"), ("Yevhen", "Jevgeni"), ("Mykhailo", "Michail"), ("Kyrylo", "Kirill"),
    ],
)
def test_first_name_variants(a, b):
    assert first_name_groups(a) & first_name_groups(b)


def test_unrelated_first_names_do_not_share_a_group():
    assert not first_name_groups("Mohamed") & first_name_groups("Ahmed")
    assert not first_name_groups("Jan") & first_name_groups("Piet")
    assert not first_name_groups("Olena") & first_name_groups("Olga")
    assert not first_name_groups("Oleh") & first_name_groups("Olha")  # brother and sister


def test_transliteration_of_unknown_names_meets_itself():
    # not in the table, but transliteration variants (ou/u, double letters, y/i) fold together
    assert first_name_groups("Zoubair") == first_name_groups("Zubair")
    assert first_name_groups("Yanniek") == first_name_groups("Yaniek")
    assert first_name_groups("Chadia") == first_name_groups("Shadia")


@pytest.mark.parametrize("raw", ["06-12345678", "+31 6 1234 5678", "0031612345678", "0612345678",
                                 "+31 (0)6 12345678", "06 12 34 56 78"])
def test_phone_e164(raw):
    assert normalize_phone(raw) == "+31612345678"


def test_phone_other_and_invalid():
    assert normalize_phone("020-1234567") == "+31201234567"
    assert normalize_phone("+48 512 345 678") == "+48512345678"
    assert normalize_phone("12345") is None
    assert normalize_phone("") is None


def test_phone_field_with_two_numbers_gives_the_first_that_reads():
    assert normalize_phone("06-12345678 / 020-1234567") == "+31612345678"
    assert normalize_phone("06-12345678 of 020-1234567") == "+31612345678"
    assert normalize_phone("onbekend, 06 1234 5678") == "+31612345678"
    assert normalize_phone("onbekend / geen") is None


def test_postcode():
    assert normalize_postcode("1234 ab") == "1234AB"
    assert normalize_postcode("1234AB") == "1234AB"
    assert normalize_postcode("0123 AB") is None  # Dutch postcodes do not start with 0
    assert normalize_postcode("1234") is None
    assert normalize_postcode("1234 SS") is None


@pytest.mark.parametrize(
    "raw,expected",
    [("12a", (12, "A")), ("12 A", (12, "A")), ("12-a", (12, "A")), ("12bis", (12, "BIS")),
     ("12 hs", (12, "HS")), ("12-II", (12, "2")), ("12", (12, "")), (12, (12, "")), ("abc", (None, ""))],
)
def test_house_number(raw, expected):
    assert normalize_house_number(raw) == expected


def test_house_number_inside_street_field():
    assert normalize_street("Vlashof 12a") == ("vlashof", 12, "A")
    assert normalize_street("Kerkstr.")[0] == "kerkstraat"


def test_licence_plate():
    assert normalize_plate("12-ab-34") == "12AB34"
    assert normalize_plate("12 AB 34") == "12AB34"
    assert normalize_plate("x") is None


def test_bsn_eleven_test():
    assert normalize_bsn("111222333") == "111222333"
    assert normalize_bsn("1112.22.333") == "111222333"
    assert normalize_bsn("111222334") is None  # fails the 11-proef: not an identifier
    assert normalize_bsn("000000000") is None
    assert normalize_bsn("abc") is None


def test_dates_and_day_month_swap():
    assert parse_dates("2009-03-14") == ("2009-03-14",)
    assert parse_dates("14-03-2009") == ("2009-03-14",)
    assert parse_dates("04-03-2009") == ("2009-03-04", "2009-04-03")  # ambiguous: keep both
    assert parse_dates("2009-13-03") == ("2009-03-13",)  # impossible month: swapped
    assert parse_dates("2009-02-30") == ()
    assert parse_dates("gisteren") == ()


def test_age_estimates_to_birth_year_range():
    ref = date(2026, 6, 1)
    lo, hi = age_to_birth_years("±16", ref)
    assert lo <= 2009 <= hi and lo <= 2010 <= hi and hi - lo <= 6
    assert age_to_birth_years("ong. 16", ref) == age_to_birth_years("±16", ref)
    lo2, hi2 = age_to_birth_years(16, ref)
    assert lo <= lo2 and hi2 <= hi  # an exact number is narrower than "±"
    assert age_to_birth_years("onbekend", ref) is None


def test_gender_and_city():
    assert normalize_gender("M") == "m" and normalize_gender("vrouw") == "f" and normalize_gender("x") is None
    assert normalize_city("Den Bosch") == normalize_city("'s-Hertogenbosch")


def test_record_and_blocking_keys():
    rec = normalize_record(
        {"id": "1", "first_name": "Mohamed", "last_name": "el-Amrani", "birth_date": "2009-03-14",
         "street": "Vlashof", "house_number": "12a", "postcode": "1234 ab", "phone": "06-12345678",
         "bsn": "111222333"}
    )
    assert rec.last_name_core == "amrani" and rec.house_suffix == "A" and rec.phone == "+31612345678"
    street = normalize_record({"id": "2", "nickname": "Mo", "age_estimate": "±16", "street": "Vlashof",
                               "reference_date": "2025-06-01"})
    assert street.age_estimated and street.birth_year_min <= 2009 <= street.birth_year_max
    # the street signal shares a key (nickname group + street) with the professional record
    assert blocking_keys(rec) & blocking_keys(street)


def test_garbage_never_raises():
    rec = normalize_record({"id": 5, "first_name": ["x"], "birth_date": {"a": 1}, "age_estimate": "??",
                            "house_number": None, "phone": 12, "bsn": 3.5})
    assert rec.id == "5" and rec.bsn is None and rec.birth_date is None


def test_initial_street_keys_pair_an_initial_with_full_names_only():
    from doortastend.linkage.batch import candidate_pairs
    from doortastend.linkage.normalize import initial_lookup_keys, name_skeleton

    housing = normalize_record({"id": "h", "first_name": "H.", "last_name": "Smit", "street": "Oranjedreef",
                                "house_number": "175", "postcode": "8264 WD", "city": "Lelystad"})
    henk = normalize_record({"id": "r", "nickname": "Henk", "age_estimate": 22, "street": "Oranjedreef",
                             "city": "Lelystad", "reference_date": "2026-11-24"})
    hanna = normalize_record({"id": "s", "first_name": "Hanna", "street": "Oranjedreef", "city": "Lelystad"})
    assert not blocking_keys(housing) & blocking_keys(henk)  # no shared key of the other kinds
    street = name_skeleton("Oranjedreef")
    assert f"t:h:{street}:lelystad" in blocking_keys(housing)
    assert f"T:h:{street}:lelystad" in blocking_keys(henk)
    # online: the initial finds the full names of its initial, a full name finds the initial, not other full names
    assert initial_lookup_keys(blocking_keys(housing)) & blocking_keys(henk)
    assert initial_lookup_keys(blocking_keys(henk)) & blocking_keys(housing)
    shared = initial_lookup_keys(blocking_keys(henk)) & blocking_keys(hanna)
    assert not {k for k in shared if k[:1] in "tT"}
    # two reports without a surname do meet on the street through their initial (u:, for misspelt names)
    assert shared == {f"u:h:{street}:lelystad"}
    # batch: the same pairs
    pairs = {tuple(p) for p in candidate_pairs([housing, henk, hanna]).tolist()}
    assert (0, 1) in pairs and (0, 2) in pairs
    from doortastend.linkage import normalize

    try:
        normalize.STREET_INITIAL_KEY = False
        pairs = {tuple(p) for p in candidate_pairs([housing, henk, hanna]).tolist()}
        assert (0, 1) in pairs and (0, 2) in pairs and (1, 2) not in pairs
    finally:
        normalize.STREET_INITIAL_KEY = True
