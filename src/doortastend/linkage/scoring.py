"""Fellegi–Sunter scoring of two normalised mentions with Splink-trained m/u parameters.

The comparison levels here mirror, one to one, the SQL levels in :mod:`doortastend.linkage.training` that
Splink trains on. Splink (DuckDB) is the training and evaluation tool; this module applies the stored
parameters in plain Python (rapidfuzz for string similarity) so that online scoring of one mention takes
microseconds and the batch CLI does not need a SQL engine.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz.distance import OSA, JaroWinkler

from .normalize import STREET_TYPES, NormalizedRecord, _variant_index, first_name_groups, name_skeleton

__all__ = [
    "COMPARISONS",
    "Model",
    "compare",
    "FieldExplanation",
    "Comparison",
    "hard_conflict",
    "TermFrequencies",
    "tf_adjustment",
]

# (name, [(level label, Dutch explanation template)]) -- level 0 is always "unknown" (weight 0).
COMPARISONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "bsn",
        [
            ("onbekend", "BSN ontbreekt bij een van beide"),
            ("gelijk", "zelfde BSN (geldig volgens de 11-proef)"),
            ("verschillend", "verschillend BSN"),
        ],
    ),
    (
        "voornaam",
        [
            ("onbekend", "voornaam ontbreekt bij een van beide"),
            ("gelijk", "zelfde voornaam"),
            ("variant", "voornaam en roepnaam/bijnaam horen bij elkaar"),
            ("lijkt", "voornaam lijkt sterk (mogelijk tikfout)"),
            ("initiaal", "alleen de voorletter komt overeen"),
            ("verschillend", "andere voornaam"),
        ],
    ),
    (
        "achternaam",
        [
            ("onbekend", "achternaam ontbreekt bij een van beide"),
            ("gelijk", "zelfde achternaam"),
            ("kern", "zelfde achternaam, tussenvoegsel anders of weggelaten"),
            ("lijkt", "achternaam lijkt sterk (tikfout of andere spelling)"),
            ("verschillend", "andere achternaam"),
        ],
    ),
    (
        "geboorte",
        [
            ("onbekend", "geboortedatum en leeftijd ontbreken bij een van beide"),
            ("gelijk", "zelfde geboortedatum"),
            ("omgedraaid", "geboortedatum met dag en maand omgedraaid"),
            ("bijna", "geboortedatum verschilt één cijfer"),
            (
                "schatting dichtbij",
                "geschatte leeftijd komt (binnen een jaar) overeen met de geboortedatum/leeftijd",
            ),
            ("schatting past", "geschatte leeftijd past bij de geboortedatum/leeftijd"),
            ("schatting past niet", "geschatte leeftijd wijkt enkele jaren af"),
            ("schatting ver ernaast", "geschatte leeftijd wijkt meer dan vijf jaar af"),
            ("verschillend", "andere geboortedatum"),
        ],
    ),
    (
        "geslacht",
        [
            ("onbekend", "geslacht ontbreekt bij een van beide"),
            ("gelijk", "zelfde geslacht"),
            ("verschillend", "ander geslacht"),
        ],
    ),
    (
        "adres",
        [
            ("onbekend", "adres ontbreekt bij een van beide"),
            ("gelijk", "zelfde adres (straat/postcode en huisnummer)"),
            ("huisnummer", "zelfde huisnummer, andere toevoeging"),
            ("straat", "zelfde straat in dezelfde plaats, huisnummer onbekend"),
            (
                "straat plaats onbekend",
                "zelfde straatnaam, plaats en huisnummer onbekend (straatnaam komt in meer plaatsen voor)",
            ),
            ("straat ander nummer", "zelfde straat, ander huisnummer"),
            ("plaats", "zelfde plaats, straat onbekend"),
            ("plaats andere straat", "zelfde plaats, andere straat"),
            ("verschillend", "andere plaats"),
        ],
    ),
    (
        "telefoon",
        [
            ("onbekend", "telefoonnummer ontbreekt bij een van beide"),
            ("gelijk", "zelfde telefoonnummer"),
            ("verschillend", "ander telefoonnummer"),
        ],
    ),
    (
        "kenteken",
        [
            ("onbekend", "kenteken ontbreekt bij een van beide"),
            ("gelijk", "zelfde kenteken"),
            ("verschillend", "ander kenteken"),
        ],
    ),
    (
        "school",
        [
            ("onbekend", "school ontbreekt bij een van beide"),
            ("gelijk", "zelfde school"),
            ("verschillend", "andere school"),
        ],
    ),
]
COMPARISON_NAMES = [c[0] for c in COMPARISONS]


@lru_cache(maxsize=500_000)
def _jw(a: str, b: str) -> float:
    return JaroWinkler.similarity(a, b)


def _cmp_exact(a, b) -> int:
    if not a or not b:
        return 0
    return 1 if a == b else 2


def _names(r: NormalizedRecord) -> tuple[str, ...]:
    names = r.first_names[:2]
    if r.nickname:
        names = (*names, r.nickname)
    return names


@lru_cache(maxsize=200_000)
def short_form(x: str, y: str) -> bool:
    """One name is a Dutch short form (roepnaam) of the other that no variant table lists: the beginning
    (Adrie/Adrianus, Fre/Frederik) or the end (Rika/Hendrika, Bella/Isabella) of the longer name, at
    least three letters and two letters shorter, and not a name of its own in the variant table. Names that
    only share a beginning (Marieke/Mariska, twins) are not short forms of each other."""
    s, lng = (x, y) if len(x) <= len(y) else (y, x)
    if len(s) < 3 or len(lng) < len(s) + 2:
        return False
    if s in _variant_index()[0]:  # a name of its own in the table (Anna next to Johanna, Jan next to Arjan)
        return False
    return lng.startswith(s) or lng.endswith(s) or (len(s) >= 4 and lng.startswith(s[:-1]))


def cmp_first_name(a: NormalizedRecord, b: NormalizedRecord) -> int:
    na, nb = _names(a), _names(b)
    if not na or not nb:
        if (na or a.first_initial) and (nb or b.first_initial):
            ia = a.first_initial or (na[0][0] if na else None)
            ib = b.first_initial or (nb[0][0] if nb else None)
            if not na or not nb:
                # one side only has an initial; compare it with the other side's names/initial, and with the
                # official names of its roepnamen (initials come from the registered names: "M.F." and Ria,
                # "C." and Kees)
                other = nb if not na else na
                ini = ia if not na else ib
                if other:
                    groups = (b if not na else a).name_groups
                    official = any(g[0] == ini for g in groups if not g.startswith("~"))
                    return 4 if official or any(n[0] == ini for n in other) else 5
                return 4 if ia == ib else 5
        return 0
    if a.first_name and a.first_name == b.first_name:
        return 1
    if set(na) & set(nb):
        return 1
    if a.name_groups & b.name_groups:
        return 2
    if any(names_alike(x, y) for x in na for y in nb):
        return 3
    return 5


def names_alike(x: str, y: str) -> bool:
    """Two given names written alike (first-name level 3): Jaro-Winkler >= 0.88, a short form of the other
    (short_form), one edit apart, or one skeleton (sounds_alike). Symmetric, and remembered per pair of names
    (_names_alike): a batch meets far fewer pairs of names than pairs of records."""
    return _names_alike(x, y) if x <= y else _names_alike(y, x)


@lru_cache(maxsize=500_000)
def _names_alike(x: str, y: str) -> bool:
    return (
        _jw(x, y) >= 0.88
        or short_form(x, y)
        or (min(len(x), len(y)) >= 2 and max(len(x), len(y)) >= 3 and OSA.distance(x, y) <= 1)
        or sounds_alike(x, y)
    )


SKELETON_NAMES = True
SKELETON_SLIP = True


@lru_cache(maxsize=200_000)
def sounds_alike(x: str, y: str) -> bool:
    """Two given names with one skeleton (Susanna/Zuzanna, Thijs/Ties), or skeletons of four or more letters one
    slip apart (Itys/Iris): the same name in another spelling, also where the variant table lists both names in
    different groups. Two names that only sound alike after a real edit (Daan/Dana) are handled by the
    one-edit rule, and names that differ in more (Sanne/Senna), or in the first letter of the skeleton
    (Khadija/Nadia), stay different names."""
    if not SKELETON_NAMES:
        return False
    kx, ky = name_skeleton(x), name_skeleton(y)
    if kx == ky:
        return True
    # one slip, not in the first letter: Khadija and Nadia (hadia / nadia) are sisters, not a typo
    return SKELETON_SLIP and min(len(kx), len(ky)) >= 4 and kx[0] == ky[0] and OSA.distance(kx, ky) <= 1


def cmp_last_name(a: NormalizedRecord, b: NormalizedRecord) -> int:
    if not a.last_name or not b.last_name:
        return 0
    if a.last_name == b.last_name:
        return 1
    if a.last_name_core == b.last_name_core:
        return 2
    if a.last_name.replace(" ", "") == b.last_name.replace(" ", ""):  # "El Amrani" / "Elamrani"
        return 2
    ca, cb = a.last_name_core or "", b.last_name_core or ""
    if a.last_name_skeleton == b.last_name_skeleton or _jw(ca, cb) >= 0.9:
        return 3
    if len(ca) > 3 and len(cb) > 3 and OSA.distance(ca, cb) <= 1:  # one edit or one transposition
        return 3
    # double surnames: "jansen de vries" vs "jansen"
    if (ca and cb) and (ca.split()[0] == cb.split()[0] or ca.split()[-1] == cb.split()[-1]):
        return 3
    return 4


# Years apart that the same day and month may be by one slip (near_dates).
NEAR_YEARS = (1, 10)


def near_dates(x: str, y: str) -> bool:
    """Two ISO dates that one slip apart: one digit wrong or two swapped (1987/1978), one day apart (a date
    converted across midnight), or the same day a year or a decade apart (2000-02-07 / 1999-02-07; 1996-09-17 /
    2006-09-17, the tens digit wrong across 2000, as 1986/1996 is within a century)."""
    if OSA.distance(x, y) <= 1:
        return True
    if x[4:] == y[4:] and x[:4].isdigit() and y[:4].isdigit():
        return abs(int(x[:4]) - int(y[:4])) in NEAR_YEARS
    try:
        return abs((date.fromisoformat(x) - date.fromisoformat(y)).days) <= 1
    except ValueError:
        return False


def cmp_birth(a: NormalizedRecord, b: NormalizedRecord) -> int:
    if a.birth_year_min is None or b.birth_year_min is None:
        return 0
    if a.birth_date and b.birth_date:
        if a.birth_date == b.birth_date:
            return 1
        if set(a.birth_dates) & set(b.birth_dates):
            return 2
        if near_dates(a.birth_date, b.birth_date):  # one digit wrong, two swapped (1987/1978), a day or a year off
            return 3
        return 8
    gap = max(a.birth_year_min - b.birth_year_max, b.birth_year_min - a.birth_year_max)
    if gap <= 0:
        # centres of the two ranges (an exact date is a range of one year) at most a year apart
        centre_gap = abs(a.birth_year_min + a.birth_year_max - b.birth_year_min - b.birth_year_max)
        return 4 if centre_gap <= 2 else 5
    return 6 if gap <= 5 else 7


def cmp_gender(a: NormalizedRecord, b: NormalizedRecord) -> int:
    return _cmp_exact(a.gender, b.gender)


@lru_cache(maxsize=200_000)
def _street_key(s: str) -> str:
    return name_skeleton(s)


def _cut_off(short: str, full: str) -> bool:
    """``short`` is ``full`` cut off inside its street type (normalize.STREET_TYPES): "St. Jacobsstra",
    "Trumanlaa", "Burg. Norbruislaa" -- registration forms and spreadsheet columns cut long values."""
    if len(short) < 8 or len(short) >= len(full) or not full.startswith(short):
        return False
    base = next((len(full) - len(t) for t in STREET_TYPES if full.endswith(t)), None)
    return base is not None and base > 0 and len(short) > base


@lru_cache(maxsize=200_000)
def _same_street(x: str, y: str) -> bool:
    """The same street name, also with one typo in a long name ("Zwanenuechtlaan" / "Zwanenvechtlaan") or cut
    off inside its street type ("Trumanlaa")."""
    if x == y:
        return True
    kx, ky = _street_key(x), _street_key(y)
    return (
        kx == ky
        or (min(len(kx), len(ky)) >= 8 and OSA.distance(kx, ky) <= 1)
        or _cut_off(x, y)
        or _cut_off(y, x)
    )


def cmp_address(a: NormalizedRecord, b: NormalizedRecord) -> int:
    city_conflict = bool(a.city and b.city and a.city != b.city)
    same_pc = bool(a.postcode and a.postcode == b.postcode)
    same_street = same_pc or bool(a.street and b.street and _same_street(a.street, b.street))
    if same_pc and city_conflict:
        city_conflict = False  # a postcode is more specific than a (misspelled) city
    if same_street and not city_conflict:
        if a.house_number and b.house_number:
            if a.house_number == b.house_number:
                return 1 if a.house_suffix == b.house_suffix else 2
            return 5
        # a street name recurs in other towns: without the town (or a postcode) on both sides it is weaker
        return 3 if (same_pc or (a.city and a.city == b.city)) else 4
    # a street on one side and only a postcode on the other cannot be compared: that is "street unknown",
    # not "other street"
    comparable = bool((a.street and b.street) or (a.postcode and b.postcode))
    if a.city and b.city:
        if a.city == b.city:
            return 7 if comparable else 6
        return 8
    if comparable:
        return 7  # different street, city unknown
    return 0


def cmp_school(a: NormalizedRecord, b: NormalizedRecord) -> int:
    if not a.school or not b.school:
        return 0
    return 1 if a.school == b.school or _jw(a.school, b.school) >= 0.92 else 2


def names_crossed(a: NormalizedRecord, b: NormalizedRecord) -> bool:
    """First and last name filled in the wrong way round on one side: a's first name is b's surname and the
    other way round. One of the two must agree closely (same value or skeleton, or one slip in a name of four
    letters or more); the other may be looser, as such records are typed in a hurry: one slip in a short name
    ("Uar" for Uçar), one name of several in the surname field ("Paatrick Johannes" for Patrick), or a
    roepnaam of the given name ("Corrie" for Cornelia)."""
    if not (a.first_name and b.first_name and a.last_name_core and b.last_name_core):
        return False
    ab, ba = _given_as_surname(a, b), _given_as_surname(b, a)
    return bool(ab and ba and (ab == 2 or ba == 2))


def _given_as_surname(first: NormalizedRecord, last: NormalizedRecord) -> int:
    """How well ``first``'s given-name field fits ``last``'s surname field and so may hold it: 2 closely, 1
    loosely, 0 not."""
    # the first-name field may hold the whole surname ("El Idrissi" -> "el idrissi"), with a typo
    xs = {x for x in (" ".join(first.first_names), first.first_name) if x}
    ys = {y for y in (last.last_name, last.last_name_core) if y}
    for x in xs:
        for y in ys:
            if x == y or name_skeleton(x) == name_skeleton(y):
                return 2
            if min(len(x), len(y)) >= 4 and OSA.distance(x, y) <= 1:
                return 2
    # looser: one slip in a short name, one of several given names in the surname field, or its roepnaam
    names = {t for x in xs for t in x.split()} | set(first.first_names)
    for y in ys:
        for t in y.split():
            if len(t) < 3:
                continue
            for x in names:
                if len(x) >= 3 and OSA.distance(x, t) <= 1:
                    return 1
            if first.name_groups and first_name_groups(t) & first.name_groups:
                return 1
    return 0


@lru_cache(maxsize=200_000)
def _near_forms(s: str) -> frozenset[str]:
    """``s``, its skeleton and ``s`` with one letter left out: two strings within one OSA edit (a letter
    changed, added or dropped, two neighbours swapped) always share such a form (the changed letter, the
    added one or one of the swapped ones left out gives the same string on both sides)."""
    return frozenset((s, name_skeleton(s), *(s[:i] + s[i + 1 :] for i in range(len(s)))))


def crossing_forms(r: NormalizedRecord) -> tuple[frozenset[str], frozenset[str]]:
    """What _given_as_surname compares of a record, as two sets of strings, (given, surname): whenever
    ``_given_as_surname(a, b)`` is not 0, ``given`` of a and ``surname`` of b share a string. So names_crossed(a,
    b) can only hold when both a's given with b's surname and b's given with a's surname share one: a filter
    that spares the pairwise comparison of the many pairs of different people at one address. ``given``: the
    near forms of the given-name field whole, of each given name and of each of their words, and the record's
    first-name groups;
    ``surname``: the near forms of the surname whole, of its core and of each of their words, and the
    first-name groups of those words (each word of three letters or more)."""
    given: set[str] = set(r.name_groups)
    for x in {" ".join(r.first_names), r.first_name or "", *r.first_names}:
        if x:
            given |= _near_forms(x)
            for t in x.split():
                given |= _near_forms(t)
    surname: set[str] = set()
    for y in {r.last_name or "", r.last_name_core or ""}:
        if y:
            surname |= _near_forms(y)
            for t in y.split():
                if len(t) >= 3:
                    surname |= _near_forms(t)
                    surname |= first_name_groups(t)
    return frozenset(given), frozenset(surname)


def compare(a: NormalizedRecord, b: NormalizedRecord, first: int | None = None) -> tuple[int, ...]:
    """Comparison vector (one level index per comparison in COMPARISONS order). ``first``: cmp_first_name(a, b)
    when the caller has it already."""
    first = cmp_first_name(a, b) if first is None else first
    last = cmp_last_name(a, b)
    if first == 5 and last == 4 and names_crossed(a, b):
        # swapped name fields count as the "looks alike" levels of both names (not trained as such: the
        # Splink levels in training.py compare the fields as given)
        first, last = 3, 3
    return (
        _cmp_exact(a.bsn, b.bsn),
        first,
        last,
        cmp_birth(a, b),
        cmp_gender(a, b),
        cmp_address(a, b),
        _cmp_exact(a.phone, b.phone),
        _cmp_exact(a.license_plate, b.license_plate),
        cmp_school(a, b),
    )


def hard_conflict(
    a: NormalizedRecord, b: NormalizedRecord, second_bsn: bool = False, first: int | None = None
) -> bool:
    """Pairs that must never be linked automatically, whatever the other fields say.

    Two different valid BSNs, two unrelated full given names (twins at one address), or exact birth dates more
    than two years apart (father and son with one name) that are not explained by a day/month swap, a
    one-digit typo or two swapped digits. With ``second_bsn`` (batch linkage) two BSNs are no hard conflict for
    records with the same first name, surname and known birth date (a parent's BSN in a child's file): the
    BSN disagreement then weighs in the score like any other field. ``first``: cmp_first_name(a, b) when the
    caller has it already.
    """
    if a.bsn and b.bsn and a.bsn != b.bsn:
        if not (second_bsn and same_fingerprint(a, b)):
            return True
    same_bsn = bool(a.bsn and a.bsn == b.bsn)
    if (
        a.first_name
        and b.first_name
        and not same_bsn
        and (cmp_first_name(a, b) if first is None else first) == 5
        and not names_crossed(a, b)
    ):
        # two full given names that are not variants of each other: twins/siblings, not a typo
        return True
    if a.birth_date and b.birth_date and a.birth_date != b.birth_date:
        if abs(int(a.birth_date[:4]) - int(b.birth_date[:4])) > 2 and not near_dates(a.birth_date, b.birth_date):
            return True
    return False


# Birth dates that registers use for an unknown day and month (first-generation migrants): no evidence of identity.
UNKNOWN_DATE_ENDINGS = ("-01-01", "-07-01")


def same_fingerprint(a: NormalizedRecord, b: NormalizedRecord) -> bool:
    """The same first name, surname and birth date; a date that is not a register's stand-in for an unknown one
    and has one reading only (no day/month swap possible)."""
    return bool(
        a.first_name
        and a.first_name == b.first_name
        and a.last_name_core
        and a.last_name_core == b.last_name_core
        and a.birth_date
        and a.birth_date == b.birth_date
        and len(a.birth_dates) == 1
        and not a.birth_date.endswith(UNKNOWN_DATE_ENDINGS)
    )


# ---------------------------------------------------------------------------------------------------------
# Model parameters
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Model:
    """m/u probabilities per comparison level and the prior; stored as JSON (``data/model_v1.json``)."""

    prior: float
    m: dict[str, list[float]]
    u: dict[str, list[float]]
    version: str = "v1"
    meta: dict = field(default_factory=dict)
    # precomputed log2 Bayes factors, per comparison, per level
    weights: list[list[float]] = field(default_factory=list, repr=False)
    prior_weight: float = 0.0
    u_same_name: float = 0.01
    u_same_last: float = 0.01
    u_same_street: float = 0.002

    def __post_init__(self) -> None:
        self.weights = []
        for name, levels in COMPARISONS:
            ms, us = self.m.get(name), self.u.get(name)
            row = [0.0]
            for lvl in range(1, len(levels)):
                mm = max(ms[lvl], 1e-6) if ms else 1.0
                uu = max(us[lvl], 1e-6) if us else 1.0
                row.append(math.log2(mm / uu))
            self.weights.append(row)
        self.prior_weight = math.log2(self.prior / (1 - self.prior))
        fu, lu = self.u.get("voornaam"), self.u.get("achternaam")
        self.u_same_name = max((fu[1] + fu[2]) if fu else 0.01, 1e-6)
        self.u_same_last = max((lu[1] + lu[2]) if lu else 0.01, 1e-6)
        au = self.u.get("adres")
        self.u_same_street = max(sum(au[1:6]) if au else 0.002, 1e-6)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Model:
        if path is None:
            text = resources.files("doortastend.linkage").joinpath("data/model_v1.json").read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        d = json.loads(text)
        return cls(
            prior=d["prior"], m=d["m"], u=d["u"], version=d.get("version", "v1"), meta=d.get("meta", {})
        )

    def save(self, path: str | Path) -> None:
        d = {
            "version": self.version,
            "prior": self.prior,
            "comparisons": [{"name": n, "levels": [lab for lab, _ in lv]} for n, lv in COMPARISONS],
            "m": self.m,
            "u": self.u,
            "meta": self.meta,
        }
        Path(path).write_text(json.dumps(d, indent=1) + "\n", "utf-8")

    def weight(self, vector: tuple[int, ...]) -> float:
        w = self.prior_weight
        for i, lvl in enumerate(vector):
            w += self.weights[i][lvl]
        return w


class TermFrequencies:
    """Value frequencies of first-name groups and last-name cores in the data being linked.

    Agreement on a rare name is stronger evidence than agreement on a common one (Splink's term-frequency
    adjustment): for the "same" and "variant"/"core" levels the weight becomes log2(m / tf(value)) instead
    of log2(m / u), bounded to [-MAX_DOWN, MAX_UP] around the average. Only used with enough data
    (``MIN_RECORDS``); with few records the frequencies say nothing and the plain weights apply.
    """

    MIN_RECORDS = 3000
    MAX_UP = 4.0
    MAX_DOWN = 3.0

    def __init__(self, records) -> None:
        from collections import Counter

        groups: Counter = Counter()
        cores: Counter = Counter()
        joint: Counter = Counter()
        n_names = n_last = n_joint = 0
        for r in records:
            if r.name_groups:
                n_names += 1
                groups.update(r.name_groups)
            if r.last_name_core:
                n_last += 1
                cores[r.last_name_core] += 1
                if r.name_groups:
                    n_joint += 1
                    joint.update((g, r.last_name_core) for g in r.name_groups)
        # first and last names are not independent (communities): rarity of the combination is measured
        # on the combination, not as the product of two frequencies
        self.joint_tf = {k: c / n_joint for k, c in joint.items()} if n_joint else {}
        streets = Counter(r.street for r in records if r.street)
        n_street = sum(streets.values())
        self.street_tf = {k: c / n_street for k, c in streets.items()} if n_street else {}
        self.active = n_names >= self.MIN_RECORDS
        self.group_tf = {g: c / n_names for g, c in groups.items()} if n_names else {}
        self.core_tf = {c: k / n_last for c, k in cores.items()} if n_last else {}

    # what each frequency counts, as keys of a count table (the application counts persons per key: the online
    # matcher's frequencies, linkage.service.term_frequencies): one per first-name group, surname core and
    # group + core of a record, and per kind the number of persons with any such value
    TOTAL_KEYS = ("#g", "#l", "#j")

    @staticmethod
    def value_keys(rec: NormalizedRecord) -> set[str]:
        """The count keys of one record's names: ``g:<group>``, ``l:<core>``, ``j:<group>|<core>``."""
        keys = {f"g:{g}" for g in rec.name_groups}
        if rec.last_name_core:
            keys.add(f"l:{rec.last_name_core}")
            keys.update(f"j:{g}|{rec.last_name_core}" for g in rec.name_groups)
        return keys

    @classmethod
    def counted_keys(cls, values: set[str]) -> set[str]:
        """A person's name-value keys (value_keys of its records) with the total key of each kind it has: what one
        person adds to the counts, each value once however many of its records carry it."""
        return values | {t for t in cls.TOTAL_KEYS if any(v.startswith(t[1] + ":") for v in values)}

    @classmethod
    def for_record(cls, rec: NormalizedRecord, lookup: Callable[[set[str]], dict[str, int]]) -> TermFrequencies:
        """The frequencies one record's names are scored with online: ``lookup`` gives the stored counts of the keys
        it is asked for (its value_keys and TOTAL_KEYS). A value without a count (its only person indexed before
        the counts existed) counts as one person."""
        wanted = cls.value_keys(rec) | set(cls.TOTAL_KEYS)
        found = lookup(wanted)
        return cls.from_counts({k: found.get(k, 0 if k in cls.TOTAL_KEYS else 1) for k in wanted})

    @classmethod
    def from_counts(cls, counts: dict[str, int]) -> TermFrequencies:
        """Frequencies from counts per value key (value_keys) and the totals (TOTAL_KEYS): the online matcher's,
        counted in stored persons. A value without a key here is read as the most common (as in the batch, where
        every value is counted): the caller gives a count for each value it asks about."""
        tf = cls(())
        n_names, n_last, n_joint = (counts.get(k, 0) for k in cls.TOTAL_KEYS)
        tf.active = n_names >= cls.MIN_RECORDS
        for key, c in counts.items():
            kind, _, value = key.partition(":")
            if kind == "g" and n_names:
                tf.group_tf[value] = c / n_names
            elif kind == "l" and n_last:
                tf.core_tf[value] = c / n_last
            elif kind == "j" and n_joint:
                g, _, core = value.partition("|")
                tf.joint_tf[(g, core)] = c / n_joint
        return tf

    def first_name_tf(self, a: NormalizedRecord, b: NormalizedRecord) -> float | None:
        shared = a.name_groups & b.name_groups
        if not shared:
            return None
        return min(self.group_tf.get(g, 1.0) for g in shared)

    def last_name_tf(self, a: NormalizedRecord, b: NormalizedRecord) -> float | None:
        if a.last_name_core and a.last_name_core == b.last_name_core:
            return self.core_tf.get(a.last_name_core)
        return None


def tf_adjustment(
    model: Model, vec: tuple[int, ...], a: NormalizedRecord, b: NormalizedRecord, tf: TermFrequencies | None
) -> float:
    """Extra weight for rare (positive) or common (negative) agreeing names."""
    if tf is None or not tf.active:
        return 0.0
    adj = 0.0
    if vec[1] in (1, 2) and vec[2] in (1, 2) and a.last_name_core == b.last_name_core:
        shared = a.name_groups & b.name_groups
        f = min((tf.joint_tf.get((g, a.last_name_core), 1.0) for g in shared), default=None)
        if f:
            return adj + max(
                -2 * tf.MAX_DOWN, min(tf.MAX_UP, math.log2(model.u_same_name * model.u_same_last / f))
            )
    if vec[1] in (1, 2):
        f = tf.first_name_tf(a, b)
        if f:
            adj += max(-tf.MAX_DOWN, min(tf.MAX_UP, math.log2(model.u_same_name / f)))
    if vec[2] in (1, 2):
        f = tf.last_name_tf(a, b)
        if f:
            adj += max(-tf.MAX_DOWN, min(tf.MAX_UP, math.log2(model.u_same_last / f)))
    return adj


def probability(weight: float) -> float:
    if weight > 60:
        return 1.0
    if weight < -60:
        return 0.0
    b = 2.0**weight
    return b / (1.0 + b)


@dataclass
class FieldExplanation:
    field: str
    level: str
    weight: float
    explanation_nl: str


@dataclass
class Comparison:
    match_probability: float
    match_weight: float
    fields: list[FieldExplanation]
    vector: tuple[int, ...] = ()
    conflict: bool = False
