"""Newcomers generator: recent arrivals and the people around them, as Dutch registers write them (2019-2026).

    from linkgen_newcomers import generate_detailed, Knobs
    records, truth, side = generate_detailed(20000, 1, Knobs())  # mentions, mention id -> person id, side

Written from the `doortastend link` input contract alone (no knowledge of the linker or of the other
generators beyond their module docstrings).  Deterministic per seed, standard library only, names in names.py.

Not calibrated like the other independent benchmarks: BSN-only scores 0.226 / 0.229 (seeds 1 / 2) as they do,
but plain Splink only 0.17 / 0.20 instead of about 0.83 (its EM learns "same address" where hundreds share a
reception-centre or employer address, and one false link chains into clusters of thousands). Kept as a stress
test of naming and housing habits of newcomers; not part of `make bench-link-independent`.

Population (households in ten municipalities: Venlo, Westland, Eindhoven, Tilburg, Arnhem, Den Bosch, Zaanstad,
Emmen, Westerwolde/Ter Apel, Amersfoort):
  * established residents (Dutch, Moroccan-Dutch, Turkish-Dutch, Surinamese-Dutch; ~45 %): families, couples,
    singles; BSN from birth, true birth dates, a few moves; Dutch people with an official name and a call
    name (Johannes / Hans); some host a displaced Ukrainian family at their own address.
  * statushouders (Syrian, Iraqi, Afghan, Eritrean, Ethiopian; ~25 %): arrive 2019-2025, first at an
    application centre (Ter Apel) and a reception centre (azc) whose one address is shared by hundreds, BSN
    only after BRP registration months later, then a municipal dwelling (single men often share one).
    Unaccompanied minors with an age estimate and a registered birth date from the age assessment.
  * displaced Ukrainians (~15 %): mothers with children, elderly couples, single adults; a municipal shelter
    (hotel, ship) for hundreds, BSN after a few weeks, some move to a host family or own dwelling; +380 phone
    numbers first.
  * labour migrants (Polish, Romanian, Bulgarian; ~15 %): employer / flex housing shared by 10-60 workers,
    moving between houses every months, a shared van, RNI BSN for most, none for undocumented workers, some of
    whom use a colleague's BSN.

Naming rules (what makes the records hard):
  * Eritrean/Ethiopian: given + father's given + grandfather's given, no family name.  The BRP writes the
    father's name as last_name (or the given+father chain as first_name and the grandfather as last_name),
    others write the whole chain in first_name.  A child's "surname" is the father's given name, so siblings
    share it and the father himself has another one.  Tigrinya names in several Latin spellings.
  * Arabic/Dari names: given + father + grandfather + family name; the family name is missing for many
    Afghans (mononyms: the BRP then holds the one name as last_name, without first_name) and for some Iraqis;
    Al-/El-/al prefixes written variously or glued; transliteration variants (Mohammad / Mohammed / Muhammad,
    Hussein / Hoessein, Abdulrahman / Abdul Rahman / Abd al-Rahman); Dutch phonetic spellings (oe, dj, sj).
  * Ukrainian: passport (national) transliteration in the BRP, Russian-English, Dutch phonetic (Joelia,
    Sergej, Sjevtsjenko) or German (Schewtschenko, Kowalenko) elsewhere; feminine surname forms.
  * Given name and family name swapped by some sources for non-Dutch persons.
  * Birth day unknown: registered as 01-01 (sometimes 07-01) of an (estimated) year, later corrected in the
    BRP for some; other sources keep the placeholder or write the date the person states.

Sources: gemeente (BRP/RNI), coa (reception intake), politie, arbeidsinspectie, huisarts, ggd, school,
werkgever (employers and agencies: dotted BSNs), vluchtelingenwerk (volunteers: names as heard), bewoner
(residents: nickname, gender, age guess, street only).  Each writes its own fields, formats and stale data.

Hard negatives on purpose: siblings sharing their father's name as surname, namesakes from Zipf heads (many
Mohammad Ahmad, many Oleksandr Kovalenko), hundreds at one azc / shelter address, workers sharing a house,
a van and sometimes a phone, recycled prepaid numbers, twins, borrowed BSNs.

Side data: per mention the person, source, date and the steps applied (``translit:first``, ``placeholder_dob``,
``chain_in_first``, ``swap_names``, ``stale_address``, ``typo:last``, ``bsn_dotted`` ...); per person the
true values, community, household and arrival / BSN dates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from . import names as N

START = date(2019, 1, 1)
END = date(2026, 6, 30)
SPAN = (END - START).days


@dataclass
class Knobs:
    mentions: float = 1.0  # scales the number of mentions per person
    tail: float = 0.025  # share of persons with many mentions (at risk, much contact)
    newcomers: float = 1.0  # scales the weight of newcomer communities against established ones
    bsn: float = 0.82  # scales each source's chance of writing a BSN the person has
    bsn_format: float = 0.5  # chance that a source with a format habit uses it (dotted / spaced BSN)
    bsn_typo: float = 0.015
    bsn_borrowed: float = 0.08  # share of undocumented workers' employer mentions with a colleague's BSN
    translit: float = 1.0  # scales the chance that a source spells a name differently from the passport
    structure: float = 1.0  # scales name-structure changes (chains, father's name as surname, swaps)
    typo: float = 0.035  # per name/street field
    missing: float = 1.0  # scales field dropout
    placeholder: float = 1.0  # scales unknown-birth-date rates
    dob_noise: float = 0.03  # swapped day/month, digit typos
    stale: float = 0.2  # chance that a source writes an earlier address / phone
    moves: float = 1.0
    co_mention: float = 0.2  # chance that a household member other than the first is mentioned at all
    ter_apel: float = 0.5  # share of asylum households whose first weeks are at the application centre
    hubs: int = 10  # reception centres per town (plus an emergency one); twice as many Ukrainian shelters
    streets: int = 250  # streets per town
    zipf: float = 0.5  # Zipf exponent of newcomers' name lists (higher: more namesakes)


COMMUNITIES = {
    # name: (weight, group)
    "dutch": (30, "est"),
    "moroccan": (6, "est"),
    "turkish": (5, "est"),
    "surinamese": (4, "est"),
    "syrian": (9, "asylum"),
    "iraqi": (3, "asylum"),
    "afghan": (4, "asylum"),
    "eritrean": (7, "asylum"),
    "ethiopian": (1.5, "asylum"),
    "ukrainian": (12, "ukr"),
    "polish": (7, "labour"),
    "romanian": (4, "labour"),
    "bulgarian": (3, "labour"),
}
PLACEHOLDER_RATE = {"eritrean": 0.45, "ethiopian": 0.4, "afghan": 0.5, "iraqi": 0.25, "syrian": 0.15, "ukrainian": 0.03}
NOFAMILY_RATE = {"afghan": 0.45, "iraqi": 0.15, "syrian": 0.05}


def _day(d: int) -> date:
    return START + timedelta(days=d)


def _zipf(rng: random.Random, seq, s: float = 0.8):
    n = len(seq)
    w = [1.0 / (i + 1) ** s for i in range(n)]
    return rng.choices(seq, weights=w)[0]


def _bsn(rng: random.Random, used: set) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(1, 6)
        s = sum(x * (9 - i) for i, x in enumerate(d))
        c = s % 11
        if c == 10:
            continue
        b = "".join(map(str, d)) + str(c)
        if b not in used:
            used.add(b)
            return b


# ---------------------------------------------------------------------------------------------------------
# transliteration rules
# ---------------------------------------------------------------------------------------------------------

UKR_RULES = {
    "russian": [("shch", "shch"), ("Hr", "Gr"), ("Hn", "Gn"), ("Hon", "Gon"), ("Ha", "Ga"), ("ii", "ei"),
                ("yk", "ik"), ("yi", "iy"), ("iu", "yu")],
    "dutch": [("shch", "sjtsj"), ("sh", "sj"), ("Sh", "Sj"), ("ch", "tsj"), ("Kh", "Ch"), ("kh", "ch"),
              ("zh", "zj"), ("Zh", "Zj"), ("yk", "ik"), ("u", "oe"), ("yi", "ij"), ("ii", "i"), ("y", "j")],
    "german": [("shch", "schtsch"), ("sh", "sch"), ("Sh", "Sch"), ("ch", "tsch"), ("zh", "sch"), ("Zh", "Sch"),
               ("v", "w"), ("Kov", "Kow"), ("yk", "ik"), ("y", "j")],
    "enco": [("enko", "enco")],
}


def _ukr_surname(root: str, female: bool, scheme: str | None) -> str:
    s = root
    if female:
        if s.endswith("skyi"):
            s = s[:-4] + "ska"
        elif s.endswith("ov"):
            s = s + "a"
    if scheme:
        for a, b in UKR_RULES[scheme]:
            s = s.replace(a, b)
        s = s[0].upper() + s[1:]
    return s


def _dutch_phonetic(s: str) -> str:
    for a, b in (("u", "oe"), ("sh", "sj"), ("Sh", "Sj"), ("J", "Dj"), ("kh", "ch"), ("Kh", "Ch")):
        s = s.replace(a, b)
    return s


def _strip_diacritics(s: str) -> str:
    table = str.maketrans("łŁąęóśźżćńçğışöüÇĞİŞÖÜäëïéèàáâ", "lLaeoszzcncgisouCGISOUaeieeaaa")
    return s.translate(table)


def _typo(rng: random.Random, s: str) -> str:
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s))
    op = rng.random()
    letters = "aeionrstlkdmh"
    if op < 0.3:
        return s[:i] + s[i + 1 :]
    if op < 0.55:
        return s[:i] + rng.choice(letters) + s[i:]
    if op < 0.8:
        return s[:i] + rng.choice(letters) + s[i + 1 :]
    if i < len(s) - 1:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s + s[-1]


# ---------------------------------------------------------------------------------------------------------
# world: towns, streets, addresses
# ---------------------------------------------------------------------------------------------------------


class World:
    def __init__(self, rng: random.Random, hubs: int = 3, streets: int = 250):
        self.rng = rng
        self.towns = list(N.TOWNS)
        self.town_weight = [N.TOWNS[t][2] for t in self.towns]
        self.streets: dict[str, list[tuple[str, int]]] = {}
        self.addr: list[dict] = []
        self.used_home: set = set()
        roots = N.STREET_ROOTS
        for t in self.towns:
            pcs = N.TOWNS[t][1]
            k = streets if N.TOWNS[t][2] >= 1 else streets // 2
            names = set()
            lst = []
            while len(lst) < k:
                nm = rng.choice(roots) + rng.choice(N.STREET_SUFFIX)
                if nm in names:
                    continue
                names.add(nm)
                lst.append((nm, rng.choice(pcs)))
            self.streets[t] = lst
        # hubs
        self.coa: dict[str, list[int]] = {}
        self.shelter: dict[str, list[int]] = {}
        self.flex: dict[str, list[int]] = {}
        for t in self.towns:
            if t == "Westerwolde":
                self.coa[t] = [self._hub(t, "Aanmeldcentrum")]
            else:
                self.coa[t] = [self._hub(t, "Azc") for _ in range(hubs)] + [self._hub(t, "Noodopvang")]
            self.shelter[t] = [self._hub(t, "Opvang Oekraïne") for _ in range(2 * hubs)]
            nflex = {"Venlo": 40, "Westland": 50, "Tilburg": 25, "Eindhoven": 15, "Den Bosch": 15, "Zaanstad": 12,
                     "Emmen": 10, "Amersfoort": 8, "Arnhem": 8, "Westerwolde": 3}[t]
            self.flex[t] = [self.home(t, kind="flex") for _ in range(int(nflex * hubs / 3))]

    def _hub(self, town: str, label: str) -> int:
        st, pc4 = self.rng.choice(self.streets[town])
        a = {"town": town, "street": st, "number": str(self.rng.randint(1, 120)), "pc": self._pc(pc4, st, 0),
             "kind": "hub:" + label}
        self.addr.append(a)
        return len(self.addr) - 1

    def unit(self, hub: int, label: str) -> int:
        a = dict(self.addr[hub])
        a["unit"] = label
        a["hub"] = hub
        self.addr.append(a)
        return len(self.addr) - 1

    def _pc(self, pc4: int, street: str, block: int) -> str:
        h = (sum((i + 1) * ord(c) for i, c in enumerate(street)) * 31 + block * 7919) & 0xFFFF
        letters = "ABCDEGHJKLMNPRSTVWXZ"
        return f"{pc4}{letters[h % 20]}{letters[(h // 20) % 20]}"

    def home(self, town: str, kind: str = "home") -> int:
        rng = self.rng
        while True:
            st, pc4 = _zipf(rng, self.streets[town], 0.3)
            num = rng.randint(1, 180)
            suffix = ""
            r = rng.random()
            if r < 0.08:
                suffix = rng.choice("ABC")
            elif r < 0.14:
                suffix = "-" + str(rng.randint(1, 4))
            key = (town, st, num, suffix)
            if key in self.used_home:
                continue
            self.used_home.add(key)
            a = {"town": town, "street": st, "number": f"{num}{suffix}", "pc": self._pc(pc4, st, num // 20),
                 "kind": kind}
            self.addr.append(a)
            return len(self.addr) - 1


# ---------------------------------------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------------------------------------


class Pop:
    def __init__(self, rng: random.Random, knobs: Knobs):
        self.rng = rng
        self.k = knobs
        self.w = World(rng, knobs.hubs, knobs.streets)
        self.persons: list[dict] = []
        self.used_bsn: set = set()
        self.used_phone: set = set()
        self.released_phones: list[str] = []
        self.hosts: list[int] = []  # addresses of established households that may host Ukrainians
        self.vans: dict[int, str] = {}

    # ---- helpers
    def phone(self, prefix: str = "06") -> str:
        rng = self.rng
        if prefix == "06" and self.released_phones and rng.random() < 0.04:
            return self.released_phones.pop(rng.randrange(len(self.released_phones)))
        while True:
            if prefix == "06":
                p = "06" + str(rng.randint(10000000, 99999999))
            elif prefix == "+380":
                p = "+380" + rng.choice(["50", "63", "66", "67", "68", "93", "97"]) + str(rng.randint(1000000, 9999999))
            else:
                p = prefix + str(rng.randint(500000000, 899999999))
            if p not in self.used_phone:
                self.used_phone.add(p)
                return p

    def phones_for(self, start: int, every: float, first_prefix: str = "06", dutch_after: int | None = None):
        rng = self.rng
        out = [(start, self.phone(first_prefix))]
        d = start
        if dutch_after is not None and first_prefix != "06":
            d = start + dutch_after
            if d < SPAN:
                out.append((d, self.phone()))
        while True:
            d += int(rng.expovariate(1.0 / every))
            if d >= SPAN:
                break
            self.released_phones.append(out[-1][1]) if out[-1][1].startswith("06") else None
            out.append((d, self.phone()))
        return out

    def plate_nl(self) -> str:
        rng = self.rng
        L = "BDFGHJKLNPRSTVXZ"
        f = rng.randrange(3)
        if f == 0:
            return f"{rng.randint(1, 99):02d}-{''.join(rng.choices(L, k=3))}-{rng.randint(1, 9)}"
        if f == 1:
            return f"{''.join(rng.choices(L, k=2))}-{rng.randint(100, 999)}-{rng.choice(L)}"
        return f"{rng.randint(1, 9)}-{''.join(rng.choices(L, k=3))}-{rng.randint(10, 99)}"

    def birth(self, age_lo: float, age_hi: float, ref_day: int) -> date:
        age = self.rng.uniform(age_lo, age_hi)
        return _day(ref_day) - timedelta(days=int(age * 365.25))

    def add(self, p: dict) -> dict:
        p["pid"] = f"P{len(self.persons):06d}"
        p["idx"] = len(self.persons)
        self.persons.append(p)
        return p

    # ---- names per community
    def name(self, comm: str, g: str, father: dict | None = None, family=None) -> dict:
        rng = self.rng
        tr = self.k.translit
        k = self.k
        if comm == "dutch":
            t = _zipf(rng, N.DUTCH_M if g == "m" else N.DUTCH_F, 0.6)
            return {"kind": "dutch", "given": (t[0],), "call": t[1],
                    "family": family or (_zipf(rng, N.DUTCH_SUR, 0.5),)}
        if comm in ("moroccan", "turkish", "surinamese", "polish", "romanian", "bulgarian"):
            src = {"moroccan": (N.MOROCCAN_M, N.MOROCCAN_F, N.MOROCCAN_SUR),
                   "turkish": (N.TURKISH_M, N.TURKISH_F, N.TURKISH_SUR),
                   "surinamese": (N.SURINAMESE_M, N.SURINAMESE_F, N.SURINAMESE_SUR),
                   "polish": (N.EU_M[:9], N.EU_F[:5] + N.EU_F[12:], N.EU_SUR[:10]),
                   "romanian": (N.EU_M[9:15], N.EU_F[5:9], N.EU_SUR[10:15]),
                   "bulgarian": (N.EU_M[15:], N.EU_F[8:12], N.EU_SUR[15:])}[comm]
            given = _zipf(rng, src[0] if g == "m" else src[1], 0.5)
            fam = family or _zipf(rng, src[2], 0.3)
            if g == "f" and comm in ("polish", "bulgarian") and family is None:
                fam = tuple(x[:-1] + "a" if x.endswith("i") else x + "a" if x.endswith(("v", "w")) else x for x in fam)
            return {"kind": "simple", "given": given, "family": fam, "p_given": 0, "p_family": 0,
                    "strip": comm in ("turkish", "polish", "romanian")}
        if comm == "ukrainian":
            given = _zipf(rng, N.UKR_M if g == "m" else N.UKR_F, k.zipf * 0.8)
            root = family or _zipf(rng, N.UKR_SUR, k.zipf * 0.7)
            return {"kind": "ukr", "given": given, "root": root, "female": g == "f",
                    "p_given": 0 if rng.random() < 0.8 else rng.randrange(len(given))}
        if comm in ("eritrean", "ethiopian"):
            given = _zipf(rng, N.HORN_M if g == "m" else N.HORN_F, k.zipf * 0.7)
            fa = father["name"]["given"] if father else _zipf(rng, N.HORN_M, k.zipf * 0.7)
            gf = father["name"]["father"] if father else _zipf(rng, N.HORN_M, k.zipf * 0.7)
            return {"kind": "horn", "given": given, "father": fa, "gfather": gf,
                    "p": [rng.randrange(len(x)) if rng.random() < 0.3 * tr else 0 for x in (given, fa, gf)],
                    "brp_chain": rng.random() < 0.3 * self.k.structure}
        # arabic / dari
        given = _zipf(rng, N.ARABIC_M if g == "m" else N.ARABIC_F, k.zipf)
        fa = father["name"]["given"] if father else _zipf(rng, N.ARABIC_M, k.zipf)
        gf = father["name"]["father"] if father else _zipf(rng, N.ARABIC_M, k.zipf)
        if family is None and father is None:
            pool = N.ARABIC_FAMILY[23:] if comm == "afghan" else N.ARABIC_FAMILY[:23]
            family = _zipf(rng, pool, k.zipf * 0.8) if rng.random() >= NOFAMILY_RATE.get(comm, 0) else False
        elif father is not None:
            family = father["name"]["family"]
        prefix = rng.choice(N.AL_PREFIX[:6]) if family and family[1] else ""
        if father is not None:
            prefix = father["name"]["prefix"]
        return {"kind": "arab", "given": given, "father": fa, "gfather": gf, "family": family, "prefix": prefix,
                "p": [rng.randrange(len(x)) if rng.random() < 0.3 * tr else 0 for x in (given, fa, gf)]}


def _first_given(p: dict) -> str:
    n = p["name"]
    g = n["given"]
    return g[0]


# ---------------------------------------------------------------------------------------------------------
# households
# ---------------------------------------------------------------------------------------------------------


def _build(pop: Pop, n_persons: int) -> None:
    rng = pop.rng
    k = pop.k
    comms = list(COMMUNITIES)
    weights = [COMMUNITIES[c][0] * (k.newcomers if COMMUNITIES[c][1] != "est" else 1.0) for c in comms]
    w = pop.w
    hh = 0
    visible = 0
    while visible < n_persons:
        start = len(pop.persons)
        comm = rng.choices(comms, weights=weights)[0]
        group = COMMUNITIES[comm][1]
        hh += 1
        town = rng.choices(w.towns, weights=w.town_weight)[0]
        if group == "est":
            _household_est(pop, comm, town, hh)
        elif group == "asylum":
            _household_asylum(pop, comm, town, hh)
        elif group == "ukr":
            _household_ukr(pop, town, hh)
        else:
            _household_labour(pop, comm, town, hh)
        for j, p in enumerate(pop.persons[start:]):
            p["visible"] = visible < n_persons and (j == 0 or rng.random() < k.co_mention)
            visible += p["visible"]


def _base(pop, comm, g, birth, hh, arrival, name, cat) -> dict:
    return {"comm": comm, "gender": g, "birth": birth, "reg_birth": birth, "corrected": None, "hh": hh,
            "arrival": arrival, "name": name, "cat": cat, "bsn": None, "bsn_from": None, "res": [], "phones": [],
            "plate": None, "school": [], "age_estimate": False, "undocumented": False, "leave": SPAN}


def _schools(pop: Pop, p: dict, town: str, start: int, newcomer: bool) -> None:
    rng = pop.rng
    d = max(start, 0)
    while d < SPAN:
        age = (_day(d) - p["birth"]).days / 365.25
        if age >= 18:
            break
        if age < 4:
            d += int((4 - age) * 365) + 1
            continue
        if newcomer and not p["school"]:
            nm = ("ISK " if age >= 12 else "Nieuwkomersklas ") + N.TOWNS[town][0][0]
            p["school"].append((d, nm))
            d += rng.randint(300, 700)
            continue
        if age < 12:
            nm = rng.choice(N.SCHOOL_PRIMARY)
            p["school"].append((d, ("Basisschool " if rng.random() < 0.5 else "OBS ") + nm))
            d += int((12 - age) * 365) + 1
        else:
            nm = f"{rng.choice(N.SCHOOL_SEC_NAMES)} {rng.choice(N.SCHOOL_SECONDARY)}"
            p["school"].append((d, nm))
            break


def _household_est(pop: Pop, comm: str, town: str, hh: int) -> None:
    rng = pop.rng
    w = pop.w
    home = w.home(town)
    kind = rng.choices(["family", "single", "couple"], [50, 32, 18])[0]
    members = []
    g1 = rng.choice("mf")
    a = pop.add(_base(pop, comm, g1, pop.birth(22, 75, 0), hh, 0, pop.name(comm, g1), "est_adult"))
    members.append(a)
    fam = a["name"]["family"]
    if kind in ("family", "couple"):
        g2 = "f" if g1 == "m" else "m"
        b = pop.add(_base(pop, comm, g2, a["birth"] + timedelta(days=rng.randint(-2500, 2500)), hh, 0,
                          pop.name(comm, g2), "est_adult"))
        members.append(b)
        father = a if g1 == "m" else b
        fam = father["name"]["family"]
    if kind == "family":
        nk = rng.choice([1, 1, 2, 2, 2, 3, 3, 4])
        mother_birth = members[-1]["birth"] if members[-1]["gender"] == "f" else members[0]["birth"]
        for _ in range(nk):
            gb = mother_birth + timedelta(days=int(rng.uniform(20, 42) * 365))
            if gb > _day(SPAN - 200):
                continue
            twin = members[-1]["cat"] == "est_child" and rng.random() < 0.04
            gc = rng.choice("mf")
            c = pop.add(_base(pop, comm, gc, members[-1]["birth"] if twin else gb, hh, 0,
                              pop.name(comm, gc, family=fam), "est_child"))
            if (_day(SPAN) - c["birth"]).days < 18 * 365:
                c["cat"] = "est_child"
            else:
                c["cat"] = "est_adult"
            members.append(c)
    move_day = int(rng.uniform(0, SPAN)) if rng.random() < 0.18 * pop.k.moves else None
    new_home = w.home(town if rng.random() < 0.85 else rng.choice(w.towns)) if move_day else None
    if rng.random() < 0.03 and kind != "single":
        pop.hosts.append(home)
    for m in members:
        m["bsn"] = _bsn(rng, pop.used_bsn)
        m["bsn_from"] = -99999
        m["res"] = [(0, home)] + ([(move_day, new_home)] if move_day else [])
        if (_day(0) - m["birth"]).days > 15 * 365:
            m["phones"] = pop.phones_for(0, 2200)
        elif (_day(SPAN) - m["birth"]).days > 14 * 365:
            m["phones"] = pop.phones_for(max(0, (m["birth"] - START).days + 14 * 365), 1500)
        if m["cat"] == "est_adult" and rng.random() < 0.35:
            m["plate"] = pop.plate_nl()
        _schools(pop, m, town, 0, False)


def _arrival_phase(pop: Pop, members: list[dict], town: str, arrival: int) -> int:
    """Ter Apel, an azc, then a dwelling; returns the housing day.  BSN after registration."""
    rng = pop.rng
    w = pop.w
    azc_town = rng.choice(w.towns[:-2] + w.towns[-1:])  # not Westerwolde: Ter Apel is the application centre
    ter_apel = w.coa["Westerwolde"][0]
    azc = w.unit(rng.choice(w.coa[azc_town]), f"{rng.choice('ABCDEFGHK')}{rng.randint(1, 240)}")
    d_azc = arrival + rng.randint(10, 90)
    d_house = d_azc + int(rng.uniform(120, 800))
    reg = arrival + int(rng.uniform(60, 400))
    share = len(members) == 1 and rng.random() < 0.35
    home = None
    if share and pop.shared_homes.get(town) and rng.random() < 0.6:
        home = rng.choice(pop.shared_homes[town])
    if home is None:
        home = w.home(town)
        if share:
            pop.shared_homes.setdefault(town, []).append(home)
    first = [(arrival, w.unit(ter_apel, f"P{rng.randint(1, 60)}"))] if rng.random() < pop.k.ter_apel else []
    if not first:
        d_azc = arrival
    for m in members:
        m["res"] = first + [(d_azc, azc), (d_house, home)]
        if rng.random() < 0.12 * pop.k.moves:
            m["res"].append((d_house + rng.randint(200, 1500), w.home(town)))
        if reg < SPAN:
            m["bsn"] = _bsn(rng, pop.used_bsn)
            m["bsn_from"] = reg
    return d_house


def _fix_birth(pop: Pop, p: dict, comm: str) -> None:
    rng = pop.rng
    if rng.random() < PLACEHOLDER_RATE.get(comm, 0) * pop.k.placeholder:
        y = p["birth"].year + (rng.choice([-1, 1]) if rng.random() < 0.3 else 0)
        md = (7, 1) if rng.random() < 0.25 else (1, 1)
        p["reg_birth"] = date(y, *md)
        if rng.random() < 0.2:
            p["corrected"] = int(rng.uniform(p["arrival"] + 200, SPAN + 900))


def _household_asylum(pop: Pop, comm: str, town: str, hh: int) -> None:
    rng = pop.rng
    arrival = int(rng.uniform(-200, SPAN - 60))
    kind = rng.choices(["family", "single", "uam"], [45, 43, 12])[0]
    members = []
    if kind == "uam":
        g = "m" if rng.random() < 0.85 else "f"
        p = pop.add(_base(pop, comm, g, pop.birth(14, 17.8, arrival), hh, arrival, pop.name(comm, g), "asylum_child"))
        p["age_estimate"] = True
        y = p["birth"].year + rng.choice([-2, -1, -1, 0, 0, 1])
        p["reg_birth"] = date(y, 1, 1)
        if rng.random() < 0.15:
            p["corrected"] = int(rng.uniform(arrival + 200, SPAN + 900))
        members.append(p)
    else:
        g1 = "m" if (kind == "family" or rng.random() < 0.8) else "f"
        a = pop.add(_base(pop, comm, g1, pop.birth(19, 55, arrival), hh, arrival, pop.name(comm, g1), "asylum_adult"))
        members.append(a)
        if kind == "family":
            b = pop.add(_base(pop, comm, "f", a["birth"] + timedelta(days=rng.randint(0, 3000)), hh, arrival,
                              pop.name(comm, "f"), "asylum_adult"))
            members.append(b)
            nk = rng.choice([1, 2, 2, 3, 3, 4, 5])
            for i in range(nk):
                cb = b["birth"] + timedelta(days=int(rng.uniform(18, 42) * 365))
                if cb > _day(SPAN - 100):
                    continue
                twin = i > 0 and rng.random() < 0.04
                gc = rng.choice("mf")
                c = pop.add(_base(pop, comm, gc, members[-1]["birth"] if twin else cb, hh, arrival,
                                  pop.name(comm, gc, father=a), "asylum_child"))
                if (_day(arrival) - c["birth"]).days > 18 * 365:
                    c["cat"] = "asylum_adult"
                members.append(c)
    for m in members:
        if not m["age_estimate"]:
            _fix_birth(pop, m, comm)
    if kind == "family" and len(members) > 2 and rng.random() < 0.3:
        # reunification: father first, the rest later
        later = int(rng.uniform(200, 700))
        d_house = _arrival_phase(pop, members[:1], town, arrival)
        for m in members[1:]:
            m["arrival"] = arrival + later
        _arrival_phase(pop, members[1:], town, arrival + later)
        for m in members[1:]:
            m["res"] = [(d, a) for d, a in m["res"] if d < d_house] + [(max(d_house, m["arrival"] + 30),
                                                                        members[0]["res"][-1][1])]
    else:
        _arrival_phase(pop, members, town, arrival)
    fam_phone = None
    for m in members:
        age = (_day(m["arrival"]) - m["birth"]).days / 365.25
        if age >= 14:
            if m["gender"] == "f" and fam_phone and rng.random() < 0.5:
                m["phones"] = fam_phone
            else:
                m["phones"] = pop.phones_for(m["arrival"] + rng.randint(0, 40), 420)
                fam_phone = fam_phone or m["phones"]
        _schools(pop, m, town, m["arrival"] + 60, True)


def _household_ukr(pop: Pop, town: str, hh: int) -> None:
    rng = pop.rng
    w = pop.w
    arrival = int(rng.uniform((date(2022, 3, 1) - START).days, (date(2024, 6, 1) - START).days))
    kind = rng.choices(["mother", "single", "elderly"], [55, 28, 17])[0]
    members = []
    if kind == "mother":
        m = pop.add(_base(pop, "ukrainian", "f", pop.birth(24, 50, arrival), hh, arrival, pop.name("ukrainian", "f"),
                          "ukr_adult"))
        members.append(m)
        for _i in range(rng.choice([1, 1, 2, 2, 3])):
            cb = m["birth"] + timedelta(days=int(rng.uniform(19, 40) * 365))
            if cb > _day(arrival - 30):
                continue
            gc = rng.choice("mf")
            c = pop.add(_base(pop, "ukrainian", gc, cb, hh, arrival,
                              pop.name("ukrainian", gc, family=m["name"]["root"]), "ukr_child"))
            if (_day(arrival) - cb).days > 18 * 365:
                c["cat"] = "ukr_adult"
            members.append(c)
        if rng.random() < 0.15:  # grandmother
            gm = pop.add(_base(pop, "ukrainian", "f", m["birth"] - timedelta(days=int(rng.uniform(20, 32) * 365)),
                               hh, arrival, pop.name("ukrainian", "f"), "ukr_adult"))
            members.append(gm)
    elif kind == "single":
        g = rng.choice("mf")
        members.append(pop.add(_base(pop, "ukrainian", g, pop.birth(18, 60, arrival), hh, arrival,
                                     pop.name("ukrainian", g), "ukr_adult")))
    else:
        a = pop.add(_base(pop, "ukrainian", "m", pop.birth(60, 80, arrival), hh, arrival, pop.name("ukrainian", "m"),
                          "ukr_adult"))
        b = pop.add(_base(pop, "ukrainian", "f", a["birth"] + timedelta(days=rng.randint(-1500, 2500)), hh, arrival,
                          pop.name("ukrainian", "f", family=a["name"]["root"]), "ukr_adult"))
        members += [a, b]
    shelter = w.unit(rng.choice(w.shelter[town]), f"k{rng.randint(1, 300)}")
    r = rng.random()
    if r < 0.25 and pop.hosts:
        res = [(arrival, rng.choice(pop.hosts))]
    else:
        res = [(arrival, shelter)]
    if rng.random() < 0.35 * pop.k.moves:
        res.append((arrival + int(rng.uniform(90, 900)), w.home(town)))
    leave = SPAN if rng.random() < 0.8 else arrival + int(rng.uniform(120, 900))
    reg = arrival + rng.randint(7, 90)
    for m in members:
        m["res"] = list(res)
        m["leave"] = leave
        _fix_birth(pop, m, "ukrainian")
        if rng.random() < 0.95 and reg < leave:
            m["bsn"] = _bsn(rng, pop.used_bsn)
            m["bsn_from"] = reg
        if (_day(arrival) - m["birth"]).days > 13 * 365:
            m["phones"] = pop.phones_for(arrival, 900, "+380", dutch_after=rng.randint(10, 200))
        _schools(pop, m, town, arrival + 20, True)
        if m["cat"] == "ukr_adult" and rng.random() < 0.12 and m is members[0]:
            m["plate"] = f"{rng.choice(['AA', 'BC', 'KA', 'AX', 'BI'])}{rng.randint(1000, 9999)}{rng.choice(['BC', 'KI', 'EH', 'AO'])}"


def _household_labour(pop: Pop, comm: str, town: str, hh: int) -> None:
    rng = pop.rng
    w = pop.w
    town = rng.choices(w.towns, weights=[len(w.flex[t]) for t in w.towns])[0]
    arrival = int(rng.uniform(-400, SPAN - 60))
    couple = rng.random() < 0.15
    g = "m" if couple or rng.random() < 0.75 else "f"
    members = [pop.add(_base(pop, comm, g, pop.birth(19, 58, arrival), hh, arrival, pop.name(comm, g), "labour"))]
    if couple:
        members.append(pop.add(_base(pop, comm, "f", members[0]["birth"] + timedelta(days=rng.randint(-1500, 2000)),
                                     hh, arrival, pop.name(comm, "f"), "labour")))
    undocumented = rng.random() < 0.25
    leave = arrival + int(rng.expovariate(1 / 900)) + 60
    d = arrival
    res = []
    t = town
    while d < min(leave, SPAN):
        h = rng.choice(w.flex[t])
        res.append((d, h))
        d += int(rng.uniform(90, 500) / max(pop.k.moves, 0.1))
        if rng.random() < 0.15:
            t = rng.choices(w.towns, weights=[len(w.flex[x]) for x in w.towns])[0]
    prefix = {"polish": "+48", "romanian": "+40", "bulgarian": "+359"}[comm]
    for m in members:
        m["res"] = res
        m["leave"] = leave
        m["undocumented"] = undocumented
        if not undocumented:
            m["bsn"] = _bsn(rng, pop.used_bsn)
            m["bsn_from"] = arrival + rng.randint(5, 60)
        m["phones"] = pop.phones_for(arrival, 500, prefix, dutch_after=rng.randint(20, 300))
        if couple and m is members[1] and rng.random() < 0.5:
            m["phones"] = members[0]["phones"]
    for _d, h in res:
        if h not in pop.vans and rng.random() < 0.4:
            pop.vans[h] = f"{rng.choice(['PO', 'WE', 'B', 'CT', 'PB', 'DW'])} {rng.randint(1000, 99999)}{rng.choice('ACKRX')}"


# ---------------------------------------------------------------------------------------------------------
# mentions
# ---------------------------------------------------------------------------------------------------------

SOURCE_WEIGHTS = {
    "est_adult": {"gemeente": 3, "huisarts": 3, "politie": 2, "bewoner": 1.5, "werkgever": 0.8, "ggd": 0.6},
    "est_child": {"school": 4, "huisarts": 2, "gemeente": 1.2, "politie": 0.6, "bewoner": 0.6, "ggd": 0.8},
    "asylum_coa": {"coa": 5, "vluchtelingenwerk": 2, "politie": 1, "huisarts": 1, "bewoner": 0.6, "ggd": 0.8},
    "asylum_home": {"gemeente": 3, "vluchtelingenwerk": 2, "huisarts": 2, "politie": 1.2, "werkgever": 1,
                    "bewoner": 1.2, "ggd": 0.6},
    "child": {"school": 4, "huisarts": 1.5, "gemeente": 1, "politie": 0.6, "bewoner": 0.6, "ggd": 1},
    "ukr_adult": {"gemeente": 3, "huisarts": 1, "werkgever": 2, "vluchtelingenwerk": 1.5, "politie": 0.7,
                  "bewoner": 0.7},
    "labour": {"werkgever": 4, "arbeidsinspectie": 2, "politie": 1.5, "huisarts": 0.8, "gemeente": 0.7,
               "bewoner": 1.5, "ggd": 0.4},
}
BSN_RATE = {"gemeente": 0.9, "huisarts": 0.75, "school": 0.45, "werkgever": 0.7, "coa": 0.5, "politie": 0.35,
            "arbeidsinspectie": 0.35, "vluchtelingenwerk": 0.1, "ggd": 0.55, "bewoner": 0.0}
PHONE_RATE = {"gemeente": 0.35, "huisarts": 0.6, "politie": 0.55, "coa": 0.6, "werkgever": 0.7,
              "arbeidsinspectie": 0.5, "vluchtelingenwerk": 0.85, "school": 0.7, "bewoner": 0.08, "ggd": 0.6}
DOB_RATE = {"gemeente": 0.98, "huisarts": 0.95, "politie": 0.8, "coa": 0.95, "werkgever": 0.8,
            "arbeidsinspectie": 0.5, "vluchtelingenwerk": 0.45, "school": 0.9, "bewoner": 0.0, "ggd": 0.9}
ADDR_RATE = {"gemeente": 0.97, "huisarts": 0.9, "politie": 0.75, "coa": 0.95, "werkgever": 0.7,
             "arbeidsinspectie": 0.85, "vluchtelingenwerk": 0.6, "school": 0.7, "bewoner": 0.9, "ggd": 0.8}
UNIT_RATE = {"gemeente": 0.85, "coa": 0.95, "huisarts": 0.6, "ggd": 0.6, "school": 0.5, "vluchtelingenwerk": 0.5,
             "politie": 0.4, "werkgever": 0.4, "arbeidsinspectie": 0.4}
# how far a source departs from the registered spelling of a name (times Knobs.translit)
RESPELL = {"gemeente": 0.03, "coa": 0.1, "huisarts": 0.25, "ggd": 0.3, "school": 0.2, "werkgever": 0.45,
           "politie": 0.5, "arbeidsinspectie": 0.55, "vluchtelingenwerk": 0.7, "bewoner": 0.8}


def _at(timeline, d: int):
    cur = None
    for start, v in timeline:
        if start <= d:
            cur = v
        else:
            break
    return cur


def _before(timeline, d: int):
    prev = None
    cur = None
    for start, v in timeline:
        if start <= d:
            prev, cur = cur, v
    return prev


def _n_mentions(rng: random.Random, p: dict, k: Knobs) -> int:
    if rng.random() < k.tail * (2.5 if p["cat"] in ("labour", "asylum_adult") or p["age_estimate"] else 0.7):
        return min(40, 6 + int(rng.expovariate(1 / 5.0)))
    base = rng.choices([1, 2, 3, 4, 5], [34, 30, 19, 11, 6])[0]
    x = base * k.mentions
    n = int(x) + (1 if rng.random() < x - int(x) else 0)
    return max(1, n)


def _spell(rng, tup, reg_idx: int, rate: float):
    if len(tup) > 1 and rng.random() < rate:
        i = rng.randrange(len(tup))
        return tup[i], i != reg_idx
    return tup[reg_idx], False


def _render_name(rng: random.Random, p: dict, src: str, d: int, k: Knobs, steps: list) -> tuple:
    """Returns (first, last, nickname)."""
    n = p["name"]
    rate = min(0.95, RESPELL[src] * k.translit)
    srate = min(0.95, k.structure)
    kind = n["kind"]
    nick = None
    if kind == "dutch":
        first = n["given"][0]
        last = n["family"][0]
        if src in ("politie", "werkgever", "school", "bewoner", "vluchtelingenwerk") and rng.random() < 0.45:
            if first != n["call"]:
                first = n["call"]
                steps.append("call_name")
        if " " in last and rng.random() < 0.15 * srate:
            parts = last.split(" ")
            v = rng.choice([parts[-1] + ", " + " ".join(parts[:-1]), parts[-1], last.title(),
                            "v." + (" d. " if len(parts) > 2 else " ") + parts[-1] if parts[0] == "van" else parts[-1]])
            if v != last:
                last = v
                steps.append("tussenvoegsel")
        nick = n["call"]
    elif kind == "simple":
        first, c1 = _spell(rng, n["given"], 0, rate * 0.6)
        last, c2 = _spell(rng, n["family"], 0, rate * 0.6)
        if c1:
            steps.append("translit:first")
        if c2:
            steps.append("translit:last")
        if n.get("strip") and src not in ("gemeente", "coa") and rng.random() < 0.5:
            f2, l2 = _strip_diacritics(first), _strip_diacritics(last)
            if (f2, l2) != (first, last):
                steps.append("diacritics")
            first, last = f2, l2
        nick = first[:3] if rng.random() < 0.2 else first
    elif kind == "ukr":
        first, c1 = _spell(rng, n["given"], n["p_given"], rate)
        scheme = None
        if src != "gemeente" and rng.random() < rate * 0.8:
            scheme = rng.choice(["russian", "dutch", "german", "enco"])
        last = _ukr_surname(n["root"], n["female"], scheme)
        if c1:
            steps.append("translit:first")
        if last != _ukr_surname(n["root"], n["female"], None):
            steps.append("translit:last")
        nick = first
    elif kind == "horn":
        g, fa, gf = (t[i] if rng.random() >= rate else rng.choice(t) for t, i in
                     zip((n["given"], n["father"], n["gfather"]), n["p"], strict=True))
        if (g, fa, gf) != tuple(t[i] for t, i in zip((n["given"], n["father"], n["gfather"]), n["p"], strict=True)):
            steps.append("translit")
        brp_chain = n["brp_chain"]
        r = rng.random()
        if src in ("gemeente", "coa", "huisarts", "school", "ggd") and r < 0.85:
            struct = "chain2" if brp_chain else "std"
        else:
            struct = rng.choices(["std", "chain2", "chain3", "gf_last"],
                                 [1, 0.5 * srate, 0.5 * srate, 0.15 * srate])[0]
        if struct == "std":
            first, last = g, fa
        elif struct == "chain2":
            first, last = f"{g} {fa}", gf
        elif struct == "chain3":
            first, last = f"{g} {fa} {gf}", None
        else:
            first, last = g, gf
        if struct != ("chain2" if brp_chain else "std"):
            steps.append("structure:" + struct)
        nick = g
    else:  # arab
        g, fa, gf = (t[i] if rng.random() >= rate else rng.choice(t) for t, i in
                     zip((n["given"], n["father"], n["gfather"]), n["p"], strict=True))
        if g != n["given"][n["p"][0]]:
            steps.append("translit:first")
        fam = n["family"]
        if fam:
            root = fam[0][0] if rng.random() >= rate * 0.6 else rng.choice(fam[0])
            pref = n["prefix"]
            if fam[1] and rng.random() < rate:
                pref = rng.choice(N.AL_PREFIX)
            famname = (pref + root) if pref != "Al" else ("Al" + root.lower())
            if famname != n["prefix"] + fam[0][0]:
                steps.append("translit:last")
            if src in ("gemeente", "coa") or rng.random() >= 0.35 * srate:
                first, last = g, famname
            else:
                struct = rng.choice(["chain", "father_last", "no_last"])
                steps.append("structure:" + struct)
                first, last = {"chain": (f"{g} {fa}", famname), "father_last": (g, fa), "no_last": (g, None)}[struct]
        else:  # no family name: BRP mononym or father's name
            mononym = p["idx"] % 2 == 0
            if src in ("gemeente", "coa") and rng.random() < 0.9:
                first, last = (None, g) if mononym else (g, fa)
            else:
                struct = rng.choices(["father_last", "mononym", "chain", "gf_last"], [3, 1, 1, 0.5])[0]
                first, last = {"father_last": (g, fa), "mononym": (None, g), "chain": (f"{g} {fa}", gf),
                               "gf_last": (g, gf)}[struct]
                if struct != ("mononym" if mononym else "father_last"):
                    steps.append("structure:" + struct)
        if src in ("vluchtelingenwerk", "politie", "bewoner", "werkgever") and rng.random() < 0.3 * rate:
            first = _dutch_phonetic(first) if first else first
            last = _dutch_phonetic(last) if last else last
            steps.append("dutch_phonetic")
        nick = g
        if g in ("Mohammad", "Mohammed", "Muhammad", "Mohamad", "Mohamed") and rng.random() < 0.5:
            nick = rng.choice(["Mo", "Momo", "Hamoudi"])
    # swapped given / family name (non-Dutch persons)
    if kind != "dutch" and first and last and src not in ("gemeente",) and rng.random() < 0.04 * srate:
        first, last = last, first
        steps.append("swap_names")
    return first, last, nick


def _fmt_bsn(rng, b: str, src: str, k: Knobs, steps: list) -> str:
    if rng.random() < k.bsn_typo:
        i = rng.randrange(9)
        b = b[:i] + str((int(b[i]) + rng.randint(1, 9)) % 10) + b[i + 1 :]
        steps.append("bsn_typo")
    habit = {"werkgever": ".", "arbeidsinspectie": " ", "politie": " ", "vluchtelingenwerk": "."}.get(src)
    if habit and rng.random() < k.bsn_format:
        steps.append("bsn_formatted")
        if habit == ".":
            return f"{b[:3]}.{b[3:5]}.{b[5:7]}.{b[7:]}" if rng.random() < 0.5 else f"{b[:4]}.{b[4:6]}.{b[6:]}"
        return f"{b[:3]} {b[3:6]} {b[6:]}"
    return b


def _fmt_phone(rng, ph: str, src: str) -> str:
    if ph.startswith("06"):
        f = rng.random()
        if f < 0.45:
            return ph
        if f < 0.65:
            return "06-" + ph[2:]
        if f < 0.8:
            return "+316" + ph[2:]
        if f < 0.9:
            return "06 " + ph[2:4] + " " + ph[4:6] + " " + ph[6:8] + " " + ph[8:]
        return "0031 6 " + ph[2:]
    if rng.random() < 0.5:
        return ph
    return ph[:4] + " " + ph[4:7] + " " + ph[7:]


def _fmt_pc(rng, pc: str) -> str:
    f = rng.random()
    if f < 0.55:
        return pc[:4] + " " + pc[4:]
    if f < 0.9:
        return pc
    return pc.lower() if f < 0.96 else pc[:4]


def _mention(rng: random.Random, pop: Pop, p: dict, d: int, k: Knobs) -> tuple[dict, dict]:
    steps: list[str] = []
    age = (_day(d) - p["birth"]).days / 365.25
    cat = p["cat"]
    addr_now = _at(p["res"], d)
    in_coa = addr_now is not None and pop.w.addr[addr_now]["kind"].startswith("hub:") and cat.startswith("asylum")
    if age < 16 and cat != "labour":
        wkey = "est_child" if cat.startswith("est") else "child"
    elif cat.startswith("asylum"):
        wkey = "asylum_coa" if in_coa else "asylum_home"
    elif cat.startswith("ukr"):
        wkey = "ukr_adult"
    elif cat == "labour":
        wkey = "labour"
    else:
        wkey = "est_adult"
    ws = SOURCE_WEIGHTS[wkey]
    src = rng.choices(list(ws), list(ws.values()))[0]
    if src == "school" and not _at(p["school"], d):
        src = "huisarts"
    miss = k.missing
    r: dict = {"source": src}
    first, last, nick = _render_name(rng, p, src, d, k, steps)
    if src == "bewoner":
        if rng.random() < 0.7:
            r["nickname"] = nick
            if rng.random() < 0.3 and first:
                r["first_name"] = first
        else:
            r["first_name"] = first or last
        r["age_estimate"] = max(1, int(round(age + rng.gauss(0, 4))))
        steps.append("resident_report")
    else:
        if first:
            r["first_name"] = first
        if last and rng.random() > 0.02 * miss:
            r["last_name"] = last
        if src in ("politie", "vluchtelingenwerk", "werkgever") and nick and nick != first and rng.random() < 0.15:
            r["nickname"] = nick
    for f in ("first_name", "last_name", "nickname"):
        if f in r and r[f] and rng.random() < k.typo:
            r[f] = _typo(rng, r[f])
            steps.append("typo:" + f.split("_")[0])
    if src == "politie" and rng.random() < 0.25:
        for f in ("first_name", "last_name"):
            if r.get(f):
                r[f] = r[f].upper()
    # birth date / age
    if src != "bewoner":
        if rng.random() < DOB_RATE[src] * (1 - 0.1 * (miss - 1)):
            reg = p["reg_birth"]
            if p["corrected"] is not None and d >= p["corrected"] and src in ("gemeente", "huisarts", "school"):
                reg = p["birth"]
                steps.append("corrected_dob")
            if reg != p["birth"]:
                if src in ("politie", "vluchtelingenwerk", "arbeidsinspectie") and rng.random() < 0.4:
                    reg = p["birth"] if not p["age_estimate"] else reg
                    steps.append("stated_dob")
                else:
                    steps.append("placeholder_dob")
            s = reg.isoformat()
            if rng.random() < k.dob_noise:
                y, m, dd = s.split("-")
                if int(dd) <= 12 and dd != m and rng.random() < 0.6:
                    s = f"{y}-{dd}-{m}"
                    steps.append("dob_swap")
                else:
                    i = rng.choice([2, 3, 6, 9])
                    s = s[:i] + str(rng.randint(0, 9)) + s[i + 1 :]
                    steps.append("dob_typo")
                try:
                    date.fromisoformat(s)
                except ValueError:
                    s = reg.isoformat()
            r["birth_date"] = s
        elif p["age_estimate"] or src in ("arbeidsinspectie", "politie", "vluchtelingenwerk"):
            r["age_estimate"] = max(1, int(round(age + rng.gauss(0, 2.5))))
            steps.append("age_estimate")
    if rng.random() < 0.96:
        g = p["gender"]
        if p["comm"] in ("eritrean", "ethiopian", "afghan") and rng.random() < 0.02:
            g = "f" if g == "m" else "m"
            steps.append("gender_error")
        r["gender"] = g
    # BSN
    if p["bsn"] and d >= p["bsn_from"] and rng.random() < BSN_RATE[src] * k.bsn:
        r["bsn"] = _fmt_bsn(rng, p["bsn"], src, k, steps)
    elif p["undocumented"] and src in ("werkgever", "arbeidsinspectie") and rng.random() < k.bsn_borrowed:
        mates = [q for q in pop.by_addr.get(addr_now, ()) if q["bsn"] and q is not p]
        if mates:
            r["bsn"] = rng.choice(mates)["bsn"]
            steps.append("borrowed_bsn")
    # address
    if addr_now is not None and rng.random() < ADDR_RATE[src] * (1 - 0.1 * (miss - 1)):
        a_id = addr_now
        if src in ("huisarts", "politie", "school", "ggd", "werkgever") and rng.random() < k.stale:
            prev = _before(p["res"], d)
            if prev is not None:
                a_id = prev
                steps.append("stale_address")
        a = pop.w.addr[a_id]
        if a["kind"].startswith("hub:"):
            steps.append("hub_address")
        r["street"] = a["street"] if rng.random() >= k.typo else _typo(rng, a["street"])
        if src == "bewoner":
            if rng.random() < 0.3:
                r["house_number"] = a["number"]
        else:
            num = a["number"]
            if a.get("unit") and rng.random() < UNIT_RATE.get(src, 0.4):
                u = a["unit"]
                num = rng.choice([f"{num}-{u}", f"{num} {u}", f"{num}{u}", f"{num} {u.upper()}"])
                steps.append("unit")
            elif a.get("unit"):
                steps.append("unit_dropped")
            elif "-" in num and rng.random() < 0.4:
                num = num.replace("-", " ")
            elif num[-1:].isalpha() and rng.random() < 0.4:
                num = num[:-1] + " " + num[-1].lower()
            r["house_number"] = num
            if rng.random() < 0.8 / miss:
                r["postcode"] = _fmt_pc(rng, a["pc"])
        if rng.random() < 0.85 / miss:
            spellings = N.TOWNS[a["town"]][0]
            r["city"] = spellings[0] if rng.random() < 0.7 else rng.choice(spellings)
    # phone
    phones = p["phones"]
    if not phones and src in ("school", "huisarts", "ggd"):
        parents = [q for q in pop.households[p["hh"]] if q["phones"] and q is not p and q["birth"] < p["birth"]]
        if parents:
            phones = parents[0]["phones"]
            steps.append("parent_phone")
    if phones and rng.random() < PHONE_RATE[src]:
        ph = _at(phones, d)
        if ph and rng.random() < k.stale:
            prev = _before(phones, d)
            if prev:
                ph = prev
                steps.append("stale_phone")
        if ph:
            r["phone"] = _fmt_phone(rng, ph, src)
    # plate, school
    if src in ("politie", "arbeidsinspectie", "werkgever"):
        if p["plate"] and rng.random() < 0.5:
            pl = p["plate"]
            r["license_plate"] = pl if rng.random() < 0.6 else pl.replace("-", "").replace(" ", "")
        elif p["cat"] == "labour" and addr_now in pop.vans and rng.random() < 0.35:
            r["license_plate"] = pop.vans[addr_now]
            steps.append("shared_van")
    if src in ("school", "politie", "ggd") or (src == "bewoner" and rng.random() < 0.2):
        sc = _at(p["school"], d)
        if sc and (src == "school" or rng.random() < 0.4):
            if rng.random() < 0.3:
                sc = sc.replace("Basisschool ", "").replace("OBS ", "")
            r["school"] = sc
    side = {"person": p["pid"], "source": src, "date": _day(d).isoformat(), "steps": steps}
    return r, side


def generate_detailed(persons: int, seed: int, knobs: Knobs | None = None) -> tuple[list[dict], dict, dict]:
    k = knobs or Knobs()
    rng = random.Random(seed)
    pop = Pop(rng, k)
    pop.shared_homes = {}
    _build(pop, persons)
    pop.households = {}
    for p in pop.persons:
        pop.households.setdefault(p["hh"], []).append(p)
    pop.by_addr = {}
    for p in pop.persons:
        for _d, a in p["res"]:
            lst = pop.by_addr.setdefault(a, [])
            if not lst or lst[-1] is not p:
                lst.append(p)
    out: list[tuple[dict, dict]] = []
    for p in pop.persons:
        if not p["visible"]:
            continue
        n = _n_mentions(rng, p, k)
        lo = max(0, p["arrival"])
        hi = min(SPAN, p["leave"])
        if hi <= lo:
            lo, hi = min(lo, SPAN - 30), SPAN
        for _ in range(n):
            d = rng.randint(lo, hi)
            out.append(_mention(rng, pop, p, d, k))
    rng.shuffle(out)
    records: list[dict] = []
    truth: dict[str, str] = {}
    side_m: dict[str, dict] = {}
    for i, (r, s) in enumerate(out):
        mid = f"m{i:06d}"
        rec = {"id": mid}
        rec.update(r)
        records.append(rec)
        truth[mid] = s["person"]
        side_m[mid] = s
    side_p = {}
    for p in pop.persons:
        if not p["visible"]:
            continue
        n = p["name"]
        side_p[p["pid"]] = {
            "community": p["comm"], "cat": p["cat"], "household": p["hh"], "gender": p["gender"],
            "birth": p["birth"].isoformat(), "registered_birth": p["reg_birth"].isoformat(),
            "corrected_day": _day(p["corrected"]).isoformat() if p["corrected"] is not None else None,
            "arrival": _day(p["arrival"]).isoformat(), "bsn": p["bsn"],
            "bsn_from": _day(p["bsn_from"]).isoformat() if p["bsn"] and p["bsn_from"] > -9999 else None,
            "undocumented": p["undocumented"], "age_estimate": p["age_estimate"],
            "name": {kk: (list(v) if isinstance(v, tuple) else v) for kk, v in n.items()},
            "residences": [[_day(d).isoformat(), a, pop.w.addr[a]["kind"]] for d, a in p["res"]],
            "phones": [[_day(d).isoformat(), ph] for d, ph in p["phones"]],
            "plate": p["plate"], "school": [[_day(d).isoformat(), s] for d, s in p["school"]],
        }
    return records, truth, {"mentions": side_m, "persons": side_p, "addresses": pop.w.addr}


def generate(n_persons: int = 20000, seed: int = 1) -> tuple[list[dict], dict]:
    records, truth, _ = generate_detailed(n_persons, seed, Knobs())
    return records, truth
