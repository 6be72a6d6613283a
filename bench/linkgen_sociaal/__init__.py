"""Social-domain generator: vulnerable adults and families in care and debt, and the organisations that write
about them.

    from linkgen_sociaal import generate, generate_detailed, Knobs
    records, truth = generate(n_persons=20000, seed=1)           # mention dicts, mention id -> person id
    records, truth, side = generate_detailed(20000, 1, Knobs())  # side: tags per mention, true persons

Written from the `doortastend link` input contract alone, as an outside evaluator would (no knowledge of the
linker, the project's generator or the other generators beyond their module docstrings).  Deterministic per
seed (``random.Random(seed)``; every mention is rendered from a seed drawn from it), reference date
2026-06-30, mentions dated 2023-01-01 .. 2026-06-30, standard library only, no Faker; names, streets,
facilities and schools are compiled by hand in names.py.  20,000 persons generate in about 5 seconds.

The idea: the municipal social domain.  The persons are not youths on the street but adults and families who
are known to care, debt and housing organisations, and who are written down by a dozen organisations with
their own forms: a bewindvoerder who writes the office address, a care provider who writes "Johanna
Wilhelmina", a neighbourhood team that writes "Joke", a housing corporation that writes "Mw. Jansen", a
neighbour who writes "de buurman van 12".  The hard negatives are the people around them at the same
address: partners, adult children living with an old parent, a son with his father's name, twins, the
exploiters who use the home, housemates, residents of the same facility.

Population (cases, drawn until n_persons mentioned persons exist; weights per case)
  * Five municipalities (Leeuwarden with Stiens/Grou/Wirdum and the Frisian name Ljouwert, Heerlen with
    Hoensbroek, Den Helder with Julianadorp, Vlaardingen, Helmond with Mierlo-Hout/Stiphout), 260-420 streets
    each (the town's own streets, 60 % of a list of streets found in every Dutch town, the rest composed
    from roots x endings), nearly uniform street choice, 20-300 numbers per street, a postcode per 20
    numbers, 25 % flat streets (12-1 .. 12-4, 12-hs), 6 % 12A/12B.  Facilities per town: 16 beschermd-wonen
    locations with units, 2 secret women's shelters (with a Postbus), 3 night shelters, 8 care homes,
    8 bewindvoerder offices (address + landline).
  * Communities per town (Dutch incl. Frisian and Limburg names 60-82 %, Moroccan-, Turkish-Dutch,
    Surinamese Creole and Hindustani, Antillean, Moluccan, Polish, Bulgarian).  Dutch born before 1965 carry
    Latin official names and a roepnaam (Johanna Wilhelmina / Joke; Limburg: Hubertus / Hub), younger ones a
    modern first name plus often a grandparent's name; Moroccan men 15 % "Mohamed X" called X; Turkish 20 %
    double names, called by either; Hindustani 30 % a house name (Pooja, Roy); Bulgarians first name +
    patronymic; Polish/Bulgarian diminutives (Gosia, Mitko).  Surnames Zipf-weighted per community (Dutch: a
    head of common names 55 %, a long composed tail 45 %), Polish/Bulgarian feminine forms.  Moroccan and
    Turkish persons born before 1966: 40 % registered with year only (BRP date YYYY-01-01).
  * Married women: Dutch/Surinamese/Antillean/Moluccan choose a naamgebruik (own, partner-own "Jansen-de
    Vries", partner, own-partner; older women more often the partner's name); Turkish wives 60 % and Polish
    80 % carry the husband's name officially; widows keep the late husband's name in use.
  * cuckoo (.16): an adult with a mild intellectual disability (19-66) whose home is used; sometimes an old
    parent or a partner in the house, a bewindvoerder (45 %), a mentor (25 %); 1-3 exploiters (young men
    with street nicknames 75 %, cars, changing phones; 25 % a brother, 10 % of those a twin; 45 % hang out at
    the victim's address, 20 % use the victim's phone); 25 % of victims are evicted later (30 % to a night
    shelter).
  * loverboy (.06): a young woman (15-23), half with LVB, at her mother's (and father's) with siblings
    (6 % a twin), a school; 1-2 exploiters (20 % hang out at the home); 25 % move to a secret shelter.
  * debt (.17): single parents (35 %) or couples (60 % married), 0-4 children (5 % twins), 40 % bewind,
    20 % a shared landline, 15 % move (eviction).
  * bw (.11): an adult client, 40 % in a beschermd-wonen unit (30 % of them moved in during the period),
    50 % bewind, 50 % a mentor (parent or sibling whose phone and address are used).
  * elderly (.16): a widow(er) or an old couple (72-96, landline), 35 % an adult child living in (half of
    them taking the money; a son named after his father in 35 % of eligible Dutch/Moroccan sons), 40 % a
    relative elsewhere who exploits (a son/daughter or a grandson), 40 % a mentor, 30 % bewind, 18 % move to
    a care home; neighbours say "ome Jan", "tante Riek".
  * dv (.16): a couple (8 % male victim), children (5 % twins); half of the victims go to a secret shelter
    with the minor children, half of those later to a new home (30 % in another town).
  * homeless (.09): evicted (20 % of them Polish/Bulgarian), then a night shelter (55 %) or no address,
    25 % housed again; 30 % no phone, others change phones often.
  * labour (.09): 3-8 Polish/Bulgarian adults in an employer's house (couples, brothers), half without BSN,
    40 % of houses move together; Polish/Bulgarian mobile numbers.
  Relatives, mentors and housemates are mentioned with a base probability times Knobs.relatives; twins of a
  mentioned twin (0.6-0.8) and the father of a junior (0.7) with a fixed probability.

Mentions: 1 + Poisson(mean x Knobs.mentions) per mentioned person (means in ROLES: focus persons 2.6-3.2,
exploiters 1.2, relatives 0.4-0.9), sources drawn from the role's weights (ROLES), dates uniform in the
period (after birth).  A repeat mention by the same organisation reuses an earlier registration with
probability SOURCES[src]["same"] (same file, same spelling; tag same_file).

Organisations and habits (SOURCES; rates per mention; the name habits apply to Knobs.forms = 50 % of the
mentions, the others carry the roepnaam plainly)
  * wijkteam: roepnaam 74 %, naamgebruik, BSN .21, birth .65 else age guess, school for children, street
    nickname; GGD: first official name, BSN .37; schuldhulp: initials 30 %, Dhr./Mw. 15 %, BSN .58, the
    bewindvoerder's address 8 % x hubs; bewindvoering: all given names 45 %, SURNAME caps 15 %, "Vries, de"
    15 %, BSN .62, the office address 25 % and phone 25 % x hubs; WMO-loket: initials 35 %, title 20 %, BSN
    .54, the mentor's phone 30 % x hubs; woningcorporatie: no BSN, the husband's name 30 %, titles, always
    the dwelling; politie: full given names 22 %, caps 15 %, age guesses, nicknames 45 %, plates, the
    victim's address for exploiters (40 %), BSN .33; Veilig Thuis: roepnaam/first, secret shelter addresses
    ("geheim adres", suppressed, or the old address), BSN .25; zorgaanbieder: all given names 35 %, BSN
    .58, the shelter's Postbus, the mentor's phone; huisarts (rare): BSN .69, complete; buren: roepnaam or
    only a nickname, no surname 50 %, age guess (sd 6, rounded to 5), no postcode, "Kerkstraat 12" in one
    field 15 %, no name at all 6 % ("buurman van 12"), the victim's address for exploiters 85 %; energie:
    initials, the husband's name 35 %, caps, +31 numbers, no BSN.
  * Field presence = 1 - (1 - rate) x Knobs.missing for fields the source records at all.  Address lag
    (the previous address within 18 months of a move) 0-30 % by source; phones: the previous number 30 %
    after a change, a shared landline, a parent's phone for children; formats 0612345678 / 06-12345678 /
    06 1234 5678 / +31 6 ... / 0031..., foreign +48 512 345 678 / 0048... / without country code.
Noise (x source err x Knobs.noise): typo in the given name .025, surname .03 (phonetic ij/y, ch/g, oe/u ...,
deletion, transposition, doubling, keyboard neighbour), street .015, postcode .012, phone .01; birth date
day/month swap .02, year +-1 .015, day digits .015; gender wrong .005; BSN typo .006, the partner's BSN
.004, leading zero lost (.3 of zero-led BSNs in schuldhulp/bewindvoering); spelling variants of names that
have one (Mohamed/Mohammed, El Amrani/Elamrani, Soekhai/Sukhai, Hristo/Christo) at the source's var rate x
Knobs.variants; diacritics folded; suffix dropped .12, street abbreviations (Burg., str.) .04-.10, village
or municipality as city, "Ljouwert".

Hard negatives present: twins (same birth date, surname, address, school, often a parent's phone), junior /
senior at one address (same first name and surname), partners (shared address and landline; a wife written
with the husband's surname and "Mw." next to "Dhr."), parents and adult children at one address, siblings,
exploiters at the victim's address and with the victim's phone, housemates in labour-migrant houses,
residents of one beschermd-wonen location, shelter or care home, clients of one bewindvoerder office,
flat neighbours (12-1 / 12-2), namesakes (Zipf-weighted names across five towns).

Knobs (defaults calibrated at 20,000 persons, seeds 1 and 2: BSN-only F1 0.215 / 0.223, plain Splink
0.836 / 0.834, 62.5k mentions): mentions, bsn, noise, variants, missing (0.4), hubs (0.15), relatives
(0.15), zipf, forms (0.5).  With missing = hubs = relatives = forms = 1 (the tables as written) plain Splink
scores about 0.4: it merges co-residents and hub addresses.

Side data: side["mentions"][id] = {source, date, tags}; side["persons"][pid] = true names, birth dates,
BSN, phones, addresses over time (facility names in brackets), roles, case id, bewindvoerder, mentor and
relations (partner_of, parent_of, child_of, sibling_of, twin_of, junior_of, senior_of, grandchild_of,
grandparent_of, exploiter_of, exploited_by, mentor_of, mentored_by, housemate_of).
"""

from __future__ import annotations

import math
import random
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from . import names as N

REF = date(2026, 6, 30)
WIN0 = date(2023, 1, 1)
WINDAYS = (REF - WIN0).days
LONG_AGO = date(1900, 1, 1)
LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}


@dataclass
class Knobs:
    """Global multipliers on the rates in SOURCES / ROLES / the case builders.  The defaults are the
    calibrated values (BSN-only ~0.22, plain Splink ~0.83 pairwise F1 at 20,000 persons); 1.0 everywhere
    means "the tables as written", which is harder for plain Splink (more co-residents mentioned, more hub
    addresses)."""

    mentions: float = 1.0  # multiplier on the mean number of extra mentions per person (role profile)
    bsn: float = 1.0  # multiplier on the sources' BSN rates
    noise: float = 1.0  # multiplier on typing / transcription error rates
    variants: float = 1.0  # multiplier on spelling-variant rates (Mohamed/Mohammed, Soekhai/Sukhai)
    missing: float = 0.4  # multiplier on the omission rates of birth date, address, phone, gender, postcode
    hubs: float = 0.15  # multiplier on writing a shared address / phone (bewindvoerder, mentor, shelters)
    relatives: float = 0.15  # multiplier on the chance that relatives, housemates, mentors are mentioned
    zipf: float = 1.0  # multiplier on the name-popularity exponents (more namesakes when > 1)
    forms: float = 0.5  # share of mentions written with the source's name habits (else: roepnaam, plain)


# --- organisations and their habits -----------------------------------------------------------------------
# bsn: rate of recording the BSN; given: how given names are written (roep = roepnaam, first = first official
# name, full = all official names, initials, nick = only a nickname, none); sur: which surname a married woman
# is written with (own = geslachtsnaam, usage = her naamgebruik, husband = the partner's name); sur_none: no
# surname; caps: upper-case names; title: Dhr./Mw. prefix; sorted: "Vries, de"; birth / age: birth date /
# age guess instead; gender, addr, pc, city, phone, nick, plate, school: presence; lag: an address the person
# left (< 18 months ago); err: multiplier on typing errors; fold: diacritics dropped; var: spelling variant of
# a name that has one; same: chance that a repeat mention comes from the same file (identical choices).
SOURCES: dict[str, dict] = {
    "wijkteam": dict(bsn=.21, given=dict(roep=.74, first=.14, full=.03, initials=.03, none=.06),
                     sur=dict(own=.3, usage=.55, husband=.15), sur_none=.04, caps=.02, title=.02, sorted=.02,
                     birth=.65, age=.3, gender=.8, addr=.88, pc=.6, city=.85, phone=.6, nick=.25, plate=.05,
                     school=.6, lag=.2, err=1.0, fold=.1, var=.25, same=.5,
                     pfmt=dict(plain=.4, dash=.35, space=.2, intl=.05)),
    "GGD": dict(bsn=.37, given=dict(first=.55, roep=.25, full=.1, initials=.1), sur=dict(own=.6, usage=.4),
                sur_none=.01, caps=.05, title=.03, sorted=.03, birth=.88, age=.1, gender=.9, addr=.8, pc=.75,
                city=.9, phone=.5, nick=.1, plate=0, school=.3, lag=.25, err=.8, fold=.3, var=.15, same=.5,
                pfmt=dict(plain=.6, dash=.2, space=.1, intl=.1)),
    "schuldhulp": dict(bsn=.58, given=dict(initials=.3, first=.5, full=.12, roep=.08),
                       sur=dict(own=.6, usage=.37, husband=.03), sur_none=0, caps=.03, title=.15, sorted=.06,
                       birth=.95, age=0, gender=.9, addr=.95, pc=.95, city=.95, phone=.8, nick=0, plate=.02,
                       school=0, lag=.15, err=.6, fold=.5, var=.1, same=.7,
                       pfmt=dict(plain=.6, dash=.2, space=.1, intl=.1)),
    "bewindvoering": dict(bsn=.62, given=dict(full=.45, first=.4, initials=.15), sur=dict(own=.8, usage=.2),
                          sur_none=0, caps=.15, title=.1, sorted=.15, birth=.95, age=0, gender=.8, addr=.92,
                          pc=.95, city=.95, phone=.6, nick=0, plate=0, school=0, lag=.2, err=.5, fold=.6,
                          var=.05, same=.8, pfmt=dict(plain=.7, dash=.1, space=.1, intl=.1)),
    "WMO-loket": dict(bsn=.54, given=dict(initials=.35, first=.5, roep=.15), sur=dict(own=.5, usage=.5),
                      sur_none=0, caps=.03, title=.2, sorted=.1, birth=.92, age=0, gender=.95, addr=.95,
                      pc=.9, city=.95, phone=.7, nick=0, plate=0, school=0, lag=.1, err=.6, fold=.3, var=.1,
                      same=.7,
                      pfmt=dict(plain=.5, dash=.35, space=.15, intl=0)),
    "woningcorporatie": dict(bsn=.01, given=dict(initials=.25, first=.4, roep=.27, none=.08),
                             sur=dict(own=.25, usage=.45, husband=.3), sur_none=0, caps=.05, title=.2,
                             sorted=.04, birth=.45, age=0, gender=.75, addr=1.0, pc=.98, city=.95, phone=.7,
                             nick=0, plate=0, school=0, lag=0, err=.8, fold=.4, var=.15, same=.7,
                             pfmt=dict(plain=.5, dash=.3, space=.1, intl=.1)),
    "politie": dict(bsn=.33, given=dict(full=.22, first=.63, roep=.12, none=.03),
                    sur=dict(own=.85, usage=.1, husband=.05), sur_none=.02, caps=.15, title=0, sorted=0,
                    birth=.85, age=.5, gender=.95, addr=.8, pc=.55, city=.9, phone=.5, nick=.45, plate=.6,
                    school=.2, lag=.3, err=1.0, fold=.3, var=.3, same=.4,
                    pfmt=dict(plain=.7, dash=.1, space=.05, intl=.15)),
    "Veilig Thuis": dict(bsn=.25, given=dict(first=.55, roep=.37, full=.08),
                         sur=dict(own=.45, usage=.45, husband=.1), sur_none=.02, caps=.02, title=0, sorted=0,
                         birth=.72, age=.35, gender=.9, addr=.75, pc=.6, city=.85, phone=.55, nick=.1,
                         plate=0, school=.55, lag=.25, err=.9, fold=.2, var=.25, same=.5,
                         pfmt=dict(plain=.5, dash=.3, space=.2, intl=0)),
    "zorgaanbieder": dict(bsn=.58, given=dict(full=.35, first=.35, roep=.3), sur=dict(own=.7, usage=.3),
                          sur_none=0, caps=.03, title=.05, sorted=.06, birth=.95, age=0, gender=.9, addr=.9,
                          pc=.85, city=.9, phone=.55, nick=.05, plate=0, school=.2, lag=.2, err=.6, fold=.3,
                          var=.1, same=.7, pfmt=dict(plain=.5, dash=.3, space=.15, intl=.05)),
    "huisarts": dict(bsn=.69, given=dict(initials=.25, full=.3, first=.45), sur=dict(own=.5, usage=.5),
                     sur_none=0, caps=.03, title=.1, sorted=.06, birth=1.0, age=0, gender=1.0, addr=.95,
                     pc=.95, city=.95, phone=.8, nick=0, plate=0, school=0, lag=.1, err=.4, fold=.3, var=.05,
                     same=.9,
                     pfmt=dict(plain=.6, dash=.3, space=.1, intl=0)),
    "buren": dict(bsn=0, given=dict(roep=.62, nick=.2, none=.18), sur=dict(husband=.5, own=.5), sur_none=.5,
                  caps=.03, title=0, sorted=0, birth=0, age=.6, gender=.85, addr=.9, pc=.1, city=.5,
                  phone=.15, nick=.55, plate=.15, school=.05, lag=.05, err=2.0, fold=.5, var=.4, same=.2,
                  noname=.06, pfmt=dict(plain=.5, dash=.2, space=.3, intl=0)),
    "energie": dict(bsn=0, given=dict(initials=.45, first=.45, none=.1),
                    sur=dict(husband=.35, usage=.3, own=.35),
                    sur_none=0, caps=.15, title=.1, sorted=.1, birth=.35, age=0, gender=.5, addr=1.0, pc=1.0,
                    city=1.0, phone=.6, nick=0, plate=0, school=0, lag=.2, err=.6, fold=.7, var=.1, same=.8,
                    pfmt=dict(plain=.4, dash=0, space=0, intl=.6)),
}

# role -> (mean number of extra mentions, source weights)
ROLES: dict[str, tuple[float, dict[str, float]]] = {
    "cuckoo_victim": (3.2, {"wijkteam": 3, "politie": 3, "woningcorporatie": 2, "energie": 1.5, "buren": 2,
                            "zorgaanbieder": 1.5, "bewindvoering": 1, "GGD": 1, "WMO-loket": 1,
                            "schuldhulp": .7, "huisarts": .3}),
    "exploiter": (1.2, {"politie": 5, "buren": 2, "woningcorporatie": .7, "wijkteam": 1, "Veilig Thuis": .3,
                        "energie": .3}),
    "loverboy_victim": (3.0, {"politie": 2.5, "zorgaanbieder": 2, "wijkteam": 2.5, "Veilig Thuis": 1.5,
                              "GGD": 1, "buren": .5, "huisarts": .3, "schuldhulp": .3}),
    "debt_client": (2.6, {"schuldhulp": 4, "bewindvoering": 2, "wijkteam": 2, "woningcorporatie": 1.5,
                          "energie": 1.5, "WMO-loket": .7, "GGD": .5, "politie": .3, "huisarts": .2}),
    "partner": (0.9, {"schuldhulp": 2, "wijkteam": 2, "woningcorporatie": 1, "politie": 1, "Veilig Thuis": .5,
                      "energie": .5, "buren": .5}),
    "bw_client": (2.6, {"zorgaanbieder": 4, "WMO-loket": 2, "wijkteam": 2, "GGD": 1.5, "bewindvoering": 1.5,
                        "politie": .8, "huisarts": .4, "buren": .4}),
    "elderly": (2.8, {"wijkteam": 2.5, "WMO-loket": 2.5, "zorgaanbieder": 2.5, "huisarts": .8,
                      "bewindvoering": 1.2, "Veilig Thuis": 1.2, "politie": .6, "buren": 1,
                      "woningcorporatie": .5, "schuldhulp": .3}),
    "relative": (0.6, {"wijkteam": 3, "Veilig Thuis": 1, "politie": 1, "zorgaanbieder": 1, "WMO-loket": .5,
                       "buren": .7, "woningcorporatie": .3}),
    "mentor": (0.4, {"zorgaanbieder": 1, "wijkteam": 1, "WMO-loket": 1, "bewindvoering": .3}),
    "exploiting_relative": (1.4, {"Veilig Thuis": 3, "politie": 2, "wijkteam": 2, "buren": .7,
                                  "bewindvoering": .3, "zorgaanbieder": .5}),
    "dv_victim": (3.0, {"Veilig Thuis": 4, "politie": 3, "wijkteam": 2, "zorgaanbieder": 1.5,
                        "schuldhulp": .7,
                        "huisarts": .4, "GGD": .5, "woningcorporatie": .5, "buren": .5}),
    "dv_perpetrator": (1.5, {"politie": 4, "Veilig Thuis": 3, "wijkteam": .8, "buren": .7,
                             "woningcorporatie": .3}),
    "child": (0.9, {"Veilig Thuis": 3, "wijkteam": 2, "politie": .5, "GGD": .8}),
    "homeless": (2.6, {"GGD": 3, "politie": 3, "zorgaanbieder": 2, "wijkteam": 1.5, "schuldhulp": 1,
                       "buren": .3, "huisarts": .3}),
    "labour": (1.6, {"politie": 2, "GGD": 1.5, "wijkteam": 1.5, "woningcorporatie": .8, "schuldhulp": 1,
                     "buren": 1, "energie": .3}),
    "housemate": (0.6, {"politie": 2, "GGD": 1, "wijkteam": 1, "buren": 1, "woningcorporatie": .5}),
}

CASES = [("cuckoo", .16), ("loverboy", .06), ("debt", .17), ("bw", .11), ("elderly", .16), ("dv", .16),
         ("homeless", .09), ("labour", .09)]


def _age(b: date, d: date) -> int:
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def _fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


KEYB = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm",
                             ["wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl", "ol", "qsz",
                              "awdx",
                              "sefc", "drgv", "fthb", "gyjn", "hukm", "jilm", "kop", "asx", "zsdc", "xdfv",
                              "cfgb", "vghn", "bhjm", "njk"], strict=True)}
PHONETIC = [("ij", "y"), ("y", "ij"), ("ei", "ij"), ("ch", "g"), ("c", "k"), ("k", "c"), ("ph", "f"),
            ("dt", "d"), ("s", "z"), ("z", "s"), ("ou", "au"), ("ie", "i"), ("oe", "u"), ("ee", "e"),
            ("aa", "a"), ("uu", "u"), ("th", "t")]


class _Gen:
    def __init__(self, seed: int, knobs: Knobs) -> None:
        self.r = random.Random(seed)
        self.k = knobs
        self.persons: list[dict] = []
        self.byid: dict[str, dict] = {}
        self.n_mentioned = 0
        self.bsns: set[str] = set()
        self.numbers: set[str] = set()
        self.dwellings: set[tuple] = set()
        self._cum: dict[tuple, list[float]] = {}
        self.towns = [self._town(t) for t in N.TOWNS]

    # --- helpers -------------------------------------------------------------------------------------------
    def zpick(self, seq: list, s: float = 1.0):
        key = (id(seq), s)
        cw = self._cum.get(key)
        if cw is None:
            tot, cw = 0.0, []
            for i in range(len(seq)):
                tot += 1.0 / (i + 1) ** s
                cw.append(tot)
            self._cum[key] = cw
        return self.r.choices(seq, cum_weights=cw)[0]

    def wpick(self, weights: dict, rng: random.Random | None = None):
        rng = rng or self.r
        return rng.choices(list(weights), weights=list(weights.values()))[0]

    def poisson(self, lam: float) -> int:
        lim, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= self.r.random()
            if p <= lim:
                return k
            k += 1

    def day_in_window(self, lo: date = WIN0, hi: date = REF) -> date:
        return lo + timedelta(days=self.r.randrange(max(1, (hi - lo).days)))

    def bdate(self, a0: float, a1: float) -> date:
        return REF - timedelta(days=int(self.r.uniform(a0, a1 + 1) * 365.25))

    def new_bsn(self) -> str:
        while True:
            head = f"{self.r.randrange(10 ** 7):07d}"
            head = ("0" if self.r.random() < .08 else str(self.r.randint(1, 9))) + head
            last = sum(int(c) * w for c, w in zip(head, (9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
            d = head + str(last)
            if last < 10 and d not in self.bsns:
                self.bsns.add(d)
                return d

    def new_mobile(self, comm: str = "") -> str:
        while True:
            if comm == "polish" and self.r.random() < .6:
                n = f"+48{self.r.choice([5, 6, 7, 8])}{self.r.randrange(10 ** 8):08d}"
            elif comm == "bulgarian" and self.r.random() < .6:
                n = f"+3598{self.r.choice([7, 8, 9])}{self.r.randrange(10 ** 7):07d}"
            else:
                n = f"06{self.r.randrange(10 ** 8):08d}"
            if n not in self.numbers:
                self.numbers.add(n)
                return n

    def new_landline(self, town: dict) -> str:
        area = town["area"]
        while True:
            w = 9 - len(area)
            n = f"{area}{self.r.randint(2, 7)}{self.r.randrange(10 ** w):0{w}d}"
            if n not in self.numbers:
                self.numbers.add(n)
                return n

    def plate(self) -> str:
        L = "BDFGHJKLNPRSTVXZ"

        def ls(n: int) -> str:
            return "".join(self.r.choice(L) for _ in range(n))

        def ds(n: int) -> str:
            return "".join(str(self.r.randint(0, 9)) for _ in range(n))

        return self.r.choice([
            lambda: f"{ds(2)}-{ls(3)}-{ds(1)}", lambda: f"{ds(1)}-{ls(3)}-{ds(2)}",
            lambda: f"{ls(2)}-{ds(3)}-{ls(1)}", lambda: f"{ls(1)}-{ds(3)}-{ls(2)}",
            lambda: f"{ls(3)}-{ds(2)}-{ls(1)}", lambda: f"{ds(2)}-{ls(2)}-{ls(2)}",
        ])()

    # --- towns, dwellings and facilities -------------------------------------------------------------------
    def _town(self, t: dict) -> dict:
        own = list(N.TOWN_STREETS[t["name"]])
        common = self.r.sample(N.COMMON_STREETS, k=int(len(N.COMMON_STREETS) * .6))
        extra = set()
        while len(extra) < t["n_streets"] - len(own) - len(common):
            root, suf = self.r.choice(N.STREET_ROOTS), self.r.choice(N.STREET_SUFFIXES)
            extra.add(root + suf)
        names = own + common + sorted(extra - set(own) - set(common))
        self.r.shuffle(names)
        streets = []
        for i, nm in enumerate(names):
            village = self.r.choice(t["villages"]) if t["villages"] and self.r.random() < .25 else None
            streets.append({"name": nm, "len": self.r.randint(20, 300), "flat": self.r.random() < .25,
                            "village": village, "i": i})
        town = dict(t, streets=streets, pcs={}, fac={})
        for kind, count in (("bw", 16), ("opvang", 2), ("nacht", 3), ("zorg", 8), ("bewind", 8)):
            facs = []
            pool = N.FACILITY_NAMES[kind]
            for j in range(count):
                nm = pool[j % len(pool)] + (f" {j // len(pool) + 1}" if j >= len(pool) else "")
                a = self.dwelling(town, kind=kind, plain=True)
                a["fac"] = nm
                f = {"name": nm, "addr": a, "units": 0}
                if kind == "bewind":
                    f["phone"] = self.new_landline(town)
                if kind == "opvang":
                    f["postbus"] = str(self.r.randint(100, 9999))
                    f["postbus_pc"] = self.postcode(town, None, self.r.randint(0, 999))
                facs.append(f)
            town["fac"][kind] = facs
        return town

    def postcode(self, town: dict, st: dict | None, no: int) -> str:
        key = (st["i"] if st else -1, no // 20)
        pc = town["pcs"].get(key)
        if pc is None:
            a, b = town["pc"]
            pc = f"{self.r.randint(a, b)}{self.r.choice(LETTERS)}{self.r.choice(LETTERS)}"
            town["pcs"][key] = pc
        return pc

    def dwelling(self, town: dict, kind: str = "home", plain: bool = False) -> dict:
        while True:
            st = self.zpick(town["streets"], .1)
            no = self.r.randint(1, st["len"])
            suf = ""
            if not plain:
                if st["flat"]:
                    suf = self.r.choice(["hs", "1", "2", "3", "4"])
                elif self.r.random() < .06:
                    suf = self.r.choice(["A", "B"])
            key = (town["name"], st["name"], no, suf)
            if key not in self.dwellings:
                self.dwellings.add(key)
                return {"street": st["name"], "no": no, "suf": suf, "pc": self.postcode(town, st, no),
                        "city": town["name"], "village": st["village"], "town": town["name"], "kind": kind,
                        "fac": None}

    def facility(self, town: dict, kind: str, unit: bool = False) -> dict:
        f = self.r.choice(town["fac"][kind])
        a = dict(f["addr"])
        if unit:
            f["units"] += 1
            a["suf"] = f"{f['units']}"
        a["facility"] = f
        return a

    def pick_town(self) -> dict:
        return self.r.choices(self.towns, weights=[t["weight"] for t in self.towns])[0]

    def pick_comm(self, town: dict, old: bool = False) -> str:
        mix = dict(town["mix"])
        if old:
            for c in ("dutch", "frisian", "limburg"):
                if c in mix:
                    mix[c] *= 1.6
            for c in ("polish", "bulgarian"):
                mix[c] *= .15
        return self.wpick(mix)

    # --- names ---------------------------------------------------------------------------------------------
    def surname_spec(self, comm: str) -> tuple:
        s = self.k.zipf
        if comm in ("dutch", "limburg", "frisian"):
            if comm == "frisian" and self.r.random() < .5:
                head = [x for x in N.DUTCH_SURNAMES if x[1].endswith(("stra", "sma", "ma"))]
                return ("", *self.zpick(head, .8 * s))
            if self.r.random() < .55:
                return ("", *self.zpick(N.DUTCH_SURNAMES, .9 * s))
            suf = self.r.choice(["sma", "stra", "inga", "ma"]) if comm == "frisian" else self.r.choice(
                N.DUTCH_TAIL_SUFFIX)
            pre = "" if comm == "frisian" else self.r.choice(N.DUTCH_TAIL_PREFIX)
            return ("", pre, self.r.choice(N.DUTCH_TAIL_ROOT) + suf)
        if comm == "polish":
            return ("pair", *self.zpick(N.POLISH_SURNAMES, .8 * s))
        if comm == "bulgarian":
            return ("pair", *self.zpick(N.BULGARIAN_SURNAMES, .8 * s))
        lst = {"moroccan": N.MOROCCAN_SURNAMES, "turkish": N.TURKISH_SURNAMES, "creole": N.CREOLE_SURNAMES,
               "hindustani": N.HINDUSTANI_SURNAMES, "antillean": N.ANTILLEAN_SURNAMES,
               "moluccan": N.MOLUCCAN_SURNAMES}[comm]
        expo = {"moroccan": .8, "turkish": 1.0}.get(comm, .7)
        return ("", "", self.zpick(lst, expo * s))

    @staticmethod
    def sur_for(spec: tuple, g: str) -> tuple[str, str]:
        if spec[0] == "pair":
            return ("", spec[1] if g == "m" else spec[2])
        return (spec[1], spec[2])

    def given(self, comm: str, g: str, by: int, father: dict | None = None) -> tuple[list[str], str]:
        r, s = self.r, .9 * self.k.zipf
        m = g == "m"
        if comm in ("dutch", "limburg", "frisian", "moluccan") and by < 1965 or (
                comm in ("dutch", "limburg") and by < 1980 and r.random() < .3):
            if comm == "frisian" and r.random() < .6:
                first = self.zpick(N.FRISIAN_MALE if m else N.FRISIAN_FEMALE, s)
                return [first] + ([self.zpick(N.FRISIAN_MALE if m else N.FRISIAN_FEMALE, s)]
                                  if r.random() < .4 else []), first
            tbl = N.DUTCH_OLD_MALE if m else N.DUTCH_OLD_FEMALE
            off, roeps = self.zpick(tbl, s)
            if comm == "limburg" and off in N.LIMBURG_ROEP and r.random() < .6:
                roeps = N.LIMBURG_ROEP[off]
            roep = roeps[0] if r.random() < .5 else r.choice(roeps)
            names = [off]
            for _ in range(r.choice([0, 1, 1, 2])):
                o2 = self.zpick(tbl, s)[0]
                if o2 not in names:
                    names.append(o2)
            return names, roep
        if comm in ("dutch", "limburg", "frisian", "moluccan"):
            if comm == "moluccan":
                first = self.zpick(N.MOLUCCAN_MALE if m else N.MOLUCCAN_FEMALE, s)
            elif comm == "frisian" and r.random() < .5:
                first = self.zpick(N.FRISIAN_MALE if m else N.FRISIAN_FEMALE, s)
            elif by < 1980:
                first = self.zpick(N.DUTCH_MID_MALE if m else N.DUTCH_MID_FEMALE, s)
            else:
                first = self.zpick(N.DUTCH_YOUNG_MALE if m else N.DUTCH_YOUNG_FEMALE, s)
            names = [first]
            if r.random() < .5:
                names.append(self.zpick(N.DUTCH_SECOND_MALE if m else N.DUTCH_SECOND_FEMALE, s))
            return names, first
        if comm == "moroccan":
            lst = N.MOROCCAN_MALE if m else N.MOROCCAN_FEMALE
            if m and r.random() < .15:
                second = self.zpick(lst[1:], s)
                return ["Mohamed", second], second
            first = self.zpick(lst, s)
            if r.random() < .15:
                return [first, self.zpick(lst, s)], first
            return [first], first
        if comm == "turkish":
            lst = N.TURKISH_MALE if m else N.TURKISH_FEMALE
            first = self.zpick(lst, s)
            if r.random() < .2:
                second = self.zpick(lst, s)
                if second != first:
                    return [first, second], (second if r.random() < .5 else first)
            return [first], first
        if comm == "hindustani":
            lst = N.HINDUSTANI_MALE if m else N.HINDUSTANI_FEMALE
            names = [self.zpick(lst, s)] + ([self.zpick(lst, s)] if r.random() < .3 else [])
            roep = r.choice(N.HINDUSTANI_HOUSE) if r.random() < .3 else names[0]
            return names, roep
        if comm in ("creole", "antillean"):
            lst = {("creole", True): N.CREOLE_MALE, ("creole", False): N.CREOLE_FEMALE,
                   ("antillean", True): N.ANTILLEAN_MALE, ("antillean", False): N.ANTILLEAN_FEMALE}[(comm, m)]
            names = [self.zpick(lst, .7)]
            for _ in range(r.choice([0, 0, 1, 2])):
                x = self.zpick(lst, .7)
                if x not in names:
                    names.append(x)
            return names, names[0]
        if comm == "polish":
            lst = N.POLISH_MALE if m else N.POLISH_FEMALE
            names = [self.zpick(lst, s)] + ([self.zpick(lst, s)] if r.random() < .2 else [])
            return names, names[0]
        # bulgarian: first name + patronymic from the father's first name
        lst = N.BULGARIAN_MALE if m else N.BULGARIAN_FEMALE
        first = self.zpick(lst, s)
        fname = father["given"][0] if father else self.zpick(N.BULGARIAN_MALE, s)
        patr = N.BULGARIAN_PATRONYM.get(fname, fname + "ov")
        if not m:
            patr += "a"
        return [first, patr], first

    # --- persons -------------------------------------------------------------------------------------------
    def person(self, town: dict, comm: str, g: str, birth: date, role: str, *, spec: tuple | None = None,
               mentioned: bool = True, father: dict | None = None, given: tuple | None = None) -> dict:
        r = self.r
        spec = spec or self.surname_spec(comm)
        names, roep = given or self.given(comm, g, birth.year, father)
        p = {"pid": f"P{len(self.persons) + 1:06d}", "comm": comm, "g": g, "birth": birth,
             "birth_reg": birth, "birth_alt": None, "given": names, "roep": roep, "spec": spec,
             "sur": self.sur_for(spec, g), "own_sur": None, "husband": None, "name_use": "own", "nick": None,
             "bsn": None, "phones": [], "landline": None, "plate": None, "school": None, "town": town["name"],
             "addr": [], "hangout": None, "roles": [role], "rel": {}, "bewind": None, "mentor": None,
             "alt_phone": None, "mentioned": mentioned, "lvb": False}
        if comm in ("moroccan", "turkish") and birth.year < 1966 and r.random() < .4:
            p["birth_reg"] = date(birth.year, 1, 1)
            p["birth_alt"] = birth
        if not (comm in ("polish", "bulgarian") and r.random() < .4):
            p["bsn"] = self.new_bsn()
        a = _age(birth, REF)
        if a >= 13 and r.random() < (.4 if a >= 75 else .9):
            p["phones"].append((LONG_AGO, self.new_mobile(comm)))
        if comm in ("polish", "bulgarian") and r.random() < .3:
            p["nick"] = (N.POLISH_DIM if comm == "polish" else N.BULGARIAN_DIM).get(names[0])
        if 18 <= a < 75 and r.random() < .12:
            p["plate"] = self.plate()
        self.persons.append(p)
        self.byid[p["pid"]] = p
        if mentioned:
            self.n_mentioned += 1
        return p

    def street_nick(self, p: dict) -> None:
        r = self.r
        c = r.random()
        if c < .45:
            p["nick"] = r.choice(N.STREET_NICKS)
        elif c < .75:
            p["nick"] = p["roep"][: r.choice([2, 3])] + r.choice(["", "y", "ie", "o"])
        else:
            p["nick"] = r.choice(N.STREET_NICKS) + " " + p["roep"]

    def elder_nick(self, p: dict) -> None:
        pre = self.r.choice(N.ELDER_PREFIX_MALE if p["g"] == "m" else N.ELDER_PREFIX_FEMALE)
        p["nick"] = f"{pre} {p['roep']}"

    def move(self, p: dict, when: date, addr: dict) -> None:
        p["addr"].append((when, addr))
        p["addr"].sort(key=lambda x: x[0])

    def phone_changes(self, p: dict, rate: float) -> None:
        if not p["phones"]:
            return
        for _ in range(self.poisson(rate)):
            p["phones"].append((self.day_in_window(), self.new_mobile(p["comm"])))
        p["phones"].sort(key=lambda x: x[0])

    @staticmethod
    def rel(a: dict, kind: str, b: dict, inverse: str) -> None:
        a["rel"].setdefault(kind, []).append(b["pid"])
        b["rel"].setdefault(inverse, []).append(a["pid"])

    def marry(self, wife: dict, husband: dict, married: bool = True) -> None:
        self.rel(wife, "partner_of", husband, "partner_of")
        if not married:
            return
        wife["husband"] = husband["pid"]
        wife["own_sur"] = wife["sur"]
        c = wife["comm"]
        if c == "turkish" and self.r.random() < .6 or c == "polish" and self.r.random() < .8:
            wife["sur"] = self.sur_for(husband["spec"], "f")
            wife["own_sur"] = None
            return
        if c in ("moroccan", "bulgarian", "polish", "turkish"):
            return
        old = wife["birth"].year < 1965
        wife["name_use"] = self.wpick({"own": .35 if old else .6, "partner-own": .35 if old else .22,
                                       "partner": .22 if old else .12, "own-partner": .08 if old else .06})

    def pick_mentioned(self, base: float, fixed: bool = False) -> bool:
        """Whether a relative / co-resident is mentioned at all; hard negatives (twins, juniors) use a fixed
        probability, the other relatives the base rate times Knobs.relatives."""
        return self.r.random() < min(1.0, base if fixed else base * self.k.relatives)

    def child_of(self, parents: list[dict], comm: str, g: str, birth: date, spec: tuple, town: dict,
                 mentioned: bool, given: tuple | None = None) -> dict:
        father = next((x for x in parents if x["g"] == "m"), None)
        c = self.person(town, comm, g, birth, "child", spec=spec, mentioned=mentioned, father=father,
                        given=given)
        for par in parents:
            self.rel(par, "parent_of", c, "child_of")
        return c

    def siblings(self, kids: list[dict]) -> None:
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                kind = "twin_of" if a["birth"] == b["birth"] else "sibling_of"
                self.rel(a, kind, b, kind)

    def twin_given(self, comm: str, g: str, by: int, other: dict, father: dict | None) -> tuple:
        for _ in range(30):
            gv = self.given(comm, g, by, father)
            if gv[1] != other["roep"] and (self.r.random() < .6 or gv[1][0] == other["roep"][0]):
                return gv
        return gv

    def kids(self, parents: list[dict], comm: str, spec: tuple, town: dict, n: int, age_lo: float,
             age_hi: float, p_mention: float, home: dict, since: date) -> list[dict]:
        kids: list[dict] = []
        births = sorted(self.bdate(age_lo, age_hi) for _ in range(n))
        if n >= 2 and self.r.random() < .05:
            births[1] = births[0]
        for b in births:
            g = self.r.choice("mf")
            father = next((x for x in parents if x["g"] == "m"), None)
            gv = None
            twin = next((k for k in kids if k["birth"] == b), None)
            if twin:
                gv = self.twin_given(comm, g, b.year, twin, father)
                if not twin["mentioned"] and self.r.random() < .6:
                    twin["mentioned"] = True
                    self.n_mentioned += 1
            mentioned = self.pick_mentioned(.6, fixed=True) if twin else self.pick_mentioned(p_mention)
            c = self.child_of(parents, comm, g, b, spec, town, mentioned, given=gv)
            self.move(c, since, home)
            if twin:
                c["school"] = twin["school"]
                if not c["phones"] and twin["phones"]:
                    c["phones"] = list(twin["phones"])
            elif 4 <= _age(b, REF) <= 21:
                c["school"] = self.r.choice(N.SCHOOLS[town["name"]])
            kids.append(c)
        self.siblings(kids)
        return kids

    # --- cases ---------------------------------------------------------------------------------------------
    def case_cuckoo(self) -> None:
        r = self.r
        town = self.pick_town()
        comm = self.pick_comm(town)
        v = self.person(town, comm, "m" if r.random() < .6 else "f", self.bdate(19, 66), "cuckoo_victim")
        v["lvb"] = True
        if r.random() < .25:
            self.street_nick(v)
        home = self.dwelling(town)
        self.move(v, LONG_AGO, home)
        c = r.random()
        if c < .25 and _age(v["birth"], REF) < 50:
            pg = r.choice("mf")
            pb = v["birth"] - timedelta(days=int(r.uniform(21, 36) * 365))
            par = self.person(town, comm, pg, pb,
                              "relative", spec=v["spec"], mentioned=self.pick_mentioned(.5))
            if par["g"] == "f" and r.random() < .5:
                par["sur"] = self.sur_for(self.surname_spec(comm), "f")
            self.rel(par, "parent_of", v, "child_of")
            self.move(par, LONG_AGO, home)
        elif c < .35:
            pa = self.person(town, comm, "f" if v["g"] == "m" else "m", v["birth"] + timedelta(
                days=int(r.gauss(0, 6) * 365)), "partner", mentioned=self.pick_mentioned(.5))
            self.rel(v, "partner_of", pa, "partner_of")
            self.move(pa, LONG_AGO, home)
            if r.random() < .5 and pa["phones"]:
                pa["landline"] = v["landline"] = self.new_landline(town)
        if r.random() < .45:
            v["bewind"] = r.choice(town["fac"]["bewind"])
        if r.random() < .25:
            self.make_mentor(v, town, comm)
        start = self.day_in_window(WIN0 - timedelta(days=500), REF - timedelta(days=60))
        prev = None
        for _ in range(r.choice([1, 1, 1, 2, 2, 3])):
            if prev is not None and r.random() < .25:
                ex = self.person(town, prev["comm"], "m", self.bdate(16, 30), "exploiter", spec=prev["spec"])
                if r.random() < .1:
                    ex["birth"] = ex["birth_reg"] = prev["birth"]
                    ex["given"], ex["roep"] = self.twin_given(prev["comm"], "m", prev["birth"].year, prev,
                                                              None)
                    self.rel(ex, "twin_of", prev, "twin_of")
                else:
                    self.rel(ex, "sibling_of", prev, "sibling_of")
                self.move(ex, LONG_AGO, prev["addr"][0][1])
            else:
                ex = self.person(town, self.pick_comm(town), "m" if r.random() < .9 else "f",
                                 self.bdate(17, 33),
                                 "exploiter")
                self.move(ex, LONG_AGO, self.dwelling(town))
            if r.random() < .75:
                self.street_nick(ex)
            if r.random() < .4:
                ex["plate"] = self.plate()
            self.phone_changes(ex, 1.0)
            if r.random() < .45:
                ex["hangout"] = (start, home)
            if r.random() < .2 and v["phones"]:
                ex["alt_phone"] = v["phones"][0][1]
            self.rel(ex, "exploiter_of", v, "exploited_by")
            prev = ex
        if r.random() < .25:
            when = self.day_in_window(start + timedelta(days=30))
            new = self.facility(town, "nacht") if r.random() < .3 else self.dwelling(town)
            self.move(v, when, new)

    def make_mentor(self, client: dict, town: dict, comm: str) -> dict:
        r = self.r
        ab = _age(client["birth"], REF)
        if ab < 45 and r.random() < .5:
            m = self.person(town, comm, "f" if r.random() < .7 else "m", client["birth"] - timedelta(
                days=int(r.uniform(22, 35) * 365)), "mentor", spec=client["spec"],
                mentioned=self.pick_mentioned(.4))
            self.rel(m, "parent_of", client, "child_of")
        else:
            m = self.person(town, comm, "f" if r.random() < .65 else "m", client["birth"] + timedelta(
                days=int(r.gauss(0, 5) * 365)), "mentor", spec=client["spec"],
                mentioned=self.pick_mentioned(.4))
            self.rel(m, "sibling_of", client, "sibling_of")
        if not m["phones"]:
            m["phones"].append((LONG_AGO, self.new_mobile(comm)))
        self.move(m, LONG_AGO, self.dwelling(town))
        self.rel(m, "mentor_of", client, "mentored_by")
        client["mentor"] = m["pid"]
        client["_mentor"] = m
        return m

    def couple(self, town: dict, comm: str, a_lo: float, a_hi: float, role_w: str, role_m: str,
               married: bool, m_wife: bool = True, m_husb: bool = True) -> tuple[dict, dict]:
        r = self.r
        husb = self.person(town, comm, "m", self.bdate(a_lo + 2, a_hi), role_m, mentioned=m_husb)
        wcomm = comm if r.random() < .88 else self.pick_comm(town)
        wb = husb["birth"] + timedelta(days=int(abs(r.gauss(0, 4)) * 365))
        if _age(wb, REF) < 18:
            wb = REF - timedelta(days=int(19 * 365.25))
        wife = self.person(town, wcomm, "f", wb, role_w, mentioned=m_wife)
        self.marry(wife, husb, married)
        return wife, husb

    def case_debt(self) -> None:
        r = self.r
        town = self.pick_town()
        comm = self.pick_comm(town)
        home = self.dwelling(town)
        single = r.random() < .35
        if single:
            g = "f" if r.random() < .7 else "m"
            a = self.person(town, comm, g, self.bdate(21, 62), "debt_client")
            parents = [a]
            spec = a["spec"]
            if comm == "creole" or r.random() < .4:
                spec = self.surname_spec(comm)
            self.move(a, LONG_AGO, home)
        else:
            married = r.random() < .6
            client_wife = r.random() < .55
            wife, husb = self.couple(town, comm, 22, 62, "debt_client" if client_wife else "partner",
                                     "partner" if client_wife else "debt_client", married,
                                     m_wife=client_wife or self.pick_mentioned(.7),
                                     m_husb=not client_wife or self.pick_mentioned(.7))
            for x in (wife, husb):
                self.move(x, LONG_AGO, home)
            parents = [wife, husb]
            spec = husb["spec"]
            a = wife if client_wife else husb
            if r.random() < .2:
                wife["landline"] = husb["landline"] = self.new_landline(town)
        amin = max(0.0, _age(a["birth"], REF) - 42)
        amax = max(amin + 1, _age(a["birth"], REF) - 19)
        n = r.choice([0, 1, 1, 2, 2, 3, 4])
        if n and amax > amin:
            self.kids(parents, comm, spec, town, n, amin, min(amax, 24), .15, home, LONG_AGO)
        if r.random() < .4:
            a["bewind"] = r.choice(town["fac"]["bewind"])
        if r.random() < .15:
            when = self.day_in_window()
            new = self.dwelling(town)
            for x in self.household(home):
                self.move(x, when, new)

    def household(self, home: dict) -> list[dict]:
        return [p for p in self.persons[-14:] if p["addr"] and p["addr"][0][1] is home]

    def case_bw(self) -> None:
        r = self.r
        town = self.pick_town()
        comm = self.pick_comm(town)
        c = self.person(town, comm, "m" if r.random() < .6 else "f", self.bdate(19, 66), "bw_client")
        c["lvb"] = r.random() < .5
        if r.random() < .4:
            bw = self.facility(town, "bw", unit=r.random() < .8)
            if r.random() < .3:
                self.move(c, LONG_AGO, self.dwelling(town))
                self.move(c, self.day_in_window(), bw)
            else:
                self.move(c, LONG_AGO, bw)
        else:
            self.move(c, LONG_AGO, self.dwelling(town))
        if r.random() < .5:
            c["bewind"] = r.choice(town["fac"]["bewind"])
        if r.random() < .5:
            self.make_mentor(c, town, comm)
        if r.random() < .15:
            self.street_nick(c)

    def case_elderly(self) -> None:
        r = self.r
        town = self.pick_town()
        comm = self.pick_comm(town, old=True)
        home = self.dwelling(town)
        if r.random() < .4:
            wife, husb = self.couple(town, comm, 72, 94, "elderly", "elderly", True,
                                     m_wife=True, m_husb=self.pick_mentioned(.6))
            if r.random() < .5:
                wife["roles"][0], husb["roles"][0] = "elderly_partner", "elderly"
            olds = [wife, husb]
            wife["landline"] = husb["landline"] = self.new_landline(town)
        else:
            g = "f" if r.random() < .7 else "m"
            o = self.person(town, comm, g, self.bdate(72, 96), "elderly")
            if g == "f" and r.random() < .75:
                # widow: keeps the late husband's name in use
                dead = self.person(town, comm, "m", o["birth"], "relative", mentioned=False)
                self.marry(o, dead, True)
            o["landline"] = self.new_landline(town) if r.random() < .75 else None
            olds = [o]
        for x in olds:
            self.move(x, LONG_AGO, home)
            if r.random() < .3:
                self.elder_nick(x)
        main = olds[0]
        father = next((x for x in olds if x["g"] == "m"), None) or self.byid.get(main["husband"])
        spec = father["spec"] if father else main["spec"]
        youngest_mother_age = _age(main["birth"], REF) - 20
        # adult child living in
        if r.random() < .35:
            g = "m" if r.random() < .65 else "f"
            role = "exploiting_relative" if r.random() < .5 else "relative"
            gv = None
            if g == "m" and father in olds and comm in ("dutch", "limburg", "frisian", "moroccan") and \
                    r.random() < .35:
                gv = (list(father["given"][:1])
                      + (self.given(comm, "m", 1970)[0][:1] if r.random() < .5 else []),
                      father["roep"] if r.random() < .7 else self.given(comm, "m", 1950)[1])
            ch = self.child_of(olds, comm, g, self.bdate(38, min(66, youngest_mother_age)), spec, town,
                               role == "exploiting_relative" or (self.pick_mentioned(.7, fixed=True) if gv
                                                                 else self.pick_mentioned(.6)), given=gv)
            ch["roles"] = [role]
            if gv is not None:
                self.rel(ch, "junior_of", father, "senior_of")
                if not father["mentioned"] and ch["mentioned"] and self.pick_mentioned(.7, fixed=True):
                    father["mentioned"] = True
                    self.n_mentioned += 1
            self.move(ch, LONG_AGO, home)
            if r.random() < .3:
                ch["landline"] = main["landline"]
            if role == "exploiting_relative":
                self.rel(ch, "exploiter_of", main, "exploited_by")
        # a relative who lives elsewhere and takes the money (a son, a grandson)
        if r.random() < .4:
            grand = r.random() < .4
            cb = self.bdate(17, 30) if grand else self.bdate(35, min(66, youngest_mother_age))
            x = self.person(town, comm, "m" if r.random() < .7 else "f", cb, "exploiting_relative",
                            spec=spec if not grand or r.random() < .6 else self.surname_spec(comm))
            if grand:
                self.rel(x, "grandchild_of", main, "grandparent_of")
                if r.random() < .4:
                    self.street_nick(x)
            else:
                for o in olds:
                    self.rel(o, "parent_of", x, "child_of")
            self.move(x, LONG_AGO, self.dwelling(town))
            self.rel(x, "exploiter_of", main, "exploited_by")
        if r.random() < .4:
            self.make_mentor(main, town, comm)
        if r.random() < .3:
            main["bewind"] = r.choice(town["fac"]["bewind"])
        if r.random() < .18:
            when = self.day_in_window()
            ch = self.facility(town, "zorg", unit=r.random() < .7)
            self.move(main, when, ch)

    def case_dv(self) -> None:
        r = self.r
        town = self.pick_town()
        comm = self.pick_comm(town)
        home = self.dwelling(town)
        male_victim = r.random() < .08
        married = r.random() < .45
        wife, husb = self.couple(town, comm, 20, 55, "partner" if male_victim else "dv_victim",
                                 "dv_victim" if male_victim else "dv_perpetrator", married,
                                 m_wife=not male_victim or self.pick_mentioned(.8),
                                 m_husb=male_victim or self.pick_mentioned(.85))
        victim, perp = (husb, wife) if male_victim else (wife, husb)
        if male_victim:
            perp["roles"] = ["dv_perpetrator"]
        for x in (wife, husb):
            self.move(x, LONG_AGO, home)
        if r.random() < .3:
            self.street_nick(perp)
        amin = max(0.0, _age(wife["birth"], REF) - 40)
        amax = max(amin + 1, _age(wife["birth"], REF) - 18)
        n = r.choice([0, 1, 1, 2, 2, 3, 4])
        kids = self.kids([wife, husb], comm, husb["spec"] if married or r.random() < .6 else wife["spec"],
                         town, n, amin, min(amax, 19), .45, home, LONG_AGO) if n else []
        if not male_victim and r.random() < .5:
            d1 = self.day_in_window(WIN0, REF - timedelta(days=30))
            shelter = self.facility(town, "opvang")
            for x in [victim] + [k for k in kids if _age(k["birth"], d1) < 18]:
                self.move(x, d1, shelter)
            if r.random() < .5:
                d2 = d1 + timedelta(days=r.randint(60, 400))
                if d2 < REF:
                    new = self.dwelling(self.pick_town() if r.random() < .3 else town)
                    for x in [victim] + [k for k in kids if _age(k["birth"], d1) < 18]:
                        self.move(x, d2, new)
        if r.random() < .2:
            victim["bewind"] = r.choice(town["fac"]["bewind"])

    def case_loverboy(self) -> None:
        r = self.r
        town = self.pick_town()
        comm = self.pick_comm(town)
        home = self.dwelling(town)
        mother = self.person(town, comm, "f", self.bdate(36, 55), "relative",
                             mentioned=self.pick_mentioned(.6))
        self.move(mother, LONG_AGO, home)
        parents = [mother]
        spec = mother["spec"]
        if r.random() < .4:
            dad = self.person(town, comm, "m", mother["birth"] - timedelta(days=int(r.uniform(0, 6) * 365)),
                              "relative", mentioned=self.pick_mentioned(.3))
            self.marry(mother, dad, r.random() < .6)
            self.move(dad, LONG_AGO, home)
            parents.append(dad)
            spec = dad["spec"]
        vb = self.bdate(15, 23)
        v = self.child_of(parents, comm, "f", vb, spec, town, True)
        v["roles"] = ["loverboy_victim"]
        v["lvb"] = r.random() < .5
        self.move(v, LONG_AGO, home)
        if _age(vb, REF) <= 21:
            v["school"] = r.choice(N.SCHOOLS[town["name"]])
        sibs = [v]
        for _ in range(r.choice([0, 1, 1, 2, 3])):
            twin = r.random() < .06
            b = vb if twin else self.bdate(8, 28)
            g = r.choice("mf")
            gv = self.twin_given(comm, g, b.year, v, None) if twin else None
            mentioned = self.pick_mentioned(.8, fixed=True) if twin else self.pick_mentioned(.3)
            s = self.child_of(parents, comm, g, b, spec, town, mentioned, given=gv)
            self.move(s, LONG_AGO, home)
            if 4 <= _age(b, REF) <= 21:
                s["school"] = v["school"] if twin else r.choice(N.SCHOOLS[town["name"]])
            sibs.append(s)
        self.siblings(sibs)
        for _ in range(r.choice([1, 1, 1, 2])):
            ex = self.person(town, self.pick_comm(town), "m", self.bdate(19, 31), "exploiter")
            self.move(ex, LONG_AGO, self.dwelling(town))
            if r.random() < .8:
                self.street_nick(ex)
            if r.random() < .5:
                ex["plate"] = self.plate()
            self.phone_changes(ex, 1.0)
            self.rel(ex, "exploiter_of", v, "exploited_by")
            if r.random() < .25:
                ex["hangout"] = (self.day_in_window(), home)
        self.phone_changes(v, .8)
        if r.random() < .25:
            self.move(v, self.day_in_window(), self.facility(town, "opvang"))

    def case_homeless(self) -> None:
        r = self.r
        town = self.pick_town()
        comm = self.pick_comm(town)
        if r.random() < .2:
            comm = r.choice(["polish", "bulgarian"])
        h = self.person(town, comm, "m" if r.random() < .85 else "f", self.bdate(23, 66), "homeless")
        if r.random() < .3:
            self.street_nick(h)
        if r.random() < .3:
            h["phones"] = []
        else:
            self.phone_changes(h, 1.2)
        old = self.dwelling(self.pick_town() if r.random() < .2 else town)
        self.move(h, LONG_AGO, old)
        when = self.day_in_window(WIN0 - timedelta(days=400), REF - timedelta(days=60))
        if r.random() < .55:
            self.move(h, when, self.facility(town, "nacht"))
        else:
            self.move(h, when, {"kind": "none", "town": town["name"], "city": town["name"]})
        if r.random() < .25:
            self.move(h, self.day_in_window(when + timedelta(days=30)), self.dwelling(town))
        if r.random() < .2:
            h["bewind"] = r.choice(town["fac"]["bewind"])

    def case_labour(self) -> None:
        r = self.r
        town = self.pick_town()
        comm = r.choice(["polish", "polish", "bulgarian"])
        house = self.dwelling(town, kind="labour")
        mates: list[dict] = []
        n = r.randint(3, 8)
        while len(mates) < n:
            focus = len(mates) < (1 if r.random() < .7 else 2)
            role = "labour" if focus else "housemate"
            m = self.pick_mentioned(1.0 if focus else .35) or focus
            if len(mates) + 2 <= n and r.random() < .2:
                wife, husb = self.couple(town, comm, 20, 55, role, "housemate", True, m_wife=m,
                                         m_husb=self.pick_mentioned(.35))
                new = [wife, husb]
            elif mates and r.random() < .15:
                bro = mates[-1]
                x = self.person(town, comm, "m", bro["birth"] + timedelta(days=int(r.gauss(0, 4) * 365)),
                                role,
                                spec=bro["spec"], mentioned=m)
                self.rel(x, "sibling_of", bro, "sibling_of")
                new = [x]
            else:
                new = [self.person(town, comm, "m" if r.random() < .75 else "f", self.bdate(19, 58), role,
                                   mentioned=m)]
            for x in new:
                self.move(x, LONG_AGO, house)
                if r.random() < .5 and x["bsn"]:
                    x["bsn"] = None
            mates.extend(new)
        for i, a in enumerate(mates):
            for b in mates[i + 1:]:
                self.rel(a, "housemate_of", b, "housemate_of")
        if r.random() < .4:
            when = self.day_in_window()
            new_house = self.dwelling(town, kind="labour")
            for x in mates:
                if r.random() < .7:
                    self.move(x, when, new_house)

    # --- rendering -----------------------------------------------------------------------------------------
    def typo(self, s: str, rr: random.Random) -> str:
        if len(s) < 3:
            return s
        c = rr.random()
        low = s.lower()
        if c < .3:
            for a, b in rr.sample(PHONETIC, len(PHONETIC)):
                i = low.find(a, 1)
                if i > 0:
                    return s[:i] + b + s[i + len(a):]
        i = rr.randrange(1, len(s))
        if c < .5:
            return s[:i] + s[i + 1:]
        if c < .7 and i < len(s) - 1:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if c < .85:
            return s[:i] + s[i] + s[i:]
        ch = s[i].lower()
        if ch in KEYB:
            new = rr.choice(KEYB[ch])
            return s[:i] + (new.upper() if s[i].isupper() else new) + s[i + 1:]
        return s

    def present(self, p: float) -> float:
        return max(0.0, min(1.0, 1 - (1 - p) * self.k.missing)) if p > 0 else 0.0

    @staticmethod
    def at(hist: list, d: date) -> tuple[int, object]:
        idx = 0
        for i, (f, _) in enumerate(hist):
            if f <= d:
                idx = i
        return idx, hist[idx][1]

    def fmt_sur(self, pre: str, root: str, P: dict, rr: random.Random, tags: list, sorted_ok: bool) -> str:
        if not pre:
            return root
        c = rr.random()
        if sorted_ok and c < P["sorted"] * self.k.forms:
            tags.append("sur_sorted")
            return f"{root}, {pre}" if rr.random() < .8 else f"{root} {pre}"
        c = rr.random()
        if c < .1:
            tags.append("sur_prefix_caps")
            return f"{pre[0].upper()}{pre[1:]} {root}"
        if c < .115:
            tags.append("sur_prefix_glued")
            return (pre.replace(" ", "") + root.lower()).capitalize()
        return f"{pre} {root}"

    def render(self, p: dict, src: str, d: date, rr: random.Random, byid: dict) -> tuple[dict, list[str]]:
        k, P = self.k, SOURCES[src]
        tags: list[str] = []
        rec: dict = {"source": src}
        err = P["err"] * k.noise
        age_d = _age(p["birth"], d)
        # the neighbour who does not know the name
        if src == "buren" and rr.random() < P["noname"]:
            tags.append("no_name")
            _, a = self.at(p["addr"], d)
            if a.get("street"):
                rec["street"], rec["house_number"] = a["street"], str(a["no"])
                who = ("buurman" if p["g"] == "m" else "buurvrouw") if age_d >= 25 else (
                    "jongen" if p["g"] == "m" else "meisje")
                rec["nickname"] = rr.choice([f"{who} van {a['no']}", f"de {who} van nr {a['no']}", who])
            else:
                rec["nickname"] = ("man zonder vaste woonplaats" if p["g"] == "m"
                                   else "vrouw zonder woonplaats")
            rec["gender"] = p["g"]
            rec["age_estimate"] = int(round((age_d + rr.gauss(0, 6)) / 5) * 5)
            if a.get("city"):
                rec["city"] = a["city"]
            return rec, tags
        # BSN
        if p["bsn"] and rr.random() < min(1.0, P["bsn"] * k.bsn):
            b = p["bsn"]
            if rr.random() < .006 * k.noise:
                i = rr.randrange(8)
                b = b[:i] + b[i + 1] + b[i] + b[i + 2:] if rr.random() < .5 else b[:i] + str(
                    (int(b[i]) + rr.randint(1, 9)) % 10) + b[i + 1:]
                tags.append("bsn_typo")
            elif rr.random() < .004 * k.noise and p["rel"].get("partner_of"):
                q = byid[p["rel"]["partner_of"][0]]
                if q["bsn"]:
                    b = q["bsn"]
                    tags.append("bsn_of_partner")
            if b.startswith("0") and src in ("schuldhulp", "bewindvoering") and rr.random() < .3:
                b = b[1:]
                tags.append("bsn_lead0_lost")
            rec["bsn"] = b
        # given names
        habits = rr.random() < k.forms
        style = self.wpick(P["given"], rr) if habits else "roep"
        first = None
        if style == "nick" and not p["nick"]:
            style = "roep"
        if style == "roep":
            first = p["roep"]
            if p["comm"] in ("polish", "bulgarian") and p["nick"] and rr.random() < .3:
                first = p["nick"]
                tags.append("diminutive")
            elif first != p["given"][0]:
                tags.append("roepnaam")
        elif style == "first":
            first = p["given"][0]
            if first != p["roep"]:
                tags.append("official_first")
        elif style == "full":
            first = " ".join(p["given"])
            if len(p["given"]) > 1 or first != p["roep"]:
                tags.append("full_given")
        elif style == "initials":
            ini = [x[0] for part in p["given"] for x in part.split("-")]
            first = rr.choice(["".join(c + "." for c in ini), "".join(ini), " ".join(c + "." for c in ini)])
            tags.append("initials")
        elif style == "nick":
            tags.append("nick_only")
        if first and style in ("roep", "first", "full"):
            words = first.split(" ")
            if words[0] in N.GIVEN_VARIANTS and rr.random() < P["var"] * k.variants:
                words[0] = rr.choice(N.GIVEN_VARIANTS[words[0]])
                tags.append("given_variant")
            first = " ".join(words)
            if rr.random() < .025 * err:
                first = self.typo(first, rr)
                tags.append("typo_first")
        # surname
        last = None
        if rr.random() >= P["sur_none"] and not (src == "buren" and style == "none" and rr.random() < .5):
            which = self.wpick(P["sur"], rr)
            own = p["own_sur"] or p["sur"]
            hus = byid[p["husband"]]["sur"] if p["husband"] else None
            sorted_ok = True
            if which == "husband" and hus and hus != p["sur"]:
                last = self.fmt_sur(*hus, P, rr, tags, sorted_ok)
                tags.append("husband_name")
            elif which == "usage" and hus and p["name_use"] != "own":
                h = self.fmt_sur(*hus, P, rr, tags, False)
                o = self.fmt_sur(*own, P, rr, tags, False)
                last = {"partner": h, "partner-own": f"{h}-{o}", "own-partner": f"{o}-{h}"}[p["name_use"]]
                tags.append("naamgebruik_" + p["name_use"])
            else:
                last = self.fmt_sur(*own, P, rr, tags, sorted_ok)
            if last in N.SURNAME_VARIANTS and rr.random() < P["var"] * k.variants:
                last = rr.choice(N.SURNAME_VARIANTS[last])
                tags.append("surname_variant")
            if rr.random() < .03 * err:
                last = self.typo(last, rr)
                tags.append("typo_last")
        if habits and rr.random() < P["fold"]:
            f2 = _fold(first) if first else first
            l2 = _fold(last) if last else last
            if (f2, l2) != (first, last):
                tags.append("diacritics_folded")
            first, last = f2, l2
        if habits and rr.random() < P["caps"]:
            if last:
                last = last.upper()
            if first and src in ("politie", "energie"):
                first = first.upper()
            tags.append("caps")
        if habits and rr.random() < P["title"]:
            t = rr.choice(["Dhr.", "De heer"] if p["g"] == "m" else ["Mw.", "Mevr.", "Mevrouw"])
            if first:
                first = f"{t} {first}"
            elif last:
                last = f"{t} {last}"
            tags.append("title")
        if first:
            rec["first_name"] = first
        if last:
            rec["last_name"] = last
        if p["nick"] and rr.random() < P["nick"] or style == "nick":
            if p["nick"]:
                rec["nickname"] = p["nick"]
                tags.append("nickname")
        # birth date / age
        if rr.random() < self.present(P["birth"]):
            bd = p["birth_reg"]
            if p["birth_alt"]:
                if P["bsn"] >= .7:
                    if rr.random() < .15:
                        bd = date(bd.year, 7, 1)
                        tags.append("birth_jul1")
                    else:
                        tags.append("birth_jan1")
                elif rr.random() < .5:
                    bd = p["birth_alt"]
                    tags.append("birth_self_reported")
                else:
                    tags.append("birth_jan1")
            y, m, dd = bd.year, bd.month, bd.day
            c = rr.random()
            if c < .02 * err and dd <= 12 and dd != m:
                m, dd = dd, m
                tags.append("birth_dm_swap")
            elif c < .035 * err:
                y += rr.choice([-1, 1])
                dd = 28 if (m, dd) == (2, 29) else dd
                tags.append("birth_year_off")
            elif c < .05 * err:
                s = f"{dd:02d}"
                dd = int(s[1] + s[0]) if s[1] != "0" and int(s[1] + s[0]) <= 28 else max(1, (dd + 1) % 28)
                tags.append("birth_day_typo")
            rec["birth_date"] = f"{y:04d}-{m:02d}-{dd:02d}"
        elif rr.random() < P["age"]:
            sd = {"buren": 6, "politie": 3}.get(src, 2)
            est = age_d + rr.gauss(0, sd)
            if src == "buren" and rr.random() < .5:
                est = round(est / 5) * 5
            rec["age_estimate"] = max(1, int(round(est)))
            tags.append("age_estimate")
        # gender
        if rr.random() < self.present(P["gender"]):
            gg = p["g"]
            if rr.random() < .005 * k.noise:
                gg = "m" if gg == "f" else "f"
                tags.append("gender_wrong")
            rec["gender"] = gg
        self.render_address(p, src, d, rr, rec, tags, err, byid)
        self.render_phone(p, src, d, rr, rec, tags, err, byid)
        if p["plate"] and rr.random() < P["plate"]:
            pl = p["plate"]
            c = rr.random()
            if c < .25:
                pl = pl.replace("-", "")
            elif c < .3:
                pl = pl.lower()
            elif c < .4:
                pl = pl.replace("-", " ")
            rec["license_plate"] = pl
        if p["school"] and age_d <= 23 and rr.random() < P["school"]:
            s = p["school"]
            if rr.random() < .3:
                for pre in ("Praktijkonderwijs ", "Praktijkschool ", "Basisschool ", "ROC ", "VSO "):
                    if s.startswith(pre):
                        s = s[len(pre):]
                        tags.append("school_short")
            rec["school"] = s
        return rec, tags

    def render_address(self, p: dict, src: str, d: date, rr: random.Random, rec: dict, tags: list, err: float,
                       byid: dict) -> None:
        k, P = self.k, SOURCES[src]
        if not p["addr"] or rr.random() >= self.present(P["addr"]):
            return
        idx, a = self.at(p["addr"], d)
        if idx > 0 and rr.random() < P["lag"] and (d - p["addr"][idx][0]).days < 540:
            idx -= 1
            a = p["addr"][idx][1]
            tags.append("old_address")
        kind = a["kind"]
        out = None
        if p["hangout"] and d >= p["hangout"][0] and rr.random() < {"politie": .4, "buren": .85,
                                                                   "wijkteam": .3}.get(src, 0):
            out = dict(p["hangout"][1])
            tags.append("at_victim_address")
        elif p["bewind"] and rr.random() < {"bewindvoering": .25, "schuldhulp": .08, "energie": .1,
                                            "WMO-loket": .04, "zorgaanbieder": .03}.get(src, 0) * k.hubs:
            out = dict(p["bewind"]["addr"])
            tags.append("corr_bewindvoerder")
        elif p["mentor"] and rr.random() < {"zorgaanbieder": .12, "WMO-loket": .12}.get(src, 0) * k.hubs:
            out = dict(p["_mentor"]["addr"][0][1])
            tags.append("corr_mentor")
        elif kind == "opvang":
            f = a["facility"]
            if src in ("zorgaanbieder", "schuldhulp", "bewindvoering") and rr.random() < .4 * k.hubs:
                rec["street"], rec["house_number"] = "Postbus", f["postbus"]
                rec["postcode"], rec["city"] = f["postbus_pc"], a["city"]
                tags.append("shelter_postbus")
                return
            c = rr.random()
            if c < .45 * k.hubs:
                rec["street"] = rr.choice(["geheim adres", "GEHEIM", "adres afgeschermd", "opvang (geheim)"])
                if rr.random() < .6:
                    rec["city"] = a["city"]
                tags.append("geheim_adres")
                return
            if c < .8 or idx == 0:
                tags.append("addr_suppressed")
                return
            out = p["addr"][idx - 1][1]
            tags.append("old_address")
            if out.get("street") is None:
                return
        elif kind == "none":
            c = rr.random()
            if src == "politie" and c < .4:
                rec["street"] = rr.choice(["z.v.w.v.", "ZVWV", "zonder vaste woon- of verblijfplaats"])
                rec["city"] = a["city"]
                tags.append("zvwv")
            elif c < .6 or idx == 0:
                tags.append("no_fixed_abode")
                if rr.random() < .5:
                    rec["city"] = a["city"]
            else:
                out = p["addr"][idx - 1][1]
                tags.append("old_address")
            if out is None or out.get("street") is None:
                return
        elif kind == "nacht":
            if rr.random() < .5 * k.hubs:
                tags.append("nachtopvang")
            else:
                tags.append("no_fixed_abode")
                return
        elif kind == "bw":
            tags.append("beschermd_wonen")
        elif kind == "zorg":
            tags.append("care_home")
        elif kind == "labour":
            tags.append("labour_house")
        out = out or a
        street = out["street"]
        if rr.random() < (.1 if src in ("buren", "wijkteam", "politie") else .04):
            for x, y in N.STREET_ABBREV:
                if x in street:
                    street = street.replace(x, y)
                    tags.append("street_abbrev")
                    break
        if rr.random() < .015 * err:
            street = self.typo(street, rr)
            tags.append("typo_street")
        if P["caps"] > .3 and rr.random() < .5:
            street = street.upper()
        no, suf = str(out["no"]), out["suf"]
        if suf and rr.random() < .12:
            suf = ""
            tags.append("suffix_dropped")
        if suf:
            c = rr.random()
            if suf.isalpha() and suf != "hs":
                hn = rr.choice([f"{no}{suf}", f"{no}{suf.lower()}", f"{no} {suf}", f"{no}-{suf}"])
            elif suf == "hs":
                hn = rr.choice([f"{no}-hs", f"{no} hs", f"{no}H", f"{no}-huis"])
            elif out["kind"] in ("bw", "zorg"):
                hn = rr.choice([f"{no}-{suf}", f"{no} k{suf}", f"{no}/{suf}", f"{no} unit {suf}"])
            elif c < .5:
                hn = f"{no}-{suf}"
            elif c < .7:
                hn = f"{no} {suf}"
            elif c < .85:
                hn = f"{no}-{ROMAN.get(suf, suf)}"
            else:
                hn = f"{no}/{suf}"
            no = hn
        if src == "buren" and rr.random() < .15:
            rec["street"] = f"{street} {no}"
            tags.append("number_in_street")
        else:
            rec["street"], rec["house_number"] = street, no
        if rr.random() < self.present(P["pc"]):
            pc = out["pc"]
            if rr.random() < .012 * err:
                i = rr.randrange(6)
                pc = pc[:i] + (str(rr.randint(0, 9)) if i < 4 else rr.choice(LETTERS)) + pc[i + 1:]
                tags.append("postcode_typo")
            c = rr.random()
            rec["postcode"] = pc if c < .55 else (f"{pc[:4]} {pc[4:]}" if c < .9 else pc.lower())
        if rr.random() < self.present(P["city"]):
            city = out["city"]
            if out.get("village"):
                if rr.random() < .6:
                    city = out["village"]
                else:
                    tags.append("city_municipality")
            elif city == "Leeuwarden" and src in ("wijkteam", "buren", "GGD") and rr.random() < .15:
                city = "Ljouwert"
                tags.append("city_frisian")
            if P["caps"] > .3 and rr.random() < .5:
                city = city.upper()
            rec["city"] = city

    def render_phone(self, p: dict, src: str, d: date, rr: random.Random, rec: dict, tags: list, err: float,
                     byid: dict) -> None:
        k, P = self.k, SOURCES[src]
        if rr.random() >= self.present(P["phone"]):
            return
        num = None
        office = {"bewindvoering": .25, "energie": .08, "schuldhulp": .06}.get(src, 0)
        if p["bewind"] and rr.random() < office * k.hubs:
            num = p["bewind"]["phone"]
            tags.append("phone_bewindvoerder")
        elif p["mentor"] and rr.random() < {"zorgaanbieder": .3, "WMO-loket": .3, "wijkteam": .15,
                                            "huisarts": .1}.get(src, 0) * k.hubs:
            m = p["_mentor"]
            num = self.at(m["phones"], d)[1]
            tags.append("phone_mentor")
        elif p["alt_phone"] and src in ("politie", "buren") and rr.random() < .4:
            num = p["alt_phone"]
            tags.append("phone_of_victim")
        elif p["landline"] and (not p["phones"] or rr.random() < .5):
            num = p["landline"]
            tags.append("landline")
        elif p["phones"]:
            idx, num = self.at(p["phones"], d)
            if idx > 0 and rr.random() < .3:
                num = p["phones"][idx - 1][1]
                tags.append("old_phone")
        elif _age(p["birth"], d) < 18 and p["rel"].get("child_of"):
            par = byid[p["rel"]["child_of"][0]]
            if par["phones"]:
                num = self.at(par["phones"], d)[1]
                tags.append("phone_of_parent")
        if num is None:
            return
        if rr.random() < .01 * err:
            i = rr.randrange(4, len(num))
            num = num[:i] + str(rr.randint(0, 9)) + num[i + 1:]
            tags.append("phone_typo")
        rec["phone"] = self.fmt_phone(num, self.wpick(P["pfmt"], rr), rr, tags)

    @staticmethod
    def fmt_phone(num: str, style: str, rr: random.Random, tags: list) -> str:
        if num.startswith("+"):
            cc = "+48" if num.startswith("+48") else "+359"
            rest = num[len(cc):]
            c = rr.random()
            if c < .3:
                return num
            if c < .55:
                return f"{cc} {rest[:3]} {rest[3:6]} {rest[6:]}"
            if c < .75:
                return "00" + num[1:]
            tags.append("phone_no_country_code")
            return rest
        mobile = num.startswith("06")
        area = "06" if mobile else num[:3] if num[:3] in ("058", "045", "010") else num[:4]
        rest = num[len(area):]
        if style == "plain":
            return num
        if style == "dash":
            return f"{area}-{rest}"
        if style == "space":
            return f"{area} {rest[:4]} {rest[4:]}" if mobile and rr.random() < .5 else f"{area} {rest}"
        return rr.choice([f"+31{num[1:]}", f"+31 {num[1:2]} {num[2:]}" if mobile else f"+31 {num[1:]}",
                          f"0031{num[1:]}"])

    # --- mentions ------------------------------------------------------------------------------------------
    def run(self, n_persons: int) -> tuple[list[dict], dict[str, str], dict]:
        r = self.r
        builders = {"cuckoo": self.case_cuckoo, "loverboy": self.case_loverboy, "debt": self.case_debt,
                    "bw": self.case_bw, "elderly": self.case_elderly, "dv": self.case_dv,
                    "homeless": self.case_homeless, "labour": self.case_labour}
        kinds, weights = zip(*CASES, strict=True)
        while self.n_mentioned < n_persons:
            start = len(self.persons)
            kind = r.choices(kinds, weights=weights)[0]
            builders[kind]()
            for p in self.persons[start:]:
                p["case"] = f"{kind}:{start}"
        # trim the overshoot of the last case
        over = self.n_mentioned - n_persons
        for p in reversed(self.persons):
            if over <= 0:
                break
            if p["mentioned"]:
                p["mentioned"] = False
                over -= 1
        byid = self.byid
        out: list[tuple[dict, str, list[str], str]] = []
        for p in self.persons:
            if not p["mentioned"]:
                continue
            role = p["roles"][0]
            if role == "elderly_partner":
                role = "partner"
            mean, srcw = ROLES[role]
            n = 1 + self.poisson(mean * self.k.mentions)
            files: dict[str, list[int]] = {}
            for _ in range(min(n, 16)):
                src = self.wpick(srcw)
                d = self.day_in_window(max(WIN0, p["birth"] + timedelta(days=20)))
                seen = files.setdefault(src, [])
                same = bool(seen) and r.random() < SOURCES[src]["same"]
                seed = r.choice(seen) if same else r.getrandbits(48)
                seen.append(seed)
                rec, tags = self.render(p, src, d, random.Random(seed), byid)
                if same:
                    tags.append("same_file")
                out.append((rec, p["pid"], tags, d.isoformat()))
        r.shuffle(out)
        records, truth, mside = [], {}, {}
        for i, (rec, pid, tags, d) in enumerate(out):
            mid = f"so{i + 1:06d}"
            records.append({"id": mid, **rec})
            truth[mid] = pid
            mside[mid] = {"source": rec["source"], "date": d, "tags": tags}
        persons = {}
        for p in self.persons:
            if not p["mentioned"]:
                continue
            persons[p["pid"]] = self.person_side(p)
        return records, truth, {"mentions": mside, "persons": persons, "knobs": asdict(self.k)}

    @staticmethod
    def person_side(p: dict) -> dict:
        def addr(a: dict) -> str:
            if a.get("street") is None:
                return f"(no address) {a.get('city', '')}"
            fac = f" [{a['fac']}]" if a.get("fac") else ""
            suf = f"-{a['suf']}" if a.get("suf") else ""
            return f"{a['street']} {a['no']}{suf}, {a['pc']} {a['city']}{fac}"

        return {
            "case": p["case"], "roles": p["roles"], "community": p["comm"], "gender": p["g"],
            "given": p["given"], "roepnaam": p["roep"], "surname": " ".join(x for x in p["sur"] if x),
            "own_surname": " ".join(x for x in p["own_sur"] if x) if p["own_sur"] else None,
            "name_use": p["name_use"], "nickname": p["nick"], "birth_date": p["birth"].isoformat(),
            "birth_registered": p["birth_reg"].isoformat(), "bsn": p["bsn"],
            "phones": [(f.isoformat(), n) for f, n in p["phones"]], "landline": p["landline"],
            "plate": p["plate"], "school": p["school"], "lvb": p["lvb"],
            "addresses": [(f.isoformat(), addr(a)) for f, a in p["addr"]],
            "hangout": addr(p["hangout"][1]) if p["hangout"] else None,
            "bewindvoerder": p["bewind"]["name"] if p["bewind"] else None, "mentor": p["mentor"],
            "husband": p["husband"], "relations": p["rel"],
        }


def generate_detailed(n_persons: int = 20000, seed: int = 1, knobs: Knobs | None = None
                      ) -> tuple[list[dict], dict[str, str], dict]:
    """(records, truth, side): mentions in the input contract, mention id -> person id, and per mention the
    source, date and the habit/noise steps applied (tags), per person the true values and relations."""
    return _Gen(seed, knobs or Knobs()).run(n_persons)


def generate(n_persons: int = 20000, seed: int = 1) -> tuple[list[dict], dict[str, str]]:
    records, truth, _ = generate_detailed(n_persons, seed)
    return records, truth
