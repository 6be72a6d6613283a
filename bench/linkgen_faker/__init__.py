"""A third independent linkage benchmark, built on Faker: "how a person travels through Dutch case files".

    from linkgen_faker import generate, generate_detailed
    records, truth = generate(n_persons=20000, seed=1)           # mention dicts, mention id -> person id
    records, truth, side = generate_detailed(20000, 1, Knobs())  # side: per mention and per person details

Written without reading the project's generator or linker (only the two other generators' docstrings).
Deterministic per seed (Faker instances are seeded with the same seed as the generator's own Random).

What Faker gives
----------------
nl_NL street names (first name + suffix: "Lucstraat", "Mettedreef"), woonplaats names, postcode letters,
landline numbers in Faker's many written forms, Dutch licence plates in the real side codes, the long tail
of given and family names per locale (nl_NL, tr_TR, pl_PL with its male/female surname pairs, bg_BG in
Cyrillic) and dates.  Faker's pools are unweighted, so every pool is weighted Zipf-like (exponent 1.05 over a
seeded order) and topped with a hand-made head of common names (names.py): that is what produces namesakes.
Moroccan-Dutch and Surinamese/Antillean names have no Faker locale and come from names.py only.

Population
----------
Households in five municipalities (Amersfoort, Zaandam, Tilburg, Arnhem, Dordrecht; each with two or three
villages whose residents are written with the village or the municipality as city), streets drawn from a
Zipf-weighted pool of 70-160 Faker street names per town (common street names recur across towns), one
postcode per 20 house numbers, 25 % of streets flats with suffixes (12-1, 12A, 12 hs).
Communities: Dutch 53 %, Moroccan-Dutch 14 %, Turkish-Dutch 11 %, Surinamese/Antillean 11 %, Polish 7 %,
Bulgarian 4 %.  Household types: single, couple, couple with 1-5 children, single parent, and for Polish and
Bulgarian a shared labour-migrant house (3-6 unrelated adults).  3 % of multi-child families have twins; 5 %
of Dutch/Surinamese sons carry their father's first given name (a "junior").  Old Dutch people carry Latin
official names with a roepnaam; 18 % of Moroccan men are "Mohamed <name>" called by the second name; 15 % of
Turks have a double name; Bulgarians are written in Cyrillic in the population and carry a patronymic.
Married Dutch women may use the partner's name (naamgebruik); Polish/Bulgarian wives carry the female form
of the husband's surname.  BSN valid by the 11-proef (about 10 % with a leading zero); 15 % of labour
migrants have none.  First-generation Moroccan/Turkish people born before 1975 have an unknown day/month for
14 %, written YYYY-01-01 (most systems) or YYYY-07-01.  12 % of households move during the period.

The mention model: information passes through CHANNEL -> SYSTEM -> HAND -> EXPORT
-----------------------------------------------------------------------------------
Each person in the benchmark gets 1..20 mentions (50 % once; a geometric tail, heavier for ages 12-25) on
dates in 2024-01..2026-06, each from an organisation that fits the age.  An organisation opens a *dossier*
at its first contact; later mentions by the same organisation re-use that dossier (copy-paste, so errors
persist and the address goes stale after a move) or, less often, re-enter the person.  A dossier is written
through one channel:
  * brp      - a copy from the population register: official given names, registered birth date, current
               address, the BSN as far as the organisation may store it;
  * intake   - what the person or a parent says at a desk or on the phone: roepnaam, foreign names spelled
               by a Dutch ear (Youssef -> Joesef, Szymański -> Sjimanski, Cyrillic -> Dutch transliteration),
               a birth date that may be off by a year or with day and month swapped, the phone number;
  * hearsay  - a resident or youth worker: a nickname or first name, an age guess, a street, rarely a surname.
Then the organisation's system shapes it (each organisation has its own profile, see ORGS): upper-case
surname fields, ASCII-only fields (Öztürk -> Ozturk, Wójcik -> Wojcik), surname fields of 20 characters,
the tussenvoegsel placed after the surname ("Meer, van der", "Meer van der") or dropped, initials only,
naamgebruik (partner's name), house number as an integer (suffix lost) or inside the street field, no
postcode, city as municipality, the parent's phone on a pupil's record, a parent's BSN on a youth-care file.
Then the hand that types it: keyboard slips (QWERTY neighbours), dropped and doubled letters,
transpositions, digit slips in dates, BSNs (which then fail the 11-proef) and phone numbers, swapped
first/last name fields.  Last the export: organisations that hand over Excel sheets get US-date swaps
(day <= 12), BSNs and phones without their leading zero, and now and then a UTF-8/cp1252 mojibake
(Ã¶ for ö).  A few Bulgarian names stay in Cyrillic (written by a Bulgarian-speaking worker from a
Bulgarian document).
Every step that changed a value is recorded in the side data (side["mentions"][id]["noise"]), with the
channel and whether the dossier was copied, so analyse.py can say why a pair was missed or wrongly joined.

Calibration (Knobs defaults, 20,000 persons; bench/linkgen_faker/run.py, pairwise F1):
  seed 1: 48,361 mentions; BSN-only 0.225 (P 1.000 R 0.127), plain Splink 0.831 (P 0.824 R 0.838)
  seed 2: 47,679 mentions; BSN-only 0.226 (P 0.999 R 0.128), plain Splink 0.826 (P 0.814 R 0.838)
The hidden benchmark is described with BSN-only about 0.22 and plain Splink about 0.83.  The knobs moved
to get there: Knobs.bsn 1.0 -> 0.88 (every organisation's BSN rate times 0.88; a BSN on 27 % of mentions),
the resident/youth-work share down to 10 % of mentions (hearsay channel), the other household member's
chance to be in the benchmark 0.18 -> 0.10 (plain Splink's false pairs are mostly parents, children and
siblings at one address), more streets per town (220-420) and 2.4 mentions per person (50 % once).
The project's CLI at the same settings: 0.950 (seed 1) and 0.946 (seed 2), see run.py and analyse.py.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from faker import Faker

from . import names as N

PERIOD_START = dt.date(2024, 1, 1)
PERIOD_END = dt.date(2026, 6, 30)


@dataclass
class Knobs:
    bsn: float = 0.88  # multiplies every organisation's BSN rate
    typo: float = 1.0  # multiplies keyboard-error rates
    ear: float = 1.0  # multiplies by-ear respelling rates
    hearsay: float = 1.0  # multiplies the weight of the resident and youth-work sources
    once: float = 0.5  # share of persons mentioned once
    tail: float = 0.4  # geometric parameter of the tail of the mention count (lower = more mentions)
    household_extra: float = 0.1  # chance that another member of a household is in the benchmark
    copy: float = 1.0  # multiplies the chance that a repeat mention copies the dossier


@dataclass
class Org:
    weight: float
    ages: tuple[int, int]
    bsn: float  # chance that the BSN is written (when the person has one)
    channels: dict  # brp / intake / hearsay shares
    copy: float  # chance that a repeat mention copies the dossier
    typo: float  # keyboard-error chance per typed field
    quirks: dict = field(default_factory=dict)


ORGS: dict[str, Org] = {
    "politie": Org(0.17, (12, 90), 0.50, {"brp": 0.6, "intake": 0.36, "hearsay": 0.04}, 0.55, 0.025,
                   {"upper": 0.3, "plate": 0.3, "phone": 0.45, "fn": {"all": 0.35, "first": 0.35, "roep": 0.3},
                    "null": True}),
    "school": Org(0.14, (4, 19), 0.42, {"brp": 0.75, "intake": 0.25}, 0.9, 0.02,
                  {"school": 0.97, "parent_phone": 0.7, "phone": 0.8, "fn": {"roep": 0.8, "first": 0.2},
                   "excel": 0.35, "no_postcode": 0.3, "parent_bsn": 0.01}),
    "leerplicht": Org(0.08, (5, 23), 0.85, {"brp": 0.95, "intake": 0.05}, 0.85, 0.01,
                      {"school": 0.8, "fn": {"all": 0.6, "first": 0.4}, "phone": 0.3, "ascii": 0.5}),
    "jeugdbescherming": Org(0.07, (0, 18), 0.75, {"brp": 0.85, "intake": 0.15}, 0.8, 0.015,
                            {"parent_bsn": 0.04, "fn": {"all": 0.5, "first": 0.3, "roep": 0.2},
                             "phone": 0.4, "parent_phone": 0.5}),
    "veilig_thuis": Org(0.045, (0, 90), 0.4, {"brp": 0.35, "intake": 0.6, "hearsay": 0.05}, 0.6, 0.03,
                        {"fn": {"roep": 0.7, "first": 0.3}, "phone": 0.5, "null": True}),
    "woningcorporatie": Org(0.10, (18, 90), 0.0, {"intake": 1.0}, 0.9, 0.02,
                            {"initials": 0.5, "married": 0.6, "house_int": 0.5, "phone": 0.8,
                             "prefix_after": 0.5, "trunc": 20, "fn": {"first": 0.6, "roep": 0.4}}),
    "schuldhulp": Org(0.05, (18, 90), 0.7, {"brp": 0.6, "intake": 0.4}, 0.75, 0.02,
                      {"excel": 0.7, "phone": 0.85, "married": 0.3, "fn": {"first": 0.5, "all": 0.2, "roep": 0.3}}),
    "wijkteam": Org(0.07, (0, 90), 0.35, {"brp": 0.3, "intake": 0.65, "hearsay": 0.05}, 0.7, 0.03,
                    {"phone": 0.6, "mojibake": 0.04, "fn": {"roep": 0.7, "first": 0.3}, "street_number": 0.3}),
    "ggd": Org(0.05, (0, 90), 0.75, {"brp": 0.8, "intake": 0.2}, 0.8, 0.015,
               {"fn": {"all": 0.5, "first": 0.5}, "phone": 0.5, "ascii": 0.7, "upper": 0.15}),
    "bewoner": Org(0.045, (8, 85), 0.0, {"hearsay": 1.0}, 0.0, 0.04,
                   {"lower": 0.3, "null": True}),
    "jongerenwerk": Org(0.04, (10, 26), 0.0, {"hearsay": 0.75, "intake": 0.25}, 0.5, 0.04,
                        {"phone": 0.35, "lower": 0.2, "fn": {"roep": 1.0}}),
}

COMMUNITIES = {"nl": 0.53, "ma": 0.14, "tr": 0.11, "sr": 0.11, "pl": 0.07, "bg": 0.04}
# how likely a Dutch ear respells a name of this community (intake channel)
EAR = {"nl": 0.02, "ma": 0.22, "tr": 0.18, "sr": 0.10, "pl": 0.28, "bg": 0.30}

TOWNS = {  # municipality: (postcode base, villages, weight)
    "Amersfoort": (3811, ["Hoogland", "Hooglanderveen"], 0.22),
    "Zaandam": (1501, ["Koog aan de Zaan", "Zaandijk", "Wormerveer"], 0.18),
    "Tilburg": (5011, ["Berkel-Enschot", "Udenhout"], 0.25),
    "Arnhem": (6811, ["Elst", "Velp"], 0.2),
    "Dordrecht": (3311, ["Zwijndrecht"], 0.15),
}

QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
_NEIGH: dict[str, str] = {}
for _r, _row in enumerate(QWERTY):
    for _c, _ch in enumerate(_row):
        _n = [_row[_c - 1] if _c else "", _row[_c + 1] if _c + 1 < len(_row) else ""]
        for _rr in (_r - 1, _r + 1):
            if 0 <= _rr < 3:
                _n += [QWERTY[_rr][k] for k in (_c - 1, _c, _c + 1) if 0 <= k < len(QWERTY[_rr])]
        _NEIGH[_ch] = "".join(_n)
DIGIT_NEIGH = {str(d): s for d, s in enumerate(["9", "24", "135", "24", "356", "46", "57", "68", "79", "80"])}

EAR_RULES = [
    ("ou", "oe"), ("oe", "ou"), ("u", "oe"), ("y", "i"), ("i", "y"), ("j", "y"), ("y", "j"), ("sh", "sj"),
    ("ch", "sj"), ("c", "k"), ("k", "c"), ("ph", "f"), ("ee", "ie"), ("ie", "ee"), ("mm", "m"), ("m", "mm"),
    ("ss", "s"), ("s", "ss"), ("ei", "ij"), ("ij", "ei"), ("au", "ou"), ("w", "v"), ("sz", "sj"), ("cz", "tsj"),
    ("rz", "zj"), ("ah", "a"), ("dj", "j"), ("ou", "u"), ("tt", "t"), ("ll", "l"), ("l", "ll"), ("z", "s"),
    ("e", "a"), ("a", "e"), ("o", "u"),
]
FOLD = str.maketrans({
    "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ç": "c", "Ç": "C", "ö": "o", "Ö": "O", "ü": "u",
    "Ü": "U", "ł": "l", "Ł": "L", "ś": "s", "Ś": "S", "ż": "z", "Ż": "Z", "ź": "z", "Ź": "Z", "ń": "n", "ą": "a",
    "ę": "e", "ó": "o", "ć": "c", "é": "e", "ë": "e", "ï": "i", "è": "e", "â": "a",
})


def _bsn(rng: random.Random, used: set) -> str:
    while True:
        d = [0 if rng.random() < 0.1 else rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum((9 - i) * x for i, x in enumerate(d)) % 11
        if s == 10:
            continue
        v = "".join(map(str, d)) + str(s)
        if v not in used and v != "000000000":
            used.add(v)
            return v


def _weighted_pool(rng: random.Random, head: list, tail: list, head_share: float) -> tuple[list, list]:
    """Zipf weights over a head of common names plus Faker's (shuffled) long tail."""
    tail = [t for t in dict.fromkeys(tail) if t not in head]
    rng.shuffle(tail)
    hw = [1 / (i + 1) ** 1.05 for i in range(len(head))]
    tw = [1 / (i + 3) ** 1.05 for i in range(len(tail))]
    sh, st = sum(hw) or 1, sum(tw) or 1
    return head + tail, [w * head_share / sh for w in hw] + [w * (1 - head_share) / st for w in tw]


def translit(s: str, table: dict) -> str:
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in table:
            t = table[lo]
            out.append(t.capitalize() if ch != lo else t)
        else:
            out.append(ch)
    return "".join(out)


def _pl_female(s: str) -> str:
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("ny", "na")):
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


def _bg_female(s: str) -> str:
    return s + "а" if s.endswith(("ов", "ев", "ин")) else s


class _Names:
    """Weighted name pools per community and sex, built from Faker's locales and names.py."""

    def __init__(self, rng: random.Random, seed: int):
        def fk(loc):
            f = Faker(loc)
            f.seed_instance(seed)
            return f.provider("faker.providers.person")

        nl, tr, pl, bg = fk("nl_NL"), fk("tr_TR"), fk("pl_PL"), fk("bg_BG")
        self.pools = {
            ("nl", "m"): _weighted_pool(rng, [], list(nl.first_names_male), 0),
            ("nl", "f"): _weighted_pool(rng, [], list(nl.first_names_female), 0),
            ("tr", "m"): _weighted_pool(rng, N.TR_MALE_HEAD, list(tr.first_names_male), 0.85),
            ("tr", "f"): _weighted_pool(rng, N.TR_FEMALE_HEAD, list(tr.first_names_female), 0.85),
            ("pl", "m"): _weighted_pool(rng, N.PL_MALE_HEAD, list(pl.first_names_male), 0.6),
            ("pl", "f"): _weighted_pool(rng, N.PL_FEMALE_HEAD, list(pl.first_names_female), 0.6),
            ("bg", "m"): _weighted_pool(rng, N.BG_MALE_HEAD, list(bg.first_names_male), 0.75),
            ("bg", "f"): _weighted_pool(rng, N.BG_FEMALE_HEAD, list(bg.first_names_female), 0.75),
            ("ma", "m"): _weighted_pool(rng, N.MA_MALE, [], 1),
            ("ma", "f"): _weighted_pool(rng, N.MA_FEMALE, [], 1),
            ("sr", "m"): _weighted_pool(rng, N.SR_MALE, [], 1),
            ("sr", "f"): _weighted_pool(rng, N.SR_FEMALE, [], 1),
        }
        nl_head = [p + "|" + c for p, c in N.NL_SURNAME_HEAD]
        nl_tail = []
        for s in nl.last_names:
            parts = s.split(" ")
            pre = " ".join(p for p in parts[:-1])
            nl_tail.append(pre + "|" + parts[-1])
        self.sur = {
            "nl": _weighted_pool(rng, nl_head, nl_tail, 0.3),
            "tr": _weighted_pool(rng, N.TR_SURNAME_EXTRA, list(tr.last_names), 0.5),
            "pl": _weighted_pool(rng, N.PL_SURNAME_HEAD, list(pl.male_last_names) + list(pl.unisex_last_names)[:600], 0.35),
            "bg": _weighted_pool(rng, N.BG_SURNAME_HEAD, list(bg.last_names_male), 0.6),
            "ma": _weighted_pool(rng, N.MA_SURNAMES, [], 1),
            "sr": _weighted_pool(rng, N.SR_SURNAMES, [], 1),
        }

    def first(self, rng, comm, sex):
        names, w = self.pools[(comm, sex)]
        return rng.choices(names, w)[0]

    def surname(self, rng, comm):
        names, w = self.sur[comm]
        s = rng.choices(names, w)[0]
        if comm == "nl":
            pre, core = s.split("|")
            return pre, core
        return "", s


# ----------------------------------------------------------------------------------------------- geography
class _Geo:
    def __init__(self, rng: random.Random, fake: Faker):
        self.rng, self.fake = rng, fake
        self.streets = {}  # town -> list of (name, postcode base, woonplaats, flat?)
        self.weights = {}
        for t, (base, villages, _w) in TOWNS.items():
            n = rng.randint(220, 420)
            names = []
            while len(names) < n:
                s = fake.street_name()
                if s not in names:
                    names.append(s)
            sts = []
            for i, s in enumerate(names):
                pc = base + (i * 7) % 80
                wp = rng.choice(villages) if rng.random() < 0.25 else t
                sts.append((s, pc, wp, rng.random() < 0.25))
            self.streets[t] = sts
            self.weights[t] = [1 / (i + 1) ** 0.5 for i in range(n)]
        self.used = set()
        self.pc_letters = {}

    def address(self, town: str) -> dict:
        rng = self.rng
        while True:
            s, pc, wp, flat = rng.choices(self.streets[town], self.weights[town])[0]
            num = int(rng.paretovariate(1.2) * 3) % 240 + 1
            suffix = ""
            if flat:
                suffix = rng.choice(["-1", "-2", "-3", "A", "B", "-hs", "-II"])
            elif rng.random() < 0.05:
                suffix = rng.choice(["A", "B", "a"])
            key = (town, s, num, suffix)
            if key in self.used:
                continue
            self.used.add(key)
            block = (town, s, num // 20)
            if block not in self.pc_letters:
                self.pc_letters[block] = self.fake.bothify("??", letters="ABCDEGHJKLMNPRSTVWXZ")
            return {"street": s, "number": num, "suffix": suffix, "postcode": f"{pc}{self.pc_letters[block]}",
                    "city": wp, "municipality": town}


# ----------------------------------------------------------------------------------------------- persons
@dataclass
class Person:
    pid: str
    hh: int
    comm: str
    sex: str
    bdate: dt.date
    given: list  # official given names (Latin script, the BRP spelling)
    roep: str
    nick: str
    prefix: str
    core: str
    cyr: dict | None = None  # Bulgarian: Cyrillic given/surname
    married: tuple | None = None  # (prefix, core) of the partner (naamgebruik)
    bsn: str | None = None
    date_unknown: bool = False
    role: str = "adult"
    twin: str | None = None
    junior_of: str | None = None
    parents: list = field(default_factory=list)
    addresses: list = field(default_factory=list)  # [(from date, address dict)]
    phones: list = field(default_factory=list)  # [(from date, number)]
    plate: str | None = None
    school: str | None = None

    def age(self, on: dt.date) -> int:
        return on.year - self.bdate.year - ((on.month, on.day) < (self.bdate.month, self.bdate.day))

    def at(self, lst, on):
        cur = lst[0][1] if lst else None
        for d, v in lst:
            if d <= on:
                cur = v
        return cur


class _World:
    def __init__(self, seed: int, knobs: Knobs):
        self.rng = rng = random.Random(seed)
        self.knobs = knobs
        self.fake = Faker("nl_NL")
        self.fake.seed_instance(seed)
        self.names = _Names(rng, seed)
        self.geo = _Geo(rng, self.fake)
        self.bsns: set = set()
        self.persons: dict[str, Person] = {}
        self.households: dict[int, list[str]] = {}
        self.phones: set = set()

    def mobile(self) -> str:
        while True:
            v = self.fake.numerify("06########")
            if v not in self.phones:
                self.phones.add(v)
                return v

    def _given(self, comm, sex, born):
        rng = self.rng
        if comm == "nl":
            if born.year < 1972:
                tab = N.NL_OLD_MALE if sex == "m" else N.NL_OLD_FEMALE
                off = rng.choice(list(tab))
                given = [off] + ([rng.choice(list(tab))] if rng.random() < 0.6 else [])
                return given, rng.choice(tab[off])
            g = [self.names.first(rng, comm, sex)]
            if rng.random() < 0.5:
                g.append(self.names.first(rng, comm, sex))
            return g, g[0]
        if comm == "ma" and sex == "m" and rng.random() < 0.18:
            g = ["Mohamed", self.names.first(rng, comm, sex)]
            return g, g[1]
        g = [self.names.first(rng, comm, sex)]
        if comm == "tr" and rng.random() < 0.15:
            g.append(self.names.first(rng, comm, sex))
            return g, g[1] if rng.random() < 0.4 else g[0]
        if comm == "pl" and rng.random() < 0.3:
            g.append(self.names.first(rng, comm, sex))
        return g, g[0]

    def _nick(self, roep):
        rng = self.rng
        r = rng.random()
        if r < 0.15:
            return rng.choice(N.STREET_NICKS)
        if r < 0.45 and len(roep) > 4:
            return roep[: rng.choice([3, 4])]
        if r < 0.55 and len(roep) > 3:
            return roep[:3] + rng.choice(["ie", "y", "o"])
        return roep

    def person(self, hh, comm, sex, born, surname, role, father=None):
        rng = self.rng
        pid = f"p{len(self.persons):06d}"
        given, roep = self._given(comm, sex, born)
        junior = None
        if father and sex == "m" and comm in ("nl", "sr") and rng.random() < 0.05:
            given = [father.given[0]] + given[1:]
            roep = father.roep if rng.random() < 0.5 else roep
            junior = father.pid
        p = Person(pid, hh, comm, sex, born, given, roep, "", surname[0], surname[1], role=role, junior_of=junior)
        if comm == "bg":
            cyr_given = given
            cyr_sur = surname[1] if sex == "m" else _bg_female(surname[1])
            if father is not None and father.cyr:
                cyr_given = given + [father.cyr["given"][0] + ("ов" if sex == "m" else "ова")]
            elif rng.random() < 0.5:
                cyr_given = given + [self.names.first(rng, "bg", "m") + ("ов" if sex == "m" else "ова")]
            p.cyr = {"given": cyr_given, "surname": cyr_sur}
            p.given = [translit(g, N.BG_OFFICIAL) for g in cyr_given]
            p.roep = p.given[0]
            p.core = translit(cyr_sur, N.BG_OFFICIAL)
        elif comm == "pl" and sex == "f":
            p.core = _pl_female(p.core)
        p.nick = self._nick(p.roep)
        if comm in ("ma", "tr") and born.year < 1975 and role == "adult" and rng.random() < 0.14:
            p.date_unknown = True
        migrant = role == "migrant"
        if not (migrant and rng.random() < 0.15):
            p.bsn = _bsn(rng, self.bsns)
        self.persons[pid] = p
        self.households.setdefault(hh, []).append(pid)
        return p

    def _birth(self, lo_age, hi_age):
        ref = dt.date(2025, 1, 1)
        days = self.rng.randint(lo_age * 365, hi_age * 365 + 364)
        return ref - dt.timedelta(days=days)

    def household(self, hh: int) -> list[Person]:
        rng = self.rng
        comm = rng.choices(list(COMMUNITIES), list(COMMUNITIES.values()))[0]
        town = rng.choices(list(TOWNS), [v[2] for v in TOWNS.values()])[0]
        addr = self.geo.address(town)
        r = rng.random()
        members: list[Person] = []
        if comm in ("pl", "bg") and r < 0.3:
            for _ in range(rng.randint(3, 6)):
                sex = "m" if rng.random() < 0.7 else "f"
                members.append(self.person(hh, comm, sex, self._birth(20, 55), self.names.surname(rng, comm),
                                           "migrant"))
        else:
            kind = rng.choices(["single", "couple", "family", "single_parent"], [0.22, 0.15, 0.45, 0.18])[0]
            if kind == "single":
                sex = rng.choice("mf")
                members.append(self.person(hh, comm, sex, self._birth(18, 85), self.names.surname(rng, comm),
                                           "adult"))
            else:
                fa_born = self._birth(25 if kind != "couple" else 20, 62 if kind != "couple" else 85)
                sur = self.names.surname(rng, comm)
                father = None
                if kind != "single_parent" or rng.random() < 0.15:
                    father = self.person(hh, comm, "m", fa_born, sur, "father")
                    members.append(father)
                mo_comm = comm if rng.random() > 0.08 else "nl"
                mo_sur = self.names.surname(rng, mo_comm) if kind != "single_parent" or father else sur
                mo_born = fa_born + dt.timedelta(days=rng.randint(-6 * 365, 3 * 365))
                mother = self.person(hh, mo_comm, "f", mo_born, mo_sur, "mother")
                members.append(mother)
                if father is not None:
                    if comm in ("pl", "bg") and mo_comm == comm:
                        mother.core = _pl_female(father.core) if comm == "pl" else father.core + "a"
                        if comm == "bg" and mother.cyr and father.cyr:
                            mother.cyr["surname"] = _bg_female(father.cyr["surname"])
                    elif comm in ("nl", "sr") and rng.random() < 0.35:
                        mother.married = (father.prefix, father.core)
                if kind in ("family", "single_parent"):
                    n = rng.choices([1, 2, 3, 4, 5], [0.3, 0.35, 0.2, 0.1, 0.05])[0]
                    if comm in ("ma", "tr"):
                        n = min(5, n + rng.choice([0, 0, 1]))
                    youngest_mother = max(fa_born, mo_born)
                    kid_sur = sur if father is not None or rng.random() < 0.7 else mo_sur
                    prev = None
                    for _ in range(n):
                        lo = youngest_mother + dt.timedelta(days=19 * 365)
                        hi = min(youngest_mother + dt.timedelta(days=44 * 365), dt.date(2023, 12, 31))
                        if lo >= hi:
                            break
                        if prev is not None and n >= 2 and rng.random() < 0.03:
                            born, twin = prev.bdate, prev
                        else:
                            born = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
                            twin = None
                        sex = rng.choice("mf")
                        kid = self.person(hh, comm, sex, born, kid_sur, "child", father=father)
                        kid.parents = [m.pid for m in members if m.role in ("father", "mother")]
                        if twin is not None:
                            kid.twin, twin.twin = twin.pid, kid.pid
                        members.append(kid)
                        prev = kid
        # addresses, moves, phones, cars, schools
        moved = rng.random() < 0.12
        move_date = PERIOD_START + dt.timedelta(days=rng.randint(30, 850))
        new_addr = self.geo.address(town if rng.random() < 0.8 else rng.choice(list(TOWNS))) if moved else None
        car = self.fake.license_plate_car() if rng.random() < 0.4 else None
        landline = self.fake.phone_number() if rng.random() < 0.2 else None
        primary = None
        for p in members:
            age = p.age(PERIOD_START)
            if p.role == "child" and age >= 19 and rng.random() < 0.4:
                p.addresses = [(dt.date(2000, 1, 1), self.geo.address(town))]  # moved out before the period
            else:
                p.addresses = [(dt.date(2000, 1, 1), addr)] + ([(move_date, new_addr)] if moved else [])
            if age >= 11 and rng.random() < 0.88:
                p.phones = [(dt.date(2000, 1, 1), self.mobile())]
                if rng.random() < 0.12:
                    p.phones.append((PERIOD_START + dt.timedelta(days=rng.randint(30, 850)), self.mobile()))
            elif landline and age >= 18:
                p.phones = [(dt.date(2000, 1, 1), landline)]
            if car and age >= 18 and p.role != "child":
                p.plate = car
            if 4 <= age <= 18:
                if age <= 12:
                    if primary is None or rng.random() < 0.15:
                        primary = f"{rng.choice(['OBS', 'Basisschool', 'CBS', 'IKC'])} {rng.choice(N.SCHOOL_WORDS)}"
                    p.school = primary
                else:
                    fmt = rng.choice(N.SCHOOL_VO)
                    p.school = fmt.format(city=town, word=rng.choice(["Vathorst", "Noord", "Stad", "Rijn"]))
        return members


# ----------------------------------------------------------------------------------------------- writing
def _typo(rng: random.Random, s: str) -> str:
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s))
    ch = s[i]
    op = rng.random()
    if op < 0.35 and ch.lower() in _NEIGH:
        rep = rng.choice(_NEIGH[ch.lower()])
        return s[:i] + (rep.upper() if ch.isupper() else rep) + s[i + 1:]
    if op < 0.55:
        return s[:i] + s[i + 1:]
    if op < 0.75:
        return s[:i] + ch + s[i:]
    if i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i]


def _ear(rng: random.Random, s: str) -> str:
    low = s.lower()
    opts = [(a, b) for a, b in EAR_RULES if a in low[1:]]
    if not opts:
        return s
    a, b = rng.choice(opts)
    idx = [k for k in range(1, len(low)) if low.startswith(a, k)]
    k = rng.choice(idx)
    rep = b
    return s[:k] + rep + s[k + len(a):]


def _digit_slip(rng, s):
    pos = [i for i, c in enumerate(s) if c.isdigit()]
    if not pos:
        return s
    i = rng.choice(pos)
    return s[:i] + rng.choice(DIGIT_NEIGH[s[i]]) + s[i + 1:]


def _mojibake(s: str) -> str:
    try:
        return s.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return s


class _Writer:
    """Writes one mention of a person by an organisation through channel, system, hand and export."""

    def __init__(self, world: _World):
        self.w = world
        self.rng = world.rng
        self.k = world.knobs

    def write(self, p: Person, org_name: str, org: Org, channel: str, on: dt.date, noise: list) -> dict:
        rng, k = self.rng, self.k
        q = org.quirks
        typo = org.typo * k.typo
        rec: dict = {}
        age = p.age(on)
        ear_p = EAR[p.comm] * k.ear * (1.0 if channel == "intake" else 0.6 if channel == "hearsay" else 0.0)
        # --- first name
        script = "latin"
        if p.comm == "bg" and channel == "intake" and rng.random() < 0.03:
            script = "cyr"
            noise.append("cyrillic")
        given, roep, nick = list(p.given), p.roep, p.nick
        core = p.core
        if p.comm == "bg" and p.cyr:
            if script == "cyr":
                given = list(p.cyr["given"])
                roep = given[0]
                core = p.cyr["surname"]
                nick = roep
            elif channel != "brp" and rng.random() < 0.5 * k.ear:
                table = N.BG_DUTCH_EAR if rng.random() < 0.75 else N.BG_GERMAN
                given = [translit(g, table) for g in p.cyr["given"]]
                roep = given[0]
                core = translit(p.cyr["surname"], table)
                if given[0] != p.given[0] or core != p.core:
                    noise.append("translit_variant")
        if channel == "hearsay":
            first = nick if rng.random() < 0.55 else roep
            if first != roep:
                noise.append("nickname")
        else:
            fnq = q.get("fn", {"first": 1.0})
            mode = rng.choices(list(fnq), list(fnq.values()))[0]
            if channel == "intake" and mode == "all" and rng.random() < 0.7:
                mode = "roep"
            if q.get("initials", 0) and rng.random() < q["initials"]:
                mode = "initials"
            if mode == "all":
                first = " ".join(given)
                noise.append("all_given_names") if len(given) > 1 else None
            elif mode == "first":
                first = given[0]
            elif mode == "initials":
                sep = rng.choice([".", ". ", ""])
                first = sep.join(g[0].upper() for g in given) + ("." if sep.strip() else "")
                noise.append("initials")
            else:
                first = roep
            if first != given[0] and mode in ("roep",) and roep != given[0]:
                noise.append("roepnaam")
        if rng.random() < ear_p and script == "latin":
            first2 = _ear(rng, first)
            if first2 != first:
                noise.append("ear:first_name")
                first = first2
        # --- last name
        last = None
        surname_p = {"brp": 1.0, "intake": 0.97, "hearsay": 0.18 if org_name == "bewoner" else 0.35}[channel]
        if rng.random() < surname_p:
            prefix = p.prefix
            if p.married and rng.random() < q.get("married", 0.08):
                form = rng.random()
                if form < 0.5:
                    prefix, core = p.married
                    noise.append("married_name")
                else:
                    own = (p.prefix + " " + core).strip()
                    prefix, core = p.married[0], p.married[1] + "-" + own
                    noise.append("married_double_name")
            if p.comm in ("pl", "bg") and p.sex == "f" and channel != "brp" and rng.random() < 0.1:
                male = core[:-1] if core.endswith("a") and p.comm == "bg" else core
                if p.comm == "pl":
                    male = core.replace("ska", "ski").replace("cka", "cki")
                if male != core:
                    core = male
                    noise.append("male_surname_form")
            if rng.random() < ear_p and script == "latin":
                c2 = _ear(rng, core)
                if c2 != core:
                    core = c2
                    noise.append("ear:last_name")
            if p.comm == "ma" and " " in core and rng.random() < 0.25:
                core = core.replace(" ", rng.choice(["", "-"])) if rng.random() < 0.7 else core.split(" ", 1)[1]
                noise.append("arabic_particle")
            if prefix:
                r = rng.random()
                if r < q.get("prefix_after", 0.08):
                    last = f"{core}, {prefix}" if rng.random() < 0.6 else f"{core} {prefix}"
                    noise.append("prefix_after")
                elif r < q.get("prefix_after", 0.08) + 0.05:
                    last = core
                    noise.append("prefix_dropped")
                elif r < q.get("prefix_after", 0.08) + 0.08 and channel != "brp":
                    last = (prefix.replace(" ", "") + core).capitalize() if rng.random() < 0.5 else (
                        "v." + "".join(x[0] for x in prefix.split()[1:]) + " " + core).replace("v. ", "v ")
                    noise.append("prefix_contracted")
                else:
                    last = f"{prefix} {core}"
            else:
                last = core
            if q.get("trunc") and len(last) > q["trunc"]:
                last = last[: q["trunc"]]
                noise.append("truncated")
        # --- hand: typos in names
        if rng.random() < typo:
            first = _typo(rng, first)
            noise.append("typo:first_name")
        if last and rng.random() < typo:
            last = _typo(rng, last)
            noise.append("typo:last_name")
        # --- system: ascii, case
        if rng.random() < q.get("ascii", 0.1):
            f2, l2 = first.translate(FOLD), last.translate(FOLD) if last else last
            if (f2, l2) != (first, last):
                noise.append("ascii_fold")
            first, last = f2, l2
        if last and rng.random() < q.get("upper", 0.02):
            last = last.upper()
            noise.append("upper")
        if rng.random() < q.get("lower", 0.0):
            first, last = first.lower(), last.lower() if last else last
            noise.append("lower")
        swap_p = {"brp": 0.003, "intake": 0.015, "hearsay": 0.01}[channel]
        if last and rng.random() < swap_p:
            first, last = last, first
            noise.append("swap_names")
        rec["first_name" if channel != "hearsay" or first == roep else "nickname"] = first
        if channel == "hearsay" and "nickname" not in rec and rng.random() < 0.2 and nick != roep:
            rec["nickname"] = nick
        if last:
            rec["last_name"] = last
        # --- gender
        if rng.random() < (0.97 if channel != "hearsay" else 0.8):
            g = p.sex
            if rng.random() < 0.004:
                g = "f" if g == "m" else "m"
                noise.append("wrong_gender")
            rec["gender"] = g
        # --- birth date / age estimate
        if channel == "hearsay":
            sd = 1.3 if age < 20 else 4.0
            est = round(age + rng.gauss(0, sd))
            if age >= 25 and rng.random() < 0.4:
                est = int(round(est / 5.0) * 5)
            rec["age_estimate"] = max(1, est)
        else:
            rec["birth_date"] = self.birth_date(p, org, channel, typo, noise)
        # --- BSN
        if channel != "hearsay" and p.bsn and rng.random() < min(1.0, org.bsn * k.bsn) * (
            1.0 if channel == "brp" else 0.55
        ):
            bsn = p.bsn
            if p.parents and rng.random() < q.get("parent_bsn", 0.0):
                par = self.w.persons[rng.choice(p.parents)]
                if par.bsn:
                    bsn = par.bsn
                    noise.append("parent_bsn")
            if rng.random() < typo * 0.5:
                bsn = _digit_slip(rng, bsn)
                noise.append("typo:bsn")
            r = rng.random()
            if r < 0.04:
                bsn = f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
            elif r < 0.07:
                bsn = f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"
            rec["bsn"] = bsn
        # --- address
        addr = p.at(p.addresses, on)
        if addr is not None:
            self.address(rec, addr, org, channel, noise)
        # --- phone
        if channel != "hearsay" or org_name == "jongerenwerk":
            phone = None
            if age < 16 and rng.random() < q.get("parent_phone", 0.0) and p.parents:
                par = self.w.persons[rng.choice(p.parents)]
                phone = par.at(par.phones, on)
                if phone:
                    noise.append("parent_phone")
            elif rng.random() < q.get("phone", 0.3):
                phone = p.at(p.phones, on)
            if phone:
                if rng.random() < typo * 0.5:
                    phone = _digit_slip(rng, phone)
                    noise.append("typo:phone")
                rec["phone"] = self.phone_fmt(phone)
        if p.plate and rng.random() < q.get("plate", 0.0):
            pl = p.plate if rng.random() < 0.5 else p.plate.replace("-", "")
            rec["license_plate"] = pl
        if p.school and rng.random() < q.get("school", 0.05 if channel == "hearsay" else 0.1):
            s = p.school
            r = rng.random()
            if r < 0.3:
                s = s.split(" ", 1)[1] if s.split(" ", 1)[0] in ("OBS", "Basisschool", "CBS", "IKC") else s
                noise.append("school_short")
            elif r < 0.4:
                s = s.lower()
            rec["school"] = s
        if rng.random() < q.get("mojibake", 0.0):
            for f_ in ("first_name", "last_name", "street"):
                if f_ in rec and isinstance(rec[f_], str) and any(ord(c) > 127 for c in rec[f_]):
                    rec[f_] = _mojibake(rec[f_])
                    noise.append("mojibake")
        return rec

    def birth_date(self, p, org, channel, typo, noise):
        rng = self.rng
        d = p.bdate
        if p.date_unknown:
            d = dt.date(d.year, 7, 1) if rng.random() < 0.3 else dt.date(d.year, 1, 1)
            noise.append("unknown_date_convention")
        if channel == "intake":
            r = rng.random()
            if r < 0.02:
                d = d.replace(year=d.year + rng.choice([-1, 1])) if not (d.month == 2 and d.day == 29) else d
                noise.append("date:year_off")
            elif r < 0.035 and d.day <= 12:
                d = dt.date(d.year, d.day, d.month)
                noise.append("date:said_swapped")
        s = d.isoformat()
        if rng.random() < typo * 0.7:
            s2 = s[:2] + _digit_slip(rng, s[2:])  # the century is never mistyped
            try:
                dt.date.fromisoformat(s2)
                s = s2
                noise.append("typo:birth_date")
            except ValueError:
                pass
        return s

    def address(self, rec, addr, org, channel, noise):
        rng = self.rng
        q = org.quirks
        street = addr["street"]
        if rng.random() < 0.04:
            street = street.replace("straat", "str.").replace("laan", "ln")
            noise.append("street_abbrev") if street != addr["street"] else None
        if channel != "brp" and rng.random() < org.typo * self.k.typo * 0.6:
            street = _typo(rng, street)
            noise.append("typo:street")
        if channel == "hearsay":
            rec["street"] = street
            if rng.random() < 0.15:
                rec["house_number"] = str(addr["number"])
            if rng.random() < 0.7:
                rec["city"] = addr["city"] if rng.random() < 0.5 else addr["municipality"]
            return
        num, suf = addr["number"], addr["suffix"]
        if rng.random() < q.get("street_number", 0.03):
            rec["street"] = f"{street} {num}{suf}"
            noise.append("number_in_street")
        else:
            rec["street"] = street
            if rng.random() < q.get("house_int", 0.05):
                rec["house_number"] = num
                if suf:
                    noise.append("suffix_lost")
            else:
                fmts = [suf, suf.replace("-", " "), suf.replace("-", "").lower()] if suf else [""]
                rec["house_number"] = f"{num}{rng.choice(fmts)}"
        if rng.random() > q.get("no_postcode", 0.08):
            pc = addr["postcode"]
            r = rng.random()
            if r < 0.25:
                pc = pc[:4] + " " + pc[4:]
            elif r < 0.3:
                pc = pc.lower()
            rec["postcode"] = pc
        if rng.random() < 0.9:
            city = addr["city"]
            if city != addr["municipality"] and rng.random() < 0.4:
                city = addr["municipality"]
                noise.append("municipality_for_city")
            rec["city"] = city.upper() if rng.random() < q.get("upper", 0.02) else city

    def phone_fmt(self, ph):
        rng = self.rng
        if not ph.startswith("06"):
            return ph
        r = rng.random()
        if r < 0.45:
            return ph
        if r < 0.7:
            return ph[:2] + "-" + ph[2:]
        if r < 0.8:
            return ph[:2] + " " + ph[2:]
        if r < 0.9:
            return "+31" + ph[1:]
        return "+31 6 " + ph[2:]


def _excel(rng, rec, noise):
    """An Excel round trip of one row: US date interpretation, leading zeros lost."""
    bd = rec.get("birth_date")
    if bd and int(bd[8:10]) <= 12 and rng.random() < 0.25:
        rec["birth_date"] = f"{bd[:4]}-{bd[8:10]}-{bd[5:7]}"
        if rec["birth_date"] != bd:
            noise.append("excel:date_swap")
    b = rec.get("bsn")
    if isinstance(b, str) and b.startswith("0") and b.isdigit() and rng.random() < 0.6:
        rec["bsn"] = b[1:]
        noise.append("excel:bsn_zero")
    ph = rec.get("phone")
    if isinstance(ph, str) and ph.startswith("06") and ph.isdigit() and rng.random() < 0.5:
        rec["phone"] = ph[1:]
        noise.append("excel:phone_zero")


def _mention_count(rng, k: Knobs, age: int) -> int:
    if rng.random() < k.once * (0.8 if 12 <= age <= 25 else 1.0):
        return 1
    tail = k.tail * (0.8 if 12 <= age <= 25 else 1.0)
    n = 2
    while n < 20 and rng.random() > tail:
        n += 1
    return n


def generate_detailed(n_persons: int, seed: int, knobs: Knobs | None = None):
    knobs = knobs or Knobs()
    w = _World(seed, knobs)
    rng = w.rng
    writer = _Writer(w)
    chosen: list[Person] = []
    hh = 0
    while len(chosen) < n_persons:
        members = w.household(hh)
        hh += 1
        ages = [m.age(PERIOD_START) for m in members]
        wts = [4.0 if 12 <= a <= 25 else 1.5 if a < 12 else 1.0 for a in ages]
        focal = rng.choices(range(len(members)), wts)[0]
        for i, m in enumerate(members):
            if (i == focal or rng.random() < knobs.household_extra) and len(chosen) < n_persons:
                chosen.append(m)
    records, truth, side_m = [], {}, {}
    span = (PERIOD_END - PERIOD_START).days
    for p in chosen:
        k = _mention_count(rng, knobs, p.age(PERIOD_START))
        dates = sorted(PERIOD_START + dt.timedelta(days=rng.randint(0, span)) for _ in range(k))
        dossiers: dict[str, tuple] = {}
        seen_orgs: list[str] = []
        for on in dates:
            age = p.age(on)
            fit = [o for o, v in ORGS.items() if v.ages[0] <= age <= v.ages[1]] or ["wijkteam"]
            if seen_orgs and rng.random() < 0.45:
                org_name = rng.choice([o for o in seen_orgs if o in fit] or fit)
            else:
                wts = [ORGS[o].weight * (knobs.hearsay if o in ("bewoner", "jongerenwerk") else 1) for o in fit]
                org_name = rng.choices(fit, wts)[0]
            org = ORGS[org_name]
            seen_orgs.append(org_name)
            noise: list[str] = []
            copied = False
            if org_name in dossiers and rng.random() < org.copy * knobs.copy:
                rec0, noise0, ch, d0 = dossiers[org_name]
                rec = dict(rec0)
                noise = [n for n in noise0 if not n.startswith("excel")] + ["dossier_copy"]
                copied = True
                if p.at(p.addresses, on) is not p.at(p.addresses, d0):
                    if rng.random() < 0.5:
                        noise.append("stale_address")
                    else:
                        for f_ in ("street", "house_number", "postcode", "city"):
                            rec.pop(f_, None)
                        writer.address(rec, p.at(p.addresses, on), org, ch, noise)
                        noise.append("address_updated")
            else:
                ch = rng.choices(list(org.channels), list(org.channels.values()))[0]
                rec = writer.write(p, org_name, org, ch, on, noise)
                dossiers[org_name] = (dict(rec), list(noise), ch, on)
            if rng.random() < org.quirks.get("excel", 0.0):
                _excel(rng, rec, noise)
            if org.quirks.get("null"):
                for f_ in ("bsn", "birth_date", "phone", "postcode"):
                    rec.setdefault(f_, None)
            records.append((rec, p, org_name, ch, noise, copied, on))
    rng.shuffle(records)
    out = []
    for i, (rec, p, org_name, ch, noise, copied, on) in enumerate(records):
        mid = f"m{i:06d}"
        r = {"id": mid, "source": org_name}
        r.update(rec)
        out.append(r)
        truth[mid] = p.pid
        side_m[mid] = {"pid": p.pid, "source": org_name, "channel": ch, "noise": noise, "copied": copied,
                       "date": on.isoformat()}
    persons = {}
    for p in chosen:
        persons[p.pid] = {
            "community": p.comm, "sex": p.sex, "bdate": p.bdate.isoformat(), "household": p.hh, "role": p.role,
            "twin": p.twin, "junior_of": p.junior_of, "parents": p.parents, "given": p.given, "roep": p.roep,
            "nick": p.nick, "surname": (p.prefix + " " + p.core).strip(), "has_bsn": bool(p.bsn),
            "moved": len(p.addresses) > 1, "town": p.addresses[0][1]["municipality"],
            "date_unknown": p.date_unknown,
        }
    return out, truth, {"mentions": side_m, "persons": persons}


def generate(n_persons: int, seed: int) -> tuple[list[dict], dict[str, str]]:
    records, truth, _ = generate_detailed(n_persons, seed)
    return records, truth
