"""Life-course generator: persons of concern mentioned over twelve years (2014-2026) while their lives change.

    from linkgen_lifecourse import generate, generate_detailed, Knobs
    records, truth = generate(n_persons=20000, seed=1)           # mention dicts, mention id -> person id
    records, truth, side = generate_detailed(20000, 1, Knobs())  # side: change/noise steps, true persons

Written from the `doortastend link` input contract alone, as an outside evaluator would (no knowledge of the
linker, the project's own generator or the other five generators beyond their module docstrings).
Deterministic per seed (``random.Random(seed)``), reference date 2026-06-30, no network, no Faker, standard
library only; names, streets, schools and towns are compiled by hand in names.py.  20,000 persons generate
in about 7 seconds.

The idea: the other generators look at a person within two or three years, so a person's data are one truth
written badly.  Here a person is followed for up to twelve years and the truth itself changes: the child in
a 2015 school report is the young man in a 2024 police report, at another address, with his third phone
number, a nickname instead of his name and an age guess instead of a birth date.  Typing errors and format
habits are present, but only at background rates; the difficulty is legitimate change plus hard negatives
(relatives, namesakes and strangers who share an address, a phone number or a name).

Population (households; moves, phones and dwellings are processed in date order)
  * Seven municipalities in the east and north (Enschede, Hengelo, Almelo, Zwolle, Nijmegen, Groningen,
    Lelystad; four of them student towns) with villages that sources write as the village or as the
    municipality (Haren and Ten Boer mostly as Groningen, merged in 2019).  200-340 streets per town from one
    pool (plain names such as Kerkstraat in every town; roots x suffixes), Zipf-like popularity (exponent
    0.35), streets of 12-240 numbers, a postcode per block of 20 numbers, 20 % flat streets with floor
    suffixes (12-1, 12-hs), a few 12A.  Hubs per town: a 24-hour shelter, a youth shelter and a postal
    counter for briefadressen; asylum centres (AZC) in Enschede, Zwolle and Groningen whose households live
    in units of their own under the centre's address.
  * Communities (household weights, shifted per town): Dutch 46, Turkish-Dutch 11, Moroccan-Dutch 10,
    Polish 8, Bulgarian 5, Surinamese Creole 5, Syrian 4.5, Antillean 4, Hindustani 3, Eritrean 2.5,
    Javanese 1.  Household kinds: families (two parents or a single mother, 1-5 children born 1986-2021,
    2.5 % twin births, the first son named after his father in 6 % of Dutch/Creole/Antillean and 3 % of
    other families), singles (young adults, half of them at risk; adults; elderly), couples,
    Polish/Bulgarian labour-migrant houses (3-9 residents over the years, each staying ~2.5 years, 70 % of
    leavers leave the country), Syrian/Eritrean newcomer families and young Eritreans who arrived as minors.
    Surnames: a Zipf head (exponent 0.3-0.35) plus long tails built from parts (Dutch, Moroccan, Turkish,
    Polish, Bulgarian, Hindustani, Syrian); given names per community, sex and cohort (exponent 0.35).
  * Hard negatives: twins (same birth date, address, school, parent's phone), juniors (same first name,
    surname and address as the father), siblings a few years apart (20 % with the same first letter as an
    older sibling), cousins with the same full name in one town (5 % of Moroccan/Turkish/Hindustani/
    Antillean families have a brother's family in the same town whose child carries the same first name),
    namesakes across towns, co-residents of shelters, AZC and labour-migrant houses, new tenants at a
    former address of a person (a household moving in takes a dwelling someone left earlier with
    probability 0.1) and recycled phone numbers.
  * Who is in the benchmark: one focus person per household (a child who is 12-25 at some time in the window
    if any; in 15 % of families a second one), other members with probability ``coverage`` (0.08); the twin
    of a reported twin and the father of a reported junior with 0.7, the cousin namesake with 0.8.

Life-course changes (dated; rates scaled by ``Knobs.change``)
  * Ages follow the mention date: birth dates are fixed, age guesses are the age on the day plus noise.
  * Moves: households move 0-3 times (55/28/12/5 %; a quarter of the moves to another town, mostly in the
    region); children leave home at about 17-26 (earlier for youths at risk): an own place, a student room
    in a student town (the parents' address kept as the registered one for 40 %), a shelter (registered
    there or still at the old address), a briefadres at the postal counter, a shelter or a relative's while
    sleeping rough or on couches, or back home again; young adults move every ~3 years; 13 % of two-parent
    families divorce and the father moves out; labour migrants come, move on or leave the country;
    newcomers are housed 4-20 months after arrival (in the three AZC towns a quarter of them come from the
    local AZC; the others stayed elsewhere in the country and are only mentioned once housed).
  * Schools follow age and track: primary from 4 (siblings share it; a new one after a move to another
    town), secondary from 12 (vmbo/havo/vwo), MBO from 16 for vmbo pupils (25 % of youths at risk drop out
    at 16-18), no school after it; leerplicht reports ``no_school`` for a dropout.
  * Names: 45 % of married Dutch women use the partner's name or a double name (``Jansen``,
    ``Jansen-de Vries``, ``de Vries-Jansen``; Creole/Antillean 55 %, Hindustani 40 %, Moroccan/Turkish
    under 10 %); systems write it at their own rate, neighbours write ``mevr. De Vries`` and the partner's
    name even when she does not use it; 22 % of young women marry in the window (and move), a quarter of
    them divorce and revert (slow sources keep the married name for up to 4 years).  Polish and Bulgarian
    women take the female form of the husband's surname officially (half revert after a divorce).  Name
    versions from a date: Turkish letters dropped after naturalisation (30 %: Şahin -> Sahin, Yıldız ->
    Yildiz), Moroccan (25 %), Syrian and Eritrean (55 %) transliterations that drift between documents
    (Mohammed -> Mohamed, Al-Hassan -> Alhassan, the Eritrean surname -- the father's name -- with or
    without the grandfather's), Bulgarian passports re-romanised (20 %: Christo Georgiew -> Hristo
    Georgiev), Hindustani colonial vs English spelling (10 %: Soekhoe -> Sukhu); a transgender name change
    for 0.5 % of young persons (given names, gender and nickname change; BSN and birth date stay; slow
    sources keep the old name).
  * Nicknames appear at 10-14 for 45 % of children (75 % of youths at risk): an informal form, a clipped
    name or an unrelated alias; a third get a new one at 17-21.
  * Phones: own mobiles from 11-15 (children's records carry a parent's phone); a new number on average
    every 2.5 years for youths at risk, 4 years for other prepaid users (migrants, a quarter of the rest)
    and 8 years for contracts; 70 % of abandoned prepaid numbers are released and ``phone_reuse`` (0.05) of
    all new numbers are such a released number of another person, at least half a year later (about 2 % of
    mentions show a number that another person had before or after).  Slow sources keep an old number.
  * Licence plates for 30-45 % of adults, a new car every ~6 years (Dutch plate format by issue year:
    99-XX-99 ... XXX-99-X), Polish/Bulgarian plates for some labour migrants, the partner's car on the other
    partner's record.
  * BSN: born in the Netherlands -> from birth; newcomers only from registration (asylum status 2-16 months
    after arrival, a labour migrant's registration within a year; 20 % of labour migrants never), so older
    mentions of the same person lack it (``bsn_not_yet``).  A quarter of Syrian/Eritrean birth dates are
    registered as 01-01 and 30 % of those are corrected later; 15 % of first-generation Moroccan/Turkish
    people born before 1965 have 01-01.

Mentions
  * Persons get 1..40 mentions: a power law with exponent 1.45 for youths at risk, 2.1 for other focus
    persons and 2.6 for other household members (scaled by ``mentions``): about 3.1 per person, 59 % once.
    Dates come in episodes (two to seven periods of trouble for persons with more than one mention, each
    a cluster with a spread of ~8 months) between the first possible date (age 4, arrival or housing) and
    the reference date or departure; for youths at risk the episodes favour ages 12-24.  About 40 % of the
    persons mentioned more than once span five years or more; 16 % of true pairs are six or more years
    apart.
  * The organisation depends on age and situation (MIX): school, leerplicht, jeugdzorg, ggd, wijkteam,
    politie, gemeente, woningcorporatie, schuldhulp, opvang (only when in a shelter or without a home),
    vluchtelingenwerk (newcomers' first 2.5 years), arbeidsinspectie (labour migrants), jongerenwerk
    (street youth workers) and bewoner (residents); police are 24 % of mentions, residents and street
    workers 12 %.  Each has a completeness profile (SOURCES; the fill rates are scaled by ``missing``):
    BRP-fed systems give the BSN, birth date, official names and the registered address (the briefadres of
    a homeless person); schools give the roepnaam, the school and a parent's phone; the housing corporation
    initials and the partner's name; street workers and residents a nickname, an age guess and the street
    where they see the person (home or a hangout street) and rarely a surname, never a BSN (a report that
    would name nobody gets the roepnaam).  A BSN is on 37 % of mentions (the per-source rates times
    ``bsn`` = 0.85).
  * Slow sources: a stale address within two years of a move, an old name version within four years of the
    change, an old phone number.
  * Background noise (scaled by ``typo``): keyboard slips, dropped/doubled/transposed letters and Dutch
    phonetic confusions in 1-5 % of name fields per source and ~2 % of streets, day/month swaps, digit slips
    and a year off in ~1.5 % of birth dates, BSN typos (fail the 11-proef) and a parent's BSN on a child's
    record (rare), transliteration variants chosen by the writer, Polish/Bulgarian names by a Dutch ear
    (Szymański -> Sjymanski, Zhivko -> Zjivko), compound names joined, hyphenated or cut (Tjon A Joe,
    Maria José, Ram Kisoen), diacritics stripped by some systems, given name and surname swapped (four times
    as often for Hindustani, Javanese, Creole and Eritrean names), upper case, initials, all given names,
    the tussenvoegsel after the surname, postcode/house-number/phone/plate/BSN formats, street
    abbreviations, town spellings, and 0.3 % wrong gender.

Calibration (Knobs defaults, 20,000 persons; bench/linkgen_lifecourse/run.py --skip-project, pairwise F1):
  seed 1: 61,940 mentions; BSN-only 0.227 (P 1.000 R 0.128), plain Splink 0.831 (P 0.827 R 0.834)
  seed 2: 61,339 mentions; BSN-only 0.230 (P 1.000 R 0.130), plain Splink 0.835 (P 0.837 R 0.834)
The targets were about 0.22 and 0.83.  What moved to get there (from a first draft that gave plain Splink
0.14 on one 2,300-mention chain): every newcomer through one AZC address -> units and only a quarter of the
newcomers in a local AZC; one shelter per town -> three hubs and fewer shelter episodes; dwelling reuse
0.4 -> 0.1; house numbers spread over the street's length; flatter name and street distributions with long
surname tails; coverage 0.12 -> 0.08; ``bsn`` 1.0 -> 0.85; ``phone_reuse`` 0.1 -> 0.05.  Plain Splink's
remaining false pairs are namesakes, shelter/AZC co-residents and siblings chained through mentions that
carry only a name or only an address; its missed pairs are dominated by age guesses, nicknames, hangout
streets and moves.  analyse.py breaks down any linker's errors the same way.

Side data: ``side["mentions"][id] = {"person", "source", "date", "steps": [...], "state": {...}}`` where
steps name every change and noise step that shaped the mention (``moved``, ``married_name``,
``phone_reused``, ``stale_address``, ``age_estimate``, ``typo:last`` ...; ``moved`` means a residence other
than the one at the person's first possible mention date) and state holds the keys analyse.py compares
between two mentions of one person (residence segment, written dwelling, name version, marriage state,
phone, school, age); ``side["persons"][pid]`` = true values over time (name versions, marriages,
nicknames, residences with registered and actual address, phones, plates, schools, BSN and its date) and
relations (twin, junior, siblings, cousin namesake, partner, parents); ``side["shared_phones"]`` = numbers
held by more than one person; ``side["knobs"]``.
"""

from __future__ import annotations

import heapq
import random
import unicodedata
from bisect import bisect_right
from collections import deque
from dataclasses import asdict, dataclass
from datetime import date

from . import names as N

REF = date(2026, 6, 30).toordinal()
START = date(2014, 1, 1).toordinal()
YEAR = 365.25


@dataclass
class Knobs:
    """Global scales; the defaults are the calibrated benchmark (see the module docstring)."""

    bsn: float = 0.85  # scale on every source's BSN rate
    typo: float = 1.0  # scale on typing-error rates
    missing: float = 1.0  # scale on omission rates (1 - fill rate)
    coverage: float = 0.08  # chance that another household member is in the benchmark
    change: float = 1.0  # scale on life-course change rates (moves, phone changes, marriages, name versions)
    resident: float = 1.0  # weight of residents and street workers among the sources
    mentions: float = 1.0  # scale on the number of mentions per person
    phone_reuse: float = 0.05  # share of new numbers that are recycled numbers of someone else
    lag: float = 1.0  # scale on slow-source habits (stale address, old name, old phone)
    hard_neg: float = 1.0  # scale on twins, juniors, cousin namesakes and similar sibling names


# ------------------------------------------------------------------------------------------------------
# Sources: fill rates and habits.  forms: how the first name is written.  addr: address given; number/pc/
# city: parts of it.  actual: writes where the person is seen rather than the registered address.
# lag: stale address/phone; oldname: old name version; naam: writes a married woman's used name.
# ------------------------------------------------------------------------------------------------------

_DEFAULT = dict(
    bsn=0.0,
    dob=0.0,
    age=0.0,
    first=0.9,
    forms=(("roep", 1.0),),
    nick=0.0,
    last=0.9,
    gender=0.5,
    addr=0.8,
    number=0.97,
    pc=0.7,
    city=0.85,
    phone=0.3,
    plate=0.0,
    school=0.0,
    lag=0.1,
    typo=1.0,
    upper=0.0,
    swap=0.01,
    ascii=0.3,
    naam=0.2,
    oldname=0.1,
    actual=0.0,
    parent_phone=0.0,
    translit=0.05,
    ear=0.0,
    title=0.0,
    street_only=False,
    tussen=0.05,
)


def _src(**kw) -> dict:
    d = dict(_DEFAULT)
    d.update(kw)
    return d


SOURCES: dict[str, dict] = {
    "gemeente": _src(
        bsn=0.78, dob=0.96, first=0.97, forms=(("all", 0.45), ("first", 0.35), ("roep", 0.15), ("init", 0.05)),
        nick=0.02, last=0.98, gender=0.92, addr=0.95, pc=0.92, city=0.92, phone=0.45, lag=0.04, typo=0.5,
        upper=0.05, ascii=0.25, naam=0.35, oldname=0.05, parent_phone=0.3, translit=0.02, tussen=0.12,
    ),
    "politie": _src(
        bsn=0.42, dob=0.86, age=0.6, first=0.95, forms=(("roep", 0.45), ("first", 0.4), ("all", 0.1), ("init", 0.05)),
        nick=0.3, last=0.95, gender=0.95, addr=0.8, pc=0.6, city=0.9, phone=0.4, plate=0.6, school=0.05,
        lag=0.15, typo=1.0, upper=0.25, swap=0.03, ascii=0.5, naam=0.25, oldname=0.2, actual=0.35,
        parent_phone=0.2, translit=0.12, ear=0.05,
    ),
    "school": _src(
        bsn=0.45, dob=0.97, first=0.98, forms=(("roep", 0.82), ("first", 0.13), ("all", 0.05)), nick=0.03,
        last=0.98, gender=0.75, addr=0.75, pc=0.7, city=0.8, phone=0.65, school=0.97, lag=0.25, typo=0.8,
        upper=0.02, swap=0.01, ascii=0.4, naam=0.1, oldname=0.25, parent_phone=0.8, translit=0.06,
    ),
    "leerplicht": _src(
        bsn=0.8, dob=0.95, first=0.97, forms=(("first", 0.5), ("all", 0.35), ("roep", 0.15)), last=0.98,
        gender=0.85, addr=0.9, pc=0.85, city=0.9, phone=0.4, school=0.8, lag=0.08, typo=0.6, ascii=0.3,
        oldname=0.1, parent_phone=0.6, translit=0.03, tussen=0.1,
    ),
    "jeugdzorg": _src(
        bsn=0.6, dob=0.9, age=0.5, first=0.96, forms=(("roep", 0.6), ("first", 0.3), ("all", 0.1)), nick=0.15,
        last=0.95, gender=0.8, addr=0.8, pc=0.7, city=0.85, phone=0.55, school=0.3, lag=0.15, typo=1.0,
        ascii=0.3, naam=0.15, oldname=0.15, parent_phone=0.5, translit=0.06,
    ),
    "wijkteam": _src(
        bsn=0.4, dob=0.8, age=0.5, first=0.95, forms=(("roep", 0.7), ("first", 0.25), ("init", 0.05)),
        nick=0.08, last=0.93, gender=0.7, addr=0.85, pc=0.7, city=0.85, phone=0.6, school=0.1, lag=0.1,
        typo=1.1, upper=0.03, swap=0.02, ascii=0.35, naam=0.3, oldname=0.12, parent_phone=0.4, translit=0.08,
        ear=0.03,
    ),
    "ggd": _src(
        bsn=0.7, dob=0.95, first=0.93, forms=(("first", 0.4), ("init", 0.3), ("all", 0.2), ("roep", 0.1)),
        last=0.97, gender=0.9, addr=0.85, pc=0.8, city=0.85, phone=0.45, lag=0.2, typo=0.8, upper=0.05,
        ascii=0.4, naam=0.2, oldname=0.2, parent_phone=0.5, translit=0.05, tussen=0.1,
    ),
    "woningcorporatie": _src(
        dob=0.45, first=0.9, forms=(("init", 0.45), ("roep", 0.3), ("first", 0.25)), last=0.98, gender=0.6,
        addr=0.99, pc=0.9, city=0.9, phone=0.7, lag=0.0, typo=0.9, upper=0.05, ascii=0.5, naam=0.55,
        oldname=0.25, translit=0.08, ear=0.06, tussen=0.15,
    ),
    "schuldhulp": _src(
        bsn=0.7, dob=0.92, first=0.96, forms=(("first", 0.5), ("roep", 0.3), ("all", 0.2)), last=0.97,
        gender=0.8, addr=0.9, pc=0.85, city=0.9, phone=0.75, plate=0.1, lag=0.05, typo=0.8, ascii=0.3,
        naam=0.3, oldname=0.1, translit=0.04,
    ),
    "opvang": _src(
        bsn=0.35, dob=0.7, age=0.5, first=0.9, forms=(("roep", 0.7), ("first", 0.3)), nick=0.3, last=0.8,
        gender=0.8, addr=0.95, pc=0.6, city=0.8, phone=0.5, lag=0.05, typo=1.2, swap=0.03, ascii=0.5,
        naam=0.1, oldname=0.1, actual=1.0, translit=0.12, ear=0.08,
    ),
    "jongerenwerk": _src(
        dob=0.08, age=0.8, first=0.6, forms=(("roep", 1.0),), nick=0.65, last=0.35, gender=0.6, addr=0.7,
        number=0.15, pc=0.02, city=0.5, phone=0.35, lag=0.3, typo=1.4, swap=0.02, ascii=0.6, naam=0.3,
        oldname=0.3, actual=1.0, translit=0.3, ear=0.3, street_only=True,
    ),
    "bewoner": _src(
        dob=0.02, age=0.75, first=0.45, forms=(("roep", 1.0),), nick=0.5, last=0.25, gender=0.5, addr=0.85,
        number=0.35, pc=0.05, city=0.4, phone=0.05, plate=0.15, lag=0.2, typo=1.6, ascii=0.6, naam=0.7,
        oldname=0.4, actual=1.0, translit=0.35, ear=0.4, title=0.3, street_only=True,
    ),
    "vluchtelingenwerk": _src(
        bsn=0.45, dob=0.95, first=0.98, forms=(("first", 0.6), ("all", 0.4)), last=0.98, gender=0.9,
        addr=0.9, pc=0.8, city=0.9, phone=0.7, lag=0.1, typo=0.9, swap=0.04, ascii=0.3, oldname=0.3,
        translit=0.2,
    ),
    "arbeidsinspectie": _src(
        bsn=0.5, dob=0.9, first=0.95, forms=(("first", 0.6), ("all", 0.4)), last=0.97, gender=0.85,
        addr=0.8, pc=0.7, city=0.9, phone=0.5, plate=0.3, lag=0.1, typo=1.0, upper=0.3, swap=0.06,
        ascii=0.7, naam=0.0, oldname=0.2, translit=0.05, ear=0.1,
    ),
}  # fmt: skip
STREET_SOURCES = ("jongerenwerk", "bewoner")

# Base weights of the sources by life stage (filtered by the person's situation on the day).
MIX: dict[str, dict[str, float]] = {
    "child": {"school": 30, "leerplicht": 4, "jeugdzorg": 16, "wijkteam": 14, "ggd": 16, "politie": 6,
              "bewoner": 5},
    "teen": {"school": 17, "leerplicht": 12, "jeugdzorg": 14, "politie": 20, "jongerenwerk": 10,
             "bewoner": 6, "wijkteam": 8, "ggd": 6, "gemeente": 4},
    "young": {"politie": 24, "gemeente": 10, "wijkteam": 10, "jongerenwerk": 7, "woningcorporatie": 7,
              "ggd": 8, "bewoner": 6, "schuldhulp": 8, "school": 6, "opvang": 10, "leerplicht": 4},
    "adult": {"gemeente": 14, "politie": 14, "woningcorporatie": 16, "wijkteam": 14, "ggd": 12,
              "schuldhulp": 11, "bewoner": 7, "opvang": 8},
    "senior": {"ggd": 25, "wijkteam": 20, "woningcorporatie": 18, "gemeente": 15, "bewoner": 10,
               "politie": 10},
    "migrant": {"politie": 18, "gemeente": 12, "arbeidsinspectie": 20, "ggd": 10, "bewoner": 12,
                "wijkteam": 8, "schuldhulp": 6, "woningcorporatie": 6, "opvang": 6},
    "newcomer": {"vluchtelingenwerk": 30, "gemeente": 18, "school": 14, "ggd": 12, "wijkteam": 10,
                 "politie": 8, "leerplicht": 4, "bewoner": 4},
}  # fmt: skip

COMMUNITIES = {
    "dutch": 46,
    "turkish": 11,
    "moroccan": 10,
    "polish": 8,
    "bulgarian": 5,
    "creole": 5,
    "syrian": 4.5,
    "antillean": 4,
    "hindustani": 3,
    "eritrean": 2.5,
    "javanese": 1,
}
# community weight multipliers per town (Twente: Turkish; university towns: Polish/Bulgarian less)
TOWN_COMM = {
    "Enschede": {"turkish": 1.6, "syrian": 1.3},
    "Hengelo": {"turkish": 1.8, "moroccan": 0.5},
    "Almelo": {"turkish": 2.0, "moroccan": 0.6, "bulgarian": 1.4},
    "Zwolle": {"eritrean": 1.8, "antillean": 1.3},
    "Nijmegen": {"moroccan": 1.4, "creole": 1.2},
    "Groningen": {"eritrean": 1.5, "syrian": 1.3, "polish": 0.7},
    "Lelystad": {"creole": 2.2, "antillean": 2.0, "hindustani": 1.6, "polish": 1.3},
}

FEMALE_NAMING = {  # naamgebruik of married women: own, partner, partner-own, own-partner
    "dutch": (0.55, 0.12, 0.23, 0.10),
    "creole": (0.45, 0.2, 0.25, 0.10),
    "antillean": (0.45, 0.2, 0.25, 0.10),
    "hindustani": (0.6, 0.2, 0.15, 0.05),
    "javanese": (0.6, 0.2, 0.15, 0.05),
    "moroccan": (0.93, 0.03, 0.03, 0.01),
    "turkish": (0.9, 0.04, 0.04, 0.02),
    "syrian": (0.95, 0.03, 0.01, 0.01),
    "eritrean": (0.97, 0.01, 0.01, 0.01),
    "polish": (1.0, 0.0, 0.0, 0.0),  # official change instead
    "bulgarian": (1.0, 0.0, 0.0, 0.0),
}
USAGE = ("own", "partner", "partner-own", "own-partner")

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


# ------------------------------------------------------------------------------------------------------
# Small helpers
# ------------------------------------------------------------------------------------------------------


def _d(o: int) -> str:
    return date.fromordinal(o).isoformat()


def _years(y: float) -> int:
    return int(round(y * YEAR))


def _age(birth: date, o: int) -> int:
    d = date.fromordinal(o)
    return d.year - birth.year - ((d.month, d.day) < (birth.month, birth.day))


def _strip_accents(s: str) -> str:
    s = s.translate(N.TURKISH_ASCII).replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Zipf:
    """Weighted choice with weights 1/rank**s over the given order."""

    __slots__ = ("items", "cum")

    def __init__(self, items: list, s: float):
        self.items = list(items)
        acc, cum = 0.0, []
        for i in range(len(self.items)):
            acc += 1.0 / (i + 1) ** s
            cum.append(acc)
        self.cum = cum

    def pick(self, rng: random.Random):
        return rng.choices(self.items, cum_weights=self.cum)[0]


def _weighted(rng: random.Random, pairs) -> str:
    keys = [k for k, _ in pairs]
    return rng.choices(keys, weights=[w for _, w in pairs])[0]


_POW_CACHE: dict = {}


def _powerlaw(rng: random.Random, a: float, kmax: int) -> int:
    key = (a, kmax)
    if key not in _POW_CACHE:
        acc, cum = 0.0, []
        for k in range(1, kmax + 1):
            acc += k**-a
            cum.append(acc)
        _POW_CACHE[key] = cum
    return rng.choices(range(1, kmax + 1), cum_weights=_POW_CACHE[key])[0]


def _bsn(rng: random.Random, used: set) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        if rng.random() < 0.9:
            digits[0] = rng.randrange(1, 10)
        else:
            digits[0] = 0
        s = sum(dg * (9 - i) for i, dg in enumerate(digits)) % 11
        if s == 10:
            continue
        b = "".join(map(str, digits)) + str(s)
        if b not in used and b != "000000000":
            used.add(b)
            return b


def _typo(s: str, rng: random.Random) -> str:
    if len(s) < 3:
        return s
    op = rng.random()
    i = rng.randrange(1, len(s))
    if op < 0.3:
        c = s[i].lower()
        if c in N.KEYBOARD:
            r = rng.choice(N.KEYBOARD[c])
            return s[:i] + (r.upper() if s[i].isupper() else r) + s[i + 1 :]
        return s[:i] + s[i + 1 :]
    if op < 0.5:
        return s[:i] + s[i + 1 :]
    if op < 0.62:
        return s[:i] + s[i] + s[i:]
    if op < 0.78 and i < len(s) - 1:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    low = s.lower()
    opts = [(a, b) for a, b in N.PHONETIC if a in low] + [(b, a) for a, b in N.PHONETIC if b in low]
    if opts:
        a, b = rng.choice(opts)
        j = low.index(a)
        rep = b.upper() if s[j].isupper() and len(b) == 1 else (b.capitalize() if s[j].isupper() else b)
        return s[:j] + rep + s[j + len(a) :]
    return s[:i] + s[i + 1 :]


_TRANSLIT: dict[str, list[str]] = {}
for _g in N.TRANSLIT_GROUPS:
    for _n in _g:
        _TRANSLIT.setdefault(_n, [x for x in _g if x != _n])


def _translit(name: str, rng: random.Random) -> str:
    parts = name.split(" ")
    out, changed = [], False
    # whole-name groups first (Abdel Kader, Al Hassan)
    if name in _TRANSLIT:
        return rng.choice(_TRANSLIT[name])
    for p in parts:
        if p in _TRANSLIT and not changed:
            out.append(rng.choice(_TRANSLIT[p]))
            changed = True
        else:
            out.append(p)
    return " ".join(out)


def _polish_dutch(s: str, rng: random.Random) -> str:
    out = s
    for a, b in N.POLISH_DUTCH:
        if a in out and rng.random() < 0.8:
            out = out.replace(a, b)
    return _strip_accents(out)


def _bulgarian_variant(s: str, rng: random.Random) -> str:
    out = s
    for a, opts in N.BULGARIAN_SPELLING:
        if a in out and rng.random() < 0.6:
            out = out.replace(a, rng.choice(opts))
    return out


def _hindu_spelling(s: str, rng: random.Random, to_english: bool = True) -> str:
    out = s
    for a, b in N.HINDU_SPELLING:
        x, y = (a, b) if to_english else (b, a)
        if x in out and rng.random() < 0.8:
            out = out.replace(x, y)
    return out


_HINDU_PREFIXES = tuple(N.HINDU_SUR_A)


def _compound_variant(name: str, comm: str, rng: random.Random) -> str:
    """Compound names written apart, hyphenated, glued or shortened (Tjon A Joe, Maria José, Ramkisoen)."""
    if " " in name or "-" in name:
        parts = name.replace("-", " ").split()
        if len(parts) < 2 or parts[0].lower() in ("de", "van"):
            return name
        r = rng.random()
        if r < 0.3:
            return "-".join(parts)
        if r < 0.55:
            return parts[0] + "".join(p.lower() for p in parts[1:])
        if r < 0.8:
            return " ".join(parts)
        return parts[0] if comm == "antillean" or rng.random() < 0.5 else parts[-1]
    if comm == "hindustani":
        for pre in _HINDU_PREFIXES:
            if name.startswith(pre) and len(name) > len(pre) + 2:
                rest = name[len(pre) :]
                return f"{pre} {rest.capitalize()}" if rng.random() < 0.7 else f"{pre}-{rest}"
    return name


def _initials(given: list[str]) -> str:
    return "".join(g[0].upper() + "." for g in given if g)


def _capital_prefix(surname: str) -> str:
    return surname[0].upper() + surname[1:] if surname else surname


_TUSSEN = ("van der ", "van den ", "van de ", "van ", "de ", "ter ", "ten ", "den ", "der ")


def _tussen_variant(surname: str, rng: random.Random) -> str | None:
    low = surname.lower()
    for t in _TUSSEN:
        if low.startswith(t):
            core = surname[len(t) :]
            r = rng.random()
            if r < 0.4:
                return f"{core}, {t.strip()}"
            if r < 0.7:
                return f"{core} {t.strip()}"
            if r < 0.85 and t.startswith("van d"):
                return "vd " + core
            return core
    return None


# ------------------------------------------------------------------------------------------------------
# Population structures
# ------------------------------------------------------------------------------------------------------


class Person:
    __slots__ = (
        "pid", "hh", "comm", "sex", "birth", "bdate", "role", "versions", "marriages", "nicks", "arrival",
        "departure", "bsn", "bsn_from", "dobs", "segs", "with_hh", "phones", "plates", "car_of", "schools",
        "track", "risk", "focus", "included", "rel", "parents", "hangout", "nmen", "student", "phone_kind",
        "_vfrom", "_sfrom", "_seg0",
    )  # fmt: skip

    def __init__(self, pid: int, hh: Household, comm: str, sex: str, bdate: date, role: str):
        self.pid = pid
        self.hh = hh
        self.comm = comm
        self.sex = sex
        self.bdate = bdate
        self.birth = bdate.toordinal()
        self.role = role
        self.versions: list[tuple] = []  # (from, given list, roep, surname, sex, kind)
        self.marriages: list[list] = []  # [from, to|None, partner surname, usage]
        self.nicks: list[tuple] = []  # (from, nick)
        self.arrival: int | None = None
        self.departure: int | None = None
        self.bsn: str | None = None
        self.bsn_from = 0
        self.dobs: list[tuple] = []  # (from, registered dob string)
        self.segs: list[list] = []  # [from, official dw, actual dw, kind]
        self.with_hh = True
        self.phones: list[list] = []  # [from, to, number, reused]
        self.plates: list[list] = []  # [from, to, plate]
        self.car_of: Person | None = None
        self.schools: list[tuple] = []  # (from, name or None)
        self.track = ""
        self.risk = False
        self.focus = False
        self.included = False
        self.rel: dict[str, list[int]] = {}
        self.parents: list[Person] = []
        self.hangout: dict[str, str] = {}
        self.nmen = 0
        self.student = False
        self.phone_kind = "contract"

    def add_rel(self, kind: str, other: Person) -> None:
        self.rel.setdefault(kind, []).append(other.pid)


class Household:
    __slots__ = ("hid", "town", "comm", "kind", "members", "dw", "primary", "secondary", "start")

    def __init__(self, hid: int, town: str, comm: str, kind: str):
        self.hid = hid
        self.town = town
        self.comm = comm
        self.kind = kind
        self.members: list[Person] = []
        self.dw: int | None = None
        self.primary: dict[str, str] = {}
        self.secondary: dict[str, str] = {}
        self.start = START


class World:
    """Towns, streets, dwellings, schools and hubs."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.towns = list(N.TOWNS)
        self.town_w = [N.TOWNS[t]["weight"] for t in self.towns]
        self.dw: list[tuple] = []  # (town, street, number, suffix, postcode, city, hub kind)
        self.used: set = set()
        self.vacated: dict[str, list[tuple]] = {t: [] for t in self.towns}
        self.streets: dict[str, Zipf] = {}
        self.street_info: dict[tuple, tuple] = {}  # (town, street) -> (pc digits, block letters, flats, city)
        self.hubs: dict[tuple, int] = {}
        self.schools: dict[str, dict[str, list[str]]] = {}
        combo_w = {r + s: w for r in N.STREET_ROOTS for s, w in N.STREET_SUFFIXES}
        pool = sorted(combo_w)
        weights = [combo_w[c] for c in pool]
        for town in self.towns:
            info = N.TOWNS[town]
            n = info["streets"]
            chosen: set[str] = set()
            while len(chosen) < n - len(N.PLAIN_STREETS):
                chosen.add(rng.choices(pool, weights=weights)[0])
            streets = list(N.PLAIN_STREETS) + sorted(chosen)
            rng.shuffle(streets)
            self.streets[town] = Zipf(streets, 0.35)
            lo, hi = info["pc"]
            for st in streets:
                pc = rng.randint(lo, hi)
                blocks = ["".join(rng.choice(PC_LETTERS) for _ in range(2)) for _ in range(12)]
                flats = rng.random() < 0.2
                city = town
                if info["villages"] and rng.random() < 0.12:
                    city = rng.choice(info["villages"])
                length = int(rng.triangular(12, 240, 40))
                self.street_info[(town, st)] = (pc, blocks, flats, city, length)
            # hubs
            # shelters: a night/24-hour shelter, a youth shelter and a postal counter for briefadressen
            self.hubs[(town, "shelter")] = self._hub(town, "shelter")
            self.hubs[(town, "youth_shelter")] = self._hub(town, "youth_shelter")
            self.hubs[(town, "postadres")] = self._hub(town, "postadres")
            if town in ("Zwolle", "Groningen", "Enschede"):
                self.hubs[(town, "azc")] = self._hub(town, "azc")
            # schools
            k = rng.sample(N.PRIMARY_NAMES, 16)
            prim = [f"{rng.choice(N.PRIMARY_KINDS)} {nm}" for nm in k]
            sec = [f"{p} {rng.choice(N.SECONDARY_KINDS)}" for p in rng.sample(N.SECONDARY_PARTS, 5)]
            mbo = [m.format(town=town, region=info["region"]) for m in rng.sample(N.MBO_NAMES, 2)]
            self.schools[town] = {"primary": prim, "secondary": sec, "mbo": mbo}

    def _hub(self, town: str, kind: str) -> int:
        st = self.streets[town].items[self.rng.randrange(len(self.streets[town].items))]
        number = self.rng.randint(1, 120)
        pc, blocks, _, city, _ = self.street_info[(town, st)]
        self.used.add((town, st, number, ""))
        self.dw.append((town, st, number, "", f"{pc} {blocks[min(number // 20, 11)]}", city, kind))
        return len(self.dw) - 1

    def unit(self, hub: int) -> int:
        """A unit of a hub (an AZC household's own unit number under the centre's address)."""
        t, st, number, _, pc, city, kind = self.dw[hub]
        while True:
            suffix = str(self.rng.randint(1, 480))
            if (t, st, number, suffix) not in self.used:
                break
        self.used.add((t, st, number, suffix))
        self.dw.append((t, st, number, suffix, pc, city, kind))
        return len(self.dw) - 1

    def new_dwelling(self, town: str) -> int:
        rng = self.rng
        while True:
            st = self.streets[town].pick(rng)
            pc, blocks, flats, city, length = self.street_info[(town, st)]
            number = rng.randint(1, length)
            suffix = ""
            if flats:
                suffix = rng.choice(["1", "2", "3", "4", "hs"])
            elif rng.random() < 0.05:
                suffix = rng.choice(["A", "B", "a", "b"])
            key = (town, st, number, suffix)
            if key in self.used:
                continue
            self.used.add(key)
            self.dw.append((town, st, number, suffix, f"{pc} {blocks[min(number // 20, 11)]}", city, ""))
            return len(self.dw) - 1

    def dwelling_for_move(self, town: str, when: int, reuse: float) -> tuple[int, bool]:
        pool = self.vacated[town]
        if pool and self.rng.random() < reuse:
            # the oldest half of the pool: left at least a while ago
            i = self.rng.randrange(max(1, len(pool) // 2))
            left, dw = pool[i]
            if left < when - 30:
                pool.pop(i)
                return dw, True
        return self.new_dwelling(town), False

    def vacate(self, dw: int | None, when: int) -> None:
        if dw is None or self.dw[dw][6]:
            return
        self.vacated[self.dw[dw][0]].append((when, dw))


# ------------------------------------------------------------------------------------------------------
# Names
# ------------------------------------------------------------------------------------------------------


class Namer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        s = 0.35
        self.given = {
            ("dutch_old", "m"): Zipf(list(N.DUTCH_OLD_M), 0.45),
            ("dutch_old", "f"): Zipf(list(N.DUTCH_OLD_F), 0.45),
            ("dutch_mid", "m"): Zipf(N.DUTCH_MID_M, s),
            ("dutch_mid", "f"): Zipf(N.DUTCH_MID_F, s),
            ("dutch", "m"): Zipf(N.DUTCH_YOUNG_M, s),
            ("dutch", "f"): Zipf(N.DUTCH_YOUNG_F, s),
            ("moroccan", "m"): Zipf(N.MOROCCAN_M, 0.45),
            ("moroccan", "f"): Zipf(N.MOROCCAN_F, s),
            ("turkish", "m"): Zipf(N.TURKISH_M, s),
            ("turkish", "f"): Zipf(N.TURKISH_F, s),
            ("creole", "m"): Zipf(N.CREOLE_M, 0.4),
            ("creole", "f"): Zipf(N.CREOLE_F, 0.4),
            ("hindustani", "m"): Zipf(N.HINDU_M, 0.4),
            ("hindustani", "f"): Zipf(N.HINDU_F, 0.4),
            ("javanese", "m"): Zipf(N.JAVANESE_M, 0.4),
            ("javanese", "f"): Zipf(N.JAVANESE_F, 0.4),
            ("antillean", "m"): Zipf(N.ANTILLEAN_M, 0.4),
            ("antillean", "f"): Zipf(N.ANTILLEAN_F, 0.4),
            ("polish", "m"): Zipf(N.POLISH_M, s),
            ("polish", "f"): Zipf(N.POLISH_F, s),
            ("bulgarian", "m"): Zipf(N.BULGARIAN_M, s),
            ("bulgarian", "f"): Zipf(N.BULGARIAN_F, s),
            ("syrian", "m"): Zipf(N.SYRIAN_M, s),
            ("syrian", "f"): Zipf(N.SYRIAN_F, s),
            ("eritrean", "m"): Zipf(N.ERITREAN_M, 0.4),
            ("eritrean", "f"): Zipf(N.ERITREAN_F, 0.4),
        }
        self.sur_head = {
            "dutch": Zipf(N.DUTCH_SURNAMES, 0.3),
            "moroccan": Zipf(N.MOROCCAN_SURNAMES, 0.3),
            "turkish": Zipf(N.TURKISH_SURNAMES, 0.35),
            "creole": Zipf(N.CREOLE_SURNAMES, 0.3),
            "hindustani": Zipf(N.HINDU_SURNAMES, 0.3),
            "javanese": Zipf(N.JAVANESE_SURNAMES, 0.3),
            "antillean": Zipf(N.ANTILLEAN_SURNAMES, 0.3),
            "polish": Zipf(N.POLISH_SURNAMES, 0.3),
            "bulgarian": Zipf(N.BULGARIAN_SURNAMES, 0.3),
            "syrian": Zipf(N.SYRIAN_SURNAMES, 0.3),
            "eritrean": Zipf(N.ERITREAN_FATHERS + N.ERITREAN_M, 0.3),
        }

    def surname(self, comm: str, sex: str = "m") -> str:
        rng = self.rng
        r = rng.random()
        if comm == "dutch" and r < 0.5:
            root = rng.choice(N.DUTCH_SUR_ROOT)
            suf = rng.choice(N.DUTCH_SUR_SUFFIX)
            pre = rng.choice(N.DUTCH_SUR_PREFIX)
            name = root + suf
            if pre and (not suf or rng.random() < 0.3):
                name = pre + name
            return name
        if comm == "moroccan" and r < 0.5:
            part = rng.choice(N.MOROCCAN_SUR_PARTICLE)
            root = rng.choice(N.MOROCCAN_SUR_ROOT)
            return (part + root.lower()) if part in ("Bou", "Ou") else part + root
        if comm == "turkish" and r < 0.5:
            a, b = rng.choice(N.TURKISH_SUR_A), rng.choice(N.TURKISH_SUR_B)
            return a + b
        if comm == "polish" and r < 0.5:
            root = rng.choice(N.POLISH_ROOTS)
            suf = rng.choice(["ski", "ski", "ak", "czyk", "ewicz", "iak", "ek", "owski", "ka"])
            if suf in ("ski", "owski") and sex == "f":
                suf = suf[:-1] + "a"
            return root + suf
        if comm == "bulgarian" and r < 0.5:
            name = rng.choice(N.BULGARIAN_ROOTS) + rng.choice(["ov", "ev", "ov", "chev", "inov", "kov"])
            return name + "a" if sex == "f" else name
        if comm == "hindustani" and r < 0.35:
            return rng.choice(N.HINDU_SUR_A) + rng.choice(N.HINDU_SUR_B)
        if comm == "syrian" and r < 0.45:
            pre = rng.choice(["Al-", "Al ", "Al", "El ", ""])
            root = rng.choice(N.SYRIAN_SUR_ROOTS)
            return pre + (root.lower() if pre == "Al" else root)
        head = self.sur_head[comm].pick(rng)
        if comm == "polish":
            return head[1] if sex == "f" else head[0]
        if comm == "bulgarian":
            return head + "a" if sex == "f" else head
        return head

    def fem(self, comm: str, surname: str, sex: str) -> str:
        """A surname in the form for ``sex`` (Polish/Bulgarian)."""
        if comm == "polish":
            for m, f in N.POLISH_SURNAMES:
                if surname in (m, f):
                    return f if sex == "f" else m
            if surname.endswith("ski") and sex == "f":
                return surname[:-1] + "a"
            if surname.endswith("ska") and sex == "m":
                return surname[:-1] + "i"
            return surname
        if comm == "bulgarian":
            if sex == "f" and not surname.endswith("a"):
                return surname + "a"
            if sex == "m" and surname.endswith("a"):
                return surname[:-1]
        return surname

    def given_names(self, comm: str, sex: str, byear: int, like: str | None = None) -> tuple[list[str], str]:
        """(official given names, roepnaam).  ``like``: prefer a name with this first letter."""
        rng = self.rng
        if comm == "dutch":
            if byear < 1972 or (byear < 1990 and rng.random() < 0.25):
                z = self.given[("dutch_old", sex)]
                first = self._pick(z, like)
                table = N.DUTCH_OLD_M if sex == "m" else N.DUTCH_OLD_F
                given = [first]
                if rng.random() < 0.6:
                    given.append(z.pick(rng))
                roep = rng.choice(table[first]) if rng.random() < 0.75 else first
                return self._uniq(given), roep
            key = ("dutch_mid", sex) if byear < 1992 else ("dutch", sex)
            first = self._pick(self.given[key], like)
            given = [first]
            if rng.random() < 0.45:
                given.append(self.given[("dutch_old", sex)].pick(rng))
            return self._uniq(given), first
        z = self.given[(comm, sex)]
        first = self._pick(z, like)
        given = [first]
        roep = first
        if comm == "moroccan" and sex == "m" and byear < 1990 and rng.random() < 0.18:
            given = ["Mohamed", first] if first != "Mohamed" else ["Mohamed"]
            roep = first
        elif comm == "turkish" and rng.random() < 0.15:
            second = z.pick(rng)
            if second != first:
                given = [first, second]
                roep = second if rng.random() < 0.3 else first
        elif comm in ("creole", "antillean", "hindustani", "polish", "syrian") and rng.random() < 0.3:
            second = z.pick(rng)
            if second != first:
                given = [first, second]
        return given, roep

    def _pick(self, z: Zipf, like: str | None) -> str:
        name = z.pick(self.rng)
        if like:
            same = [n for n in z.items if n[0] == like[0] and n != like]
            if same:
                name = self.rng.choice(same)
        return name

    @staticmethod
    def _uniq(given: list[str]) -> list[str]:
        out: list[str] = []
        for g in given:
            if g not in out:
                out.append(g)
        return out

    def nickname(self, given: list[str], roep: str, comm: str) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35 and roep in N.INFORMAL:
            return rng.choice(N.INFORMAL[roep])
        if r < 0.6 and len(roep) >= 4:
            base = _strip_accents(roep)
            cut = rng.randint(2, min(4, len(base) - 1))
            nick = base[:cut]
            if rng.random() < 0.4:
                nick += rng.choice(["y", "ie", "o", "i"])
            return nick.capitalize()
        return rng.choice(N.ALIASES)


# ------------------------------------------------------------------------------------------------------
# The generator
# ------------------------------------------------------------------------------------------------------


class Gen:
    def __init__(self, n_persons: int, seed: int, knobs: Knobs):
        self.n = n_persons
        self.rng = random.Random(seed)
        self.k = knobs
        self.world = World(self.rng)
        self.namer = Namer(self.rng)
        self.persons: list[Person] = []
        self.households: list[Household] = []
        self.events: list[tuple] = []  # (date, seq, kind, payload)
        self.bsns: set = set()
        self.n_included = 0
        self.plates_used: set = set()
        self.phones_used: set = set()
        self.shared_numbers: set = set()

    # -- population ----------------------------------------------------------------------------------

    def _comm(self, town: str) -> str:
        mult = TOWN_COMM.get(town, {})
        keys = list(COMMUNITIES)
        return self.rng.choices(keys, weights=[COMMUNITIES[c] * mult.get(c, 1.0) for c in keys])[0]

    def _person(self, hh: Household, sex: str, bdate: date, role: str, comm: str | None = None) -> Person:
        p = Person(len(self.persons), hh, comm or hh.comm, sex, bdate, role)
        self.persons.append(p)
        hh.members.append(p)
        return p

    def _bdate(self, year: int) -> date:
        return date(year, 1, 1).fromordinal(date(year, 1, 1).toordinal() + self.rng.randrange(365))

    def _event(self, when: int, kind: str, *payload) -> None:
        self.events.append((when, len(self.events), kind, payload))

    def build(self) -> None:
        rng = self.rng
        while self.n_included < self.n:
            town = rng.choices(self.world.towns, weights=self.world.town_w)[0]
            comm = self._comm(town)
            r = rng.random()
            if comm in ("polish", "bulgarian"):
                kind = rng.choices(["migrant_house", "family", "single", "couple"], weights=[30, 35, 27, 8])[
                    0
                ]
            elif comm == "syrian":
                kind = "family" if r < 0.8 else "single"
            elif comm == "eritrean":
                kind = "family" if r < 0.45 else "single"
            else:
                kind = "family" if r < 0.55 else "single" if r < 0.87 else "couple"
            hh = Household(len(self.households), town, comm, kind)
            self.households.append(hh)
            if kind == "family":
                self._family(hh)
            elif kind == "single":
                self._single(hh)
            elif kind == "couple":
                self._couple(hh)
            else:
                self._migrant_house(hh)
        # the last household may overshoot: drop its latest non-focus (then any) included members
        for want_focus in (False, True):
            for p in reversed(self.persons):
                if self.n_included <= self.n:
                    break
                if p.included and p.focus == want_focus:
                    p.included = False
                    self.n_included -= 1

    def _arrival(self, comm: str) -> int | None:
        rng = self.rng
        if comm == "syrian":
            y = rng.choices([2014, 2015, 2016, 2018, 2022, 2023], weights=[1, 4, 3, 1, 1, 1])[0]
        elif comm == "eritrean":
            y = rng.choices([2014, 2015, 2016, 2017, 2019, 2022, 2023], weights=[2, 3, 2, 2, 1, 1, 1])[0]
        else:
            return None
        return date(y, 1, 1).toordinal() + rng.randrange(365)

    def _name_person(self, p: Person, surname: str, like: str | None = None) -> None:
        given, roep = self.namer.given_names(p.comm, p.sex, p.bdate.year, like)
        p.versions.append((-(10**9), given, roep, surname, p.sex, "base"))

    def _family(self, hh: Household, cousin_of: Person | None = None) -> None:
        rng, comm, k = self.rng, hh.comm, self.k
        nkids_w = {"dutch": (3, 4, 2, 1, 0.3), "moroccan": (1, 3, 3, 2, 1), "turkish": (1, 3, 3, 1.5, 0.6)}
        w = nkids_w.get(comm, (2, 3, 2, 1, 0.5))
        if comm in ("syrian", "eritrean"):
            w = (1, 2, 3, 2, 1)
        nkids = rng.choices([1, 2, 3, 4, 5], weights=w)[0]
        y1 = int(rng.triangular(1986, 2017, 2002))
        arrival = self._arrival(comm)
        if comm in ("polish", "bulgarian") and rng.random() < 0.6:
            arrival = START + rng.randrange(REF - START - 365)
        if cousin_of is not None:
            y1 = max(1986, min(2015, cousin_of.bdate.year + rng.randint(-4, 4)))
            nkids = max(nkids, 1)
        single_mother = rng.random() < (0.3 if comm in ("creole", "antillean") else 0.15)
        father_age = rng.randint(23, 40)
        mother_age = max(18, min(father_age - rng.randint(-2, 6), 42))
        surname_f = self.namer.surname(comm, "m")
        if cousin_of is not None:
            fathers = [x for x in cousin_of.parents if x.sex == "m"]
            surname_f = fathers[0].versions[0][3] if fathers else cousin_of.versions[0][3]
            surname_f = self.namer.fem(comm, surname_f, "m")
        father = None
        if not single_mother:
            father = self._person(hh, "m", self._bdate(y1 - father_age), "father")
            self._name_person(father, surname_f)
        mother = self._person(hh, "f", self._bdate(y1 - mother_age), "mother")
        own = self.namer.surname(comm, "f")
        if comm in ("polish", "bulgarian") and father is not None:
            own = self.namer.fem(comm, surname_f, "f")
        self._name_person(mother, own)
        if father is not None:
            father.add_rel("partner", mother)
            mother.add_rel("partner", father)
            father.car_of = mother if rng.random() < 0.2 else None
            mother.car_of = father
            usage = USAGE[rng.choices(range(4), weights=FEMALE_NAMING[comm])[0]]
            marr_from = START - _years(rng.uniform(0.5, 10))
            if arrival:
                marr_from = min(marr_from, arrival - 400)
            mother.marriages.append([marr_from, None, surname_f, usage])
        kids: list[Person] = []
        byear = y1
        last_bdate: date | None = None
        for i in range(nkids):
            if i > 0:
                twin = rng.random() < 0.025 * k.hard_neg and last_bdate is not None
                if not twin:
                    byear += rng.choices([1, 2, 3, 4, 5, 6], weights=[2, 4, 3, 2, 1, 0.5])[0]
            else:
                twin = False
            if byear > 2021:
                break
            sex = "m" if rng.random() < 0.51 else "f"
            bd = last_bdate if twin and last_bdate else self._bdate(byear)
            kid = self._person(hh, sex, bd, "child")
            kid_sur = surname_f if (father or rng.random() < 0.7) else own
            if comm == "eritrean":
                kid_sur = father.versions[0][1][0] if father else rng.choice(N.ERITREAN_FATHERS)
            kid_sur = self.namer.fem(comm, kid_sur, sex)
            like = None
            same_sex = [x for x in kids if x.sex == sex]
            if same_sex and (rng.random() < 0.2 * k.hard_neg or (twin and rng.random() < 0.5)):
                like = same_sex[-1].versions[0][2]
            self._name_person(kid, kid_sur, like)
            if (
                cousin_of is not None
                and sex == cousin_of.sex
                and not any(x.rel.get("cousin_same_name") for x in kids)
            ):
                v = cousin_of.versions[0]
                kid.versions[0] = (v[0], list(v[1]), v[2], kid_sur, sex, "base")
                kid.add_rel("cousin_same_name", cousin_of)
                cousin_of.add_rel("cousin_same_name", kid)
            junior_rate = {"dutch": 0.06, "creole": 0.06, "antillean": 0.06}.get(comm, 0.03) * k.hard_neg
            if father and sex == "m" and i == 0 and rng.random() < junior_rate:
                fv = father.versions[0]
                roep = fv[2] if rng.random() < 0.6 else kid.versions[0][2]
                kid.versions[0] = (fv[0], [fv[1][0]] + kid.versions[0][1][1:], roep, kid_sur, "m", "base")
                kid.add_rel("junior_of", father)
                father.add_rel("father_of_junior", kid)
            if twin:
                kids[-1].add_rel("twin", kid)
                kid.add_rel("twin", kids[-1])
            kid.parents = [x for x in (father, mother) if x]
            for x in kids:
                x.add_rel("sibling", kid)
                kid.add_rel("sibling", x)
            kids.append(kid)
            last_bdate = bd
        for x in hh.members:
            if arrival and (x.role != "child" or x.birth < arrival):
                x.arrival = arrival
        if arrival and comm in ("syrian", "eritrean"):
            hh.start = arrival
            self._event(arrival, "hh_start", hh, "azc")
            self._event(arrival + rng.randint(120, 600), "hh_move", hh, hh.town)
        else:
            hh.start = arrival or START - 3000
            self._event(hh.start, "hh_start", hh, None)
        self._household_moves(hh, hh.start + 200)
        # divorce
        lo = max(hh.start + 400, START)
        if father is not None and lo < REF - 30 and rng.random() < 0.13 * k.change:
            when = rng.randrange(lo, REF)
            if when < REF:
                mother.marriages[-1][1] = when
                self._event(when, "leave", father, "own", self._town_near(hh.town), None)
        for kid in kids:
            self._child_course(kid)
        for x in (father, mother):
            if x is not None:
                self._name_drift(x)
        # inclusion
        eligible = [x for x in kids if self._window(x)[0] <= REF - 30]
        youth = [x for x in eligible if x.birth <= date(2014, 1, 1).toordinal() and x.bdate.year >= 1989]
        youth = youth or [x for x in eligible if x.bdate.year >= 1989]
        focus: list[Person] = []
        if cousin_of is not None:
            cand = [x for x in kids if x.rel.get("cousin_same_name")]
            if cand and rng.random() < 0.8:
                focus.append(cand[0])
        if not focus:
            if youth:
                focus.append(rng.choice(youth))
                if len(youth) > 1 and rng.random() < 0.15:
                    focus.append(rng.choice([x for x in youth if x is not focus[0]]))
            else:
                focus.append(rng.choice([x for x in (father, mother) if x]))
        for x in focus:
            x.focus = True
            x.risk = x.role == "child" and rng.random() < 0.5
        for x in hh.members:
            if x.focus:
                self._include(x)
        for x in hh.members:
            if x.included:
                continue
            pr = k.coverage
            if any(self.persons[t].focus for t in x.rel.get("twin", [])):
                pr = 0.7
            if any(self.persons[t].focus for t in x.rel.get("father_of_junior", [])):
                pr = 0.7
            if rng.random() < pr:
                self._include(x)
        # the cousin family: same surname (brothers), same town, a son/daughter with the same name
        if (
            cousin_of is None
            and comm in ("moroccan", "turkish", "hindustani", "antillean")
            and father is not None
            and rng.random() < 0.05 * k.hard_neg
        ):
            c = next((x for x in focus if x.role == "child"), None)
            if c is not None:
                hh2 = Household(len(self.households), hh.town, comm, "family")
                self.households.append(hh2)
                self._family(hh2, cousin_of=c)

    def _include(self, p: Person) -> None:
        if p.included or self._window(p)[0] > REF - 30:
            return
        p.included = True
        self.n_included += 1

    def _town_near(self, town: str) -> str:
        rng = self.rng
        if rng.random() < 0.75:
            return town
        region = N.TOWNS[town]["region"]
        near = [t for t in self.world.towns if N.TOWNS[t]["region"] == region and t != town]
        if near and rng.random() < 0.6:
            return rng.choice(near)
        return rng.choices(self.world.towns, weights=self.world.town_w)[0]

    def _household_moves(self, hh: Household, after: int) -> None:
        rng = self.rng
        n = rng.choices([0, 1, 2, 3], weights=[55, 28, 12, 5])[0]
        if rng.random() > self.k.change:
            n = max(0, n - 1)
        lo = max(after, START - 1500)
        if lo >= REF - 60:
            return
        for when in sorted(rng.randrange(lo, REF) for _ in range(n)):
            self._event(when, "hh_move", hh, self._town_near(hh.town))

    def _child_course(self, kid: Person) -> None:
        """Leaving home, marriage, nickname, school track, transition, name versions."""
        rng, k = self.rng, self.k
        risk_like = rng.random() < 0.3
        leave_age = rng.gauss(19.5 if risk_like else 22, 2.3)
        if kid.comm in ("moroccan", "turkish") and kid.sex == "f":
            leave_age += 1.5
        leave = kid.birth + _years(max(16.5, leave_age))
        kid.track = rng.choices(["vmbo", "havo", "vwo"], weights=[50, 27, 23])[0]
        if leave < REF and (kid.arrival is None or leave > kid.arrival + 300):
            r = rng.random()
            town = kid.hh.town
            if kid.track != "vmbo" and r < 0.45:
                towns = [t for t in self.world.towns if N.TOWNS[t]["student"]]
                self._event(leave, "leave", kid, "student", rng.choice(towns), None)
                kid.student = True
            elif risk_like and r < 0.15:
                self._shelter_episode(kid, leave, town)
            elif risk_like and r < 0.27:
                self._event(leave, "leave", kid, "briefadres", town, rng.choice(["shelter", "relative"]))
                self._event(leave + rng.randint(150, 700), "leave", kid, "own", town, None)
            else:
                self._event(leave, "leave", kid, "own", self._town_near(town), None)
            # further moves of the young adult
            t = leave
            while True:
                t += _years(rng.expovariate(0.35 * k.change) + 0.5)
                if t >= REF:
                    break
                r = rng.random()
                if risk_like and r < 0.08:
                    self._shelter_episode(kid, t, kid.hh.town)
                    t += 500
                elif r < 0.1:
                    self._event(t, "leave", kid, "return", None, None)
                    t += _years(rng.uniform(0.5, 2.5))
                    self._event(t, "leave", kid, "own", kid.hh.town, None)
                else:
                    self._event(t, "leave", kid, "own", self._town_near(kid.hh.town), None)
        self._youth_identity(kid, risk_like)

    def _shelter_episode(self, p: Person, when: int, town: str) -> None:
        rng = self.rng
        self._event(when, "leave", p, "shelter", town, None)
        end = when + rng.randint(90, 450)
        r = rng.random()
        if r < 0.3:
            self._event(end, "leave", p, "briefadres", town, "shelter")
            self._event(end + rng.randint(150, 600), "leave", p, "own", town, None)
        else:
            self._event(end, "leave", p, "own", town, None)

    def _youth_identity(self, p: Person, risk_like: bool) -> None:
        """Nicknames, marriage of young women, transgender change, name versions."""
        rng, k = self.rng, self.k
        namer = self.namer
        v = p.versions[0]
        if rng.random() < (0.75 if risk_like else 0.45):
            p.nicks.append((p.birth + _years(rng.uniform(10, 14)), namer.nickname(v[1], v[2], p.comm)))
            if rng.random() < 0.33:
                p.nicks.append((p.birth + _years(rng.uniform(17, 21)), namer.nickname(v[1], v[2], p.comm)))
        # transgender change
        t_from = max(START, p.birth + _years(14))
        if rng.random() < 0.005 * k.change and t_from < REF - 200:
            when = rng.randrange(t_from, REF - 100)
            sex = "f" if p.sex == "m" else "m"
            given, roep = namer.given_names(p.comm, sex, p.bdate.year)
            sur = namer.fem(p.comm, p.versions[-1][3], sex)
            p.versions.append((when, given, roep, sur, sex, "transgender_new_name"))
            p.nicks.append((when + 30, namer.nickname(given, roep, p.comm)))
        # marriage of a young woman within the window
        if p.sex == "f" and rng.random() < 0.22 * k.change:
            when = p.birth + _years(rng.uniform(20, 32))
            if START < when < REF - 100:
                partner = namer.surname(p.comm if rng.random() < 0.85 else "dutch", "m")
                usage = USAGE[rng.choices(range(4), weights=FEMALE_NAMING[p.comm])[0]]
                end = None
                if rng.random() < 0.25:
                    end = when + _years(rng.uniform(1.5, 6))
                    end = end if end < REF else None
                p.marriages.append([when, end, partner, usage])
                if p.comm in ("polish", "bulgarian"):
                    cur = p.versions[-1]
                    married = namer.fem(p.comm, partner, "f")
                    p.versions.append((when, cur[1], cur[2], married, cur[4], "married_official"))
                    if end is not None and rng.random() < 0.5:
                        p.versions.append((end, cur[1], cur[2], cur[3], cur[4], "divorce_official"))
                self._event(when, "leave", p, "own", self._town_near(p.hh.town), None)
        self._name_drift(p)

    def _name_drift(self, p: Person) -> None:
        """A dated change of the registered spelling (naturalisation, new passport, correction)."""
        rng, k = self.rng, self.k
        cur = p.versions[-1]
        given, roep, sur = list(cur[1]), cur[2], cur[3]
        lo = max(START, p.arrival + 400 if p.arrival else START, p.birth + _years(12))
        if lo >= REF - 200:
            return
        when = rng.randrange(lo, REF - 100)
        kind = None
        if p.comm == "turkish" and rng.random() < 0.3 * k.change:
            ng = [_strip_accents(g) for g in given]
            ns = _strip_accents(sur)
            if ng != given or ns != sur:
                given, roep, sur, kind = ng, _strip_accents(roep), ns, "naturalised_spelling"
        elif (
            p.comm in ("moroccan", "syrian", "eritrean")
            and rng.random() < (0.25 if p.comm == "moroccan" else 0.55) * k.change
        ):
            ng = [_translit(g, rng) if rng.random() < 0.6 else g for g in given]
            ns = _translit(sur, rng) if rng.random() < 0.6 else sur
            if p.comm == "eritrean" and rng.random() < 0.4:
                gf = rng.choice(N.ERITREAN_FATHERS)
                ns = f"{sur} {gf}" if " " not in sur else sur.split(" ")[0]
            if ng != given or ns != sur:
                roep = ng[given.index(roep)] if roep in given else roep
                given, sur, kind = ng, ns, "translit_change"
        elif p.comm == "bulgarian" and rng.random() < 0.2 * k.change:
            ng = [_bulgarian_variant(g, rng) for g in given]
            ns = _bulgarian_variant(sur, rng)
            if ng != given or ns != sur:
                # the old passport had the older romanisation: the base becomes the variant
                b = p.versions[0]
                p.versions[0] = (b[0], ng, ng[b[1].index(b[2])] if b[2] in b[1] else b[2], ns, b[4], "base")
                kind = "new_passport_spelling"
        elif p.comm == "hindustani" and rng.random() < 0.1 * k.change:
            ng = [_hindu_spelling(g, rng) for g in given]
            ns = _hindu_spelling(sur, rng)
            if ng != given or ns != sur:
                given, roep, sur, kind = ng, _hindu_spelling(roep, rng), ns, "spelling_change"
        if kind:
            p.versions.append((when, given, roep, sur, cur[4], kind))
            p.versions.sort(key=lambda x: x[0])

    def _single(self, hh: Household) -> None:
        rng, comm = self.rng, hh.comm
        r = rng.random()
        if comm == "eritrean" and r < 0.6:
            # arrived as a minor (AMV): 15-17 at arrival
            arrival = self._arrival(comm) or START
            byear = date.fromordinal(arrival).year - rng.randint(15, 17)
            p = self._person(hh, "m" if rng.random() < 0.8 else "f", self._bdate(byear), "single")
            p.arrival = arrival
            p.risk = rng.random() < 0.5
        else:
            age0 = rng.choices(
                [rng.randint(16, 30), rng.randint(31, 60), rng.randint(61, 85)], weights=[5, 3.5, 1.5]
            )[0]
            p = self._person(hh, "m" if rng.random() < 0.55 else "f", self._bdate(2014 - age0), "single")
            p.risk = age0 <= 30 and rng.random() < 0.5 or age0 > 30 and rng.random() < 0.12
            p.arrival = self._arrival(comm)
            if comm == "antillean" and age0 <= 30 and rng.random() < 0.4:
                p.arrival = START + rng.randrange(REF - START - 200)
            if comm in ("polish", "bulgarian"):
                p.arrival = START + rng.randrange(REF - START - 200) if rng.random() < 0.7 else None
        sur = self.namer.surname(comm, p.sex)
        if comm == "eritrean":
            sur = rng.choice(N.ERITREAN_FATHERS)
        self._name_person(p, sur)
        if p.sex == "f" and p.bdate.year < 1990 and rng.random() < 0.4:
            usage = USAGE[rng.choices(range(4), weights=FEMALE_NAMING[comm])[0]]
            end = None
            if rng.random() < 0.4:
                end = START + rng.randrange(REF - START)
            p.marriages.append(
                [START - _years(rng.uniform(1, 20)), end, self.namer.surname(comm, "m"), usage]
            )
        start = p.arrival or START - 2000
        hh.start = start
        if comm == "eritrean" and p.arrival:
            self._event(start, "hh_start", hh, "azc")
            self._event(start + rng.randint(150, 500), "hh_move", hh, hh.town)
        else:
            self._event(start, "hh_start", hh, None)
        if p.risk and rng.random() < 0.12:
            self._shelter_episode(p, rng.randrange(max(start + 100, START), REF), hh.town)
        self._household_moves(hh, start + 200)
        if p.birth + _years(30) > START:
            self._youth_identity(p, p.risk)
        else:
            self._name_drift(p)
        p.focus = True
        self._include(p)

    def _couple(self, hh: Household) -> None:
        rng, comm = self.rng, hh.comm
        ages = [rng.randint(22, 40), rng.randint(41, 64), rng.randint(65, 88)]
        age = rng.choices(ages, weights=[3, 4, 3])[0]
        m = self._person(hh, "m", self._bdate(2014 - age), "partner")
        f = self._person(hh, "f", self._bdate(2014 - age + rng.randint(-1, 5)), "partner")
        sur_m = self.namer.surname(comm, "m")
        self._name_person(m, sur_m)
        own = (
            self.namer.fem(comm, sur_m, "f")
            if comm in ("polish", "bulgarian")
            else self.namer.surname(comm, "f")
        )
        self._name_person(f, own)
        m.add_rel("partner", f)
        f.add_rel("partner", m)
        m.car_of, f.car_of = f, m
        usage = USAGE[rng.choices(range(4), weights=FEMALE_NAMING[comm])[0]]
        f.marriages.append([START - _years(rng.uniform(1, 30)), None, sur_m, usage])
        for p in (m, f):
            self._name_drift(p)
        hh.start = START - 3000
        self._event(hh.start, "hh_start", hh, None)
        self._household_moves(hh, START)
        first = rng.choice([m, f])
        first.focus = True
        first.risk = rng.random() < 0.08
        self._include(first)
        other = f if first is m else m
        if rng.random() < min(1.0, 2 * self.k.coverage):
            self._include(other)

    def _migrant_house(self, hh: Household) -> None:
        rng, comm = self.rng, hh.comm
        hh.start = START - 2000
        self._event(hh.start, "hh_start", hh, None)
        nres = rng.randint(3, 9)
        for _ in range(nres):
            arr = START - 400 + rng.randrange(REF - START)
            dep = arr + _years(rng.expovariate(1 / 2.5) + 0.3)
            sex = "m" if rng.random() < 0.7 else "f"
            p = self._person(
                hh, sex, self._bdate(date.fromordinal(arr).year - rng.randint(19, 55)), "migrant"
            )
            self._name_person(p, self.namer.surname(comm, sex))
            p.arrival = arr
            p.with_hh = False
            self._event(arr, "leave", p, "return", None, None)
            if dep < REF:
                r = rng.random()
                if r < 0.7:
                    self._event(dep, "leave", p, "gone", None, None)
                    p.departure = dep
                elif r < 0.9:
                    self._event(dep, "leave", p, "own", self._town_near(hh.town), None)
                else:
                    self._shelter_episode(p, dep, hh.town)
            self._name_drift(p)
            if rng.random() < 0.3:
                p.focus = True
                p.risk = rng.random() < 0.3
                self._include(p)
        if not any(x.included for x in hh.members):
            p = rng.choice(hh.members)
            p.focus = True
            self._include(p)

    def _window(self, p: Person) -> tuple[int, int]:
        lo = max(START, p.birth + _years(4), (p.arrival or START))
        hi = min(REF, p.departure or REF)
        return lo, hi

    # -- chronological processing ---------------------------------------------------------------------

    def process(self) -> None:
        world, rng = self.world, self.rng
        reuse = 0.1
        self.events.sort(key=lambda e: (e[0], e[1]))
        for when, _, kind, payload in self.events:
            if kind == "hh_start":
                hh, hub = payload
                if hub == "azc" and ((hh.town, "azc") not in world.hubs or rng.random() < 0.75):
                    # the asylum centre was elsewhere in the country: no local mentions until housed
                    dw, kindseg = None, "azc_elsewhere"
                elif hub == "azc":
                    dw = world.unit(world.hubs[(hh.town, "azc")])
                    kindseg = "azc"
                else:
                    dw, _ = world.dwelling_for_move(hh.town, when, reuse if when > START else 0.0)
                    kindseg = "home"
                hh.dw = dw
                for p in hh.members:
                    if p.with_hh:
                        p.segs.append([when, dw, dw, kindseg])
            elif kind == "hh_move":
                hh, town = payload
                old = hh.dw
                world.vacate(old, when)
                dw, reused = world.dwelling_for_move(town, when, reuse)
                hh.dw = dw
                hh.town = town
                for p in hh.members:
                    if p.with_hh:
                        p.segs.append([when, dw, dw, "home_reused" if reused else "home"])
            else:  # personal move
                p, how, town, extra = payload
                if p.departure is not None and when > p.departure and how != "gone":
                    continue
                cur = p.segs[-1] if p.segs else None
                if cur is not None and not p.with_hh and cur[2] is not None:
                    world.vacate(cur[2], when)
                if how == "return":
                    p.with_hh = True
                    if p.hh.dw is not None:
                        p.segs.append([when, p.hh.dw, p.hh.dw, "home"])
                    continue
                p.with_hh = False
                if how == "gone":
                    p.segs.append([when, None, None, "gone"])
                    continue
                town = town or p.hh.town
                if how == "own":
                    dw, reused = world.dwelling_for_move(town, when, reuse)
                    p.segs.append([when, dw, dw, "own_reused" if reused else "own"])
                elif how == "student":
                    dw = world.new_dwelling(town)
                    official = p.hh.dw if (rng.random() < 0.4 and p.hh.dw is not None) else dw
                    p.segs.append([when, official, dw, "student"])
                elif how == "shelter":
                    young = _age(p.bdate, when) < 23
                    hub = world.hubs[(town, "youth_shelter" if young and rng.random() < 0.7 else "shelter")]
                    official = hub
                    if cur is not None and cur[1] is not None and rng.random() < 0.5:
                        official = cur[1]  # not yet deregistered
                    p.segs.append([when, official, hub, "shelter"])
                elif how == "briefadres":
                    if extra == "relative" and p.hh.dw is not None and p.hh.dw != (cur[1] if cur else None):
                        official = p.hh.dw
                    elif extra == "relative":
                        official = world.new_dwelling(town)
                    else:
                        official = world.hubs[(town, "postadres" if rng.random() < 0.6 else "shelter")]
                    p.segs.append([when, official, None, "briefadres_" + extra])
        for p in self.persons:
            p.versions.sort(key=lambda v: v[0])
            p.segs.sort(key=lambda s: s[0])
            p._sfrom = [s[0] for s in p.segs]
            p._vfrom = [v[0] for v in p.versions]

    # -- ids, phones, plates, schools ------------------------------------------------------------------

    def identifiers(self) -> None:
        rng = self.rng
        needed: set[int] = set()
        for p in self.persons:
            if p.included:
                needed.add(p.pid)
                for q in p.parents:
                    needed.add(q.pid)
                if p.car_of is not None:
                    needed.add(p.car_of.pid)
        for p in self.persons:
            # BSN
            newcomer = p.arrival is not None and p.birth < p.arrival
            if (
                p.comm in ("polish", "bulgarian")
                and newcomer
                and p.role in ("migrant", "single")
                and rng.random() < 0.2
            ):
                p.bsn = None
            else:
                p.bsn = _bsn(rng, self.bsns)
                if newcomer:
                    delay = rng.randint(60, 500) if p.comm in ("syrian", "eritrean") else rng.randint(0, 300)
                    p.bsn_from = p.arrival + delay
                else:
                    p.bsn_from = p.birth
            # registered birth date
            unknown = False
            if p.comm in ("syrian", "eritrean") and rng.random() < 0.25:
                unknown = True
            elif p.comm in ("moroccan", "turkish") and p.bdate.year < 1965 and rng.random() < 0.15:
                unknown = True
            reg = f"{p.bdate.year:04d}-01-01" if unknown else p.bdate.isoformat()
            p.dobs = [(-(10**9), reg)]
            if unknown and p.comm in ("syrian", "eritrean") and rng.random() < 0.3 and p.arrival:
                when = p.arrival + rng.randint(300, 2500)
                if when < REF:
                    p.dobs.append((when, p.bdate.isoformat()))
            if p.pid not in needed:
                continue
            self._phones_plan(p)
            self._plates(p)
        self._phones_assign()
        for p in self.persons:
            if p.included:
                self._schools(p)

    def _phones_plan(self, p: Person) -> None:
        rng, k = self.rng, self.k
        start_age = rng.uniform(11, 15)
        start = p.birth + _years(start_age)
        if p.arrival:
            start = max(start, p.arrival + rng.randint(0, 60))
        if rng.random() < (0.06 if p.role != "single" or p.bdate.year > 1950 else 0.3):
            return  # no mobile phone known
        prepaid = (
            p.risk
            or p.role == "migrant"
            or (p.comm in ("polish", "bulgarian", "eritrean"))
            or rng.random() < 0.25
        )
        p.phone_kind = "prepaid" if prepaid else "contract"
        mean = 2.2 if p.risk else 3.5 if prepaid else 8.0
        t = max(start, START - _years(rng.uniform(0, 6)))
        end = min(REF, p.departure or REF)
        plan = []
        while t < end:
            nxt = t + _years(rng.expovariate(1 / (mean / max(k.change, 0.05))) + 0.3)
            plan.append([t, min(nxt, REF + 1), None, False])
            t = nxt
        p.phones = plan

    def _phones_assign(self) -> None:
        rng, k = self.rng, self.k
        events = []
        for p in self.persons:
            for i, ph in enumerate(p.phones):
                events.append((ph[0], p.pid, i))
        events.sort()
        released: deque = deque()  # numbers free for re-issue, in order of release
        pending: list[tuple] = []  # heap of future releases
        for when, pid, i in events:
            while pending and pending[0][0] <= when - 180:
                released.append(heapq.heappop(pending))
            p = self.persons[pid]
            ph = p.phones[i]
            number = None
            if released and rng.random() < k.phone_reuse:
                for j in range(min(3, len(released))):
                    if released[j][2] != pid:
                        _, number, _ = released[j]
                        del released[j]
                        ph[3] = True
                        break
            if number is None:
                while True:
                    number = "06" + "".join(str(rng.randrange(10)) for _ in range(8))
                    if number not in self.phones_used:
                        self.phones_used.add(number)
                        break
            ph[2] = number
            # will it be released (prepaid lapses) when this number ends?
            if ph[1] <= REF and p.phone_kind == "prepaid" and rng.random() < 0.7:
                heapq.heappush(pending, (ph[1], number, pid))

    def _plate(self, year: int, foreign: str | None = None) -> str:
        rng = self.rng
        L = PLATE_LETTERS
        while True:
            if foreign == "polish":
                p = (
                    rng.choice(["PO", "WE", "DW", "KR", "LU", "EL"])
                    + " "
                    + "".join(rng.choice("0123456789ACEFHJKLNPRSTUWXY") for _ in range(5))
                )
            elif foreign == "bulgarian":
                p = (
                    rng.choice(["CA", "CB", "PB", "B", "A", "BH"])
                    + " "
                    + f"{rng.randrange(10000):04d}"
                    + " "
                    + "".join(rng.choice("ABEKMHOPCTX") for _ in range(2))
                )
            else:
                ll = lambda n: "".join(rng.choice(L) for _ in range(n))  # noqa: E731
                dd = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
                if year < 2008:
                    p = f"{dd(2)}-{ll(2)}-{dd(2)}"
                elif year < 2013:
                    p = f"{dd(2)}-{ll(3)}-{dd(1)}"
                elif year < 2015:
                    p = f"{dd(1)}-{ll(3)}-{dd(2)}"
                elif year < 2019:
                    p = f"{ll(2)}-{dd(3)}-{ll(1)}"
                elif year < 2022:
                    p = f"{ll(1)}-{dd(3)}-{ll(2)}"
                else:
                    p = f"{ll(3)}-{dd(2)}-{ll(1)}"
            if p not in self.plates_used:
                self.plates_used.add(p)
                return p

    def _plates(self, p: Person) -> None:
        rng, k = self.rng, self.k
        adult_from = p.birth + _years(18.5)
        rate = 0.45 if p.comm == "dutch" else 0.3
        if p.role == "migrant":
            rate = 0.3
        if p.role == "child":
            rate = 0.15
        if p.sex == "f" and p.car_of is not None:
            rate *= 0.5
        if rng.random() >= rate:
            return
        t = max(adult_from + _years(rng.uniform(0, 6)), START - _years(rng.uniform(0, 8)), p.arrival or 0)
        foreign = p.comm if p.role == "migrant" and rng.random() < 0.6 else None
        while t < REF:
            nxt = t + _years(rng.expovariate(1 / (6.0 / max(k.change, 0.05))) + 0.5)
            p.plates.append([t, nxt, self._plate(date.fromordinal(t).year, foreign)])
            foreign = None if rng.random() < 0.5 else foreign
            t = nxt

    def _schools(self, p: Person) -> None:
        """(from, school) entries by stage; a new school after a move to another town within a stage."""
        rng = self.rng
        if p.bdate.year < 1994 or p.role != "child":
            return
        stages: list[tuple[int, int, str]] = []
        t4, t12, t16 = p.birth + _years(4), p.birth + _years(12), p.birth + _years(16)
        end_sec = p.birth + _years({"vmbo": 16, "havo": 17, "vwo": 18}[p.track])
        stages.append((t4, t12, "primary"))
        stages.append((t12, end_sec, "secondary"))
        if p.track == "vmbo":
            if rng.random() < (0.25 if p.risk else 0.08):  # drops out
                stages.append((t16, p.birth + _years(rng.uniform(16.5, 18)), "mbo"))
            else:
                stages.append((t16, p.birth + _years(rng.uniform(18.5, 20.5)), "mbo"))
        entries: list[tuple[int, str | None]] = []
        for a, b, kind in stages:
            if b < START - 400 or a > REF:
                continue
            town = self._town_at(p, max(a, START - 400))
            name = self._school_for(p, kind, town)
            entries.append((a, name))
            # moves to another town during the stage
            for s in p.segs:
                if a < s[0] < b:
                    t2 = self._dw_town(s[1] if s[1] is not None else s[2])
                    if t2 and t2 != town:
                        town = t2
                        entries.append((s[0], self._school_for(p, kind, town)))
        entries.append((stages[-1][1], None))
        p.schools = sorted(entries, key=lambda e: e[0])

    def _school_for(self, p: Person, kind: str, town: str) -> str:
        rng, hh, lists = self.rng, p.hh, self.world.schools[town]
        if kind == "primary":
            if town not in hh.primary or rng.random() < 0.1:
                hh.primary[town] = rng.choice(lists["primary"])
            return hh.primary[town]
        if kind == "secondary":
            if town in hh.secondary and rng.random() < 0.5:
                return hh.secondary[town]
            hh.secondary[town] = rng.choice(lists["secondary"])
            return hh.secondary[town]
        return rng.choice(lists["mbo"])

    def _dw_town(self, dw: int | None) -> str | None:
        return self.world.dw[dw][0] if dw is not None else None

    def _town_at(self, p: Person, o: int) -> str:
        i = bisect_right(p._sfrom, o) - 1
        if i < 0:
            i = 0
        if not p.segs:
            return p.hh.town
        s = p.segs[i]
        return self._dw_town(s[1] if s[1] is not None else s[2]) or p.hh.town

    # -- mentions ---------------------------------------------------------------------------------------

    def mentions(self) -> tuple[list[dict], dict[str, str], dict]:
        rng, k = self.rng, self.k
        out: list[tuple[dict, int, dict]] = []
        for p in self.persons:
            if not p.included:
                continue
            lo, hi = self._window(p)
            if p.segs:
                lo = max(lo, p.segs[0][0])
                if p.segs[0][3] == "azc_elsewhere" and len(p.segs) > 1:
                    lo = max(lo, p.segs[1][0])
            if lo > hi:
                lo = hi
            p._seg0 = self._seg(p, lo)[0]
            if p.risk:
                kk = _powerlaw(rng, 1.45, 40)
            elif p.focus:
                kk = _powerlaw(rng, 2.1, 20)
            else:
                kk = _powerlaw(rng, 2.6, 12)
            if k.mentions != 1.0:
                kk = max(1, int(round(kk * k.mentions + rng.random() - 0.5)))
            p.nmen = kk
            for d in self._dates(p, kk, lo, hi):
                src = self._source(p, d)
                rec, steps, state = self._write(p, d, src)
                out.append((rec, p.pid, {"source": src, "date": _d(d), "steps": steps, "state": state}))
        rng.shuffle(out)
        records, truth, side_m = [], {}, {}
        for i, (rec, pid, meta) in enumerate(out):
            mid = f"m{i + 1:07d}"
            rec = {"id": mid, **rec}
            records.append(rec)
            truth[mid] = f"p{pid:06d}"
            side_m[mid] = {"person": truth[mid], **meta}
        return records, truth, side_m

    def _dates(self, p: Person, kk: int, lo: int, hi: int) -> list[int]:
        rng = self.rng
        n_ep = 1 if kk == 1 else min(2 + kk // 4, 7)
        centres = []
        for _ in range(n_ep):
            a, b = lo, hi
            if p.risk:
                ya, yb = max(lo, p.birth + _years(12)), min(hi, p.birth + _years(24))
                if ya < yb and rng.random() < 0.75:
                    a, b = ya, yb
            centres.append(rng.randint(a, b))
        out = []
        for _ in range(kk):
            d = rng.choice(centres) + int(rng.gauss(0, 240))
            out.append(min(hi, max(lo, d)))
        return out

    def _seg(self, p: Person, d: int) -> tuple[int, list | None]:
        i = bisect_right(p._sfrom, d) - 1
        if i < 0:
            return -1, None
        return i, p.segs[i]

    def _source(self, p: Person, d: int) -> str:
        rng = self.rng
        age = _age(p.bdate, d)
        _, seg = self._seg(p, d)
        segkind = seg[3] if seg else "home"
        school = self._school_at(p, d)
        if p.arrival and p.comm in ("syrian", "eritrean") and d < p.arrival + _years(2.5):
            mix = MIX["newcomer"]
        elif p.role == "migrant":
            mix = MIX["migrant"]
        elif age < 12:
            mix = MIX["child"]
        elif age < 18:
            mix = MIX["teen"]
        elif age < 27:
            mix = MIX["young"]
        elif age < 65:
            mix = MIX["adult"]
        else:
            mix = MIX["senior"]
        keys, weights = [], []
        homeless = segkind in ("shelter", "briefadres_shelter", "briefadres_relative")
        for s, w in mix.items():
            if s == "school" and not school:
                continue
            if s == "leerplicht" and not (5 <= age <= 22):
                continue
            if s == "opvang" and not homeless and not (p.risk and rng.random() < 0.1):
                continue
            if s == "woningcorporatie" and homeless:
                continue
            if s in STREET_SOURCES:
                w *= self.k.resident
            if s == "politie" and p.risk:
                w *= 1.5
            keys.append(s)
            weights.append(w)
        return rng.choices(keys, weights=weights)[0]

    def _school_at(self, p: Person, d: int) -> str | None:
        cur = None
        for a, name in p.schools:
            if a <= d:
                cur = name
            else:
                break
        return cur

    def _write(self, p: Person, d: int, src: str) -> tuple[dict, list[str], dict]:
        rng, k = self.rng, self.k
        S = SOURCES[src]
        steps: list[str] = []
        rec: dict = {"source": src}
        age = _age(p.bdate, d)

        def has(rate: float) -> bool:
            return rng.random() < 1.0 - (1.0 - rate) * k.missing

        def typo_rate(base: float) -> float:
            return base * S["typo"] * k.typo

        # ---- name version (slow sources keep an older one) ----
        vi = bisect_right(p._vfrom, d) - 1
        vi = max(vi, 0)
        vused = vi
        if vi > 0 and d - p.versions[vi][0] < _years(4) and rng.random() < S["oldname"] * k.lag:
            vused = vi - 1
        v = p.versions[vused]
        if vused < vi:
            kind = p.versions[vi][5]
            steps.append("deadname" if kind == "transgender_new_name" else "old_name_version")
        if vused > 0:
            steps.append(v[5])
        given, roep, surname, sex = v[1], v[2], v[3], v[4]
        comm = p.comm

        # ---- nickname ----
        nick = None
        for a, nk in p.nicks:
            if a <= d:
                nick = nk
        if nick and vused < vi and p.versions[vi][5] == "transgender_new_name":
            nick = p.nicks[0][1] if p.nicks[0][0] <= d else None

        # ---- first name ----
        first = None
        if has(S["first"]):
            form = _weighted(rng, S["forms"])
            if form == "all":
                first = " ".join(given)
                if len(given) > 1:
                    steps.append("all_given")
            elif form == "first":
                first = given[0]
                if given[0] != roep:
                    steps.append("official_not_roep")
            elif form == "init":
                first = _initials(given)
                steps.append("initials")
            else:
                first = roep
        # ---- surname (married names, tussenvoegsel forms) ----
        last = None
        marr_state = "none"
        if has(S["last"]):
            last, marr_state = self._surname(p, d, surname, S, src, age, steps)
        # ---- writer's habits on names ----
        if first or last:
            if comm in ("moroccan", "syrian", "eritrean") and rng.random() < S["translit"]:
                nf = _translit(first, rng) if first and not first.endswith(".") else first
                nl = _translit(last, rng) if last else last
                if (nf, nl) != (first, last):
                    first, last = nf, nl
                    steps.append("translit")
            if comm == "polish" and rng.random() < S["ear"]:
                first = _polish_dutch(first, rng) if first else first
                last = _polish_dutch(last, rng) if last else last
                steps.append("dutch_ear")
            elif comm == "bulgarian" and rng.random() < S["ear"] + 0.15:
                first = _bulgarian_variant(first, rng) if first else first
                last = _bulgarian_variant(last, rng) if last else last
                steps.append("romanisation")
            elif comm == "hindustani" and rng.random() < S["ear"] + 0.1:
                first = _hindu_spelling(first, rng, rng.random() < 0.5) if first else first
                last = _hindu_spelling(last, rng, rng.random() < 0.5) if last else last
                steps.append("spelling_variant")
            if comm in ("creole", "antillean", "hindustani", "javanese") and rng.random() < 0.12:
                nf = _compound_variant(first, comm, rng) if first and not first.endswith(".") else first
                nl = _compound_variant(last, comm, rng) if last else last
                if (nf, nl) != (first, last):
                    first, last = nf, nl
                    steps.append("compound_variant")
            if rng.random() < S["ascii"]:
                nf = _strip_accents(first) if first else first
                nl = _strip_accents(last) if last else last
                if (nf, nl) != (first, last):
                    first, last = nf, nl
                    steps.append("ascii")
            swap = S["swap"] * (4 if comm in ("hindustani", "javanese", "eritrean", "creole") else 1)
            if first and last and rng.random() < swap:
                first, last = last, first
                steps.append("swap_names")
            if first and rng.random() < typo_rate(0.025):
                first = _typo(first, rng)
                steps.append("typo:first")
            if last and rng.random() < typo_rate(0.03):
                last = _typo(last, rng)
                steps.append("typo:last")
            if rng.random() < S["upper"]:
                last = last.upper() if last else last
                if rng.random() < 0.5 and first:
                    first = first.upper()
                steps.append("upper")
        if first:
            rec["first_name"] = first
        if last:
            rec["last_name"] = last
        if nick and has(S["nick"]) and age >= 10:
            nk = nick
            if rng.random() < typo_rate(0.03):
                nk = _typo(nk, rng)
                steps.append("typo:nick")
            if src in STREET_SOURCES and rng.random() < 0.15:
                nk = nk.lower()
            rec["nickname"] = nk
        if "first_name" not in rec and "last_name" not in rec:
            if "nickname" in rec:
                steps.append("nickname_only")
            elif nick and age >= 10:
                rec["nickname"] = nick
                steps.append("nickname_only")
            else:
                rec["first_name"] = roep  # a report names the person somehow
                steps.append("first_name_only")

        # ---- birth date or age guess ----
        dob = None
        for a, s in p.dobs:
            if a <= d:
                dob = s
        if len(p.dobs) > 1:
            steps.append("dob_corrected" if dob == p.dobs[-1][1] else "dob_uncorrected")
        if dob and dob.endswith("-01-01") and p.bdate.isoformat() != dob:
            steps.append("dob_0101")
        if has(S["dob"]):
            if rng.random() < typo_rate(0.006):
                y, m, dd = dob.split("-")
                if int(dd) <= 12 and m != dd:
                    dob = f"{y}-{dd}-{m}"
                    steps.append("dob:swap")
            if rng.random() < typo_rate(0.006):
                y, m, dd = dob.split("-")
                dd2 = f"{min(28, max(1, int(dd) + rng.choice([-1, 1, 10, -10]))):02d}"
                dob = f"{y}-{m}-{dd2}"
                steps.append("dob:digit")
            if rng.random() < typo_rate(0.004):
                y, m, dd = dob.split("-")
                dd = "28" if (m, dd) == ("02", "29") else dd
                dob = f"{int(y) + rng.choice([-1, 1])}-{m}-{dd}"
                steps.append("dob:year")
            rec["birth_date"] = dob
        elif S["age"] > 0 and has(S["age"]):
            sd = 1.0 if age < 18 else 2.0 if age < 26 else 4.0
            est = int(round(age + rng.gauss(0, sd)))
            if age >= 26 and rng.random() < 0.5:
                est = int(round(est / 5.0) * 5)
            rec["age_estimate"] = max(3, est)
            steps.append("age_estimate")

        # ---- gender ----
        if has(S["gender"]):
            g = sex
            if rng.random() < 0.003:
                g = "f" if g == "m" else "m"
                steps.append("gender_wrong")
            rec["gender"] = g

        # ---- BSN ----
        if S["bsn"] > 0 and has(min(1.0, S["bsn"] * k.bsn)):
            if p.bsn and d >= p.bsn_from:
                b = p.bsn
                r = rng.random()
                if age < 18 and p.parents and r < 0.003:
                    par = rng.choice(p.parents)
                    if par.bsn:
                        b = par.bsn
                        steps.append("bsn:relative")
                elif r < 0.003 + 0.005 * k.typo:
                    i = rng.randrange(9)
                    b = b[:i] + str((int(b[i]) + rng.randint(1, 9)) % 10) + b[i + 1 :]
                    steps.append("bsn:typo")
                r = rng.random()
                if r < 0.025:
                    b = f"{b[:4]}.{b[4:6]}.{b[6:]}"
                    steps.append("bsn:format")
                elif r < 0.04 and b.startswith("0"):
                    b = b.lstrip("0")
                    steps.append("bsn:format")
                rec["bsn"] = b
            elif p.bsn and d < p.bsn_from:
                steps.append("bsn_not_yet")
            else:
                steps.append("no_bsn")

        # ---- address ----
        si, seg = self._seg(p, d)
        dw_used = None
        if seg is not None and seg[3] != "gone":
            if si > p._seg0:
                steps.append("moved")
            if seg[3] in ("home_reused", "own_reused"):
                steps.append("former_address_of_other")
            if seg[3].startswith("briefadres"):
                steps.append(seg[3])
            elif seg[3] in ("shelter", "student", "azc"):
                steps.append(seg[3])
            off, act = seg[1], seg[2]
            street_level = src in STREET_SOURCES or rng.random() < S["actual"]
            if (
                si > 0
                and d - seg[0] < _years(2)
                and p.segs[si - 1][1] is not None
                and rng.random() < S["lag"] * k.lag
                and not street_level
            ):
                off = p.segs[si - 1][1]
                steps.append("stale_address")
            if (off is not None or act is not None) and has(S["addr"]):
                if street_level:
                    dw_used = act if act is not None else off
                    town = self._dw_town(dw_used) or p.hh.town
                    hang = age < 30 and (act is None or rng.random() < 0.3)
                    if hang:
                        if town not in p.hangout:
                            p.hangout[town] = self.world.streets[town].pick(rng)
                        street = p.hangout[town]
                        steps.append("hangout_street")
                        self._address(rec, None, S, steps, street_only=True, street=street, town=town)
                        dw_used = None
                    else:
                        self._address(rec, dw_used, S, steps, street_only=S["street_only"] or act is None)
                elif off is not None:
                    dw_used = off
                    self._address(rec, off, S, steps)

        # ---- phone ----
        phone_used = None
        if has(S["phone"]):
            num = None
            if age < 16 and p.parents and rng.random() < max(S["parent_phone"], 0.6 if age < 12 else 0.0):
                par = p.parents[-1] if rng.random() < 0.7 else p.parents[0]
                num = self._phone_at(par, d)
                if num:
                    steps.append("parent_phone")
            if num is None and age >= 11:
                idx = self._phone_idx(p, d)
                if idx is not None:
                    if idx > 0 and rng.random() < S["lag"] * 0.5 * k.lag:
                        idx -= 1
                        steps.append("stale_phone")
                    num = p.phones[idx][2]
                    if idx > 0:
                        steps.append("phone_changed")
                    if num in self.shared_numbers:
                        steps.append("phone_reused" if p.phones[idx][3] else "phone_later_reused")
            if num:
                phone_used = num
                if rng.random() < typo_rate(0.008):
                    i = rng.randrange(2, 10)
                    num = num[:i] + str(rng.randrange(10)) + num[i + 1 :]
                    steps.append("typo:phone")
                rec["phone"] = self._phone_fmt(num)

        # ---- plate ----
        if S["plate"] and rng.random() < S["plate"]:
            pl = self._plate_at(p, d)
            if pl is None and p.car_of is not None and rng.random() < 0.5:
                pl = self._plate_at(p.car_of, d)
                if pl:
                    steps.append("partner_plate")
            if pl:
                if len(p.plates) > 1 and pl != p.plates[0][2]:
                    steps.append("plate_changed")
                if src == "bewoner" and rng.random() < 0.3:
                    pl = _typo(pl.replace("-", ""), rng)
                    steps.append("plate_misread")
                r = rng.random()
                if r < 0.35:
                    pl = pl.replace("-", "").replace(" ", "")
                elif r < 0.45:
                    pl = pl.lower()
                rec["license_plate"] = pl

        # ---- school ----
        school = self._school_at(p, d)
        if school and rng.random() < S["school"]:
            if p.schools and school != p.schools[0][1]:
                steps.append("school_changed")
            rec["school"] = self._school_fmt(school)
        elif 5 <= age <= 18 and not school and p.schools and src in ("leerplicht", "school"):
            steps.append("no_school")

        marr_flag = marr_state
        state = {
            "seg": si,
            "dw": dw_used,
            "v": vused,
            "m": marr_flag,
            "ph": phone_used,
            "sch": school,
            "age": age,
        }
        return rec, steps, state

    def _surname(
        self, p: Person, d: int, surname: str, S: dict, src: str, age: int, steps: list
    ) -> tuple[str, str]:
        rng, k = self.rng, self.k
        last = surname
        state = "none"
        m = None
        for mm in p.marriages:
            if mm[0] <= d:
                m = mm
        if m is not None and p.sex == "f":
            ended = m[1] is not None and m[1] <= d
            if ended:
                state = "divorced"
                if d - m[1] < _years(4) and rng.random() < S["oldname"] * 2 * k.lag:
                    ended = False
                    steps.append("old_married_name")
                else:
                    steps.append("divorced_revert")
            if not ended:
                state = "married"
                partner, usage = m[2], m[3]
                if usage == "own" and src in ("bewoner", "woningcorporatie") and rng.random() < 0.3:
                    usage = "partner"
                if usage != "own" and rng.random() < S["naam"]:
                    if usage == "partner":
                        last = partner
                    elif usage == "partner-own":
                        last = f"{partner}-{surname}"
                    else:
                        last = f"{surname}-{partner}"
                    state = "married_name"
                    steps.append("married_name")
        if src == "bewoner" and p.sex == "f" and age >= 25 and rng.random() < S["title"]:
            last = "mevr. " + _capital_prefix(last)
            steps.append("title")
        elif rng.random() < S["tussen"]:
            tv = _tussen_variant(last, rng)
            if tv:
                last = tv
                steps.append("tussen_format")
        return last, state

    def _address(
        self,
        rec: dict,
        dw: int | None,
        S: dict,
        steps: list,
        street_only: bool = False,
        street: str | None = None,
        town: str | None = None,
    ) -> None:
        rng = self.rng
        if dw is not None:
            t, st, number, suffix, pc, city, _ = self.world.dw[dw]
        else:
            t, st, number, suffix, pc, city = town, street, None, "", None, town
        if rng.random() < 0.06:
            for a, b in N.STREET_ABBREV:
                if st.endswith(a) or a.endswith(" ") and st.startswith(a):
                    st = st.replace(a, b)
                    steps.append("street_abbrev")
                    break
        if rng.random() < 0.02 * S["typo"] * self.k.typo:
            st = _typo(st, rng)
            steps.append("typo:street")
        rec["street"] = st
        if number is not None and rng.random() < S["number"]:
            hn = str(number)
            if suffix:
                r = rng.random()
                if r < 0.1:
                    steps.append("suffix_dropped")
                elif suffix.isdigit():
                    hn = hn + rng.choice(["-", " ", "-", "/"]) + suffix
                elif suffix == "hs":
                    hn = hn + rng.choice(["-hs", " hs", "hs", "-H"])
                else:
                    hn = hn + rng.choice(["", " ", "-"]) + rng.choice([suffix.upper(), suffix.lower()])
            rec["house_number"] = hn
        if pc and not street_only and rng.random() < S["pc"]:
            r = rng.random()
            rec["postcode"] = (
                pc if r < 0.6 else pc.replace(" ", "") if r < 0.95 else pc.replace(" ", "").lower()
            )
        if rng.random() < S["city"]:
            c = city
            info = N.TOWNS[t]
            if city != t:
                merged = info.get("merged")
                pr = 0.5 if not merged else 0.8
                if rng.random() < pr:
                    c = t
                    steps.append("city_as_municipality")
            elif rng.random() < 0.08:
                c = rng.choice(N.TOWN_VARIANTS[t])
            rec["city"] = c

    def _phone_idx(self, p: Person, d: int) -> int | None:
        for i, ph in enumerate(p.phones):
            if ph[0] <= d < ph[1]:
                return i
        return None

    def _phone_at(self, p: Person, d: int) -> str | None:
        i = self._phone_idx(p, d)
        return p.phones[i][2] if i is not None else None

    def _plate_at(self, p: Person, d: int) -> str | None:
        for a, b, pl in p.plates:
            if a <= d < b:
                return pl
        return None

    def _phone_fmt(self, num: str) -> str:
        r = self.rng.random()
        if r < 0.5:
            return num
        if r < 0.75:
            return num[:2] + "-" + num[2:]
        if r < 0.87:
            return "+31" + num[1:]
        if r < 0.95:
            return num[:2] + " " + num[2:]
        return " ".join([num[:2], num[2:4], num[4:6], num[6:8], num[8:]])

    def _school_fmt(self, school: str) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.75:
            return school
        parts = school.split(" ", 1)
        if r < 0.88 and parts[0] in N.PRIMARY_KINDS and len(parts) > 1:
            return parts[1]
        if r < 0.95:
            return school.lower()
        return school.replace("Scholengemeenschap", "SG").replace("Basisschool", "bs")

    # -- side data -------------------------------------------------------------------------------------

    def side_persons(self) -> dict:
        w = self.world
        out = {}

        def dws(dw):
            if dw is None:
                return None
            t, st, number, suffix, pc, city, hub = w.dw[dw]
            site = f"{st} {number}, {city}" if hub else None  # all units of a hub are one site
            number = f"{number}{suffix}"
            return {
                "id": dw,
                "street": st,
                "number": number,
                "postcode": pc,
                "city": city,
                "hub": hub,
                "site": site,
            }

        for p in self.persons:
            if not p.included:
                continue
            out[f"p{p.pid:06d}"] = {
                "community": p.comm,
                "role": p.role,
                "household": p.hh.hid,
                "household_kind": p.hh.kind,
                "risk": p.risk,
                "focus": p.focus,
                "birth_date": p.bdate.isoformat(),
                "registered_birth_dates": [[_d(a) if a > 0 else None, s] for a, s in p.dobs],
                "bsn": p.bsn,
                "bsn_from": _d(p.bsn_from) if p.bsn and p.bsn_from > 0 else None,
                "arrival": _d(p.arrival) if p.arrival else None,
                "departure": _d(p.departure) if p.departure else None,
                "names": [
                    {
                        "from": _d(v[0]) if v[0] > 0 else None,
                        "given": v[1],
                        "roepnaam": v[2],
                        "surname": v[3],
                        "gender": v[4],
                        "kind": v[5],
                    }
                    for v in p.versions
                ],
                "marriages": [
                    {
                        "from": _d(m[0]),
                        "to": _d(m[1]) if m[1] else None,
                        "partner_surname": m[2],
                        "usage": m[3],
                    }
                    for m in p.marriages
                ],
                "nicknames": [[_d(a), n] for a, n in p.nicks],
                "residences": [
                    {"from": _d(s[0]), "registered": dws(s[1]), "actual": dws(s[2]), "kind": s[3]}
                    for s in p.segs
                ],
                "phones": [
                    {"from": _d(a), "to": _d(min(b, REF)), "number": n, "reused": r}
                    for a, b, n, r in p.phones
                ],
                "plates": [{"from": _d(a), "to": _d(min(b, REF)), "plate": pl} for a, b, pl in p.plates],
                "schools": [[_d(a), s] for a, s in p.schools],
                "track": p.track,
                "relations": {kk: [f"p{x:06d}" for x in v] for kk, v in p.rel.items()},
                "parents": [f"p{x.pid:06d}" for x in p.parents],
                "mentions": p.nmen,
            }
        return out


def generate_detailed(n_persons: int, seed: int, knobs: Knobs | None = None) -> tuple[list[dict], dict, dict]:
    """``(records, truth, side)`` for ``n_persons`` persons; see the module docstring."""
    knobs = knobs or Knobs()
    g = Gen(n_persons, seed, knobs)
    g.build()
    g.process()
    g.identifiers()
    owners: dict[str, set] = {}
    for p in g.persons:
        for ph in p.phones:
            if ph[2]:
                owners.setdefault(ph[2], set()).add(p.pid)
    g.shared_numbers = {num for num, ps in owners.items() if len(ps) > 1}
    records, truth, side_m = g.mentions()
    side = {
        "mentions": side_m,
        "persons": g.side_persons(),
        "knobs": asdict(knobs),
        "reference_date": _d(REF),
        "shared_phones": {
            num: [f"p{x:06d}" for x in sorted(ps)] for num, ps in owners.items() if len(ps) > 1
        },
    }
    return records, truth, side


def generate(n_persons: int = 20000, seed: int = 1) -> tuple[list[dict], dict]:
    records, truth, _ = generate_detailed(n_persons, seed, Knobs())
    return records, truth


__all__ = ["Knobs", "SOURCES", "MIX", "generate", "generate_detailed"]
