"""An independent Febrl/GeCo-style generator of Dutch person mentions for benchmarking `doortastend link`.

    from linkgen_febrl import generate
    records, truth = generate(n_persons=20000, seed=1)   # records: list of dicts, truth: id -> person id

The model follows the classic record-linkage data generators (Febrl's dsgen, GeCo; Christen & Vatsalan):
first a clean population of *original* person records, then for every person 1..k mentions, each written
by one organisation ("source") and corrupted field by field.  It was written without looking at the
project's own generator or linker; names, variants and rates are compiled by hand.

The effective rates below are the source profiles (SOURCES) times the global KNOBS, which were calibrated
so that at 20,000 persons (seed 1) BSN-only scores ~0.22 and plain Splink ~0.81 pairwise F1.

Population (the originals)
  * Households in six towns of a Utrecht-region fragment (each town its own postcode range and a street
    pool of 36 drawn from one shared list, so one street name occurs in several towns); streets are drawn
    Zipf-like (a few busy streets); every household gets a dwelling of its own; 20 % of streets are flat
    blocks where neighbours share street+number and differ only by a suffix (12-1, 12-2, 12a, 12b).  The
    postcode is fixed per street block (one side, 24 numbers).
  * Communities: Dutch 42 %, Moroccan-Dutch 16 %, Turkish-Dutch 13 %, Surinamese Creole/Javanese/Chinese
    8 %, Hindustani 5 %, Antillean 4 %, Polish 7 %, Bulgarian 5 %; 10 % of couples are mixed (partner Dutch).
  * Household types: single 28 %, couple 17 %, couple with children 38 % (50 % for Moroccan/Turkish
    households, up to 5 children), single parent 17 %.  Children take the father's surname (also when they
    live with the mother alone, 70 %); 2 % of births are twins (same birth date, surname, address, school);
    6 % of Dutch and 3 % of Moroccan/Turkish sons carry their father's first given name; 30 % of household
    children aged 18-25 moved out (own address, previous address = the parents').  The first member of a
    household is always in the benchmark, each other member with probability 0.07 (signals concern few
    members of a family), so co-resident hard negatives are present but not dominant.
  * Given names as in the BRP: Dutch born before 1975 carry Latin baptismal names and use a roepnaam
    (Johannes -> Hans, Susanna -> Sanne), younger Dutch children often carry extra given names (Daan
    Johannes Hendrik); 25 % of Moroccan men are registered "Mohamed <name>" and called by the second name;
    Turkish and Polish names with their own letters (ş ğ ı ç ö ü / ł ś ż ź ń ą ę ó); Bulgarian given names
    sometimes include the patronymic (Georgi Ivanov); Polish and Bulgarian surnames are gendered and most
    Polish or Bulgarian wives take the husband's name in its female form; Dutch married women keep their
    own name but some sources write "Jansen-de Vries" or "Jansen"; Surinamese Hindustani surnames in Dutch
    colonial spelling (Ramsaroep, Soekhoe) with English-spelling variants (Ramsarup, Sukhu); Chinese-
    Surinamese "Tjon A Fong"; Moroccan "El Amrani", "Ait Ouali", "Ben Haddou".
  * Birth dates: 12 % of older Moroccan/Turkish/Bulgarian/Hindustani adults have an unknown day and month,
    written 01-01 by most sources and 07-01 by 30 % (so many of them share a date).  BSN: unique, valid
    under the 11-proef, some with a leading 0.  Phone: 88 % of adults and 80 % of children from 11 own a
    mobile, 12 % of them have an older number too, 25 % of households a shared landline.  Licence plates
    for 33 % of adults (Dutch side codes; half of the partners drive the same car).  School for ages 4-18
    (siblings share the primary school).  14 % of households moved within three years (previous address).

Mentions
  * Per person 1..20 mentions, a truncated power law (exponent 1.65, 1.35 for youngsters 12-25); about
    3.1 mentions per person on average.  Report dates are spread over 2025-01 .. 2026-10; an age estimate
    is the age on that date plus noise (sd 1.4 years under 25, 4 years above, adults often rounded to 5).
  * Sources (who can report whom, and what they know; effective field presence):
      politie        >= 12 y;  BSN 46 %, birth date 90 %, full/first/roep name, 11 % UPPER CASE, plate 30 %
      school         4-18 y;   BSN 52 %, birth date 97 %, roepnaam, the parent's phone for pupils < 16
      leerplicht     5-22 y;   BSN 85 %, birth date 95 %, school, mostly the official given names
      jongerenwerk   10-25 y;  no BSN, roepnaam or nickname, surname 45 %, age estimate, street, own phone
      woningcorporatie adults; no BSN, initials "J.P." (30 %) or married names, full address, house number
                     often a JSON number
      bewoner        >= 6 y (weighted to youth); nickname/first name, age estimate, street, rarely a number
      wijkteam       all ages; BSN 52 %, birth date 90 %, address, phone; 3 % of child files carry the
                     parent's BSN
      ggd            all ages; BSN 72 % (a quarter of them as a JSON number, some with dots), full names
    The resident and youth-worker sources are down-weighted (x0.3): about 10 % of all mentions.  Each
    source writes absent values its own way (key absent or null; one writes "" for never-filled columns).
  * Per-mention formatting (30 % of values are written in a non-canonical format): tussenvoegsel in other
    positions ("Meer, van der", "Meer van der", "vd Meer", "v.d. Meer", "Vandermeer", dropped, or moved into
    the first-name field), El-/el/El Amrani/Elamrani, first name as all given names / first given name /
    roepnaam / initials / nickname, spelling variants from the tables (Youssef/Yousef/Joesoef,
    Hüseyin/Huseyin/Hussein, Tsvetelina/Cvetelina), diacritics kept, folded (Yılmaz -> Yilmaz) or
    German-folded (Öztürk -> Oeztuerk), rare mojibake (YÄ±lmaz), female form confused with male (Kowalska
    -> Kowalski, 8 %), upper/lower case, stray spaces, first and last name swapped (0.5-3 % per source),
    street abbreviations (Burg., Kon., str.), street with the house number in it ("Vlashof 12a"), house
    numbers "12a"/"12 A"/"12-a"/"12-2"/"12 II"/"12bis"/"12-hs" or the suffix dropped, postcode with and
    without space or lower case, town alternatives (Ijsselstein, De Meern for Utrecht), phone as
    06-12345678 / 0612345678 / +31 6 12345678 / 0031612345678 / +31 (0)6 ..., plate with and without
    dashes, school names abbreviated, BSN with dots or spaces or without its leading zero.
  * Movers: a mention of a person who moved is written at the previous address with probability 0.35 (and
    then with the older phone number with probability 0.6 when there is one).
  * Corruption (Febrl style): a Poisson number of errors per mention (mean per source 0.12-0.55), each on a
    field drawn by weight (names 65 %, birth date 12 %, address 20 %, phone/BSN/plate 12 %): keyboard
    typos, insert/delete/transpose, Dutch phonetic substitutions (ij/y/ei, au/ou, ch/g, c/k, dt/d/t, ph/f,
    oe/u, sj/sh, dj/j), OCR confusions (rn/m, l/1, O/0), truncation; dates get day/month swaps,
    transposed year digits, digit typos, year or day off by one; a BSN with a typo fails the 11-proef.
    Gender is wrong in 0.4 % of mentions.
  * Hard negatives: siblings and twins at one address with one phone (the parent's) and one school,
    fathers and sons with one name, couples sharing a car, flat neighbours at one number, common names,
    the previous and the current resident of one dwelling.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field

from . import corrupt as C
from . import names as N

REF_DATE = dt.date(2026, 1, 1)
REPORT_START = dt.date(2025, 1, 1)
REPORT_DAYS = (dt.date(2026, 10, 31) - REPORT_START).days

COMMUNITIES = {"nl": 0.42, "ma": 0.16, "tr": 0.13, "sr": 0.08, "hi": 0.05, "an": 0.04, "pl": 0.07, "bg": 0.05}

# ------------------------------------------------------------------------------------------------------
# knobs (calibrated so that BSN-only ~0.22 and plain Splink ~0.83 pairwise F1 at 20,000 persons)
# ------------------------------------------------------------------------------------------------------
KNOBS = {
    "mentions_exponent": 1.65,
    "mentions_max": 20,
    "youth_exponent_bonus": 0.3,  # youngsters 12-25 get a flatter mention-count distribution
    "mover_household": 0.14,
    "mover_mention": 0.35,
    "error_scale": 0.5,
    "variant_scale": 0.6,  # scales each source's chance of another spelling of a given name
    "bsn_scale": 1.3,
    "format_scale": 0.3,  # share of values written in a non-canonical format
    "case_scale": 0.25,
    "sparse_weight": 0.3,  # weight of the resident and youth-worker sources
    "member_mentioned": 0.07,  # chance that a household member other than the first is mentioned at all
    "flat_share": 0.2,  # share of streets that are flat blocks (neighbours differ only by a suffix)
    "street_zipf": 0.6,
}

# source profiles: presence of fields (p_*), formatting, errors (mean number per mention)
# fmt: off
SOURCES: dict[str, dict] = {
    "politie": dict(
        ages=(12, 99), weight=1.3, youth=1.8, bsn=0.35, bd=0.9, age=0.02, gender=0.97, fn=0.97,
        fn_form={"full": 0.35, "first": 0.35, "roep": 0.25, "initials": 0.05}, nick=0.12, ln=0.98,
        street=0.8, hn=0.75, pc=0.6, city=0.8, phone=0.4, plate=0.3, school=0.05, upper=0.45, lower=0.0,
        err=0.55, swap=0.025, variant=0.3, keep_diacritics=0.5, nulls={"absent": 1.0}, int_hn=0.0,
        street_with_number=0.03, married=0.05,
    ),
    "school": dict(
        ages=(4, 18), weight=1.5, youth=1.0, bsn=0.4, bd=0.97, age=0.0, gender=0.9, fn=1.0,
        fn_form={"roep": 0.7, "full": 0.2, "first": 0.1}, nick=0.02, ln=1.0,
        street=0.9, hn=0.9, pc=0.85, city=0.85, phone=0.75, plate=0.0, school=1.0, upper=0.05, lower=0.02,
        err=0.3, swap=0.005, variant=0.15, keep_diacritics=0.7, nulls={"null": 0.7, "absent": 0.3}, int_hn=0.0,
        street_with_number=0.0, married=0.0,
    ),
    "leerplicht": dict(
        ages=(5, 22), weight=0.6, youth=1.0, bsn=0.65, bd=0.95, age=0.0, gender=0.95, fn=1.0,
        fn_form={"full": 0.5, "roep": 0.3, "first": 0.2}, nick=0.0, ln=1.0,
        street=0.9, hn=0.9, pc=0.9, city=0.9, phone=0.5, plate=0.0, school=0.9, upper=0.1, lower=0.0,
        err=0.25, swap=0.005, variant=0.1, keep_diacritics=0.8, nulls={"absent": 0.5, "null": 0.5},
        int_hn=0.0, street_with_number=0.0, married=0.0,
    ),
    "jongerenwerk": dict(
        ages=(10, 25), weight=1.2, youth=1.0, bsn=0.0, bd=0.15, age=0.75, gender=0.9, fn=0.7,
        fn_form={"roep": 0.8, "first": 0.15, "full": 0.05}, nick=0.55, ln=0.45,
        street=0.6, hn=0.25, pc=0.05, city=0.5, phone=0.5, plate=0.02, school=0.3, upper=0.0, lower=0.2,
        err=0.9, swap=0.02, variant=0.5, keep_diacritics=0.3, nulls={"null": 0.3, "absent": 0.7}, int_hn=0.0,
        street_with_number=0.15, married=0.0,
    ),
    "woningcorporatie": dict(
        ages=(18, 99), weight=1.0, youth=0.4, bsn=0.0, bd=0.75, age=0.0, gender=0.8, fn=0.95,
        fn_form={"initials": 0.3, "roep": 0.4, "full": 0.3}, nick=0.0, ln=1.0,
        street=1.0, hn=1.0, pc=0.95, city=0.95, phone=0.8, plate=0.0, school=0.0, upper=0.15, lower=0.0,
        err=0.45, swap=0.01, variant=0.25, keep_diacritics=0.2, nulls={"null": 1.0}, int_hn=0.6,
        street_with_number=0.0, married=0.45,
    ),
    "bewoner": dict(
        ages=(6, 99), weight=1.1, youth=2.5, bsn=0.0, bd=0.02, age=0.8, gender=0.85, fn=0.5,
        fn_form={"roep": 0.9, "first": 0.1}, nick=0.55, ln=0.25,
        street=0.85, hn=0.35, pc=0.05, city=0.3, phone=0.05, plate=0.12, school=0.03, upper=0.05, lower=0.3,
        err=1.1, swap=0.03, variant=0.6, keep_diacritics=0.1, nulls={"absent": 1.0}, int_hn=0.0,
        street_with_number=0.25, married=0.3,
    ),
    "wijkteam": dict(
        ages=(0, 99), weight=1.0, youth=1.0, bsn=0.4, bd=0.9, age=0.03, gender=0.9, fn=0.98,
        fn_form={"roep": 0.5, "full": 0.3, "first": 0.2}, nick=0.05, ln=0.98,
        street=0.9, hn=0.85, pc=0.8, city=0.9, phone=0.7, plate=0.0, school=0.2, upper=0.0, lower=0.0,
        err=0.4, swap=0.01, variant=0.2, keep_diacritics=0.6, nulls={"absent": 0.5, "null": 0.5},
        int_hn=0.0, street_with_number=0.02, married=0.2,
    ),
    "ggd": dict(
        ages=(0, 99), weight=0.6, youth=0.8, bsn=0.55, bd=0.98, age=0.0, gender=0.98, fn=1.0,
        fn_form={"full": 0.6, "first": 0.2, "roep": 0.2}, nick=0.0, ln=1.0,
        street=0.9, hn=0.9, pc=0.9, city=0.9, phone=0.6, plate=0.0, school=0.05, upper=0.3, lower=0.0,
        err=0.3, swap=0.01, variant=0.1, keep_diacritics=0.7, nulls={"absent": 1.0}, int_hn=0.2,
        street_with_number=0.0, married=0.1,
    ),
}
# fmt: on

# relative weights of fields an error lands on
ERROR_FIELDS = {
    "first_name": 0.3,
    "last_name": 0.3,
    "nickname": 0.05,
    "birth_date": 0.12,
    "street": 0.1,
    "house_number": 0.03,
    "postcode": 0.05,
    "city": 0.02,
    "phone": 0.05,
    "bsn": 0.05,
    "license_plate": 0.02,
    "school": 0.01,
}

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PLATE_SIDECODES = [
    "XX-99-XX",
    "XX-XX-99",
    "99-XX-XX",
    "99-XXX-9",
    "9-XXX-99",
    "XX-999-X",
    "X-999-XX",
    "XXX-99-X",
]
PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"


# ------------------------------------------------------------------------------------------------------
# the originals
# ------------------------------------------------------------------------------------------------------
@dataclass
class Address:
    town: str
    street: str
    number: int
    suffix: tuple[str, str] | None  # (kind, value): ("letter", "a"), ("floor", "2"), ("bis", ""), ("hs", "")
    postcode: str  # canonical "3431AB"


@dataclass
class Person:
    pid: str
    community: str
    gender: str
    given: list[str]
    roepnaam: str
    nicks: list[str]
    surname: tuple[str, str]  # (prefix, core): ("van der", "Meer"), ("El", "Amrani"), ("", "Yılmaz")
    birth: dt.date
    bd_unknown: bool
    bsn: str
    addr: Address
    prev_addr: Address | None = None
    phone: str | None = None
    old_phone: str | None = None
    landline: str | None = None
    plate: str | None = None
    school: str | None = None
    spouse_surname: tuple[str, str] | None = None
    parent_phone: str | None = None
    parent_bsn: str | None = None
    role: str = "adult"
    household: int = 0
    extra: dict = field(default_factory=dict)

    def age_on(self, d: dt.date) -> int:
        return d.year - self.birth.year - ((d.month, d.day) < (self.birth.month, self.birth.day))


def _variant_index() -> dict[str, list[str]]:
    idx: dict[str, list[str]] = {}
    for tab in (
        N.NL_MALE_OLD,
        N.NL_MALE_YOUNG,
        N.NL_FEMALE_OLD,
        N.NL_FEMALE_YOUNG,
        N.MA_MALE,
        N.MA_FEMALE,
        N.TR_MALE,
        N.TR_FEMALE,
        N.SR_MALE,
        N.SR_FEMALE,
        N.HI_MALE,
        N.HI_FEMALE,
        N.AN_MALE,
        N.AN_FEMALE,
        N.PL_MALE,
        N.PL_FEMALE,
        N.BG_MALE,
        N.BG_FEMALE,
    ):
        for canon, _roep, _nick, var in tab:
            new = [v for v in var if v != canon and v not in idx.get(canon, [])]
            if new:
                idx[canon] = idx.get(canon, []) + new
    return idx


VARIANTS = _variant_index()


def _given_tables(comm: str, gender: str, birth_year: int):
    m = gender == "m"
    if comm == "nl":
        young = N.NL_MALE_YOUNG if m else N.NL_FEMALE_YOUNG
        old = N.NL_MALE_OLD if m else N.NL_FEMALE_OLD
        return old if birth_year < 1975 else young, old
    tabs = {
        "ma": (N.MA_MALE, N.MA_FEMALE),
        "tr": (N.TR_MALE, N.TR_FEMALE),
        "sr": (N.SR_MALE, N.SR_FEMALE),
        "hi": (N.HI_MALE, N.HI_FEMALE),
        "an": (N.AN_MALE, N.AN_FEMALE),
        "pl": (N.PL_MALE, N.PL_FEMALE),
        "bg": (N.BG_MALE, N.BG_FEMALE),
    }[comm]
    t = tabs[0] if m else tabs[1]
    return t, t


def _female_form(comm: str, core: str) -> str:
    if comm == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if core.endswith(a):
                return core[: -len(a)] + b
        return core
    if comm == "bg" and core.endswith(("ov", "ev")):
        return core + "a"
    return core


def _male_form(comm: str, core: str) -> str:
    if comm == "pl":
        for a, b in (("ska", "ski"), ("cka", "cki"), ("dzka", "dzki")):
            if core.endswith(a):
                return core[: -len(a)] + b
    if comm == "bg" and core.endswith(("ova", "eva")):
        return core[:-1]
    return core


def _split_surname(comm: str, s: str) -> tuple[str, str]:
    if comm == "nl":
        parts = s.split(" ")
        low = [p for p in parts[:-1]]
        return (" ".join(low), parts[-1]) if len(parts) > 1 else ("", s)
    if comm == "ma":
        for pre in ("El ", "Ait ", "Ben ", "Oulad "):
            if s.startswith(pre):
                return pre.strip(), s[len(pre) :]
    return "", s


class _Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.bsns: set[str] = set()
        self.phones: set[str] = set()
        self.plates: set[str] = set()
        r = random.Random(seed * 7919 + 13)
        self.town_streets: dict[str, list[str]] = {}
        self.flat_streets: set[tuple[str, str]] = set()
        for town in N.TOWNS:
            streets = r.sample(N.STREETS, 36)
            self.town_streets[town] = streets
            for s in streets:
                if r.random() < KNOBS["flat_share"]:
                    self.flat_streets.add((town, s))
        self.pc_digits: dict[tuple[str, str], int] = {}
        self.pc_letters: dict[tuple[str, str, int], str] = {}
        self.schools: dict[str, list[str]] = {}
        for town in N.TOWNS:
            names = r.sample(N.PRIMARY_SCHOOLS, 6)
            self.schools[town] = [r.choice(N.PRIMARY_PREFIX[:4]) + n for n in names]
        self.pid = 0
        self.hid = 0
        self.used: set[tuple] = set()

    # --- identifiers -----------------------------------------------------------------------------------
    def new_bsn(self) -> str:
        rng = self.rng
        while True:
            first = rng.choice("0111222333345678")
            d = first + "".join(rng.choice("0123456789") for _ in range(7))
            s = sum(int(c) * (9 - i) for i, c in enumerate(d)) % 11
            if s > 9:
                continue
            b = d + str(s)
            if b not in self.bsns and b != "000000000":
                self.bsns.add(b)
                return b

    def new_phone(self, mobile: bool = True) -> str:
        while True:
            p = (
                ("06" + "".join(self.rng.choice("0123456789") for _ in range(8)))
                if mobile
                else (
                    "030"
                    + self.rng.choice("23456789")
                    + "".join(self.rng.choice("0123456789") for _ in range(6))
                )
            )
            if p not in self.phones:
                self.phones.add(p)
                return p

    def new_plate(self) -> str:
        while True:
            code = self.rng.choice(PLATE_SIDECODES)
            p = "".join(
                self.rng.choice(PLATE_LETTERS)
                if c == "X"
                else (self.rng.choice("0123456789") if c == "9" else c)
                for c in code
            )
            if p not in self.plates:
                self.plates.add(p)
                return p

    # --- addresses -------------------------------------------------------------------------------------
    def new_address(self, town: str | None = None, reserve: bool = True) -> Address:
        """A dwelling; reserve=True gives one nobody else lives in (a previous address may be anyone's)."""
        rng = self.rng
        if town is None:
            town = rng.choices(list(N.TOWNS), [v[1] for v in N.TOWNS.values()])[0]
        streets = self.town_streets[town]
        # Zipf-like: a few streets carry most households
        weights = [1.0 / (i + 1) ** KNOBS["street_zipf"] for i in range(len(streets))]
        for _try in range(40):
            street = rng.choices(streets, weights)[0]
            flat = (town, street) in self.flat_streets
            if flat:
                number = rng.randint(1, 120)
                suffix = (
                    ("floor", str(rng.randint(1, 4)))
                    if rng.random() < 0.6
                    else ("letter", rng.choice("abcd"))
                )
                key = (town, street, number, suffix)
            else:
                number = int(rng.triangular(1, 400, 8))
                r = rng.random()
                suffix = (
                    ("letter", rng.choice("aab"))
                    if r < 0.08
                    else ("bis", "")
                    if r < 0.09
                    else ("hs", "")
                    if r < 0.11
                    else None
                )
                key = (town, street, number, None)
            if not reserve or key not in self.used:
                break
        if reserve:
            self.used.add(key)
        lo, hi = N.TOWNS[town][0]
        key = (town, street)
        if key not in self.pc_digits:
            self.pc_digits[key] = random.Random(f"{town}/{street}").randint(lo, hi)
        block = (town, street, number // 24 * 2 + number % 2)
        if block not in self.pc_letters:
            rr = random.Random(f"{town}/{street}/{block[2]}")
            self.pc_letters[block] = rr.choice(PC_LETTERS) + rr.choice(PC_LETTERS)
        return Address(town, street, number, suffix, f"{self.pc_digits[key]}{self.pc_letters[block]}")

    # --- persons ---------------------------------------------------------------------------------------
    def person(
        self,
        comm: str,
        gender: str,
        birth: dt.date,
        surname: tuple[str, str],
        addr: Address,
        hid: int,
        role: str,
    ) -> Person:
        rng = self.rng
        self.pid += 1
        main, extra_tab = _given_tables(comm, gender, birth.year)
        canon, roeps, nicks, _var = rng.choice(main)
        given = [canon]
        roep = rng.choice(roeps) if roeps else canon
        nick_list = list(nicks)
        if comm == "nl":
            if birth.year >= 1975 and rng.random() < 0.55:
                given += [t[0] for t in rng.sample(extra_tab, rng.choice([1, 1, 2]))]
            elif birth.year < 1975 and rng.random() < 0.7:
                given += [t[0] for t in rng.sample(extra_tab, rng.choice([1, 2]))]
        elif comm == "ma" and gender == "m" and canon != "Mohamed" and rng.random() < 0.25:
            given = ["Mohamed", canon]
            nick_list = nick_list + ["Mo"]
        elif comm == "ma" and gender == "f" and rng.random() < 0.12:
            given = ["Fatima", "Zahra"] if rng.random() < 0.5 else [canon, rng.choice(main)[0]]
            roep = given[0] if rng.random() < 0.6 else " ".join(given)
        elif comm == "tr" and rng.random() < 0.2:
            other = rng.choice(main)[0]
            if other != canon:
                given = [canon, other]
                roep = rng.choice(given)
        elif comm == "hi" and rng.random() < 0.3:
            given = [canon, "Kumar" if gender == "m" else "Devi"]
        elif comm in ("sr", "an") and rng.random() < 0.5:
            given += [t[0] for t in rng.sample(main, rng.choice([1, 2])) if t[0] != canon]
        elif comm == "pl" and rng.random() < 0.35:
            other = rng.choice(main)[0]
            if other != canon:
                given.append(other)
        elif comm == "bg" and rng.random() < 0.45:
            father = rng.choice(N.BG_MALE)[0]
            given.append(
                (father[:-1] if father.endswith("a") else father) + ("ov" if gender == "m" else "ova")
            )
        if not nick_list:
            nick_list = [roep]
        old_migrant = comm not in ("nl",) and birth.year < 1985 and role == "adult"
        bd_unknown = old_migrant and comm in ("ma", "tr", "bg", "hi") and rng.random() < 0.12
        if bd_unknown:
            birth = dt.date(birth.year, 1, 1)
        p = Person(
            pid=f"P{self.pid:06d}",
            community=comm,
            gender=gender,
            given=given,
            roepnaam=roep,
            nicks=nick_list,
            surname=surname,
            birth=birth,
            bd_unknown=bd_unknown,
            bsn=self.new_bsn(),
            addr=addr,
            household=hid,
            role=role,
        )
        age = p.age_on(REF_DATE)
        if (age >= 18 and rng.random() < 0.88) or (11 <= age < 18 and rng.random() < 0.8):
            p.phone = self.new_phone()
            if rng.random() < 0.12:
                p.old_phone = self.new_phone()
        if age >= 18 and rng.random() < 0.33:
            p.plate = self.new_plate()
        return p

    def birth_for_age(self, lo: int, hi: int) -> dt.date:
        days = self.rng.randint(lo * 365 + 1, hi * 365 + 364)
        return REF_DATE - dt.timedelta(days=days)

    def household(self) -> list[Person]:
        rng = self.rng
        self.hid += 1
        hid = self.hid
        comm = rng.choices(list(COMMUNITIES), list(COMMUNITIES.values()))[0]
        addr = self.new_address()
        big = comm in ("ma", "tr")
        htype = rng.choices(
            ["single", "couple", "family", "parent"],
            [0.2, 0.12, 0.5, 0.18] if big else [0.28, 0.17, 0.38, 0.17],
        )[0]
        members: list[Person] = []

        def surname_for(c: str) -> tuple[str, str]:
            pool = {
                "nl": N.NL_PREFIXES_SURNAMES,
                "ma": N.MA_SURNAMES,
                "tr": N.TR_SURNAMES,
                "sr": N.SR_SURNAMES,
                "hi": N.HI_SURNAMES,
                "an": N.AN_SURNAMES,
                "pl": N.PL_SURNAMES,
                "bg": N.BG_SURNAMES,
            }[c]
            # common surnames are more common (Zipf over the list order)
            w = [1.0 / (i + 1) ** 0.6 for i in range(len(pool))]
            return _split_surname(c, rng.choices(pool, w)[0])

        if htype == "single":
            g = rng.choice("mf")
            b = self.birth_for_age(18, 85)
            sn = surname_for(comm)
            sn = (sn[0], _female_form(comm, sn[1])) if g == "f" else sn
            members.append(self.person(comm, g, b, sn, addr, hid, "adult"))
        else:
            father_sn = surname_for(comm)
            fb = self.birth_for_age(26 if htype != "couple" else 20, 60 if htype != "couple" else 85)
            mb = fb + dt.timedelta(days=rng.randint(-5 * 365, 3 * 365))
            mcomm = comm if rng.random() > 0.1 else "nl"
            if comm in ("pl", "bg") and mcomm == comm and rng.random() < 0.8:
                mother_sn = (father_sn[0], _female_form(comm, father_sn[1]))
            else:
                msn = surname_for(mcomm)
                mother_sn = (msn[0], _female_form(mcomm, msn[1]))
            father = None
            if htype != "parent" or rng.random() < 0.1:
                father = self.person(comm, "m", fb, father_sn, addr, hid, "adult")
                members.append(father)
            mother = self.person(mcomm, "f", mb, mother_sn, addr, hid, "adult")
            if father is not None and mcomm == "nl" and comm == "nl":
                mother.spouse_surname = father_sn
            if father is not None and mcomm != comm:
                mother.spouse_surname = father_sn
            members.append(mother)
            if father is not None and father.plate and rng.random() < 0.5:
                mother.plate = father.plate  # one car
            if htype in ("family", "parent"):
                nkids = rng.choice([1, 2, 2, 3, 3, 4, 5]) if big else rng.choice([1, 1, 2, 2, 2, 3, 3, 4])
                mother_age_ref = mother.age_on(REF_DATE)
                born: list[dt.date] = []
                for _k in range(nkids):
                    at = rng.randint(19, 43)
                    if mother_age_ref - at < 0:
                        continue
                    kb = mb + dt.timedelta(days=at * 365 + rng.randint(0, 364))
                    if kb >= REF_DATE or any(abs((kb - x).days) < 300 for x in born):
                        continue
                    born.append(kb)
                    twins = rng.random() < 0.02
                    for _t in range(2 if twins else 1):
                        g = rng.choice("mf")
                        sn = father_sn if (father is not None or rng.random() < 0.7) else mother_sn
                        sn = (sn[0], _male_form(comm, sn[1]) if g == "m" else _female_form(comm, sn[1]))
                        kid = self.person(comm, g, kb, sn, addr, hid, "child")
                        if twins:
                            kid.extra["twin"] = True
                        if (
                            father is not None
                            and g == "m"
                            and rng.random() < (0.06 if comm == "nl" else 0.03 if big else 0.0)
                        ):
                            kid.given = [father.given[0]] + kid.given[1:]
                            kid.roepnaam = father.roepnaam
                            kid.nicks = father.nicks
                            kid.extra["named_after_father"] = True
                        members.append(kid)
        # household-level attributes
        adults = [p for p in members if p.role == "adult"]
        if adults and rng.random() < 0.25:
            land = self.new_phone(mobile=False)
            for p in members:
                p.landline = land
        contact = next(
            (p.phone for p in adults if p.gender == "f" and p.phone),
            next((p.phone for p in adults if p.phone), None),
        )
        contact_bsn = adults[-1].bsn if adults else None
        primary = rng.choice(self.schools[addr.town])
        secondary_shared = rng.choice(N.SECONDARY_SCHOOLS)
        moved = rng.random() < KNOBS["mover_household"]
        prev = self.new_address(addr.town if rng.random() < 0.6 else None, reserve=False) if moved else None
        for p in members:
            p.prev_addr = prev
            if p.role == "child":
                p.parent_phone = contact
                p.parent_bsn = contact_bsn
                age = p.age_on(REF_DATE)
                if 4 <= age <= 11:
                    p.school = primary
                elif 12 <= age <= 18:
                    p.school = secondary_shared if rng.random() < 0.5 else rng.choice(N.SECONDARY_SCHOOLS)
                if 18 <= age <= 25 and rng.random() < 0.3:
                    p.prev_addr = p.addr
                    p.addr = self.new_address(addr.town if rng.random() < 0.5 else None)
                    p.landline = None
        return members


# ------------------------------------------------------------------------------------------------------
# writing a mention
# ------------------------------------------------------------------------------------------------------
def _pick(rng: random.Random, dist: dict[str, float]) -> str:
    return rng.choices(list(dist), list(dist.values()))[0]


def _initials(given: list[str], rng: random.Random) -> str:
    letters = [g[0].upper() for g in given if g]
    if rng.random() < 0.25:
        letters = letters[:1]
    style = rng.random()
    if style < 0.55:
        return "".join(x + "." for x in letters)
    if style < 0.75:
        return " ".join(x + "." for x in letters)
    if style < 0.9:
        return "".join(letters)
    return ".".join(letters)


def _spell(name: str, rng: random.Random, p_variant: float) -> str:
    if name in VARIANTS and rng.random() < p_variant * KNOBS["variant_scale"]:
        return rng.choice(VARIANTS[name])
    return name


def _diacritics(s: str, rng: random.Random, keep: float) -> str:
    if s.isascii():
        return s
    r = rng.random()
    if r < keep:
        return s
    if r < keep + 0.008:
        return C.mojibake(s)
    if r < keep + 0.06:
        return C.fold_german(s)
    return C.fold(s)


def _surname_text(p: Person, src: dict, rng: random.Random, tags: list[str]) -> tuple[str, str]:
    """(text placed after the first name in the first-name field, last_name)"""
    prefix, core = p.surname
    comm = p.community
    orig = core
    if comm in ("pl", "bg") and p.gender == "f" and rng.random() < 0.08:
        core = _male_form(comm, core)
        tags.append("ln:male_form")
    if comm == "hi" and core in N.HI_SURNAME_VARIANTS and rng.random() < src["variant"] * 0.8:
        core = rng.choice(N.HI_SURNAME_VARIANTS[core])
    if comm == "hi" and " " in core:
        core = rng.choice([core, core, core.replace(" ", "-"), core.split(" ")[-1]])
    if comm == "bg" and rng.random() < src["variant"] * 0.5:
        for a, b in N.BG_TRANSLIT:
            if a in core and rng.random() < 0.5:
                core = core.replace(a, b, 1)
                break
    if comm == "sr" and " A " in core:
        core = rng.choices(
            [
                core,
                core.replace(" ", "-"),
                core.replace(" A ", " a "),
                core.replace(" ", ""),
                core.split(" ")[0] + " A-" + core.split(" ")[-1],
            ],
            [0.5, 0.2, 0.15, 0.1, 0.05],
        )[0]
    if core != orig and "ln:male_form" not in tags:
        tags.append("ln:translit")
    tail, last = "", f"{prefix} {core}" if prefix else core
    if prefix and not _fmt(rng):
        pass
    elif prefix in ("El", "Ait", "Ben", "Oulad"):
        r = rng.random()
        if r < 0.45:
            pass
        elif r < 0.6:
            last = f"{prefix.lower()} {core}"
        elif r < 0.75:
            last, _ = f"{prefix}-{core}", tags.append("ln:hyphen_prefix")
        elif r < 0.85:
            last, _ = f"{prefix}{core.lower()}", tags.append("ln:glued_prefix")
        elif r < 0.9:
            last = {"El": "El", "Ait": "Aït", "Ben": "Ben", "Oulad": "Ouled"}[prefix] + " " + core
            tags.append("ln:prefix_variant")
        else:
            last, _ = core, tags.append("ln:prefix_dropped")
    elif prefix:
        r = rng.random()
        if r < 0.42:
            pass
        elif r < 0.55:
            last = prefix[:1].upper() + prefix[1:] + " " + core
        elif r < 0.67:
            last, _ = f"{core}, {prefix}", tags.append("ln:inverted")
        elif r < 0.74:
            last, _ = f"{core} {prefix}", tags.append("ln:inverted_no_comma")
        elif r < 0.82:
            words = prefix.replace("'t", "t").split(" ")
            ab = "".join(w[0] for w in words)
            last = rng.choice([ab + " " + core, ".".join(ab) + ". " + core, "/".join(ab) + " " + core])
            tags.append("ln:abbrev_prefix")
        elif r < 0.86:
            last = "".join(w[:1].upper() + w[1:] for w in prefix.split(" ")) + core.lower()
            last = last[:1].upper() + last[1:].lower() if rng.random() < 0.5 else last
            tags.append("ln:glued_prefix")
        elif r < 0.93:
            last, _ = core, tags.append("ln:prefix_dropped")
        else:
            tail, last = prefix, core  # "Jan van der" + "Meer"
            tags.append("ln:prefix_in_first_name")
    if p.spouse_surname and p.gender == "f" and rng.random() < src["married"]:
        sp = " ".join(x for x in p.spouse_surname if x)
        sp = sp[:1].upper() + sp[1:] if rng.random() < 0.5 else sp
        if rng.random() < 0.75:
            last = rng.choice([f"{sp}-{last}", f"{sp} - {last}"])
            tags.append("ln:married_double")
        else:
            tail, last = "", sp
            tags.append("ln:spouse_name_only")
    return tail, last


def _fmt(rng: random.Random) -> bool:
    """True when this value is written in one of the non-canonical formats."""
    return rng.random() < KNOBS["format_scale"]


def _house_number(a: Address, src: dict, rng: random.Random):
    n = str(a.number)
    if a.suffix is None:
        return a.number if rng.random() < src["int_hn"] else n
    kind, val = a.suffix
    if not _fmt(rng):
        return n + val if kind == "letter" else f"{n}-{val}" if kind == "floor" else n + kind
    if rng.random() < 0.2:
        return n  # suffix dropped
    if kind == "letter":
        return rng.choice(
            [
                n + val,
                n + val,
                n + val.upper(),
                f"{n} {val}",
                f"{n} {val.upper()}",
                f"{n}-{val}",
                f"{n}-{val.upper()}",
            ]
        )
    if kind == "floor":
        roman = ["I", "II", "III", "IV"][int(val) - 1]
        return rng.choice(
            [
                f"{n}-{val}",
                f"{n}-{val}",
                f"{n} {val}",
                f"{n}-{roman}",
                f"{n} {roman}",
                f"{n}/{val}",
                f"{n} {val}hg",
                f"{n}{roman}",
            ]
        )
    if kind == "bis":
        return rng.choice([f"{n}bis", f"{n} bis", f"{n}-bis", f"{n}BIS"])
    return rng.choice([f"{n}-hs", f"{n} hs", f"{n}H", f"{n}-huis", f"{n} HS"])


def _postcode(pc: str, rng: random.Random) -> str:
    d, letters = pc[:4], pc[4:]
    if not _fmt(rng):
        return f"{d} {letters}"
    r = rng.random()
    if r < 0.45:
        return f"{d} {letters}"
    if r < 0.8:
        return d + letters
    if r < 0.9:
        return f"{d}{letters.lower()}"
    if r < 0.97:
        return f"{d} {letters.lower()}"
    return f"{d}  {letters}"


def _phone(p: str, rng: random.Random) -> str:
    if not _fmt(rng):
        return p
    if p.startswith("06"):
        rest = p[2:]
        return rng.choices(
            [
                p,
                f"06-{rest}",
                f"06 {rest[:4]} {rest[4:]}",
                f"+31{p[1:]}",
                f"+31 6 {rest}",
                f"0031{p[1:]}",
                f"+31 (0)6 {rest}",
                f"06-{rest[:3]} {rest[3:5]} {rest[5:]}",
                f"+316{rest}",
                f"06 {rest}",
            ],
            [0.3, 0.2, 0.08, 0.12, 0.08, 0.04, 0.04, 0.04, 0.05, 0.05],
        )[0]
    area, rest = p[:3], p[3:]
    return rng.choice([p, f"{area}-{rest}", f"{area} {rest[:3]} {rest[3:]}", f"+31{p[1:]}", f"+31 30 {rest}"])


def _bsn(b: str, rng: random.Random, as_number: float):
    if not _fmt(rng):
        return b
    if rng.random() < as_number:
        return int(b)  # JSON number: a leading zero is lost
    r = rng.random()
    if r < 0.85:
        return b
    if r < 0.92:
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if r < 0.97:
        return f"{b[:3]} {b[3:6]} {b[6:]}"
    return b.lstrip("0") or b


def _plate(p: str, rng: random.Random) -> str:
    if not _fmt(rng):
        return p
    r = rng.random()
    if r < 0.55:
        return p
    if r < 0.75:
        return p.replace("-", "")
    if r < 0.85:
        return p.lower()
    if r < 0.93:
        return p.replace("-", " ")
    return p.replace("-", "").lower()


def _school(s: str, rng: random.Random) -> str:
    base = s
    for pre in N.PRIMARY_PREFIX:
        if s.startswith(pre):
            base = s[len(pre) :]
    r = rng.random()
    if s in N.SCHOOL_ABBREV and r < 0.4:
        return rng.choice(N.SCHOOL_ABBREV[s])
    if r < 0.55:
        return s
    if r < 0.75:
        return base
    if r < 0.85:
        return s.lower()
    if r < 0.92:
        return rng.choice(N.PRIMARY_PREFIX) + base if base != s else base.replace(" College", "")
    return base.replace("De ", "").replace("Het ", "")


def _street(s: str, rng: random.Random, p_abbrev: float = 0.3) -> str:
    if rng.random() < p_abbrev * KNOBS["format_scale"]:
        rules = [(a, b) for a, b in N.STREET_ABBREV if a in s] + [
            (b, a) for a, b in N.STREET_ABBREV if b in s
        ]
        if rules:
            a, b = rng.choice(rules)
            s = s.replace(a, b, 1)
    return s


def _town(t: str, rng: random.Random) -> str:
    if rng.random() < 0.15 * KNOBS["format_scale"]:
        return rng.choice(N.TOWNS[t][2])
    return t


def _age_estimate(p: Person, on: dt.date, rng: random.Random) -> int:
    age = p.age_on(on)
    if age < 25:
        est = age + round(rng.gauss(0, 1.4))
    else:
        est = age + round(rng.gauss(0, 4.0))
        if rng.random() < 0.4:
            est = 5 * round(est / 5)
    return max(1, est)


class _Writer:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def mention(self, p: Person, source: str, on: dt.date) -> dict:
        rng = self.rng
        src = SOURCES[source]
        age = p.age_on(on)
        moved = p.prev_addr is not None and rng.random() < KNOBS["mover_mention"]
        addr = p.prev_addr if moved else p.addr
        rec: dict = {}
        tags: list[str] = []

        # --- names ---
        spelled = [_spell(g, rng, src["variant"]) for g in p.given]
        given = [_diacritics(g, rng, src["keep_diacritics"]) for g in spelled]
        form = _pick(rng, src["fn_form"])
        if form == "full":
            fn = " ".join(given)
        elif form == "first":
            fn = given[0]
        elif form == "initials":
            fn = _initials(given, rng)
        else:
            roep = _spell(p.roepnaam, rng, src["variant"])
            if roep != p.roepnaam:
                spelled = [roep]
            fn = _diacritics(roep, rng, src["keep_diacritics"])
        if spelled != p.given[: len(spelled)] and form != "initials":
            tags.append("fn:spelling_variant")
        tail, ln = _surname_text(p, src, rng, tags)
        ln = _diacritics(ln, rng, src["keep_diacritics"])
        nick = None
        if rng.random() < src["nick"]:
            nick = rng.choice(p.nicks) if rng.random() < 0.85 else rng.choice(N.STREET_NICKNAMES)
            nick = _diacritics(nick, rng, src["keep_diacritics"])
        has_fn = rng.random() < src["fn"] or (nick is None and rng.random() < 0.5)
        if has_fn:
            rec["first_name"] = fn + (" " + tail if tail else "")
            if form == "roep" and p.roepnaam not in p.given:
                form = "roepnaam_not_a_given_name"
            elif form == "full" and len(p.given) == 1:
                form = "first"
            tags.append(f"fn:{form}")
        if nick is not None:
            rec["nickname"] = nick
            if not has_fn:
                tags.append("nickname_only")
            if nick.lower() in [x.lower() for x in N.STREET_NICKNAMES]:
                tags.append("nickname:descriptive")
        if not p.given[0].isascii() or not p.surname[1].isascii():
            shown = rec.get("first_name", "") + rec.get("last_name", "")
            if any(c in shown for c in "ÃÄÅÂ"):
                tags.append("name:mojibake")
            elif "oe" in shown.lower() and "oe" not in (p.given[0] + p.surname[1]).lower():
                tags.append("name:german_folded")
            elif shown.isascii() and shown:
                tags.append("name:diacritics_folded")
            elif shown:
                tags.append("name:diacritics_kept")
        if rng.random() < src["ln"]:
            rec["last_name"] = ln
        if "first_name" in rec and "last_name" in rec and rng.random() < src["swap"]:
            rec["first_name"], rec["last_name"] = rec["last_name"], rec["first_name"]
            tags.append("swapped_names")

        # --- dates, gender ---
        if rng.random() < src["bd"]:
            b = p.birth
            if p.bd_unknown:
                tags.append("bd:unknown_day_month")
                if rng.random() < 0.3:
                    b = dt.date(b.year, 7, 1)
            rec["birth_date"] = b
        elif rng.random() < src["age"] / max(1e-9, 1 - src["bd"]):
            rec["age_estimate"] = _age_estimate(p, on, rng)
            tags.append("age_estimate")
        if rng.random() < src["gender"]:
            g = p.gender
            if rng.random() < 0.004:
                g = "f" if g == "m" else "m"
                tags.append("gender:wrong")
            rec["gender"] = g

        # --- identifiers ---
        if rng.random() < src["bsn"] * KNOBS["bsn_scale"]:
            b = p.bsn
            if p.role == "child" and p.parent_bsn and source in ("wijkteam", "ggd") and rng.random() < 0.03:
                b = p.parent_bsn  # the family file is under the parent's BSN
                tags.append("bsn:parent")
            rec["bsn"] = b
        phone = None
        if rng.random() < src["phone"]:
            if source in ("school", "leerplicht") and age < 16 and p.parent_phone:
                phone = p.parent_phone
            elif moved and p.old_phone and rng.random() < 0.6:
                phone = p.old_phone
            elif p.old_phone and rng.random() < 0.1:
                phone = p.old_phone
            elif p.phone:
                phone = p.phone
            elif p.landline and rng.random() < 0.5:
                phone = p.landline
            elif p.parent_phone and age < 18 and rng.random() < 0.5:
                phone = p.parent_phone
            if phone:
                rec["phone"] = phone
                if phone == p.parent_phone:
                    tags.append("phone:parent")
                elif phone == p.old_phone:
                    tags.append("phone:old")
                elif phone == p.landline:
                    tags.append("phone:landline")
        if p.plate and age >= 18 and rng.random() < src["plate"]:
            rec["license_plate"] = p.plate
        if p.school and rng.random() < src["school"]:
            rec["school"] = p.school

        # --- address ---
        if moved:
            tags.append("address:previous")
        if rng.random() < src["street"]:
            rec["street"] = addr.street
            if rng.random() < src["hn"]:
                rec["house_number"] = addr
            if rng.random() < src["pc"]:
                rec["postcode"] = addr.postcode
        if rng.random() < src["city"]:
            rec["city"] = addr.town

        # --- errors (Febrl style) ---
        n_err = _poisson(rng, src["err"] * KNOBS["error_scale"])
        errs: dict[str, int] = {}
        for _ in range(n_err):
            fields = [f for f in ERROR_FIELDS if f in rec]
            if not fields:
                break
            f = rng.choices(fields, [ERROR_FIELDS[x] for x in fields])[0]
            errs[f] = errs.get(f, 0) + 1
        tags += [f"error:{f}" for f in errs]

        out: dict = {}
        cs = KNOBS["case_scale"]
        case = (
            "upper"
            if rng.random() < src["upper"] * cs
            else "lower"
            if rng.random() < src["lower"] * cs
            else None
        )
        if case:
            tags.append(f"case:{case}")
        for k, v in rec.items():
            ne = errs.get(k, 0)
            if k in ("first_name", "last_name", "nickname", "street", "city", "school"):
                if k == "street":
                    v = _street(v, rng)
                elif k == "city":
                    v = _town(v, rng)
                elif k == "school":
                    v = _school(v, rng)
                for _ in range(ne):
                    v = C.name_error(v, rng)
                if case == "upper":
                    v = v.upper()
                elif case == "lower" and k != "school":
                    v = v.lower()
                if rng.random() < 0.01:
                    v = rng.choice([" " + v, v + " ", v.replace(" ", "  ", 1)])
            elif k == "birth_date":
                for _ in range(ne):
                    v = C.date_error(v, rng)
                v = v.isoformat()
            elif k == "house_number":
                a = v
                v = _house_number(a, src, rng)
                if ne:
                    v = rng.choice([str(a.number + rng.choice([-2, -1, 1, 2])), C.digit_error(str(v), rng)])
            elif k == "postcode":
                for _ in range(ne):
                    v = C.postcode_error(v, rng)
                v = _postcode(v, rng)
            elif k == "phone":
                for _ in range(ne):
                    v = C.digit_error(v, rng)
                v = _phone(v, rng)
            elif k == "bsn":
                for _ in range(ne):
                    v = C.digit_error(v, rng)
                v = _bsn(v, rng, 0.25 if source == "ggd" else 0.0)
            elif k == "license_plate":
                for _ in range(ne):
                    v = C.ocr(v, rng) if rng.random() < 0.5 else C.digit_error(v, rng)
                v = _plate(v, rng)
            out[k] = v
        # street with the house number written in it
        if "street" in out and rng.random() < src["street_with_number"]:
            hn = out.pop("house_number", None) or _house_number(addr, src, rng)
            out["street"] = f"{out['street']} {hn}"
            tags.append("street_with_number")
        if isinstance(out.get("bsn"), int):
            tags.append("bsn:json_number")
        elif isinstance(out.get("bsn"), str) and not out["bsn"].isdigit():
            tags.append("bsn:formatted")
        res = self._nulls(out, src, source)
        res["_tags"] = tags
        return res

    def _nulls(self, rec: dict, src: dict, source: str) -> dict:
        style = _pick(self.rng, src["nulls"])
        keys = [
            "bsn",
            "first_name",
            "nickname",
            "last_name",
            "birth_date",
            "age_estimate",
            "gender",
            "street",
            "house_number",
            "postcode",
            "city",
            "phone",
            "license_plate",
            "school",
        ]
        out = {"id": "", "source": source}
        for k in keys:
            if k in rec:
                out[k] = rec[k]
            elif style == "null":
                out[k] = None
            elif style == "empty" and k in ("nickname", "license_plate", "school"):
                out[k] = ""  # this export writes "" for the columns it never fills
        return out


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def _n_mentions(rng: random.Random, youth: bool) -> int:
    a = KNOBS["mentions_exponent"] - (KNOBS["youth_exponent_bonus"] if youth else 0.0)
    kmax = KNOBS["mentions_max"]
    w = [1.0 / k**a for k in range(1, kmax + 1)]
    return rng.choices(range(1, kmax + 1), w)[0]


def generate(
    n_persons: int = 20000, seed: int = 1, people_out: dict | None = None, tags_out: dict | None = None
) -> tuple[list[dict], dict[str, str]]:
    """n_persons persons (all mentioned at least once) -> (records, truth: record id -> person id).

    For error analysis: people_out is filled with person id -> Person (the clean original), tags_out with
    record id -> list of what was done to that mention ("fn:initials", "ln:inverted", "error:phone", ...)."""
    g = _Gen(seed)
    people: list[Person] = []
    keep = random.Random(seed * 31 + 5)
    while len(people) < n_persons:
        members = g.household()
        people.extend(m for i, m in enumerate(members) if i == 0 or keep.random() < KNOBS["member_mentioned"])
    people = people[:n_persons]
    if people_out is not None:
        people_out.update((p.pid, p) for p in people)
    rng = random.Random(seed * 1_000_003 + 7)
    w = _Writer(rng)
    records: list[tuple[dict, str]] = []
    for p in people:
        youth = 12 <= p.age_on(REF_DATE) <= 25
        k = _n_mentions(rng, youth)
        for _ in range(k):
            on = REPORT_START + dt.timedelta(days=rng.randint(0, REPORT_DAYS))
            age = p.age_on(on)
            if age < 0:
                on, age = REF_DATE, p.age_on(REF_DATE)
            cands = [(s, v) for s, v in SOURCES.items() if v["ages"][0] <= age <= v["ages"][1]]
            weights = [
                v["weight"]
                * (v["youth"] if 12 <= age <= 25 else 1.0)
                * (KNOBS["sparse_weight"] if s in ("bewoner", "jongerenwerk") else 1.0)
                for s, v in cands
            ]
            source = rng.choices([s for s, _v in cands], weights)[0]
            records.append((w.mention(p, source, on), p.pid))
    rng.shuffle(records)
    truth: dict[str, str] = {}
    out = []
    for i, (rec, pid) in enumerate(records):
        rid = f"m{i + 1:06d}"
        rec["id"] = rid
        truth[rid] = pid
        tags = rec.pop("_tags")
        if tags_out is not None:
            tags_out[rid] = tags
        out.append(rec)
    return out, truth


def write_jsonl(records: list[dict], path: str) -> None:
    import json

    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


__all__ = ["generate", "write_jsonl", "KNOBS", "SOURCES"]
