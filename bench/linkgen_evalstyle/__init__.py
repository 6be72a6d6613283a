"""Eval-style mention generator: synthetic Dutch persons and the reports that mention them.

Written from the input specification alone, as an outside evaluator would (no knowledge of the linker).
Deterministic per seed (``random.Random(seed)``), reference date 2026-06-30, no network, no Faker.

Persons and households
  * Households are drawn until ``n_persons`` is reached: families (about 2/3 of persons; two parents or a
    single mother, children aged 8-23, occasional twins, occasionally a son named after his father), shared
    labour-migrant houses (Polish/Bulgarian adults, 2-6 per address, some couples/brothers sharing a
    surname) and single persons (mostly young; Dutch, Moroccan, Turkish, Surinamese/Antillean, Polish,
    Bulgarian). Surnames: half from a common list with Zipf-like weights (namesakes in other towns), half
    from a long tail built from name parts (``common_surname``). First names Zipf-weighted per community.
  * Not every household member is reported: one child of 12-25 per family is the subject (a second one
    in 8 % of families), a fifth of the migrants and every single person are "focus" persons; the other
    members appear with probability ``coverage``; a twin of a reported twin and the father of a reported
    junior appear with probability 0.7 (the hard negatives at one address).
  * Twins share birth date, address, surname and usually phone of a parent; 40 % of twin pairs get names
    with the same initial. Junior: son gets father's first name (Dutch 8 %, others 4 % of families).
  * Dutch persons with a known informal form often go by it (Hendrik -> roepnaam Henk); most young or
    "focus" persons have a street nickname: an informal form from the table, a clipped form of the first
    name, or an unrelated alias (Flash, Kiki). Married Dutch mothers may be written with the husband's name
    ("Jansen-de Vries" or "Jansen") by schools, housing corporations and neighbours.
  * Movers: a share of households (and some young adults alone) move on a date in 2023-2026; reports after
    the move use the new address except that slow sources (schools, police, neighbours) lag sometimes.
  * Phones: most persons over 12 have a mobile; drug-runner age youths sometimes have a second (burner)
    phone; children under 14 are written with a parent's phone; migrants often have a +48/+359 number.
    Cars: some adults; the household car's plate is also reported for the partner.
  * BSN: every resident has a valid (11-proef) BSN; migrants 70 %.

Mentions
  * Focus persons (aged 12-25, singles, migrants) get 1 + geometric extra mentions (mean
    ``mentions_focus``); parents and young children fewer (mean ``mentions_other``). Each mention has a date
    in 2023-01-01..2026-06-30 (not emitted) that decides address and age.
  * Sources and their habits (fill rate of every field is scaled by ``missing``, BSN by ``bsn_scale``):
    gemeente (BSN, official name, sometimes all given names, "Meer, van der" now and then, "1234 AB"),
    politie (partly upper-case, alias in nickname, plates, age estimate when no birth date),
    school (roepnaam, "Meer, van der", school name variants, parent's phone, BSN as int sometimes),
    jeugdzorg (BSN with dots sometimes, nickname), zorg (GGD/huisarts, BSN, "Meer van der"),
    woningcorporatie (no BSN, initials, "vd Meer", int house numbers, missing fields as JSON null),
    arbeidsinspectie (migrants; diacritics stripped, given/family swapped sometimes, day/month swaps),
    buurtbewoner (resident: nickname, age guess, street without or with number inside the street field,
    misread plates, no BSN). Which sources report depends on the person (youth, young adult, migrant,
    adult; see ``MIX``); residents write about 5 % of the reports.
  * Noise: typos (keyboard neighbour, drop, double, swap, Dutch phonetic ij/y, ou/oe, ch/g, c/k, dt/t)
    at ``typo`` times a per-source factor; spelling variants of names; diacritics stripping; Polish and
    Bulgarian gendered surnames in the wrong gender; date errors (day/month swap, digit, year, 1 January);
    BSN typos (fail the 11-proef), a parent's BSN on a child's record, BSN as int (leading zero lost);
    formatting of phones, postcodes, house-number suffixes, plates, BSN, city names by ``format_noise``.
  * Defaults are calibrated so that at 20,000 persons BSN-only scores about 0.22 pairwise F1 and plain
    Splink about 0.84 (seeds 1 and 2); about 51,000 mentions.

Side data: ``side["mentions"][id] = {"person", "source", "noise": [step, ...]}``, ``side["persons"][pid]``
= true values, ``side["knobs"]``.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import asdict, dataclass

from . import names as N

REF = dt.date(2026, 6, 30)
START = dt.date(2023, 1, 1)


@dataclass
class Knobs:
    mentions_focus: float = 2.9
    mentions_other: float = 1.5
    bsn_scale: float = 0.72
    missing: float = 0.7
    typo: float = 0.05
    format_noise: float = 0.5
    mover: float = 0.12
    date_error: float = 0.03
    nickname_share: float = 0.7
    twins: float = 0.04
    junior: float = 0.08
    wrong_bsn: float = 0.006
    bsn_typo: float = 0.02
    variant: float = 0.12
    coverage: float = 0.06
    common_surname: float = 0.5


# field fill rates per source: bsn first nick last dob age gender street hn pc city phone plate school
_F = "bsn first nick last dob age gender street hn pc city phone plate school".split()
SOURCES = {
    "gemeente": (0.92, 1, 0, 1, 0.98, 0, 0.95, 0.96, 0.96, 0.92, 0.96, 0.25, 0, 0),
    "politie": (0.55, 0.92, 0.25, 0.95, 0.8, 0.6, 0.92, 0.75, 0.7, 0.45, 0.85, 0.5, 0.5, 0.05),
    "school": (0.3, 1, 0.05, 1, 0.95, 0, 0.85, 0.8, 0.8, 0.75, 0.85, 0.65, 0, 1),
    "jeugdzorg": (0.65, 0.97, 0.2, 0.95, 0.9, 0.5, 0.85, 0.65, 0.6, 0.5, 0.8, 0.5, 0, 0.35),
    "zorg": (0.85, 0.9, 0, 1, 0.95, 0, 0.95, 0.8, 0.8, 0.8, 0.85, 0.55, 0, 0),
    "woningcorporatie": (0, 0.65, 0, 1, 0.35, 0, 0.4, 1, 1, 0.95, 0.95, 0.6, 0, 0),
    "arbeidsinspectie": (0.45, 0.95, 0.05, 0.95, 0.75, 0.6, 0.6, 0.8, 0.75, 0.5, 0.85, 0.6, 0.15, 0),
    "buurtbewoner": (0, 0.2, 0.85, 0.12, 0, 1, 0.9, 0.9, 0.3, 0.05, 0.75, 0.05, 0.2, 0.05),
}
# per source: id prefix, typo factor, probability of stripping diacritics, lag in updating an address
# fmt: off
HABITS = {
    "gemeente": ("gem", 0.3, 0.3, 0.0), "politie": ("pol", 1.0, 0.6, 0.2), "school": ("sch", 0.8, 0.4, 0.3),
    "jeugdzorg": ("jz", 1.0, 0.5, 0.15), "zorg": ("ggd", 0.6, 0.4, 0.1),
    "woningcorporatie": ("woco", 0.8, 0.7, 0.0), "arbeidsinspectie": ("ai", 1.5, 0.8, 0.0),
    "buurtbewoner": ("melding", 2.0, 0.9, 0.3),
}
PREFIX = {s: h[0] for s, h in HABITS.items()}
TYPO_FACTOR = {s: h[1] for s, h in HABITS.items()}
STRIP_DIACRITICS = {s: h[2] for s, h in HABITS.items()}
ADDRESS_LAG = {s: h[3] for s, h in HABITS.items()}
# which sources report on which kind of person (weights)
MIX = {
    "youth": {"school": 22, "politie": 20, "jeugdzorg": 20, "gemeente": 12, "buurtbewoner": 5, "zorg": 8},
    "young": {
        "politie": 25, "gemeente": 15, "buurtbewoner": 6, "zorg": 12, "jeugdzorg": 8,
        "woningcorporatie": 8, "school": 5, "arbeidsinspectie": 7,
    },
    "migrant": {
        "arbeidsinspectie": 30, "politie": 15, "gemeente": 12, "woningcorporatie": 13, "buurtbewoner": 6,
        "zorg": 10,
    },
    "adult": {
        "gemeente": 20, "politie": 20, "woningcorporatie": 20, "buurtbewoner": 5, "zorg": 20, "jeugdzorg": 5,
    },
}
# last-name styles per source (the first is the source's usual way)
LAST_STYLE = {
    "gemeente": {"natural": 85, "sorted": 15}, "politie": {"natural": 50, "upper": 25, "sorted": 15, "cap": 10},
    "school": {"sorted": 45, "natural": 40, "abbr": 15}, "jeugdzorg": {"natural": 70, "cap": 15, "abbr": 15},
    "zorg": {"natural": 60, "sorted_nc": 25, "upper": 15}, "arbeidsinspectie": {"natural": 60, "upper": 40},
    "woningcorporatie": {"abbr": 35, "sorted": 35, "natural": 30},
    "buurtbewoner": {"natural": 45, "cap": 25, "drop": 15, "lower": 15},
}
# fmt: on


def _zipf(rng: random.Random, items, s: float = 1.0):
    weights = [1.0 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights)[0]


def _pick(rng: random.Random, styles: dict[str, float], fmt: float = 1.0) -> str:
    """Pick a style; every style but the first (canonical) one is scaled by ``fmt``."""
    keys = list(styles)
    w = [styles[k] * (1.0 if i == 0 else fmt) for i, k in enumerate(keys)]
    return rng.choices(keys, w)[0]


def strip_diacritics(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def bsn_ok(b: str) -> bool:
    b = b.zfill(9)
    if len(b) != 9 or not b.isdigit() or b == "000000000":
        return False
    return (sum(int(c) * w for c, w in zip(b, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=True))) % 11 == 0


_KEYS = "qwertyuiop asdfghjkl zxcvbnm".split()
_NEIGH = {}
for _row in _KEYS:
    for _i, _c in enumerate(_row):
        _NEIGH[_c] = (_row[_i - 1] if _i else "") + (_row[_i + 1] if _i + 1 < len(_row) else "")
_PHON = [("ij", "y"), ("y", "ij"), ("ou", "oe"), ("oe", "ou"), ("ch", "g"), ("c", "k"), ("k", "c"),
         ("dt", "t"), ("ei", "ij"), ("ph", "f"), ("ss", "s"), ("ee", "e"), ("aa", "a"), ("ie", "i")]  # fmt: skip


def typo(rng: random.Random, s: str) -> tuple[str, str]:
    if len(s) < 3:
        return s, "none"
    if rng.random() < 0.25:
        opts = [(a, b) for a, b in _PHON if a in s.lower()]
        if opts:
            a, b = rng.choice(opts)
            i = s.lower().index(a)
            rep = b if s[i].islower() else b.capitalize()
            return s[:i] + rep + s[i + len(a) :], "typo_phonetic"
    i = rng.randrange(1, len(s))
    op = rng.choice(["sub", "del", "dup", "swap"])
    if op == "sub" and s[i].lower() in _NEIGH:
        c = rng.choice(_NEIGH[s[i].lower()])
        return s[:i] + c + s[i + 1 :], "typo_sub"
    if op == "del":
        return s[:i] + s[i + 1 :], "typo_del"
    if op == "swap" and i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :], "typo_swap"
    return s[:i] + s[i] + s[i:], "typo_dup"


# ----------------------------------------------------------------------------------------------------------
# world: towns, streets, schools
# ----------------------------------------------------------------------------------------------------------


class World:
    def __init__(self, rng: random.Random):
        self.towns = []
        heads = list(N.STREET_HEADS)
        person = [tuple(x.split("|")) for x in N.PERSON_STREETS.split(";")]
        letters = "ABCDEFGHJKLMNPRSTVWXZ"
        for name, weight, pc, alts in N.TOWNS:
            streets = []
            used = set()
            for _ in range(20 + 12 * weight):
                if rng.random() < 0.12:
                    full, short = rng.choice(person)
                    tail = rng.choice(N.STREET_TAILS)
                    st = (f"{full}{tail}", f"{short}{tail}")
                else:
                    st = (rng.choice(heads) + rng.choice(N.STREET_TAILS), None)
                if st[0] in used:
                    continue
                used.add(st[0])
                streets.append(
                    {"name": st[0], "alt": st[1], "pc4": pc + rng.randrange(0, 90), "let": rng.randrange(400)}
                )
            self.towns.append({"name": name, "weight": weight, "alts": alts, "streets": streets})
        self.letters = letters
        self.schools = [x.split("|") for x in N.SCHOOLS.split(";")]

    def address(self, rng: random.Random, town=None) -> dict:
        t = town or rng.choices(self.towns, [t["weight"] for t in self.towns])[0]
        st = _zipf(rng, t["streets"], 0.3)
        hn = int(rng.triangular(1, 220, 6))
        r = rng.random()
        suffix = "" if r < 0.86 else rng.choice(["a", "a", "b", "b", "c", "bis", "hs", "1", "2"])
        idx = (st["let"] + hn // 24) % (len(self.letters) ** 2)
        pc = f"{st['pc4']}{self.letters[idx // len(self.letters)]}{self.letters[idx % len(self.letters)]}"
        return {"town": t["name"], "street": st["name"], "street_alt": st["alt"], "hn": hn, "suffix": suffix,
                "postcode": pc, "town_alts": t["alts"]}  # fmt: skip


# ----------------------------------------------------------------------------------------------------------
# persons
# ----------------------------------------------------------------------------------------------------------


def _bsn(rng: random.Random, used: set) -> str:
    while True:
        b = str(rng.randrange(10_000_000, 999_999_999)).zfill(9)
        if bsn_ok(b) and b not in used:
            used.add(b)
            return b


def _phone(rng: random.Random, foreign: str | None = None) -> str:
    if foreign == "polish":
        return "+48" + str(rng.choice([5, 6, 7, 8])) + "".join(rng.choice("0123456789") for _ in range(8))
    if foreign == "bulgarian":
        return "+3598" + rng.choice("789") + "".join(rng.choice("0123456789") for _ in range(7))
    return "06" + str(rng.randint(1, 5)) + "".join(rng.choice("0123456789") for _ in range(7))


def _plate(rng: random.Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    l = lambda n: "".join(rng.choice(L) for _ in range(n))  # noqa: E731, E741
    return rng.choice([f"{l(2)}-{d(3)}-{l(1)}", f"{d(2)}-{l(3)}-{d(1)}", f"{l(1)}-{d(3)}-{l(2)}",
                       f"{d(1)}-{l(3)}-{d(2)}", f"{l(3)}-{d(2)}-{l(1)}", f"{l(2)}-{d(2)}-{l(2)}"])  # fmt: skip


def _fem(core: str, community: str) -> str:
    if community == "polish":
        for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if core.endswith(m):
                return core[: -len(m)] + f
    if community == "bulgarian" and (core.endswith("ov") or core.endswith("ev")):
        return core + "a"
    return core


class Gen:
    def __init__(self, seed: int, knobs: Knobs):
        self.rng = random.Random(seed)
        self.k = knobs
        self.world = World(self.rng)
        self.used_bsn: set[str] = set()
        self.persons: list[dict] = []
        self.tail = {}
        for com, (heads, tails) in N.TAIL_PARTS.items():
            pool = set()
            for h in heads.split():
                for t in tails.split():
                    if h.lower() != t and (com == "bulgarian" or self.rng.random() < 0.5):
                        core = h + (t[1:] if h[-1] == t[0] else t)
                        pre = ""
                        if com == "dutch" and self.rng.random() < 0.25:
                            pre = self.rng.choice(["van", "van de", "de", "van der", "ter", "van den"])
                        elif com == "moroccan" and self.rng.random() < 0.3:
                            pre = self.rng.choice(["El", "El", "El", "Ben", "Ait"])
                        pool.add((pre, core.capitalize() if com != "turkish" else core[0] + core[1:].lower()))
            self.tail[com] = sorted(pool)

    def surname(self, community: str) -> tuple[str, str]:
        """A common surname (Zipf over the list) or one from the community's long tail."""
        if self.rng.random() < self.k.common_surname:
            return _zipf(self.rng, N.SURNAMES[community], 0.9)
        return self.rng.choice(self.tail[community])

    def dob(self, age: float) -> dt.date:
        return REF - dt.timedelta(days=int(age * 365.25) + self.rng.randrange(365))

    def person(self, community, gender, age, hh, role, surname=None, first=None, dob=None) -> dict:
        rng = self.rng
        if surname is None:
            surname = self.surname(community)
        prefix, core = surname
        if gender == "f":
            core = _fem(core, community)
        first = first or _zipf(rng, N.FIRST[(community, gender)], 0.8)
        middle = []
        if community == "dutch" and rng.random() < 0.5:
            middle = [rng.choice(N.FIRST[("dutch", gender)])]
        roep = first
        if community == "dutch" and first in N.NICK and age > 30 and rng.random() < 0.35:
            roep = N.NICK[first][0]
        nick = None
        focus = (
            role == "single"
            or (role == "child" and 12 <= age <= 25 and rng.random() < 0.7)
            or (role == "migrant" and rng.random() < 0.2)
        )
        if (focus and rng.random() < self.k.nickname_share) or rng.random() < 0.1:
            r = rng.random()
            if first in N.NICK and r < 0.6:
                nick = _zipf(rng, N.NICK[first], 1.2)
            elif r < 0.8 and len(first) > 4:
                nick = first[: rng.choice([3, 4])] + rng.choice(["", "", "y", "o", "ie"])
            else:
                nick = rng.choice(N.ALIASES)
        bsn = (
            _bsn(rng, self.used_bsn)
            if community not in ("polish", "bulgarian") or rng.random() < 0.7
            else None
        )
        p = dict(pid="", community=community, gender=gender, first=first, middle=middle, roepnaam=roep,
                 nickname=nick, prefix=prefix, core=core, surname=surname, dob=dob or self.dob(age), bsn=bsn,
                 phones=[], plate=None, school=None, household=hh, role=role, husband_core=None, addresses=[],
                 focus=focus)  # fmt: skip
        if p["bsn"] is None and community in ("polish", "bulgarian") and role != "migrant":
            p["bsn"] = _bsn(rng, self.used_bsn)
        return p

    def age(self, p) -> float:
        return (REF - p["dob"]).days / 365.25

    def households(self, n: int) -> None:
        rng, k = self.rng, self.k
        hh = 0
        while len(self.persons) < n:
            hh += 1
            r = rng.random()
            members: list[dict] = []
            if r < 0.45:
                com = rng.choices(N.COMMUNITIES, [42, 22, 16, 16, 3, 1])[0]
                fa = rng.uniform(36, 58)
                single_mother = rng.random() < 0.22
                sur = self.surname(com)
                father = None
                if not single_mother:
                    father = self.person(com, "m", fa, hh, "parent", surname=sur)
                    members.append(father)
                mother = self.person(com, "f", fa + rng.uniform(-6, 3), hh, "parent")
                if father and com == "dutch" and rng.random() < 0.6:
                    mother["husband_core"] = (father["prefix"], father["core"])
                members.append(mother)
                kid_sur = sur if father else (mother["prefix"], mother["core"])
                if not father and com in ("polish", "bulgarian"):
                    kid_sur = self.surname(com)
                nkids = rng.choices([1, 2, 3, 4, 5], [25, 35, 22, 12, 6])[0]
                max_age = min(23.0, self.age(mother) - 17)
                for i in range(nkids):
                    g = rng.choice("mf")
                    ka = rng.uniform(8, max(8.5, max_age))
                    first = None
                    if (
                        i == 0
                        and father
                        and g == "m"
                        and rng.random() < k.junior * (1 if com == "dutch" else 0.5)
                    ):
                        first = father["first"]
                    kid = self.person(com, g, ka, hh, "child", surname=kid_sur, first=first)
                    kid["junior"] = first is not None
                    members.append(kid)
                    if rng.random() < k.twins:
                        g2 = g if rng.random() < 0.65 else ("f" if g == "m" else "m")
                        f2 = None
                        if rng.random() < 0.4:
                            same = [
                                x for x in N.FIRST[(com, g2)] if x[0] == kid["first"][0] and x != kid["first"]
                            ]
                            f2 = rng.choice(same) if same else None
                        twin = self.person(
                            com, g2, ka, hh, "child", surname=kid_sur, first=f2, dob=kid["dob"]
                        )
                        kid["twin"] = twin["twin"] = True
                        members.append(twin)
            elif r < 0.52:
                size = rng.randint(2, 6)
                base = rng.choice(["polish", "bulgarian"])
                for _ in range(size):
                    com = base if rng.random() < 0.75 else rng.choice(["polish", "bulgarian"])
                    last = members[-1] if members else None
                    sur = (
                        last["surname"] if last and last["community"] == com and rng.random() < 0.2 else None
                    )
                    g = rng.choices("mf", [70, 30])[0]
                    members.append(self.person(com, g, rng.uniform(19, 55), hh, "migrant", surname=sur))
            else:
                com = rng.choices(N.COMMUNITIES, [50, 12, 8, 12, 10, 8])[0]
                age = rng.choice([rng.uniform(16, 26), rng.uniform(16, 26), rng.uniform(26, 70)])
                members.append(self.person(com, rng.choice("mf"), age, hh, "single"))
            self.equip(members)
            for p in self.reported(members):
                p["pid"] = f"P{len(self.persons):06d}"
                self.persons.append(p)
        del self.persons[n:]

    def reported(self, members: list[dict]) -> list[dict]:
        """Which household members appear in reports: focus persons always, the rest by ``coverage``;
        a twin or the father of a junior follows more often (the hard negatives)."""
        rng, cov = self.rng, self.k.coverage
        kids = [p for p in members if p["role"] == "child" and p["focus"]]
        for p in kids[1:]:
            p["focus"] = rng.random() < 0.08  # usually one child of a family is the subject of the reports
        keep = [p for p in members if p["focus"] or rng.random() < cov]
        if not keep:
            keep = [rng.choice(members)]
        for p in members:
            if p in keep:
                continue
            if p.get("twin") and any(q.get("twin") for q in keep) and rng.random() < 0.7:
                keep.append(p)
            if (
                p["role"] == "parent"
                and p["gender"] == "m"
                and any(q.get("junior") for q in keep)
                and rng.random() < 0.7
            ):
                keep.append(p)
        return keep

    def equip(self, members: list[dict]) -> None:
        rng, k = self.rng, self.k
        addr = self.world.address(rng)
        moved = None
        if rng.random() < k.mover:
            moved = (self.world.address(rng, None if rng.random() < 0.3 else self._town(addr)), self._date())
        school = rng.choice(self.world.schools)
        car = _plate(rng) if rng.random() < 0.35 else None
        for p in members:
            p["addresses"] = [(addr, START)] + ([(moved[0], moved[1])] if moved else [])
            a = self.age(p)
            if (
                p["role"] in ("child", "single")
                and 18 <= a <= 26
                and not moved
                and rng.random() < k.mover * 0.5
            ):
                p["addresses"].append((self.world.address(rng, self._town(addr)), self._date()))
            foreign = p["community"] if p["role"] == "migrant" and rng.random() < 0.45 else None
            if a >= 12 and rng.random() < 0.9:
                p["phones"].append(_phone(rng, foreign))
                if 13 <= a <= 25 and p["focus"] and rng.random() < 0.25:
                    p["phones"].append(_phone(rng))
            if a < 20:
                p["school"] = school if rng.random() < 0.6 else rng.choice(self.world.schools)
            if a >= 21 and p["role"] in ("parent", "single", "migrant"):
                if car and p["role"] == "parent":
                    p["plate"] = car
                elif rng.random() < 0.2:
                    p["plate"] = _plate(rng)
        parents = [p for p in members if p["role"] == "parent"]
        for p in members:
            p["parent_phone"] = None
            p["parent_bsn"] = None
            if p["role"] == "child" and parents:
                par = parents[-1] if rng.random() < 0.65 else parents[0]
                p["parent_phone"] = par["phones"][0] if par["phones"] else None
                p["parent_bsn"] = par["bsn"]

    def _town(self, addr):
        return next(t for t in self.world.towns if t["name"] == addr["town"])

    def _date(self) -> dt.date:
        return START + dt.timedelta(days=self.rng.randrange((REF - START).days))

    # ------------------------------------------------------------------------------------------------------
    # mentions
    # ------------------------------------------------------------------------------------------------------

    def kind(self, p) -> str:
        if p["role"] == "migrant":
            return "migrant"
        a = self.age(p)
        return "youth" if a < 18 else "young" if a < 26 else "adult"

    def n_mentions(self, p) -> int:
        m = self.k.mentions_focus if p["focus"] else self.k.mentions_other
        q = 1 - 1 / max(m, 1.0)
        n = 1
        while n < 10 and self.rng.random() < q:
            n += 1
        return n

    def mention(self, p, source: str, when: dt.date) -> tuple[dict, list[str]]:
        rng, k = self.rng, self.k
        fill = dict(zip(_F, SOURCES[source], strict=True))
        has = {f: rng.random() < (v**k.missing if f != "bsn" else min(1.0, v * k.bsn_scale)) for f, v in fill.items()}  # fmt: skip
        noise: list[str] = []
        rec: dict = {}
        fmt = k.format_noise
        tf = TYPO_FACTOR[source]
        strip = rng.random() < STRIP_DIACRITICS[source]

        def txt(field, value):
            if strip:
                v2 = strip_diacritics(value)
                if v2 != value:
                    noise.append(f"{field}:diacritics")
                value = v2
            if rng.random() < k.typo * tf:
                value, step = typo(rng, value)
                noise.append(f"{field}:{step}")
            return value

        # --- BSN
        if has["bsn"] and p["bsn"]:
            b = p["bsn"]
            if p["parent_bsn"] and source in ("school", "jeugdzorg") and rng.random() < k.wrong_bsn * 3:
                b = p["parent_bsn"]
                noise.append("bsn:parent")
            elif rng.random() < k.bsn_typo:
                i = rng.randrange(9)
                b = b[:i] + str((int(b[i]) + rng.randint(1, 9)) % 10) + b[i + 1 :]
                noise.append("bsn:typo" + ("_valid" if bsn_ok(b) else ""))
            style = _pick(rng, {"plain": 80, "dots": 8, "spaces": 6, "int": 6 if source in ("school", "zorg") else 0}, fmt)  # fmt: skip
            if style == "dots":
                b = f"{b[:3]}.{b[3:6]}.{b[6:]}"
            elif style == "spaces":
                b = f"{b[:3]} {b[3:6]} {b[6:]}"
            elif style == "int":
                b = int(b)
            if style != "plain":
                noise.append(f"bsn:{style}")
            rec["bsn"] = b

        # --- names
        swap_names = (
            source in ("arbeidsinspectie", "woningcorporatie")
            and p["community"] in ("polish", "bulgarian", "turkish")
            and rng.random() < 0.05 * fmt
        )
        if has["first"]:
            first = p["first"]
            r = rng.random()
            if source in ("school", "jeugdzorg", "buurtbewoner") or (source == "politie" and r < 0.2):
                first = p["roepnaam"]
            if source == "buurtbewoner" and p["nickname"] and rng.random() < 0.6:
                first = p["nickname"]
                noise.append("first:nickname")
            elif source == "gemeente" and p["middle"] and rng.random() < 0.25:
                first = " ".join([first, *p["middle"]])
                noise.append("first:all_given")
            elif first in N.NICK and rng.random() < k.variant:
                first = _zipf(rng, N.NICK[first], 1.2)
                noise.append("first:variant")
            if source == "woningcorporatie" and rng.random() < 0.35:
                first = (
                    first[0] + "." + ("".join(m[0] + "." for m in p["middle"]) if rng.random() < 0.5 else "")
                )
                noise.append("first:initials")
            if first != p["first"] and first == p["roepnaam"]:
                noise.append("first:roepnaam")
            if source == "politie" and rng.random() < 0.15 * fmt:
                first = first.upper()
            rec["first_name"] = txt("first_name", first)
        if has["nick"] and p["nickname"]:
            nick = p["nickname"]
            if p["first"] in N.NICK and rng.random() < 0.15:
                nick = rng.choice(N.NICK[p["first"]])
                noise.append("nickname:other_variant")
            if source == "buurtbewoner" and rng.random() < 0.15 * fmt:
                nick = nick.lower()
            rec["nickname"] = txt("nickname", nick)
        elif has["nick"] and source == "buurtbewoner" and not has["first"]:
            rec["nickname"] = txt("nickname", p["roepnaam"])
            noise.append("nickname:roepnaam")
        if has["last"]:
            rec["last_name"] = txt("last_name", self.last_name(p, source, noise))
        if swap_names and "first_name" in rec and "last_name" in rec:
            rec["first_name"], rec["last_name"] = rec["last_name"], rec["first_name"]
            noise.append("names:swapped")

        # --- birth date / age
        age_then = (when - p["dob"]).days / 365.25
        if has["dob"]:
            d = p["dob"]
            y, m, dd = d.year, d.month, d.day
            err = k.date_error * (3 if source == "arbeidsinspectie" else 0.3 if source == "gemeente" else 1)
            if rng.random() < err:
                kind = rng.choices(["swap", "day", "year", "month", "jan1"],
                                   [35, 25, 20, 10, 10 if source == "arbeidsinspectie" else 0])[0]  # fmt: skip
                if kind == "swap" and dd <= 12:
                    m, dd = dd, m
                elif kind == "day":
                    dd = max(1, min(28, dd + rng.choice([-1, 1, 10, -10])))
                elif kind == "year":
                    y += rng.choice([-1, 1, 10, -10])
                elif kind == "month":
                    m = max(1, min(12, m + rng.choice([-1, 1])))
                elif kind == "jan1":
                    m, dd = 1, 1
                if (y, m, dd) != (d.year, d.month, d.day):
                    noise.append(f"birth_date:{kind}")
            rec["birth_date"] = f"{y:04d}-{m:02d}-{dd:02d}"
        elif has["age"]:
            if source == "buurtbewoner":
                g = age_then + rng.gauss(-0.5, 2.5)
                g = 5 * round(g / 5) if rng.random() < 0.25 and g > 20 else round(g)
            else:
                g = round(age_then + rng.gauss(0, 1.3))
            rec["age_estimate"] = max(6, int(g))
            noise.append("age:estimate")
        if has["gender"]:
            gen = p["gender"]
            if rng.random() < (0.03 if source in ("buurtbewoner", "politie") else 0.005):
                gen = "f" if gen == "m" else "m"
                noise.append("gender:wrong")
            rec["gender"] = gen

        # --- address
        addr = p["addresses"][0][0]
        for a, since in p["addresses"][1:]:
            if when >= since and not (rng.random() < ADDRESS_LAG[source]):
                addr = a
        if addr is not p["addresses"][-1][0]:
            noise.append("address:old")
        if has["street"]:
            st = addr["street"]
            if addr["street_alt"] and rng.random() < 0.4:
                st = addr["street_alt"]
                noise.append("street:abbrev")
            if (
                st.endswith("straat")
                and source in ("politie", "buurtbewoner", "woningcorporatie")
                and rng.random() < 0.1 * fmt
            ):
                st = st[:-6] + rng.choice(["str.", "str"])
                noise.append("street:str")
            if source == "buurtbewoner" and rng.random() < 0.1 * fmt:
                st = st.lower()
            st = txt("street", st)
            if source in ("buurtbewoner", "woningcorporatie") and not has["hn"] and rng.random() < 0.4:
                st = f"{st} {addr['hn']}{addr['suffix']}"
                noise.append("street:with_number")
            rec["street"] = st
        if has["hn"]:
            rec["house_number"] = self.house_number(addr, source, noise)
        if has["pc"]:
            pc = addr["postcode"]
            style = _pick(rng, {"space": 55, "nospace": 35, "lower": 7, "lower_space": 3}, fmt)
            if source == "woningcorporatie":
                style = "nospace" if rng.random() < 0.8 else style
            pc = {"space": f"{pc[:4]} {pc[4:]}", "nospace": pc, "lower": pc.lower(),
                  "lower_space": f"{pc[:4]} {pc[4:].lower()}"}[style]  # fmt: skip
            if rng.random() < k.typo * tf * 0.5:
                i = rng.randrange(6)
                pc = pc[:i] + (str(rng.randrange(10)) if pc[i].isdigit() else pc[i]) + pc[i + 1 :]
                noise.append("postcode:typo")
            rec["postcode"] = pc
        if has["city"]:
            city = addr["town"]
            if rng.random() < (0.05 if source == "gemeente" else 0.2) * fmt:
                city = rng.choice(addr["town_alts"])
                noise.append("city:variant")
            rec["city"] = txt("city", city) if source == "buurtbewoner" else city

        # --- phone, plate, school
        if has["phone"]:
            ph = None
            if (
                p["parent_phone"]
                and source in ("school", "jeugdzorg")
                and (age_then < 14 or rng.random() < 0.4)
            ):
                ph = p["parent_phone"]
                noise.append("phone:parent")
            elif p["phones"]:
                burner = len(p["phones"]) > 1 and source in ("politie", "buurtbewoner") and rng.random() < 0.6
                ph = p["phones"][-1] if burner else p["phones"][0]
            if ph:
                rec["phone"] = self.phone(ph, source, noise)
        if has["plate"] and p["plate"]:
            rec["license_plate"] = self.plate(p["plate"], source, noise)
        if has["school"] and p["school"] and age_then < 20:
            sc = p["school"]
            rec["school"] = sc[0] if rng.random() < 0.6 else rng.choice(sc)
            if rec["school"] != sc[0]:
                noise.append("school:variant")

        if source == "woningcorporatie":
            for f in ("first_name", "birth_date", "gender", "phone", "postcode"):
                rec.setdefault(f, None)
        return rec, noise

    def last_name(self, p, source: str, noise: list[str]) -> str:
        rng, fmt = self.rng, self.k.format_noise
        prefix, core = p["prefix"], p["core"]
        if core in N.SUR_VARIANTS and rng.random() < 0.15:
            core = rng.choice(N.SUR_VARIANTS[core])
            noise.append("last_name:spelling")
        if (
            p["gender"] == "f"
            and p["community"] in ("polish", "bulgarian")
            and source in ("arbeidsinspectie", "woningcorporatie", "buurtbewoner")
            and rng.random() < 0.1
        ):
            core = (
                core[:-1] + "i"
                if core.endswith(("ska", "cka"))
                else core[:-1]
                if core.endswith(("ova", "eva"))
                else core
            )
            noise.append("last_name:wrong_gender")
        if (
            p["husband_core"]
            and source in ("school", "woningcorporatie", "buurtbewoner")
            and rng.random() < 0.5
        ):
            hp, hc = p["husband_core"]
            husband = f"{hp} {hc}".strip()
            own = f"{prefix} {core}".strip()
            noise.append("last_name:married")
            return f"{husband}-{own}" if rng.random() < 0.5 else husband
        style = _pick(rng, LAST_STYLE[source], fmt)
        if style != next(iter(LAST_STYLE[source])):
            noise.append(f"last_name:{style}")
        if not prefix:
            return core.upper() if style == "upper" else core.lower() if style == "lower" else core
        arabic = prefix in ("El", "Ben", "Ait")
        if arabic:
            r = rng.random()
            if r < 0.15 * fmt:
                noise.append("last_name:particle_hyphen")
                prefix = prefix.lower() + "-"
                return {"upper": (prefix + core).upper(), "lower": (prefix + core).lower()}.get(
                    style, prefix + core
                )
            if r < 0.25 * fmt:
                noise.append("last_name:particle_glued")
                return prefix + core.lower()
            if style in ("sorted", "sorted_nc", "abbr"):
                style = "natural"
        if style == "natural":
            return f"{prefix} {core}"
        if style == "cap":
            return f"{prefix[0].upper()}{prefix[1:]} {core}"
        if style == "sorted":
            return f"{core}, {prefix}"
        if style == "sorted_nc":
            return f"{core} {prefix}"
        if style == "abbr":
            parts = prefix.split()
            if len(parts) >= 2 and parts[0] == "van":
                ab = rng.choice(["vd", "v.d.", "v/d", "v d"])
            else:
                ab = "v." if prefix == "van" and rng.random() < 0.5 else prefix
            return f"{ab} {core}" if rng.random() < 0.7 else f"{core} {ab}"
        if style == "drop":
            return core
        if style == "upper":
            return f"{prefix} {core}".upper()
        return f"{prefix} {core}".lower()

    def house_number(self, addr, source: str, noise: list[str]):
        rng, fmt = self.rng, self.k.format_noise
        hn, sfx = addr["hn"], addr["suffix"]
        if not sfx:
            if source == "woningcorporatie" or (source == "zorg" and rng.random() < 0.5):
                return hn
            return str(hn)
        if source in ("buurtbewoner", "politie") and rng.random() < 0.25:
            noise.append("house_number:suffix_dropped")
            return str(hn)
        style = _pick(rng, {"glued": 55, "space_upper": 15, "dash": 10, "upper": 12, "space": 8}, fmt)
        if style != "glued":
            noise.append(f"house_number:{style}")
        if sfx == "hs" and rng.random() < 0.3:
            sfx = rng.choice(["huis", "H", "-hs"])
        return {"glued": f"{hn}{sfx}", "space_upper": f"{hn} {sfx.upper()}", "dash": f"{hn}-{sfx}",
                "upper": f"{hn}{sfx.upper()}", "space": f"{hn} {sfx}"}[style]  # fmt: skip

    def phone(self, ph: str, source: str, noise: list[str]) -> str:
        rng, fmt = self.rng, self.k.format_noise
        if rng.random() < self.k.typo * TYPO_FACTOR[source] * 0.5:
            i = rng.randrange(len(ph) - 6, len(ph))
            ph = ph[:i] + str(rng.randrange(10)) + ph[i + 1 :]
            noise.append("phone:typo")
        if ph.startswith("+"):
            style = _pick(rng, {"plain": 60, "spaces": 25, "00": 15}, fmt)
            if style == "spaces":
                return f"{ph[:3]} {ph[3:6]} {ph[6:9]} {ph[9:]}"
            return "00" + ph[1:] if style == "00" else ph
        habits = {
            "gemeente": {"plain": 70, "intl": 20, "dash": 10},
            "woningcorporatie": {"dash": 50, "plain": 30, "spaces": 20},
            "buurtbewoner": {"plain": 40, "spaces": 30, "dash": 30},
        }.get(source, {"plain": 50, "dash": 20, "intl": 10, "intl_sp": 10, "spaces": 10})
        style = _pick(rng, habits, fmt)
        if style != "plain":
            noise.append(f"phone:{style}")
        d = ph[2:]
        return {"plain": ph, "dash": f"06-{d}", "intl": f"+31{ph[1:]}",
                "intl_sp": f"+31 6 {d[:4]} {d[4:]}", "spaces": f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"}[style]  # fmt: skip

    def plate(self, pl: str, source: str, noise: list[str]) -> str:
        rng, fmt = self.rng, self.k.format_noise
        if source == "buurtbewoner" and rng.random() < 0.2:
            i = rng.randrange(len(pl))
            conf = {"0": "O", "8": "B", "1": "L", "5": "S", "B": "8", "S": "5", "D": "0", "G": "6", "Z": "2"}
            c = conf.get(pl[i], rng.choice("BDFGHJKLNPRSTVXZ0123456789") if pl[i] != "-" else "-")
            pl = pl[:i] + c + pl[i + 1 :]
            noise.append("plate:misread")
        style = _pick(rng, {"dash": 60, "nodash": 25, "lower": 10, "space": 5}, fmt)
        if style != "dash":
            noise.append(f"plate:{style}")
        return {
            "dash": pl,
            "nodash": pl.replace("-", ""),
            "lower": pl.lower(),
            "space": pl.replace("-", " "),
        }[style]


def generate_detailed(n_persons: int, seed: int, knobs: Knobs | None = None) -> tuple[list[dict], dict, dict]:
    knobs = knobs or Knobs()
    g = Gen(seed, knobs)
    g.households(n_persons)
    rng = g.rng
    out: list[tuple[dict, str, list[str], str]] = []
    for p in g.persons:
        mix = MIX[g.kind(p)]
        for _ in range(g.n_mentions(p)):
            src = rng.choices(list(mix), list(mix.values()))[0]
            rec, noise = g.mention(p, src, g._date())
            out.append((rec, p["pid"], noise, src))
    rng.shuffle(out)
    records, truth, side_m = [], {}, {}
    counters = dict.fromkeys(SOURCES, 0)
    for rec, pid, noise, src in out:
        counters[src] += 1
        mid = f"{PREFIX[src]}-{counters[src]:06d}"
        records.append({"id": mid, "source": src, **rec})
        truth[mid] = pid
        side_m[mid] = {"person": pid, "source": src, "noise": noise}
    persons = {}
    for p in g.persons:
        persons[p["pid"]] = {
            "community": p["community"], "gender": p["gender"], "first_name": p["first"], "middle": p["middle"],
            "roepnaam": p["roepnaam"], "nickname": p["nickname"], "prefix": p["prefix"], "last_name": p["core"],
            "birth_date": p["dob"].isoformat(), "bsn": p["bsn"], "phones": p["phones"], "license_plate": p["plate"],
            "school": p["school"][0] if p["school"] else None, "household": p["household"], "role": p["role"],
            "focus": p["focus"], "husband_last_name": " ".join(p["husband_core"]).strip() if p["husband_core"] else None,
            "addresses": [{**{k: v for k, v in a.items() if k not in ("street_alt", "town_alts")}, "since": s.isoformat()}
                          for a, s in p["addresses"]],
        }  # fmt: skip
    return records, truth, {"mentions": side_m, "persons": persons, "knobs": asdict(knobs)}


def generate(n_persons: int, seed: int) -> tuple[list[dict], dict]:
    records, truth, _ = generate_detailed(n_persons, seed, Knobs())
    return records, truth
