"""Frontline-entry generator: how person data are typed where signals are born.

    from linkgen_frontline import generate, generate_detailed, Knobs
    records, truth = generate(n_persons=20000, seed=1)           # mention dicts, mention id -> person id
    records, truth, side = generate_detailed(20000, 1, Knobs())  # side: steps per mention, true persons

Written from the `doortastend link` input contract alone, as an outside evaluator would (no knowledge of the
linker, the project's own generator or the other generators beyond their module docstrings).  Deterministic
per seed (``random.Random(seed)``), reference date 2026-06-30, standard library only, no network; names,
streets, schools, nicknames and autocorrect substitutions are compiled by hand in names.py.  20,000 persons
generate in about 5 seconds.

The idea: the other generators model registers, exports and life events.  Here the truth is simple (one
person, one address, a stable phone number for two years) and the difficulty is *how it is entered*: on a
phone in the street at night (thumb slips, autocorrect, everything typed into the first box), dictated by
voice or taken down from a phone call (phonetic spellings), typed into free-text-ish forms by busy
professionals (initials, official names, half addresses) and copied by hand from one system into another
(transposed digits, swapped fields, dropped diacritics).  Every mention is written by one organisation with
its own field coverage and habits, in one entry mode.

Population (households until ``n_persons`` persons are reported)
  * Six municipalities (Utrecht, Breda, Heerlen, Leeuwarden, Den Helder, Nieuwegein) with villages that are
    written as the village or as the municipality (Hoensbroek / Heerlen, Julianadorp / Den Helder), 260-700
    streets each: the hand-written common names (Kerkstraat, Vlashof in every town), local names and theme
    roots x suffixes (Merelstraat, Van Goghhof, Texelkade); Zipf-like popularity (exponent 0.3), a postcode
    per 20 numbers, 25 % flat streets with suffixes (12a-12d, 12-1..12-4, 12-hs).
  * Communities per town: Dutch 44-66 %, Moroccan-Dutch 3-18 %, Turkish-Dutch 4-11 %, Surinamese Creole and
    Hindustani, Antillean (up to 10 % in Den Helder), Polish, Bulgarian, Romanian.  Households: families
    (two parents or a single mother, 1-5 children; 4 % twins per family with >= 2 children; a son named
    after his father in 3-7 % of families per community), couples, singles, vulnerable elderly singles (the
    cannabis-farm-at-home case) and labour-migrant houses of 3-7 adults (Polish/Bulgarian/Romanian; 30 %
    share a surname; a shared van).  Dutch older people carry official names and a roepnaam (Johannes /
    Hans); Polish and Bulgarian women carry the female surname form.  Names: hand lists with flat Zipf
    weights (the frequent names, hence namesakes: about 22 % of persons share call name and surname with
    another person) plus a long tail of roots x endings (Groenveld, El Karroumi, Karadağ, Sadowczyk).
  * Reported persons: one focus person per household (a child 12-25 if any; 15 % a second one), other
    members with probability ``coverage`` (0.06; the twin of a reported twin 0.7, the father of a reported
    junior 0.6).  30 % of youth focus persons 14-26 form crews of 2-5 in one town, seen in one car.
  * Per person: BSN (11-proef; every resident, 60 % of labour migrants, 3 % with a leading zero), mobile
    number from age 12 (06, +48, +359, +40), 18 % of youth a second phone, landline for 25 % of
    Dutch/Surinamese households, car for 30 % of adults, school by age (primary, secondary, mbo from 16),
    street aliases for most youth, informal forms (Mohamed -> Mo, Momo; Katarzyna -> Kasia).  6 % of
    households move in the window (``move``); 20 % of later mentions keep the old address.
  * Mentions: focus persons 2 + Poisson(1.4), others 1 + Poisson(0.75) (scaled by ``mentions``), dated
    uniformly 2024-07-01 .. 2026-06-30; age guesses refer to the mention date.  About 3.2 per person.

Organisations (source; entry modes; what they fill in; see ORGS for all coverages)
  politie_mobiel    phone 85 % / voice 15 %; ID check in 45 % (BSN + birth date), otherwise an age estimate
                    (sd 2.5); address half the time, phone, licence plate (own, household or crew car).
  wijkagent         phone / desk; nicknames, age estimates, good addresses, rarely BSN.
  jongerenwerk      phone (WhatsApp-style); nickname or alias as first name, surname 45 %, age (sd 1), no
                    birth date in 85 %, phone 75 % (often the second phone), informal school names, no BSN.
  leerplicht        desk; official names (45 %), BSN 70 %, birth date, full address, parent's phone.
  school_zorg       desk / phone; birth date, informal school names, parent's phone, BSN rarely.
  wijkteam          desk / voice (dictated reports); BSN 55 %, birth date, address, phone.
  woningcorporatie  desk / phone (caretaker's tablet); address always, initials 30 %, landline, no BSN.
  veilig_thuis      voice 80 % (phone intake); phonetic spellings, BSN 35 %, birth date or age.
  zorg              voice / desk; BSN 70 %, birth date 90 %, official names 35 %.
  buurtmelding      phone (residents' app); alias or first name, surname 30 %, age guess only (sd 5, 40 %
                    rounded to five), street without number in half, licence plate.
  arbeidsmigratie   desk / phone (municipal labour-migrant team); RNI BSN, foreign phone, housemate's phone.
  ``sparse`` (0.4) scales how often residents and youth workers report; ``copy`` (15 %) of mentions were
  copied by hand from another system (mode "copy").  ``bsn`` (1.04) scales BSN coverage.

Entry steps: effective rates at the default knobs (per field where the step applies; tags in side.json)
  phone   thumb slip 1.75 % per name/street field (``typo`` x ``noise``), autocorrect 5 % of names that have
          an entry (Yassine -> Yasmine, Thijs -> Thuis, Azzouzi -> Azzurri, Dudek -> Duikt), lower case 7 %,
          diacritics dropped 14 %, full name in first_name 3.5 % ("Mo el Amrani", no last_name), in
          last_name 0.75 %, "El Amrani, Mohamed" in one field 1.5 %, fields swapped 1.5 %, whole address in
          street 12.5 % ("Vlashof 12a"; "Vlashof 12a, Utrecht"; "Vlashof 12a 3531 AB Utrecht"), street
          abbreviated up to 15 % (Burg., Kon., 1e, str), suffix dropped 10 %, birth year off by one 1.75 %.
  voice   phonetic respelling 14 % of non-Dutch and 4 % of Dutch name fields (Mohamed -> Moehammed, Yusuf ->
          Joesoef, Kevin -> Kefin, Łukasz -> Woekasj, Jagessar -> Djagesar), street 5 %, fields swapped 2 %
          (4 % non-Dutch), 13 <-> 30 in 10 % of such days, whole address in street 6 %, suffix dropped 12 %.
  desk    initials ("M.", "J.P."; woningcorporatie 30 %, wijkteam 12 %), official names, "Berg, van der",
          typos 0.7 %, whole address in street 3 %.
  copy    adjacent digits transposed in phone / postcode / house number 2 % each, day and month swapped 3.5 %
          (day <= 12), "Surname, Given" 2 %, fields swapped 2.5 %, a field skipped 10 %.
  all     tussenvoegsel forms (van der Berg, Berg vd, v.d. Berg, Vanderberg, dropped, in first_name; 40-55 %
          non-standard), Moroccan particles (El Amrani, el Amrani, El-Amrani, Elamrani, Amrani; 50 %),
          non-canonical notations at ``formats`` 0.2: phone 16 % (06-12345678, +31 6 1234 5678, 0031 6..,
          06.12.34.56.78, +31 (0)6..), postcode 6-11 % (3531ab, 3531-AB), suffix 14 % (12 A, 12-a, 12/2,
          12-II, 12 2e), plate 9 % without dashes; postcode in city 2 % or in house_number 1 %; a parent's
          phone for minors (schools 70 %), a landline, a housemate's phone; BSN typo 5-9 % of written BSNs
          (mostly 11-proef-invalid), a parent's BSN on 5 % of minors' BSN-bearing mentions, leading zero lost;
          school names informal (10-90 % by org); village written as municipality 35 %; city variants 3 %
          (Ljouwert, Utr, Denhelder); wrong gender 0.5 % (residents 3 %).
  ages    birth date unknown (age estimate only): residents 100 %, youth work 85 %, professionals 1-13 %
          (``age_only`` 0.2 of their base rates), police without ID check 9 %; estimate sd 1-5 years.
  names   nickname or alias as first name (``nickname`` 0.35): residents 12 %, youth work 9 %, police 3.5 %.

Hard negatives (relations in side.json): twins (same birth date, surname, address, school, parent phone;
40 % same initial), siblings at one address, juniors (father and son with one name at one address),
parent/child (minors carry the parent's phone, sometimes the parent's BSN), partners, labour-migrant
housemates (address, van plate, contact phone), crew members (one car plate) and namesakes.

Knobs: see ``Knobs``.  The defaults were calibrated before the project's linker was run at all: at 20,000
persons BSN-only F1 0.223 / 0.225 and plain Splink F1 0.835 / 0.830 on seeds 1 / 2 (targets 0.20-0.24 and
0.80-0.86).
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import names as N

REF = date(2026, 6, 30)
WINDOW_START = date(2024, 7, 1)
WINDOW_DAYS = (REF - WINDOW_START).days


@dataclass
class Knobs:
    coverage: float = 0.06  # probability a non-focus household member is reported
    mentions: float = 1.0  # scales the extra-mention Poisson means
    bsn: float = 1.04  # scales every organisation's BSN coverage
    bsn_typo: float = 0.06  # written BSN with a typo
    bsn_parent: float = 0.05  # minor's BSN-bearing mention carries a parent's BSN
    autocorrect: float = 0.05  # phone-typed name with an autocorrect entry gets "corrected"
    typo: float = 0.05  # thumb slip per name field typed on a phone (desk 0.4x)
    voice: float = 0.4  # phonetic respelling per dictated non-Dutch name field (Dutch 0.3x)
    name_shape: float = 0.5  # scales names-in-the-wrong-field habits
    address_shape: float = 0.5  # scales whole-address-in-street and other address habits
    nickname: float = 0.35  # scales nickname/alias-as-first-name
    age_only: float = 0.2  # scales the probability that the birth date is unknown (age estimate)
    copy: float = 0.15  # share of mentions copied by hand from another system
    noise: float = 0.35  # global multiplier of the per-field noise rates
    formats: float = 0.2  # scales non-canonical notations (phone, postcode, suffix, plate, case, diacritics)
    sparse: float = 0.4  # scales how often the sparse sources (residents, youth work) report
    twins: float = 0.04  # per family with >= 2 children
    junior: float = 1.0  # scales father-named sons
    move: float = 0.06  # households moving in the window
    crews: float = 0.3  # share of youth focus persons in crews


# --------------------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------------------


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


class _Zipf:
    def __init__(self, items: list, s: float = 0.9):
        self.items = items
        acc, cum = 0.0, []
        for i in range(len(items)):
            acc += 1.0 / (i + 1) ** s
            cum.append(acc)
        self.cum = cum

    def draw(self, rng: random.Random):
        return rng.choices(self.items, cum_weights=self.cum)[0]


def _pick(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _bsn(rng: random.Random, used: set) -> str:
    while True:
        first = "0" if rng.random() < 0.03 else str(rng.randint(1, 6))
        digits = [int(first)] + [rng.randint(0, 9) for _ in range(7)]
        check = sum(d * (9 - i) for i, d in enumerate(digits)) % 11
        if check == 10:
            continue
        s = "".join(map(str, digits)) + str(check)
        if s not in used and s != "000000000":
            used.add(s)
            return s


def _bsn_valid(s: str) -> bool:
    if len(s) != 9 or not s.isdigit():
        return False
    return sum(int(d) * (9 - i) for i, d in enumerate(s[:8])) % 11 == int(s[8])


_LETTERS = "ABCDEFGHJKLMNPRSTVWXZ"
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
_ADJ: dict[str, str] = {}
for _r, _row in enumerate(N.QWERTY_ROWS):
    for _c, _ch in enumerate(_row):
        near = ""
        for _dr in (-1, 0, 1):
            rr = _r + _dr
            if 0 <= rr < len(N.QWERTY_ROWS):
                for _dc in (-1, 0, 1):
                    cc = _c + _dc
                    if (_dr or _dc) and 0 <= cc < len(N.QWERTY_ROWS[rr]) and (_dr == 0 or abs(_dc) <= 1):
                        near += N.QWERTY_ROWS[rr][cc]
        _ADJ[_ch] = near

_FOLD = str.maketrans(
    {
        "ş": "s", "Ş": "S", "ç": "c", "Ç": "C", "ğ": "g", "ı": "i", "İ": "I", "ö": "o", "Ö": "O", "ü": "u",
        "Ü": "U", "ł": "l", "Ł": "L", "ś": "s", "Ś": "S", "ń": "n", "ó": "o", "ą": "a", "ę": "e", "ź": "z",
        "ż": "z", "Ż": "Z", "ć": "c", "ț": "t", "ș": "s", "ă": "a", "â": "a", "î": "i", "ë": "e", "ï": "i",
        "ô": "o", "é": "e", "è": "e", "ê": "e",
    }
)


def _fold(s: str) -> str:
    return s.translate(_FOLD)


def _thumb(rng: random.Random, s: str) -> str:
    """One thumb slip: neighbouring key, missed key, doubled key or two keys swapped."""
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(idx) < 3:
        return s
    i = rng.choice(idx[1:])
    ch = s[i]
    r = rng.random()
    if r < 0.5 and ch.lower() in _ADJ:
        rep = rng.choice(_ADJ[ch.lower()])
        return s[:i] + (rep.upper() if ch.isupper() else rep) + s[i + 1 :]
    if r < 0.7:
        return s[:i] + s[i + 1 :]
    if r < 0.85:
        return s[:i] + ch + s[i:]
    if i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + ch + s[i + 2 :]
    return s[:i] + s[i + 1 :]


def _swap_digits(rng: random.Random, s: str) -> str:
    """Two adjacent digits transposed (hand copying)."""
    pos = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
    if not pos:
        return s
    i = rng.choice(pos)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


# phonetic respellings of a Dutch listener; (pattern, replacement) on lower case
_PHONETIC = [
    (r"(?<![aeiou])u(?![iue])", "oe"), (r"ou", "oe"), (r"^y", "j"), (r"(?<=[aeiou])y(?=[aeiou])", "j"),
    (r"^j(?=[aeu])", "dj"), (r"^ch(?=[aeiou])", "sj"), (r"sh", "sj"), (r"kh", "ch"), (r"gh", "g"),
    (r"ce$", "ses"), (r"c(?=[aou])", "k"), (r"qu", "kw"), (r"x", "ks"), (r"ph", "f"), (r"th", "t"),
    (r"(?<=[aeiou])v(?=[aeiou])", "f"), (r"(?<=[aeiou])v(?=[aeiou])", "ff"), (r"w", "v"), (r"sz", "sj"),
    (r"cz", "tsj"), (r"rz", "zj"), (r"ł", "w"), (r"ś", "sj"), (r"ń", "nj"), (r"ó", "oe"), (r"ą", "on"),
    (r"ę", "en"), (r"ş", "sj"), (r"ç", "tsj"), (r"ğ", ""), (r"ı", "e"), (r"ö", "eu"), (r"ü", "u"),
    (r"zh", "zj"), (r"ov$", "ow"), (r"ev$", "ef"), (r"ie(?=.)", "i"), (r"(?<=[^aeiou])i$", "ie"),
    (r"mm", "m"), (r"ss", "s"), (r"ll", "l"), (r"(?<=[aeiou])m(?=[aeiou])", "mm"),
    (r"(?<=[aeiou])s(?=[aeiou])", "ss"), (r"ij", "ei"), (r"ei", "ij"), (r"au", "ou"), (r"d$", "t"),
    (r"dt$", "t"), (r"^mo(?=h)", "moe"), (r"z", "s"), (r"ae", "a"), (r"ee", "e"), (r"ck", "k"),
    (r"ai", "aj"), (r"(?<=[aeiou])i(?=[aeiou])", "j"),
]
_PHONETIC = [(re.compile(p), r) for p, r in _PHONETIC]


def _recase(orig: str, new: str) -> str:
    if orig.islower():
        return new
    return " ".join(w[:1].upper() + w[1:] for w in new.split(" "))


def _phonetic(rng: random.Random, s: str) -> str:
    low = s.lower()
    hits = [(p, r) for p, r in _PHONETIC if p.search(low)]
    if not hits:
        return s
    rng.shuffle(hits)
    n = 1 + (rng.random() < 0.45) + (rng.random() < 0.15)
    for p, r in hits[:n]:
        low = p.sub(r, low, count=1)
    return _recase(s, low)


# --------------------------------------------------------------------------------------------------------
# communities and names
# --------------------------------------------------------------------------------------------------------

_Z = {}


def _z(key: str, items: list, s: float = 0.9) -> _Zipf:
    if key not in _Z:
        _Z[key] = _Zipf(items, s)
    return _Z[key]


_SURNAMES = {
    "moroccan": N.MOROCCAN_SURNAMES, "turkish": N.TURKISH_SURNAMES, "creole": N.CREOLE_SURNAMES,
    "hindustani": N.HINDUSTANI_SURNAMES, "antillean": N.ANTILLEAN_SURNAMES, "polish": N.POLISH_SURNAMES,
    "bulgarian": N.BULGARIAN_SURNAMES, "romanian": N.ROMANIAN_SURNAMES,
}
_JUNIOR = {"dutch": 0.05, "moroccan": 0.05, "turkish": 0.04, "creole": 0.07, "antillean": 0.06,
           "hindustani": 0.03, "polish": 0.03, "bulgarian": 0.03, "romanian": 0.04}
MIGRANT = ("polish", "bulgarian", "romanian")
_PHONE_PREFIX = {"polish": "+48", "bulgarian": "+359", "romanian": "+40"}
_AREA = {"Utrecht": "030", "Breda": "076", "Heerlen": "045", "Leeuwarden": "058", "Den Helder": "0223",
         "Nieuwegein": "030"}


_TAIL = {
    "moroccan": (N.MOROCCAN_PREFIX, N.MOROCCAN_ROOTS, 0.6),
    "turkish": (N.TURKISH_ROOTS, N.TURKISH_ENDINGS, 0.5),
    "polish": (N.POLISH_ROOTS, N.POLISH_ENDINGS, 0.5),
    "bulgarian": (N.BULGARIAN_ROOTS, N.BULGARIAN_ENDINGS, 0.5),
    "romanian": (N.ROMANIAN_ROOTS, N.ROMANIAN_ENDINGS, 0.5),
}


def _surname(rng: random.Random, comm: str) -> tuple[str, str]:
    """Frequent names from the hand lists (flat Zipf), the rest from a long tail of roots x endings."""
    if comm == "dutch":
        if rng.random() < 0.45:
            return _z("dutch_sn", N.DUTCH_SURNAMES, 0.5).draw(rng)
        tv = rng.choice(["van", "de", "van de", "van der"]) if rng.random() < 0.2 else ""
        return tv, rng.choice(N.DUTCH_ROOTS) + rng.choice(N.DUTCH_ENDINGS)
    if comm in _TAIL and rng.random() < _TAIL[comm][2]:
        a, b, _ = _TAIL[comm]
        head, tail = rng.choice(a), rng.choice(b)
        if comm == "moroccan" and head == "Bou":
            tail = tail.lower()
        return "", head + tail
    return "", _z(comm + "_sn", _SURNAMES[comm], 0.4).draw(rng)


def _female_surname(comm: str, sn: str) -> str:
    if comm == "polish":
        for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if sn.endswith(m):
                return sn[: -len(m)] + f
    if comm == "bulgarian" and sn.endswith(("ov", "ev")):
        return sn + "a"
    return sn


def _given(rng: random.Random, comm: str, sex: str, born: int) -> tuple[str, str]:
    """(official given names, call name)."""
    young = born >= 1988
    if comm == "dutch":
        if young:
            pool = N.DUTCH_M_YOUNG if sex == "m" else N.DUTCH_F_YOUNG
            call = _z(f"d{sex}y", pool, 0.3).draw(rng)
            off = call
            if rng.random() < 0.45:
                second = rng.choice(N.DUTCH_M_OLD if sex == "m" else N.DUTCH_F_OLD)[0].split()[0]
                off = f"{call} {second}"
            return off, call
        off, call = _z(f"d{sex}o", N.DUTCH_M_OLD if sex == "m" else N.DUTCH_F_OLD, 0.3).draw(rng)
        if " " not in off and rng.random() < 0.5:
            off = off + " " + rng.choice(N.DUTCH_M_OLD if sex == "m" else N.DUTCH_F_OLD)[0].split()[0]
        return off, call
    pools = {
        "moroccan": ((N.MOROCCAN_M_YOUNG, N.MOROCCAN_M_OLD), (N.MOROCCAN_F_YOUNG, N.MOROCCAN_F_OLD)),
        "turkish": ((N.TURKISH_M_YOUNG, N.TURKISH_M_OLD), (N.TURKISH_F_YOUNG, N.TURKISH_F_OLD)),
        "creole": ((N.CREOLE_M, N.CREOLE_M), (N.CREOLE_F, N.CREOLE_F)),
        "hindustani": ((N.HINDUSTANI_M, N.HINDUSTANI_M), (N.HINDUSTANI_F, N.HINDUSTANI_F)),
        "antillean": ((N.ANTILLEAN_M, N.ANTILLEAN_M), (N.ANTILLEAN_F, N.ANTILLEAN_F)),
        "polish": ((N.POLISH_M, N.POLISH_M), (N.POLISH_F, N.POLISH_F)),
        "bulgarian": ((N.BULGARIAN_M, N.BULGARIAN_M), (N.BULGARIAN_F, N.BULGARIAN_F)),
        "romanian": ((N.ROMANIAN_M, N.ROMANIAN_M), (N.ROMANIAN_F, N.ROMANIAN_F)),
    }[comm]
    pool = pools[0 if sex == "m" else 1][0 if young else 1]
    call = _z(f"{comm}{sex}{young}", pool, 0.4).draw(rng)
    off = call
    if comm == "moroccan" and sex == "m" and call != "Mohamed" and rng.random() < 0.08:
        off = f"Mohamed {call}"
    elif comm == "turkish" and rng.random() < 0.1:
        off = f"{call} {rng.choice(pool)}"
    return off, call


def _nicks(rng: random.Random, p: dict, age: int) -> list[str]:
    out = []
    inf = N.INFORMAL.get(p["call"])
    if inf and rng.random() < 0.7:
        out.append(rng.choice(inf))
    if age <= 30 and rng.random() < (0.55 if p["focus"] else 0.2):
        out.append(rng.choice(N.STREET_ALIASES))
    elif age > 30 and rng.random() < 0.06:
        out.append(rng.choice(N.STREET_ALIASES))
    if not out and len(p["call"]) >= 6 and rng.random() < 0.25:
        out.append(p["call"][:3])
    return out


# --------------------------------------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------------------------------------


class _Town:
    def __init__(self, rng: random.Random, name: str, spec: tuple):
        weight, (lo, hi), villages, n_streets, comms = spec
        self.name, self.weight, self.comms = name, weight, comms
        names = list(N.STREETS_LOCAL[name]) + list(N.STREETS_COMMON)
        seen = set(names)
        sfx, sw = zip(*N.STREET_SUFFIXES, strict=True)
        while len(names) < n_streets:
            root = rng.choice(N.STREET_ROOTS)
            st = root + rng.choices(sfx, weights=sw)[0]
            if st not in seen:
                seen.add(st)
                names.append(st)
        rng.shuffle(names)
        self.streets = []
        letter_pairs = [a + b for a in _LETTERS for b in _LETTERS]
        for sname in names:
            city, (plo, phi) = name, (lo, hi)
            r, acc = rng.random(), 0.0
            for vname, vrange, share in villages:
                acc += share
                if r < acc:
                    city, (plo, phi) = vname, vrange
                    break
            self.streets.append(
                {
                    "street": sname, "city": city, "pc": str(rng.randint(plo, phi)),
                    "letters": rng.randrange(len(letter_pairs) - 20), "max": rng.randint(12, 220),
                    "flats": rng.random() < 0.25, "suffix": rng.choice(["letter", "floor", "floor", "hs"]),
                }
            )
        self.letter_pairs = letter_pairs
        self.zipf = _Zipf(self.streets, 0.3)
        self.used: set = set()

    def dwelling(self, rng: random.Random) -> dict:
        for _ in range(200):
            st = self.zipf.draw(rng)
            num = rng.randint(1, st["max"])
            suffix = ""
            if st["flats"]:
                if st["suffix"] == "letter":
                    suffix = rng.choice("abcd")
                elif st["suffix"] == "floor":
                    suffix = str(rng.randint(1, 4))
                else:
                    suffix = rng.choice(["hs", "1", "2"])
            elif rng.random() < 0.02:
                suffix = rng.choice(["a", "bis"])
            key = (st["street"], st["city"], num, suffix)
            if key in self.used:
                continue
            self.used.add(key)
            pc = st["pc"] + self.letter_pairs[st["letters"] + (num - 1) // 20]
            return {"street": st["street"], "number": num, "suffix": suffix, "postcode": pc,
                    "city": st["city"], "town": self.name}
        raise RuntimeError("town full")


def _plate(rng: random.Random, comm: str | None = None) -> str:
    L = lambda k: "".join(rng.choice(_PLATE_LETTERS) for _ in range(k))  # noqa: E731
    D = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    if comm == "polish":
        return f"{rng.choice(['PO', 'WGM', 'DW', 'KR', 'PZ'])} {D(3)}{L(2)}"
    if comm == "bulgarian":
        return f"{rng.choice(['CA', 'PB', 'B', 'CB', 'H'])} {D(4)} {L(2)}"
    if comm == "romanian":
        return f"{rng.choice(['B', 'CJ', 'IS', 'TM'])} {D(2)} {L(3)}"
    form = rng.choice(["99-XXX-9", "X-999-XX", "XX-999-X", "9-XXX-99", "XXX-99-X", "99-XX-XX", "XX-99-XX"])
    out = []
    for part in form.split("-"):
        out.append(D(len(part)) if part[0] == "9" else L(len(part)))
    return "-".join(out)


def _mobile(rng: random.Random, comm: str) -> str:
    if comm in _PHONE_PREFIX and rng.random() < 0.75:
        pre = _PHONE_PREFIX[comm]
        if pre == "+48":
            return pre + rng.choice("5678") + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if pre == "+359":
            return pre + "8" + rng.choice("789") + "".join(str(rng.randint(0, 9)) for _ in range(7))
        return pre + "7" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return "06" + str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(7))


def _landline(rng: random.Random, town: str) -> str:
    area = _AREA[town]
    return area + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area)))


# --------------------------------------------------------------------------------------------------------
# population
# --------------------------------------------------------------------------------------------------------


_MBO = re.compile(r"ROC|MBO|Curio|Vista|Aventus|Friesland College|X11")


def _birth(rng: random.Random, age: int) -> date:
    start = date(REF.year - age - 1, REF.month, REF.day) + timedelta(days=1)
    return start + timedelta(days=rng.randrange(365))


class _Pop:
    def __init__(self, rng: random.Random, knobs: Knobs):
        self.rng, self.k = rng, knobs
        self.towns = [_Town(rng, name, spec) for name, spec in N.TOWNS.items()]
        self.persons: list[dict] = []
        self.households: list[dict] = []
        self.bsns: set = set()
        self.n_reported = 0

    def person(self, hh: dict, comm: str, sex: str, age: int, surname: tuple[str, str], role: str,
               born: date | None = None, given: tuple[str, str] | None = None) -> dict:
        rng = self.rng
        born = born or _birth(rng, age)
        off, call = given or _given(rng, comm, sex, born.year)
        tv, sn = surname
        if sex == "f":
            sn = _female_surname(comm, sn)
        p = {
            "pid": f"P{len(self.persons):06d}", "hh": hh["id"], "community": comm, "sex": sex,
            "given": off, "call": call, "tussen": tv, "surname": sn, "birth": born, "role": role,
            "focus": False, "reported": False, "nicks": [], "phone": None, "phone2": None, "bsn": None,
            "plate": None, "school": None, "rel": {},
        }
        migrant_worker = hh["kind"] == "labour"
        if not migrant_worker or rng.random() < 0.6:
            p["bsn"] = _bsn(rng, self.bsns)
        if age >= 12 and rng.random() < (0.6 if age >= 75 else 0.95):
            p["phone"] = _mobile(rng, comm)
        if age >= 20 and rng.random() < 0.3:
            p["plate"] = _plate(rng, comm if comm in MIGRANT and rng.random() < 0.5 else None)
        town = hh["addr"]["town"]
        if 4 <= age <= 11:
            p["school"] = hh.setdefault("primary", _z("prim", N.PRIMARY_SCHOOLS, 0.6).draw(rng))
        elif 12 <= age <= 17 or (18 <= age <= 21 and rng.random() < 0.6):
            secs = N.SCHOOLS[town]
            if age <= 15:
                secs = [s for s in secs if not _MBO.search(s[0])] or secs
            p["school"] = rng.choice(secs)
        self.persons.append(p)
        hh["members"].append(p)
        return p

    def household(self) -> dict:
        rng, k = self.rng, self.k
        town = rng.choices(self.towns, weights=[t.weight for t in self.towns])[0]
        comm = _pick(rng, town.comms)
        r = rng.random()
        if comm in MIGRANT and r < 0.55:
            kind = "labour"
        elif r < 0.55:
            kind = "family"
        elif r < 0.7:
            kind = "single"
        elif r < 0.8:
            kind = "elderly"
        else:
            kind = "couple"
        hh = {"id": len(self.households), "kind": kind, "community": comm, "addr": town.dwelling(rng),
              "members": [], "landline": None, "car": None}
        if comm in ("dutch", "creole", "hindustani") and rng.random() < 0.25:
            hh["landline"] = _landline(rng, town.name)
        if rng.random() < k.move:
            hh["move_date"] = WINDOW_START + timedelta(days=rng.randrange(WINDOW_DAYS))
            dest = town if rng.random() < 0.75 else rng.choice(self.towns)
            hh["new_addr"] = dest.dwelling(rng)
        self.households.append(hh)
        if kind == "labour":
            n = rng.randint(3, 7)
            base_sn = _surname(rng, comm)
            for _i in range(n):
                sn = base_sn if rng.random() < 0.3 else _surname(rng, comm)
                self.person(hh, comm, "m" if rng.random() < 0.75 else "f", rng.randint(19, 56), sn, "worker")
            if rng.random() < 0.6:
                hh["car"] = _plate(rng, comm)
            return hh
        if kind == "single":
            self.person(hh, comm, "m" if rng.random() < 0.6 else "f", rng.randint(18, 45), _surname(rng, comm),
                        "single")
            return hh
        if kind == "elderly":
            self.person(hh, comm, "m" if rng.random() < 0.45 else "f", rng.randint(66, 90), _surname(rng, comm),
                        "elderly")
            return hh
        if kind == "couple":
            sn = _surname(rng, comm)
            a = rng.randint(22, 70)
            m = self.person(hh, comm, "m", a, sn, "father")
            f = self.person(hh, comm, "f", max(19, a + rng.randint(-6, 3)), _surname(rng, comm), "mother")
            m["rel"]["partner_of"], f["rel"]["partner_of"] = f["pid"], m["pid"]
            if rng.random() < 0.3:
                hh["car"] = _plate(rng)
            return hh
        # family
        sn = _surname(rng, comm)
        mother_age = rng.randint(28, 56)
        father = None
        if rng.random() < 0.7:
            father = self.person(hh, comm, "m", mother_age + rng.randint(0, 7), sn, "father")
        mother = self.person(hh, comm, "f", mother_age, _surname(rng, comm) if father else sn, "mother")
        if father:
            father["rel"]["partner_of"], mother["rel"]["partner_of"] = mother["pid"], father["pid"]
        if rng.random() < 0.35:
            hh["car"] = father["plate"] if father and father["plate"] else _plate(rng)
        n_kids = rng.choices([1, 2, 3, 4, 5], weights=[30, 35, 20, 10, 5])[0]
        max_age = min(mother_age - 18, 25)
        ages = sorted({rng.randint(1, max(1, max_age)) for _ in range(n_kids)}, reverse=True)
        kids = []
        twin_done = False
        for age in ages:
            sex = "m" if rng.random() < 0.5 else "f"
            given = None
            if father and sex == "m" and not any(c["rel"].get("junior_of") for c in kids) \
                    and rng.random() < _JUNIOR[comm] * k.junior:
                given = (father["given"], father["call"])
            c = self.person(hh, comm, sex, age, sn, "child", given=given)
            if given:
                c["rel"]["junior_of"] = father["pid"]
                father["rel"]["father_of_junior"] = c["pid"]
            kids.append(c)
            if not twin_done and len(ages) >= 2 and rng.random() < k.twins:
                twin_done = True
                sex2 = sex if rng.random() < 0.6 else ("f" if sex == "m" else "m")
                given2 = None
                for _ in range(30):
                    o2, c2 = _given(rng, comm, sex2, c["birth"].year)
                    if c2 != c["call"]:
                        given2 = (o2, c2)
                        if rng.random() < 0.4 and c2[0] != c["call"][0]:
                            continue
                        break
                t = self.person(hh, comm, sex2, age, sn, "child", born=c["birth"], given=given2)
                t["school"] = c["school"]
                t["rel"]["twin_of"], c["rel"]["twin_of"] = c["pid"], t["pid"]
                kids.append(t)
        for c in kids:
            c["rel"]["child_of"] = [x["pid"] for x in (father, mother) if x]
            c["rel"]["sibling_of"] = [x["pid"] for x in kids if x is not c]
        return hh

    def report(self, hh: dict, need: int) -> int:
        """Choose the reported members of a household; at most ``need``."""
        rng, k = self.rng, self.k
        mem = hh["members"]
        if hh["kind"] == "family":
            youth = [p for p in mem if p["role"] == "child" and 12 <= _age(p["birth"], REF) <= 25]
            pool = youth or mem
            focus = [rng.choice(pool)]
            if len(pool) > 1 and rng.random() < 0.15:
                focus.append(rng.choice([p for p in pool if p is not focus[0]]))
        else:
            focus = [rng.choice(mem)]
        chosen = []
        for p in mem:
            if p in focus:
                p["focus"] = True
                chosen.append(p)
        for p in mem:
            if p in focus:
                continue
            prob = k.coverage
            if p["rel"].get("twin_of") and any(x["pid"] == p["rel"]["twin_of"] for x in focus):
                prob = 0.7
            if p["rel"].get("father_of_junior") and any(x["pid"] == p["rel"]["father_of_junior"] for x in focus):
                prob = 0.6
            if rng.random() < prob:
                chosen.append(p)
        chosen = chosen[:need]
        for p in chosen:
            p["reported"] = True
            p["nicks"] = _nicks(rng, p, _age(p["birth"], REF))
            if p["focus"] and p["phone"] and 15 <= _age(p["birth"], REF) <= 30 and rng.random() < 0.18:
                p["phone2"] = _mobile(rng, p["community"])
        return len(chosen)

    def build(self, n: int) -> list[dict]:
        while self.n_reported < n:
            hh = self.household()
            self.n_reported += self.report(hh, n - self.n_reported)
        self.crews()
        return [p for p in self.persons if p["reported"]]

    def crews(self) -> None:
        rng = self.rng
        by_town: dict[str, list] = {}
        hh_of = {h["id"]: h for h in self.households}
        for p in self.persons:
            if p["reported"] and p["focus"] and 14 <= _age(p["birth"], REF) <= 26:
                if rng.random() < self.k.crews:
                    by_town.setdefault(hh_of[p["hh"]]["addr"]["town"], []).append(p)
        for members in by_town.values():
            rng.shuffle(members)
            i = 0
            while i < len(members) - 1:
                size = rng.randint(2, 5)
                crew = members[i : i + size]
                i += size
                if len(crew) < 2:
                    break
                plate = next((m["plate"] for m in crew if m["plate"]), None) or _plate(rng)
                for m in crew:
                    m["crew_plate"] = plate
                    m["rel"]["crew_of"] = [x["pid"] for x in crew if x is not m]


# --------------------------------------------------------------------------------------------------------
# organisations: entry modes and field coverage
# --------------------------------------------------------------------------------------------------------

# modes, coverage (first, last, bsn, dob, age, gender, addr, pc, city, phone, plate, school, nick),
# age sd, nickname-as-first, official-name use, initials, informal school, street-only
ORGS = {
    "politie_mobiel": dict(modes={"phone": 85, "voice": 15}, first=0.97, last=0.9, bsn=0.45, dob=0.55,
                           age=0.9, gender=0.92, addr=0.55, pc=0.3, city=0.8, phone=0.5, plate=0.3,
                           school=0.05, nick=0.3, age_sd=2.5, nick_first=0.1, official=0.1, initials=0.02,
                           school_inf=0.6, street_only=0.1, idcheck=True),
    "wijkagent": dict(modes={"phone": 50, "desk": 50}, first=0.95, last=0.85, bsn=0.15, dob=0.45, age=0.8,
                      gender=0.9, addr=0.85, pc=0.5, city=0.8, phone=0.55, plate=0.15, school=0.15, nick=0.45,
                      age_sd=2.0, nick_first=0.12, official=0.05, initials=0.03, school_inf=0.6,
                      street_only=0.05),
    "jongerenwerk": dict(modes={"phone": 90, "voice": 10}, first=0.95, last=0.45, bsn=0.0, dob=0.15, age=0.85,
                         gender=0.85, addr=0.3, pc=0.1, city=0.6, phone=0.75, plate=0.05, school=0.45,
                         nick=0.6, age_sd=1.0, nick_first=0.25, official=0.0, initials=0.0, school_inf=0.8,
                         street_only=0.3),
    "leerplicht": dict(modes={"desk": 100}, first=1.0, last=1.0, bsn=0.7, dob=0.95, age=0.5, gender=0.95,
                       addr=0.95, pc=0.85, city=0.95, phone=0.7, plate=0.0, school=0.95, nick=0.02, age_sd=0.0,
                       nick_first=0.0, official=0.45, initials=0.05, school_inf=0.1, street_only=0.0),
    "school_zorg": dict(modes={"desk": 75, "phone": 25}, first=0.98, last=0.95, bsn=0.15, dob=0.8, age=0.7,
                        gender=0.9, addr=0.7, pc=0.55, city=0.7, phone=0.6, plate=0.0, school=0.95, nick=0.1,
                        age_sd=0.5, nick_first=0.03, official=0.1, initials=0.03, school_inf=0.5,
                        street_only=0.02),
    "wijkteam": dict(modes={"desk": 65, "voice": 35}, first=0.97, last=0.97, bsn=0.55, dob=0.85, age=0.6,
                     gender=0.9, addr=0.95, pc=0.75, city=0.9, phone=0.7, plate=0.02, school=0.2, nick=0.1,
                     age_sd=1.0, nick_first=0.02, official=0.2, initials=0.1, school_inf=0.4, street_only=0.0),
    "woningcorporatie": dict(modes={"desk": 60, "phone": 40}, first=0.85, last=0.98, bsn=0.0, dob=0.35,
                             age=0.4, gender=0.7, addr=1.0, pc=0.9, city=0.9, phone=0.7, plate=0.05,
                             school=0.0, nick=0.02, age_sd=4.0, nick_first=0.02, official=0.15, initials=0.25,
                             school_inf=0.0, street_only=0.0),
    "veilig_thuis": dict(modes={"voice": 80, "desk": 20}, first=0.97, last=0.9, bsn=0.35, dob=0.6, age=0.8,
                         gender=0.95, addr=0.85, pc=0.5, city=0.85, phone=0.6, plate=0.02, school=0.25,
                         nick=0.05, age_sd=1.5, nick_first=0.03, official=0.05, initials=0.03, school_inf=0.5,
                         street_only=0.03),
    "zorg": dict(modes={"voice": 50, "desk": 50}, first=0.98, last=0.98, bsn=0.7, dob=0.9, age=0.5,
                 gender=0.95, addr=0.85, pc=0.75, city=0.85, phone=0.7, plate=0.0, school=0.05, nick=0.05,
                 age_sd=1.0, nick_first=0.02, official=0.35, initials=0.08, school_inf=0.3, street_only=0.0),
    "buurtmelding": dict(modes={"phone": 100}, first=0.55, last=0.3, bsn=0.0, dob=0.0, age=0.85, gender=0.85,
                         addr=0.85, pc=0.05, city=0.6, phone=0.1, plate=0.3, school=0.05, nick=0.35,
                         age_sd=5.0, nick_first=0.35, official=0.0, initials=0.0, school_inf=0.9,
                         street_only=0.5),
    "arbeidsmigratie": dict(modes={"desk": 50, "phone": 50}, first=0.97, last=0.97, bsn=0.5, dob=0.7,
                            age=0.6, gender=0.9, addr=0.95, pc=0.7, city=0.9, phone=0.85, plate=0.2,
                            school=0.0, nick=0.05, age_sd=3.0, nick_first=0.03, official=0.0, initials=0.02,
                            school_inf=0.0, street_only=0.02),
}
# which organisations see whom
ORG_MIX = {
    "toddler": {"veilig_thuis": 3, "wijkteam": 2, "zorg": 1, "politie_mobiel": 0.3},
    "child": {"school_zorg": 3, "leerplicht": 1, "veilig_thuis": 2.5, "wijkteam": 2, "zorg": 0.5,
              "politie_mobiel": 0.5},
    "minor": {"leerplicht": 3, "school_zorg": 3, "jongerenwerk": 3, "politie_mobiel": 3, "wijkagent": 1.5,
              "veilig_thuis": 1, "zorg": 0.7, "wijkteam": 1.5, "buurtmelding": 1},
    "young": {"politie_mobiel": 3.5, "jongerenwerk": 2.5, "wijkagent": 1.5, "zorg": 1.5, "wijkteam": 1.5,
              "buurtmelding": 1.5, "woningcorporatie": 0.7, "leerplicht": 0.5, "school_zorg": 0.7,
              "veilig_thuis": 0.5},
    "adult": {"wijkteam": 2.5, "politie_mobiel": 2, "woningcorporatie": 2, "zorg": 2, "veilig_thuis": 1.5,
              "wijkagent": 1, "buurtmelding": 1.5},
    "elder": {"woningcorporatie": 2.5, "wijkteam": 2.5, "zorg": 2.5, "wijkagent": 1, "politie_mobiel": 0.8,
              "buurtmelding": 1},
    "worker": {"arbeidsmigratie": 4, "politie_mobiel": 1.5, "woningcorporatie": 0.5, "wijkagent": 1,
               "buurtmelding": 1.5, "zorg": 0.5, "wijkteam": 0.5},
}


# --------------------------------------------------------------------------------------------------------
# writing one mention
# --------------------------------------------------------------------------------------------------------


class _Writer:
    def __init__(self, rng: random.Random, knobs: Knobs, by_pid: dict, hh_of: dict):
        self.rng, self.k, self.by_pid, self.hh_of = rng, knobs, by_pid, hh_of

    # ---- names -------------------------------------------------------------------------------------------
    def surname(self, p: dict, mode: str, tags: list) -> tuple[str, str]:
        """(last_name text, text to prepend to the first name)."""
        rng = self.rng
        tv, sn = p["tussen"], p["surname"]
        if tv:
            r = rng.random()
            w = {"desk": (0.62, 0.08, 0.14, 0.03, 0.06, 0.0, 0.04, 0.03),
                 "phone": (0.45, 0.12, 0.02, 0.06, 0.15, 0.05, 0.11, 0.04),
                 "voice": (0.6, 0.1, 0.02, 0.04, 0.04, 0.08, 0.08, 0.04),
                 "copy": (0.45, 0.05, 0.2, 0.08, 0.08, 0.03, 0.08, 0.03)}[mode]
            forms = ["std", "cap", "comma", "post", "abbr", "joined", "dropped", "in_first"]
            acc, form = 0.0, "std"
            for f, x in zip(forms, w, strict=True):
                acc += x
                if r < acc:
                    form = f
                    break
            abbr = {"van der": ["v.d.", "vd", "v/d"], "van den": ["v.d.", "vd"], "van de": ["v.d.", "vd"],
                    "van": ["v.", "v"], "de": ["de", "d."], "ter": ["ter"], "in 't": ["in t", "i.t."],
                    "van 't": ["v.t.", "van t"], "op den": ["op d.", "o.d."], "den": ["den"]}.get(tv, [tv])
            if form != "std" and form != "cap":
                tags.append("tv:" + form)
            if form == "std":
                return f"{tv} {sn}", ""
            if form == "cap":
                return f"{tv[0].upper()}{tv[1:]} {sn}", ""
            if form == "comma":
                return f"{sn}, {tv}", ""
            if form == "post":
                return f"{sn} {rng.choice(abbr + [tv])}", ""
            if form == "abbr":
                return f"{rng.choice(abbr)} {sn}", ""
            if form == "joined":
                j = tv.replace(" ", "").replace("'", "") + sn.lower()
                return j[0].upper() + j[1:], ""
            if form == "dropped":
                return sn, ""
            return sn, tv
        for part in ("El ", "Ben ", "Ait ", "Ouled "):
            if sn.startswith(part):
                r = rng.random()
                rest = sn[len(part):]
                if r < 0.5:
                    return sn, ""
                if r < 0.65:
                    tags.append("particle:lower")
                    return part.lower() + rest, ""
                if r < 0.75:
                    tags.append("particle:hyphen")
                    return part.strip() + "-" + rest, ""
                if r < 0.9:
                    tags.append("particle:joined")
                    return part.strip() + rest.lower(), ""
                tags.append("particle:dropped")
                return rest, ""
        return sn, ""

    def names(self, p: dict, org: dict, mode: str, tags: list, rec: dict) -> None:
        rng, k = self.rng, self.k
        comm = p["community"]
        # which first name
        first = p["call"]
        r = rng.random()
        if p["nicks"] and r < org["nick_first"] * k.nickname:
            first = rng.choice(p["nicks"])
            tags.append("name:nickname_as_first")
        elif r < org["nick_first"] * k.nickname + org["official"] and p["given"] != p["call"]:
            first = p["given"]
            tags.append("name:official")
        if mode in ("desk", "copy") and rng.random() < org["initials"] * 1.2:
            first = "".join(w[0] + "." for w in p["given"].replace("-", " ").split())
            tags.append("name:initials")
        last, pre = self.surname(p, mode, tags)
        if pre:
            first = f"{first} {pre}"
        # spelling noise per field
        noise = k.noise
        fields = {"first": first, "last": last}
        for fk, val in list(fields.items()):
            if mode == "phone":
                if val in N.AUTOCORRECT and rng.random() < k.autocorrect * noise * 3:
                    val = N.AUTOCORRECT[val]
                    tags.append("autocorrect:" + fk)
                elif rng.random() < k.autocorrect * noise * 0.25 and len(val) > 3 and val.split()[-1] in N.AUTOCORRECT:
                    parts = val.split()
                    parts[-1] = N.AUTOCORRECT[parts[-1]]
                    val = " ".join(parts)
                    tags.append("autocorrect:" + fk)
                if rng.random() < k.typo * noise:
                    val = _thumb(rng, val)
                    tags.append("typo:" + fk)
            elif mode == "voice":
                pr = k.voice * noise * (0.3 if comm == "dutch" else 1.0)
                if rng.random() < pr:
                    new = _phonetic(rng, val)
                    if new != val:
                        val = new
                        tags.append("phonetic:" + fk)
            else:
                if rng.random() < k.typo * noise * (0.4 if mode == "desk" else 0.6):
                    val = _thumb(rng, val)
                    tags.append("typo:" + fk)
            # diacritics
            if val != _fold(val):
                fold_p = {"phone": 0.7, "voice": 0.5, "desk": 0.35, "copy": 0.6}[mode]
                if rng.random() < fold_p * k.formats:
                    val = _fold(val)
            if mode == "phone" and rng.random() < 0.35 * k.formats:
                val = val.lower()
            fields[fk] = val
        first, last = fields["first"], fields["last"]
        has_first = rng.random() < org["first"]
        has_last = rng.random() < org["last"]
        if not has_first and not has_last:
            has_first = True
        first = first if has_first else None
        last = last if has_last else None
        # names in the wrong field
        ns = k.name_shape
        foreign = 2.0 if comm != "dutch" else 1.0
        rates = {
            "phone": {"full_in_first": 0.07, "full_in_last": 0.015, "reversed_one": 0.03, "swapped": 0.03},
            "voice": {"full_in_first": 0.02, "full_in_last": 0.0, "reversed_one": 0.01, "swapped": 0.04 * foreign},
            "desk": {"full_in_first": 0.01, "full_in_last": 0.005, "reversed_one": 0.01, "swapped": 0.015},
            "copy": {"full_in_first": 0.03, "full_in_last": 0.01, "reversed_one": 0.04, "swapped": 0.05},
        }[mode]
        if first and last:
            r, acc = rng.random(), 0.0
            for shape, rate in rates.items():
                acc += rate * ns
                if r < acc:
                    tags.append("name:" + shape)
                    if shape == "full_in_first":
                        first, last = f"{first} {last}", None
                    elif shape == "full_in_last":
                        first, last = None, f"{first} {last}"
                    elif shape == "reversed_one":
                        if rng.random() < 0.7:
                            first, last = f"{last}, {first}", None
                        else:
                            first, last = None, f"{last}, {first}"
                    else:
                        first, last = last, first
                    break
        if first:
            rec["first_name"] = first
        if last:
            rec["last_name"] = last
        if p["nicks"] and rng.random() < org["nick"] * k.nickname and "name:nickname_as_first" not in tags:
            nk = rng.choice(p["nicks"])
            rec["nickname"] = nk.lower() if mode == "phone" and rng.random() < 0.3 else nk

    # ---- dates -------------------------------------------------------------------------------------------
    def dates(self, p: dict, org: dict, mode: str, when: date, tags: list, rec: dict, idcheck: bool) -> None:
        rng, k = self.rng, self.k
        born = p["birth"]
        pdob = org["dob"] if not idcheck else 0.97
        if org["dob"] >= 0.3:  # professionals who could have looked it up; residents and youth work cannot
            pdob = 1 - (1 - pdob) * k.age_only if k.age_only <= 1 else pdob / k.age_only
        if rng.random() < pdob:
            d = born
            noise = k.noise
            if mode == "copy" and d.day <= 12 and d.day != d.month and rng.random() < 0.10 * noise:
                d = date(d.year, d.day, d.month)
                tags.append("dob:day_month_swap")
            elif mode == "copy" and rng.random() < 0.04 * noise:
                s = d.isoformat().replace("-", "")
                s = s[:2] + _swap_digits(rng, s[2:])
                try:
                    d = date(int(s[:4]), int(s[4:6]), int(s[6:]))
                    tags.append("dob:digits_swapped")
                except ValueError:
                    pass
            elif mode == "phone" and rng.random() < 0.05 * noise:
                d = date(d.year + rng.choice((-1, 1)), d.month, min(d.day, 28))
                tags.append("dob:year_off")
            elif mode == "voice" and d.day in (13, 30) and rng.random() < 0.3 * noise:
                try:
                    d = date(d.year, d.month, 43 - d.day)
                    tags.append("dob:13_30")
                except ValueError:
                    pass
            elif mode == "voice" and rng.random() < 0.02 * noise:
                d = date(d.year, d.month, max(1, min(28, d.day + rng.choice((-1, 1)))))
                tags.append("dob:day_off")
            rec["birth_date"] = d.isoformat()
            if rng.random() < 0.15:
                rec["age_estimate"] = _age(born, when)
            return
        tags.append("dob:age_only")
        if rng.random() < org["age"]:
            true = _age(born, when)
            sd = org["age_sd"]
            if p["community"] in ("moroccan", "turkish", "creole", "antillean") and 14 <= true <= 22:
                sd *= 1.2  # young men look older to some reporters
            est = round(true + rng.gauss(0.4, sd))
            if sd >= 4 and rng.random() < 0.4:
                est = 5 * round(est / 5)
            est = max(1, est)
            if abs(est - true) >= 3:
                tags.append("age:off3")
            rec["age_estimate"] = est

    # ---- address -----------------------------------------------------------------------------------------
    def address(self, p: dict, org: dict, mode: str, when: date, tags: list, rec: dict) -> None:
        rng, k = self.rng, self.k
        hh = self.hh_of[p["hh"]]
        addr = hh["addr"]
        if rng.random() >= org["addr"]:
            return
        if "move_date" in hh and when >= hh["move_date"]:
            if rng.random() < 0.2:
                tags.append("addr:old")
            else:
                addr = hh["new_addr"]
                tags.append("addr:new")
        noise, ash = k.noise, k.address_shape
        street = addr["street"]
        if rng.random() < {"phone": 0.3, "voice": 0.1, "desk": 0.12, "copy": 0.15}[mode] * ash:
            for long, short in N.STREET_ABBREV:
                if long in street and rng.random() < 0.7:
                    street = street.replace(long, short, 1)
                    tags.append("street:abbrev")
                    break
        if mode == "phone" and rng.random() < k.typo * noise:
            street = _thumb(rng, street)
            tags.append("typo:street")
        elif mode == "voice" and rng.random() < 0.15 * noise:
            new = _phonetic(rng, street)
            if new != street:
                street = new
                tags.append("phonetic:street")
        if mode == "phone" and rng.random() < 0.35 * k.formats:
            street = street.lower()
        # house number
        num, suf = str(addr["number"]), addr["suffix"]
        if suf and rng.random() < {"phone": 0.2, "voice": 0.25, "desk": 0.08, "copy": 0.12}[mode] * ash:
            suf = ""
            tags.append("hn:suffix_dropped")
        if suf and rng.random() >= 0.7 * k.formats:
            hn = f"{num}{suf}" if suf.isalpha() else f"{num}-{suf}"
        elif suf:
            if suf.isalpha() and len(suf) == 1:
                form = rng.choice([f"{num}{suf}", f"{num}{suf.upper()}", f"{num} {suf.upper()}", f"{num}-{suf}",
                                   f"{num}-{suf.upper()}", f"{num} {suf}"])
            elif suf.isdigit():
                form = rng.choice([f"{num}-{suf}", f"{num}-{suf}", f"{num} {suf}", f"{num}/{suf}",
                                   f"{num}-{'I' * int(suf)}", f"{num} {suf}e", f"{num}-{suf}hg"])
            else:
                form = rng.choice([f"{num}-{suf}", f"{num} {suf}", f"{num}{suf}", f"{num}-huis", f"{num}H"])
            if form not in (f"{num}{suf}", f"{num}-{suf}"):
                tags.append("hn:suffix_form")
            hn = form
        else:
            hn = num
        if mode == "copy" and rng.random() < 0.06 * noise and len(num) >= 2:
            hn2 = _swap_digits(rng, hn)
            if hn2 != hn:
                hn = hn2
                tags.append("hn:digits_swapped")
        # postcode
        pc = None
        if rng.random() < org["pc"]:
            pc = addr["postcode"]
            if mode == "copy" and rng.random() < 0.06 * noise:
                pc2 = _swap_digits(rng, pc)
                if pc2 != pc:
                    pc = pc2
                    tags.append("pc:digits_swapped")
            f = rng.random()
            if f < {"phone": 0.55, "voice": 0.3, "desk": 0.35, "copy": 0.4}[mode] * k.formats:
                pc = rng.choice([pc[:4] + pc[4:].lower(), pc, pc[:4] + " " + pc[4:].lower(), pc[:4] + "-" + pc[4:]])
            else:
                pc = pc[:4] + " " + pc[4:]
        # city
        city = None
        if rng.random() < org["city"]:
            city = addr["city"]
            if city != addr["town"] and rng.random() < 0.35:
                city = addr["town"]
                tags.append("city:municipality")
            if rng.random() < 0.08 * noise:
                city = rng.choice(N.CITY_VARIANTS[city])
                tags.append("city:variant")
        # shapes
        street_only = rng.random() < org["street_only"]
        in_street = rng.random() < {"phone": 0.25, "voice": 0.12, "desk": 0.06, "copy": 0.2}[mode] * ash
        if street_only:
            tags.append("addr:street_only")
            rec["street"] = street
            if city:
                rec["city"] = city
            return
        if in_street:
            r = rng.random()
            if r < 0.5:
                rec["street"] = f"{street} {hn}"
                tags.append("addr:in_street")
            elif r < 0.8 and city:
                rec["street"] = f"{street} {hn}, {city}"
                tags.append("addr:in_street_city")
                city = city if rng.random() < 0.3 else None
            elif pc and city:
                rec["street"] = f"{street} {hn} {pc} {city}"
                tags.append("addr:in_street_full")
                pc, city = None, None
            else:
                rec["street"] = f"{street} {hn}"
                tags.append("addr:in_street")
        else:
            rec["street"] = street
            rec["house_number"] = hn
        if pc and city and rng.random() < 0.04 * ash:
            rec["city"] = f"{pc} {city}"
            tags.append("pc:in_city")
            pc, city = None, None
        elif pc and not in_street and rng.random() < 0.02 * ash:
            rec["house_number"] = f"{hn} {pc}"
            tags.append("pc:in_house_number")
            pc = None
        if pc:
            rec["postcode"] = pc
        if city:
            rec["city"] = city

    # ---- phone -------------------------------------------------------------------------------------------
    def phone_fmt(self, num: str, mode: str) -> str:
        rng = self.rng
        if rng.random() >= 0.8 * self.k.formats:
            return num
        if num.startswith("+"):
            cc = num[:3] if num.startswith("+48") or num.startswith("+40") else num[:4]
            rest = num[len(cc):]
            return rng.choice([num, f"{cc} {rest}", f"00{cc[1:]}{rest}", f"{cc} {rest[:3]} {rest[3:6]} {rest[6:]}", rest])
        if num.startswith("06"):
            n8 = num[2:]
            forms = [
                num, num, f"06-{n8}", f"06 {n8[:4]} {n8[4:]}", f"06-{n8[:3]} {n8[3:5]} {n8[5:]}",
                f"+31 6 {n8}", f"+316{n8}", f"0031 6 {n8[:4]} {n8[4:]}", f"06.{n8[:2]}.{n8[2:4]}.{n8[4:6]}.{n8[6:]}",
                f"+31 (0)6 {n8}", f"06 {n8[:2]} {n8[2:4]} {n8[4:6]} {n8[6:]}", f"+31 6 {n8[:4]} {n8[4:]}",
            ]
            if mode == "desk":
                forms += [num, f"06-{n8}"]
            return rng.choice(forms)
        area = num[:4] if num.startswith("0223") else num[:3]
        rest = num[len(area):]
        return rng.choice([num, f"{area}-{rest}", f"{area} {rest}", f"+31 {area[1:]} {rest}", f"({area}) {rest}"])

    def phone(self, p: dict, org_name: str, org: dict, mode: str, tags: list, rec: dict) -> None:
        rng, k = self.rng, self.k
        if rng.random() >= org["phone"]:
            return
        hh = self.hh_of[p["hh"]]
        age = _age(p["birth"], REF)
        parents = [self.pids(x) for x in p["rel"].get("child_of", [])]
        parent_phone = next((x["phone"] for x in parents if x and x["phone"]), None)
        num, why = p["phone"], "own"
        r = rng.random()
        if age < 18 and parent_phone and (not num or r < (0.7 if org_name in ("leerplicht", "school_zorg",
                                                                              "veilig_thuis") else 0.25)):
            num, why = parent_phone, "parent"
        elif p["phone2"] and org_name in ("politie_mobiel", "jongerenwerk", "buurtmelding") and r < 0.45:
            num, why = p["phone2"], "second"
        elif hh["landline"] and (not num or r < (0.4 if org_name in ("woningcorporatie", "wijkteam", "zorg") else 0.1)):
            num, why = hh["landline"], "landline"
        elif hh["kind"] == "labour" and r < 0.12:
            other = [m for m in hh["members"] if m is not p and m["phone"]]
            if other:
                num, why = rng.choice(other)["phone"], "housemate"
        if not num:
            if parent_phone:
                num, why = parent_phone, "parent"
            elif hh["landline"]:
                num, why = hh["landline"], "landline"
            else:
                return
        if why != "own":
            tags.append("phone:" + why)
        s = self.phone_fmt(num, mode)
        if mode == "copy" and rng.random() < 0.06 * k.noise:
            s2 = _swap_digits(rng, s)
            if s2 != s:
                s = s2
                tags.append("phone:digits_swapped")
        elif mode in ("phone", "voice") and rng.random() < 0.02 * k.noise:
            digits = [i for i, ch in enumerate(s) if ch.isdigit()][3:]
            if digits:
                i = rng.choice(digits)
                s = s[:i] + str((int(s[i]) + rng.choice((1, -1, 3))) % 10) + s[i + 1 :]
                tags.append("phone:digit_wrong")
        rec["phone"] = s

    def pids(self, pid: str) -> dict | None:
        return self.by_pid.get(pid)

    # ---- the rest ----------------------------------------------------------------------------------------
    def write(self, p: dict, org_name: str, when: date) -> tuple[dict, dict]:
        rng, k = self.rng, self.k
        org = ORGS[org_name]
        mode = _pick(rng, org["modes"])
        if rng.random() < k.copy:
            mode = "copy"
        tags: list[str] = []
        rec: dict = {"source": org_name}
        idcheck = bool(org.get("idcheck")) and rng.random() < org["bsn"]
        self.names(p, org, mode, tags, rec)
        self.dates(p, org, mode, when, tags, rec, idcheck)
        if rng.random() < org["gender"]:
            g = p["sex"]
            if rng.random() < (0.03 if org_name == "buurtmelding" else 0.005):
                g = "f" if g == "m" else "m"
                tags.append("gender:wrong")
            rec["gender"] = g
        self.address(p, org, mode, when, tags, rec)
        self.phone(p, org_name, org, mode, tags, rec)
        # licence plate
        plate, ptag = None, None
        if p.get("crew_plate") and org_name in ("politie_mobiel", "buurtmelding", "wijkagent") and rng.random() < 0.6:
            plate = p["crew_plate"]
            if plate != p["plate"]:
                ptag = "plate:crew"
        elif p["plate"]:
            plate = p["plate"]
        elif self.hh_of[p["hh"]]["car"] and _age(p["birth"], REF) >= 18:
            plate = self.hh_of[p["hh"]]["car"]
            ptag = "plate:household"
        if plate and rng.random() < org["plate"] * (2.0 if org_name == "politie_mobiel" else 1.0):
            if ptag:
                tags.append(ptag)
            f = rng.random() / max(k.formats, 1e-9)
            if f < 0.35:
                plate = plate.replace("-", "").replace(" ", "")
            elif f < 0.45:
                plate = plate.replace("-", " ")
            if mode == "phone" and rng.random() < 0.4 * k.formats:
                plate = plate.lower()
            if org_name == "buurtmelding" and rng.random() < 0.12:
                plate = _thumb(rng, plate) if any(c.isalpha() for c in plate) else plate
                tags.append("plate:misread")
            rec["license_plate"] = plate
        # school
        if p["school"] and rng.random() < org["school"]:
            official, informal = p["school"]
            if rng.random() < org["school_inf"]:
                rec["school"] = rng.choice(informal)
                tags.append("school:informal")
            else:
                rec["school"] = official
        # BSN
        if org.get("idcheck"):
            write_bsn = idcheck and rng.random() < k.bsn
        else:
            write_bsn = rng.random() < org["bsn"] * k.bsn
        if p["bsn"] and write_bsn:
            b = p["bsn"]
            if _age(p["birth"], REF) < 18 and rng.random() < k.bsn_parent:
                parents = [self.pids(x) for x in p["rel"].get("child_of", [])]
                pb = next((x["bsn"] for x in parents if x and x["bsn"]), None)
                if pb:
                    b = pb
                    tags.append("bsn:parent")
            if rng.random() < k.bsn_typo * (1.5 if mode in ("phone", "copy") else 0.8):
                if rng.random() < 0.5:
                    b2 = _swap_digits(rng, b)
                else:
                    i = rng.randrange(9)
                    b2 = b[:i] + str((int(b[i]) + rng.randint(1, 9)) % 10) + b[i + 1 :]
                if b2 != b:
                    b = b2
                    tags.append("bsn:typo" if not _bsn_valid(b) else "bsn:typo_valid")
            if b.startswith("0") and rng.random() < 0.3:
                b = b[1:]
                tags.append("bsn:leading_zero_lost")
            elif rng.random() < 0.04 * k.formats:
                b = rng.choice([f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
                tags.append("bsn:format")
            rec["bsn"] = b
        # copying by hand skips a field now and then
        if mode == "copy" and rng.random() < 0.10:
            droppable = [f for f in ("phone", "postcode", "birth_date", "house_number", "city", "gender") if f in rec]
            if droppable:
                f = rng.choice(droppable)
                del rec[f]
                tags.append("copy:dropped_" + f)
        return rec, {"source": org_name, "mode": mode, "date": when.isoformat(), "tags": tags}


def _age_group(p: dict, when: date) -> str:
    a = _age(p["birth"], when)
    if p["role"] == "worker":
        return "worker"
    if a < 4:
        return "toddler"
    if a < 12:
        return "child"
    if a < 18:
        return "minor"
    if a <= 26:
        return "young"
    return "adult" if a < 66 else "elder"


def generate_detailed(n_persons: int = 20000, seed: int = 1, knobs: Knobs | None = None):
    """(records, truth, side); side = {"mentions": {id: {source, mode, date, tags}}, "persons": {pid: ...}}."""
    knobs = knobs or Knobs()
    rng = random.Random(seed)
    pop = _Pop(rng, knobs)
    persons = pop.build(n_persons)
    by_pid = {p["pid"]: p for p in persons}
    hh_of = {h["id"]: h for h in pop.households}
    # parents/relatives needed for phones/BSNs are looked up among all persons, not only the reported
    all_pid = {p["pid"]: p for p in pop.persons}
    w = _Writer(rng, knobs, all_pid, hh_of)
    out = []
    for p in persons:
        lam = (1.4 if p["focus"] else 0.75) * knobs.mentions
        n = (2 if p["focus"] else 1) + min(_poisson(rng, lam), 10)
        for _ in range(n):
            when = WINDOW_START + timedelta(days=rng.randrange(WINDOW_DAYS + 1))
            mix = ORG_MIX[_age_group(p, when)]
            mix = {o: w * (knobs.sparse if o in ("buurtmelding", "jongerenwerk") else 1.0) for o, w in mix.items()}
            org = _pick(rng, mix)
            rec, meta = w.write(p, org, when)
            out.append((rec, meta, p["pid"]))
    rng.shuffle(out)
    records, truth, side_m = [], {}, {}
    for i, (rec, meta, pid) in enumerate(out):
        mid = f"fl{i:06d}"
        records.append({"id": mid, **rec})
        truth[mid] = pid
        side_m[mid] = meta
    side = {"mentions": side_m, "persons": _person_side(persons, by_pid, hh_of)}
    return records, truth, side


def _person_side(persons: list[dict], by_pid: dict, hh_of: dict) -> dict:
    out = {}
    key: dict[tuple, list] = {}
    for p in persons:
        k = (_fold(p["call"]).lower(), _fold(p["surname"]).lower())
        key.setdefault(k, []).append(p["pid"])
    for p in persons:
        rel = {}
        for r, v in p["rel"].items():
            if isinstance(v, list):
                v = [x for x in v if x in by_pid]
                if v:
                    rel[r] = v
            elif v in by_pid:
                rel[r] = v
        hh = hh_of[p["hh"]]
        co = [m["pid"] for m in hh["members"] if m is not p and m["pid"] in by_pid]
        if hh["kind"] == "labour" and co:
            rel["coresident_of"] = co
        elif co:
            rel["household_of"] = co
        ns = [x for x in key[(_fold(p["call"]).lower(), _fold(p["surname"]).lower())] if x != p["pid"]]
        if ns:
            rel["namesake_of"] = ns[:20]
        a = hh["addr"]
        out[p["pid"]] = {
            "community": p["community"], "sex": p["sex"], "given": p["given"], "call": p["call"],
            "tussen": p["tussen"], "surname": p["surname"], "nicks": p["nicks"], "birth": p["birth"].isoformat(),
            "bsn": p["bsn"], "phone": p["phone"], "phone2": p["phone2"], "plate": p["plate"],
            "crew_plate": p.get("crew_plate"), "school": p["school"][0] if p["school"] else None,
            "address": f"{a['street']} {a['number']}{a['suffix']}, {a['postcode']} {a['city']}",
            "moved_to": (lambda b: f"{b['street']} {b['number']}{b['suffix']}, {b['postcode']} {b['city']}")(
                hh["new_addr"]) if "new_addr" in hh else None,
            "household": hh["id"], "household_kind": hh["kind"], "role": p["role"], "focus": p["focus"],
            "relations": rel,
        }
    return out


def generate(n_persons: int = 20000, seed: int = 1, knobs: Knobs | None = None):
    """(records, truth): mention dicts in the `doortastend link` input contract, mention id -> person id."""
    records, truth, _ = generate_detailed(n_persons, seed, knobs)
    return records, truth
