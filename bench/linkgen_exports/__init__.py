"""Messy-exports generator: synthetic Dutch persons of concern and the exports of the systems that mention them.

    from linkgen_exports import generate, generate_detailed, Knobs
    records, truth = generate(n_persons=20000, seed=1)           # mention dicts, mention id -> person id
    records, truth, side = generate_detailed(20000, 1, Knobs())  # side: noise steps per mention, true persons

Written from the `doortastend link` input contract alone, as an outside evaluator would (no knowledge of the
linker, the project's own generator or the other four generators beyond their module docstrings).
Deterministic per seed (``random.Random(seed)``), reference date 2026-06-30, no network, no Faker; names,
streets and places are compiled by hand in names.py.  20,000 persons generate in about 3 seconds.

The idea: every source is an *export from an information system* with its own quirks.  The data are not so
much mistyped as mis-shaped: written into the wrong field, filled with a system's placeholder, converted by
a spreadsheet or shifted by a time zone.  The habits below are chosen so as not to repeat what the other
generators already model (tussenvoegsel positions, initials, typing errors, day/month swaps, diacritics
folding, phone and postcode formats are present too, but only as background).

Population
  * Seven municipalities (Amsterdam, Haarlem, Eindhoven, Westland with six villages, Gouda, Lansingerland
    with three villages, Deventer), each with a street pool of 240-440 names drawn from one list (plain
    Kerkstraat-type names recur in every town; titled and ordinal names such as "Burgemeester de
    Withstraat", "Prinses Irenelaan", "Eerste Oosterparkstraat"), Zipf-like street popularity, a postcode per
    20 numbers, 20 % flat streets with floor suffixes (12-1 .. 12-4, 12-hs) and a few 12A / 12bis.
  * Communities per town (seed 1: Dutch 50 %, Polish 11 %, Moroccan 11 %, Turkish 9 %, Bulgarian 7 %,
    Surinamese Creole 5 %, Antillean 3 %, Hindustani 3 %, Javanese 1 %).  Households: families (two parents
    or a single mother, 1-5 children, 3 % twins, 7 % of Dutch/Moroccan/Turkish sons carry their father's
    first name), singles, elderly couples, and Polish/Bulgarian labour-migrant houses of 3-8 adults.  One
    focus person per household (a child of 12-25 if any, 10 % a second one); other members with
    probability ``coverage`` (twins of a reported twin 0.7, father of a reported junior 0.6).
  * Names: older Dutch people carry Latin official names and a roepnaam (Johannes Wilhelmus -> Jan-Willem),
    younger ones often a second given name; double names with a hyphen (Jan-Willem, Anne-Marie); 20 % of
    older Moroccan men are registered "Mohamed <name>"; Turkish double names (sometimes called by the second);
    Bulgarian names are held in Cyrillic with a patronymic for 40 %; Polish and Bulgarian surnames gendered;
    30 % of Javanese born before 1965 have one name only (the surname).  Surnames: a Zipf head plus long
    tails built from parts (Dutch, Moroccan particle + root, Turkish two-part names).  Street nicknames for
    55 % of persons aged 12-30 (clippings such as Mo, Kasia, Przemek, or aliases such as Flash, Goku).
  * First-generation Moroccan/Turkish/Bulgarian/Hindustani people born before 1975 have an unknown day and
    month (15 %).  BSN: valid (11-proef), unique, 10 % with a leading zero; 28 % of labour migrants and
    20 % of Polish/Bulgarian children have none.  Mobiles for 88 % from age 12, a household landline for
    25 % of families, plates for 30 % of adults, schools for ages 4-18, 12 % of households move.
  * Hub addresses (``hub`` = 1 % of persons): homeless shelters whose address doubles as the briefadres,
    care institutions and labour-migrant hotels (mostly Westland), each shared by many unrelated residents.

Mentions
  * Persons get 1..30 mentions: a power law with exponent 1.5 for focus persons of 12-27 (youths at risk),
    2.0 for other focus persons, 2.8 for other household members; 59 % appear once.  At 20,000 persons:
    about 55,000 mentions (2.8 per person, at most 30), a BSN in 36 % of them.  Mention dates
    2024-01..2026-06 decide age and address (before/after a move).  A repeat mention by the same
    organisation is a copy of its earlier record with probability ``copy`` (errors and stale addresses
    persist).  Which organisation writes depends on the person (child, youth, young adult, adult, elderly,
    labour migrant, hub resident; see MIX).
  * The systems and their quirks (rates in SOURCES, scaled by Knobs.quirks / placeholder):
      gemeente          BRP-fed case system: BSN 80 %, all official given names, "voornamen + voorvoegsel"
                        exported as one column ("Jan van" / "Dijk"), city as municipality for villages.
      politie           upper-case exports (30 %), "Amrani, Mohamed el" or "Monsels, Grakia" in last_name
                        with first_name empty, "VAN DER WAL J.A." (surname + initials) in last_name, the
                        alias in brackets ("Mohamed (Mo)"), NN / N.N. for unknown names, plates.
      school            two vendors: roepnaam, the school's switchboard number as a pupil's phone (8 %), a
                        parent's phone with a note ("06.. (oma)"), the onderwijsnummer (9 digits, 11-proef
                        remainder 5: not a valid BSN) in the bsn field for pupils without one, postcode and
                        town in one column ("5632CE Eindhoven"), UTF-8 read as cp1252 ("SÃ¼leyman").
      jeugdzorg         the care office's switchboard as contact phone (12 %), "Surname, Given el", the whole
                        address in the street field ("Zilverstr. 2, 1099VP Amsterdam"), 1970-01-01 (Unix
                        epoch) for an empty birth date, '?' for characters outside Latin-1, placeholders.
      zorg (GGD / GP)   birth dates shifted one day back by a UTC conversion (25 %), the full name in
                        first_name with last_name empty ("FRANS VAN DER HOUTMANS"), initials "J.W." / "JW" /
                        "J W" / "J.W" / "J. W.", "Kerkstraat 12" + house_number "A" (an export that split the
                        address on its last space), 1900-01-01 for a year-only birth date, BSN "1234.56.789",
                        Turkish-locale upper case (EMİNE) now and then, characters outside Latin-1 dropped.
      woningcorporatie  no BSN; "Dhr. J.W." / "Mevr. S." in first_name, household records "Fam. El Amrani",
                        1900-01-01 as the default birth date, two numbers in the phone field ("06.. / 0570.."),
                        house numbers as 12-II / 12 II / 12/2 / 12 2 hoog / 12-2hg / 12 2e, placeholder phones.
      arbeidsinspectie  passport scans: the machine-readable zone in last_name ("KOWALSKI<<JAN<PIOTR"), ICAO
                        transliteration (NIKOLAI, IORDAN), upper case, a dummy BSN 123456782 (valid under the
                        11-proef) for some workers without a BSN, 1900-01-01 for unknown dates, ONBEKEND / x.
      wijkteam          spreadsheets: BSN as a pandas float ("123456782.0") or an integer without its leading
                        zero, Excel's day zero 1899-12-30 for empty dates, "-" / "n.v.t." / "x" cells, day and
                        month swapped, the dummy BSN 111222333 now and then, "Fam. ..." records.
      buurtbewoner      residents' app (5 % of mentions): nickname or first name, an age guess (sd 1.5 years
                        under 25, 4 above, adults often rounded to 5), a street (sometimes with the number in
                        it), '?' / '-' / onbekend as the surname; hub residents are reported where they hang out.
  * Transliteration per system: Arabic given names (Mohamed/Mohammed/Muhammad/Mhamed, Abdelkader/Abdel
    Kader/Abdul Qadir, Youssef/Yussuf/Joesoef, Khadija/Chadia) and surnames (Amrani/Emrani, Bouzid/Bouzit),
    the Moroccan particle lower-cased, glued, hyphenated or dropped (El Amrani, el Amrani, Elamrani,
    El-Amrani, Amrani); Bulgarian Cyrillic in five systems: official (Hristo Georgiev, Zhivko), ICAO
    (IORDAN, NIKOLAI), German (Christo, Schiwko, Georgiew), French (Khristo, Jivko, Gueorguiev) and Dutch ear
    (Christo, Zjivko, Stojanov); Hindustani/Javanese Dutch colonial vs English spelling (Soekhoe/Sukhu,
    Radjesh/Rajesh); Turkish and Polish letters kept, stripped (Gül -> Gul), dropped (Yıldız -> YLDZ after
    upper case), replaced by '?' (Gülbaş -> Gülba?) or mojibake (GÃ¼l).
  * Address forms: abbreviated titles and ordinals (Burg. / Bgm. de Withstraat, Pr. Irenelaan, 1e / 1ste
    Oosterparkstraat, St. Jansstraat) and suffixes (str., ln., wg.), village vs municipality ('s-Gravenzande
    / Westland, also s-Gravenzande, 'S-GRAVENZANDE), postcode forms, stale addresses after a move.
  * Background noise: typing errors (keyboard, drop, double, swap, Dutch phonetic) at 1-8 % of name fields
    per source, a year off in 1 % of dates, BSN typos (fail the 11-proef), 0.4 % wrong gender, 2 % of
    Polish women written with the male surname form.

Calibration (Knobs defaults, 20,000 persons; bench/linkgen_exports/run.py, pairwise F1):
  seed 1: 55,093 mentions; BSN-only 0.227 (P 0.988 R 0.128), plain Splink 0.837 (P 0.835 R 0.840)
  seed 2: 56,539 mentions; BSN-only 0.222 (P 0.986 R 0.125), plain Splink 0.748 (P 0.675 R 0.838)
Plain Splink is unstable on seed 2: one chained cluster of 325 mentions of 41 persons, glued together by a
school's switchboard number written as the phone of many pupils (Splink compares the phone exactly), holds
about 50,000 of its 87,000 false pairs.  A calibration run of seed 2 just before three small changes
(noise-step bookkeeping, the place of the bracketed alias, a 29 February fix) gave 0.836, so the figure
moves with the random draws.  The knobs moved to get there: Knobs.bsn 1.0 -> 0.66, quirks 1.0 -> 0.7,
placeholder 1.0 -> 0.6, hub 0.025 -> 0.01, resident 1.0 -> 0.6; names flattened (Zipf 0.4 for given names,
0.3-0.4 for surnames, long tails) after plain Splink merged many "Fatima El Amrani"s and "Naomi de Vries"es.
The project's CLI at the same settings: 0.973 (P 0.995 R 0.953, 18 s) on seed 1 and 0.971 (P 0.992
R 0.950, 18 s) on seed 2; analyse.py lists which noise steps it splits and merges.

Side data: ``side["mentions"][id] = {"person", "source", "date", "noise": [step, ...]}`` (a copied dossier
record carries its original's steps plus "dossier_copy"), ``side["persons"][pid]`` = true values (names in
the BRP form, Bulgarian also in official Latin), ``side["hubs"]`` and ``side["knobs"]``.
"""

from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from . import names as N

REF = date(2026, 6, 30)
START = date(2024, 1, 1)


@dataclass
class Knobs:
    bsn: float = 0.66  # scale on every source's BSN rate
    quirks: float = 0.7  # scale on the system-export quirks (misplacement, transliteration, address forms)
    placeholder: float = 0.6  # scale on placeholders written for unknown values
    typo: float = 1.0  # scale on typing errors
    hub: float = 0.01  # share of persons living at (or registered at) a hub address
    switchboard: float = 1.0  # scale on an office switchboard number written as a person's phone
    dummy_bsn: float = 1.0  # scale on a dummy (11-proef valid) BSN written by careless systems
    coverage: float = 0.1  # chance that a household member other than the focus person is mentioned
    focus_exp: float = 1.5  # power-law exponent of the mention count of youths at risk (12-25)
    other_focus_exp: float = 2.0  # ... of the other focus persons
    member_exp: float = 2.8  # ... of the other household members
    resident: float = 0.6  # weight of residents' reports (buurtbewoner)
    movers: float = 0.12  # share of households that moved during the period
    copy: float = 0.3  # chance a repeat mention by a source is a copy of its earlier record


# --------------------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------------------


class _Zipf:
    """Draw from a sequence with weights 1/(rank+1)**s."""

    def __init__(self, seq, s=1.0):
        self.seq = list(seq)
        self.cum = list(itertools.accumulate(1.0 / (i + 1) ** s for i in range(len(self.seq))))

    def __call__(self, rng):
        return self.seq[bisect.bisect_left(self.cum, rng.random() * self.cum[-1])]


def _pick(rng, weights: dict):
    r = rng.random() * sum(weights.values())
    for k, w in weights.items():
        r -= w
        if r < 0:
            return k
    return k


def _bsn_ok(digits: str, rest: int = 0) -> bool:
    s = sum((9 - i) * int(d) for i, d in enumerate(digits[:8])) - int(digits[8])
    return s % 11 == rest


def _elf(rng, used: set, rest: int = 0, prefix: str = "") -> str:
    while True:
        body = prefix + "".join(str(rng.randrange(10)) for _ in range(8 - len(prefix)))
        s = sum((9 - i) * int(d) for i, d in enumerate(body))
        last = (s - rest) % 11
        if last == 10:
            continue
        v = body + str(last)
        if v not in used and v != "000000000":
            used.add(v)
            return v


DUMMY_BSNS = ("123456782", "111222333")
MOJIBAKE_OK = "cp1252"

_FOLD = str.maketrans({
    "ş": "s", "Ş": "S", "ç": "c", "Ç": "C", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I", "ö": "o", "Ö": "O",
    "ü": "u", "Ü": "U", "ł": "l", "Ł": "L", "ż": "z", "Ż": "Z", "ź": "z", "Ź": "Z", "ś": "s", "Ś": "S",
    "ć": "c", "Ć": "C", "ń": "n", "Ń": "N", "ą": "a", "Ą": "A", "ę": "e", "Ę": "E", "ó": "o", "Ó": "O",
    "é": "e", "É": "E", "ë": "e", "ï": "i", "è": "e", "á": "a", "à": "a", "â": "a",
})


def _letters(s: str, mode: str) -> str:
    if mode == "keep" or s.isascii():
        return s
    if mode == "strip":
        return s.translate(_FOLD)
    if mode == "drop":  # the export silently drops characters outside its code page (Latin-1)
        return "".join(c for c in s if ord(c) < 256)
    if mode == "q":  # ... or writes a question mark for them
        return "".join(c if ord(c) < 256 else "?" for c in s)
    if mode == "mojibake":  # UTF-8 bytes read as Windows-1252
        return s.encode("utf-8").decode(MOJIBAKE_OK, errors="replace")
    return s


def _bg(s: str, system: str) -> str:
    table = N.BG_TRANSLIT[system]
    out = []
    for i, c in enumerate(s):
        lc = c.lower()
        if lc not in table:
            out.append(c)
            continue
        t = table[lc]
        if system == "french" and lc == "г" and i + 1 < len(s) and s[i + 1].lower() in "еи":
            t = "gu"
        if system == "official" and s.lower().endswith("ия") and i == len(s) - 1:
            t = "a"  # -ия at the end is -ia
        if c.isupper():
            t = t[:1].upper() + t[1:]
        out.append(t)
    r = "".join(out)
    if system == "icao":
        r = r.upper()
    return r


def _surinamese_en(s: str) -> str:
    for a, b in N.SURINAMESE_EN:
        s = s.replace(a, b).replace(a.capitalize(), b.capitalize())
    return s


_KEYB = "qwertyuiop asdfghjkl zxcvbnm"


def _typo(rng, s: str) -> tuple[str, str]:
    if len(s) < 3:
        return s, ""
    i = rng.randrange(1, len(s))
    kind = rng.choice(["drop", "double", "swap", "key", "phon"])
    if kind == "drop":
        return s[:i] + s[i + 1 :], "drop"
    if kind == "double":
        return s[:i] + s[i] + s[i:], "double"
    if kind == "swap" and i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :], "swap"
    if kind == "phon":
        for a, b in (("ij", "y"), ("ei", "ij"), ("ou", "au"), ("ch", "g"), ("c", "k"), ("dt", "t"), ("ie", "i")):
            if a in s:
                return s.replace(a, b, 1), "phonetic"
    c = s[i].lower()
    j = _KEYB.find(c)
    if j < 0:
        return s, ""
    n = _KEYB[j + rng.choice((-1, 1))] if 0 < j < len(_KEYB) - 1 else c
    if n == " ":
        return s, ""
    return s[:i] + (n.upper() if s[i].isupper() else n) + s[i + 1 :], "keyboard"


def _initials(tokens: list[str], style: str) -> str:
    letters = []
    for t in tokens:
        for part in t.replace("-", " ").split():
            letters.append(part[0].upper())
    if style == "J.W.":
        return "".join(x + "." for x in letters)
    if style == "JW":
        return "".join(letters)
    if style == "J W":
        return " ".join(letters)
    if style == "J.W":
        return ".".join(letters)
    return " ".join(x + "." for x in letters)  # "J. W."


def _age(bd: date, on: date) -> int:
    return on.year - bd.year - ((on.month, on.day) < (bd.month, bd.day))


def _rand_date(rng, a: date, b: date) -> date:
    return a + timedelta(days=rng.randrange((b - a).days + 1))


# --------------------------------------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------------------------------------


def _street_candidates() -> list[str]:
    out = list(N.STREET_PLAIN)
    for nm in N.STREET_PEOPLE + N.STREET_THINGS:
        for suf in N.STREET_SUFFIX[2:]:
            out.append(nm + suf)
        out.append(nm + "straat")
    for title, nms in N.STREET_TITLED:
        for nm in nms:
            low = nm
            for part in ("De ", "Van der ", "Van ", "Den "):
                if nm.startswith(part):
                    low = part.lower() + nm[len(part) :]
            for suf in ("straat", "laan", "weg", "plein"):
                out.append(f"{title} {low}{suf}")
    return list(dict.fromkeys(out))


class _Town:
    def __init__(self, rng, muni, spec, hubs):
        villages, (pc_lo, pc_hi), area, share, comm = spec
        self.muni, self.area, self.share, self.comm = muni, area, share, comm
        self.villages = villages
        cands = _street_candidates()
        n = int(140 + 1100 * share)
        common = rng.sample(N.STREET_PLAIN, 12)
        rest = [c for c in cands if c not in common]
        rng.shuffle(rest)
        streets = common + rest[: n - len(common)]
        for h in hubs:
            if h[2] not in streets:
                streets.append(h[2])
        rng.shuffle(streets)
        self.streets = []  # (name, village, max_number, flat, postcode blocks)
        used_pc = set()
        for s in streets:
            village = _pick(rng, dict(villages))
            maxn = rng.choice([12, 24, 40, 60, 90, 140])
            flat = rng.random() < 0.2
            blocks = []
            for _ in range(maxn // 20 + 1):
                while True:
                    pc = f"{rng.randint(pc_lo, pc_hi)}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}"
                    if pc not in used_pc:
                        used_pc.add(pc)
                        break
                blocks.append(pc)
            self.streets.append((s, village, maxn, flat, blocks))
        self.street_idx = {s[0]: i for i, s in enumerate(self.streets)}
        self.pick_street = _Zipf(range(len(self.streets)), 0.6)
        kinds = N.SCHOOL_PRIMARY_KIND
        prim = rng.sample(N.SCHOOL_PRIMARY, min(len(N.SCHOOL_PRIMARY), int(6 + 40 * share)))
        sec = rng.sample(N.SCHOOL_SECONDARY, int(3 + 20 * share))
        self.primary = [(f"{rng.choice(kinds)} {p}", self._landline(rng)) for p in prim]
        self.secondary = [(s, self._landline(rng)) for s in sec]
        self.office = {src: self._landline(rng) for src in ("jeugdzorg", "zorg", "wijkteam")}

    def _landline(self, rng):
        return self.area + "".join(str(rng.randrange(10)) for _ in range(10 - len(self.area)))

    def address(self, rng, used: set, street_i=None):
        for _ in range(50):
            i = self.pick_street(rng) if street_i is None else street_i
            s, village, maxn, flat, blocks = self.streets[i]
            num = rng.randint(1, maxn)
            suffix = ""
            if flat:
                suffix = rng.choice(["", "1", "2", "3", "4", "hs"]) if rng.random() < 0.8 else rng.choice("ABC")
            elif rng.random() < 0.08:
                suffix = rng.choice(["A", "B", "bis"])
            key = (self.muni, s, num, suffix)
            if key in used and street_i is None:
                continue
            used.add(key)
            return {"muni": self.muni, "village": village, "street": s, "num": num, "suffix": suffix,
                    "pc": blocks[(num - 1) // 20]}
        return None


# --------------------------------------------------------------------------------------------------------
# sources: which fields an export carries and how it writes them (rates before Knobs)
# --------------------------------------------------------------------------------------------------------

_BASE = dict(
    bsn=0.0, bd=0.9, gender=0.8, first=0.97, last=0.97, street=0.8, hn=0.75, pc=0.65, city=0.8, phone=0.5,
    plate=0.0, school=0.0, nick=0.0, age_est=0.0,
    first_form={"first": 0.5, "roep": 0.5}, initials_style={"J.W.": 0.4, "JW": 0.2, "J W": 0.15, "J.W": 0.1, "J. W.": 0.15},
    upper=0.0, upper_tr=0.0, tv_in_first=0.0, last_comma=0.0, full_in_first=0.0, caps_init=0.0, mrz=0.0,
    paren_nick=0.0, salutation=0.0, fam=0.0, dbl_variant=0.2, translit=0.3, sur_en=0.1, particle=0.15,
    bg={"official": 0.6, "dutch": 0.4}, letters={"keep": 0.7, "strip": 0.3},
    placeholder=0.0, ph_vocab=["onbekend"], typo=0.03,
    street_abbrev=0.2, addr_in_street=0.05, addr_one=0.0, hn_split=0.0, hn_form=0.3, pc_in_city=0.0,
    pc_format=0.3, city_muni=0.3, lag=0.1,
    bd_year={"0101": 0.8, "0701": 0.2}, bd_dummy=None, bd_dummy_rate=0.0, bd_utc=0.0, bd_swap=0.0,
    bsn_float=0.0, bsn_int=0.0, bsn_dots=0.0, bsn_dummy=0.0, bsn_dummy_value="123456782", onderwijsnr=0.0,
    switchboard=0.0, phone_two=0.0, phone_note=0.0, phone_placeholder=0.0, parent_phone=0.5,
    phone_format=0.25,
)


def _src(**kw):
    d = dict(_BASE)
    d.update(kw)
    return d


SOURCES = {
    # municipal case system fed from the BRP: official names, "voornamen + voorvoegsel" glued in one column
    "gemeente": _src(
        bsn=0.8, bd=0.97, gender=0.95, first=0.99, last=0.99, street=0.95, hn=0.95, pc=0.85, city=0.95,
        phone=0.4, school=0.2, first_form={"all": 0.45, "first": 0.35, "roep": 0.2},
        upper=0.04, tv_in_first=0.12, translit=0.04, sur_en=0.02, particle=0.05,
        bg={"official": 0.85, "icao": 0.15}, letters={"keep": 0.9, "strip": 0.1},
        placeholder=0.05, ph_vocab=["onbekend", "Onbekend"], typo=0.01, street_abbrev=0.05,
        addr_in_street=0.02, city_muni=0.6, lag=0.02, bd_year={"0101": 0.8, "0701": 0.2}, parent_phone=0.3,
    ),
    # police registration system export: upper case, "SURNAME, Given el", surname + initials, alias in brackets
    "politie": _src(
        bsn=0.5, bd=0.9, gender=0.95, first=0.97, last=0.97, street=0.8, hn=0.75, pc=0.5, city=0.85,
        phone=0.5, plate=0.5, school=0.05, nick=0.35, age_est=0.7,
        first_form={"all": 0.3, "first": 0.3, "roep": 0.4},
        upper=0.3, last_comma=0.06, caps_init=0.05, paren_nick=0.25, translit=0.35, sur_en=0.2,
        bg={"dutch": 0.4, "official": 0.4, "german": 0.2}, letters={"keep": 0.5, "strip": 0.5},
        placeholder=0.2, ph_vocab=["NN", "N.N.", "onbekend"], typo=0.04, street_abbrev=0.25,
        addr_in_street=0.1, city_muni=0.4, lag=0.2, bd_year={"0101": 0.9, "0701": 0.1}, parent_phone=0.2,
    ),
    # pupil administration (two vendors): roepnaam, switchboard number, onderwijsnummer, "1234AB Town"
    "school": _src(
        bsn=0.45, bd=0.97, gender=0.8, first=0.99, last=0.99, street=0.7, hn=0.7, pc=0.7, city=0.75,
        phone=0.8, school=1.0, first_form={"roep": 0.9, "first": 0.1}, dbl_variant=0.4,
        tv_in_first=0.06, translit=0.25, letters={"keep": 0.6, "strip": 0.3, "mojibake": 0.1},
        typo=0.03, street_abbrev=0.2, pc_in_city=0.2, lag=0.3, onderwijsnr=0.8,
        switchboard=0.08, phone_note=0.08, parent_phone=0.85,
    ),
    # youth care: office number as contact phone, "Amrani, Mohamed el", 1970-01-01 for an empty date
    "jeugdzorg": _src(
        bsn=0.75, bd=0.92, gender=0.9, first=0.97, last=0.97, street=0.75, hn=0.7, pc=0.6, city=0.8,
        phone=0.6, school=0.3, nick=0.2, first_form={"roep": 0.6, "first": 0.3, "all": 0.1},
        last_comma=0.05, paren_nick=0.15, translit=0.3,
        letters={"keep": 0.7, "strip": 0.2, "q": 0.1}, placeholder=0.3, ph_vocab=["onbekend", "Onbekend", "?"],
        typo=0.04, addr_one=0.05, pc_in_city=0.08, city_muni=0.5, lag=0.1,
        bd_dummy="1970-01-01", bd_dummy_rate=0.3, bd_utc=0.1, bsn_float=0.05,
        switchboard=0.12, phone_note=0.05, parent_phone=0.5,
    ),
    # GGD / GP information system: full name in the first-name field, UTC-shifted dates, initials
    "zorg": _src(
        bsn=0.75, bd=0.95, gender=0.9, first=0.95, last=0.96, street=0.75, hn=0.75, pc=0.7, city=0.8,
        phone=0.6, first_form={"first": 0.45, "roep": 0.25, "initials": 0.15, "all": 0.15}, dbl_variant=0.3,
        upper=0.05, upper_tr=0.02, tv_in_first=0.05, full_in_first=0.06, translit=0.3, sur_en=0.15,
        bg={"official": 0.5, "french": 0.2, "dutch": 0.3}, letters={"keep": 0.6, "strip": 0.3, "drop": 0.1},
        placeholder=0.15, ph_vocab=["Onbekend", "NN"], typo=0.03, street_abbrev=0.3, addr_in_street=0.1,
        hn_split=0.3, city_muni=0.3, lag=0.25, bd_year={"0101": 0.5, "0701": 0.2, "1900": 0.3},
        bd_utc=0.25, bsn_dots=0.1, switchboard=0.04, parent_phone=0.4,
    ),
    # housing corporation tenant file: "Dhr. J.W.", "Fam. El Amrani", two phone numbers, no BSN
    "woningcorporatie": _src(
        bsn=0.0, bd=0.3, gender=0.6, first=0.9, last=0.98, street=1.0, hn=1.0, pc=0.95, city=0.95,
        phone=0.75, first_form={"initials": 0.6, "first": 0.25, "roep": 0.15},
        salutation=0.2, fam=0.05, translit=0.3, letters={"keep": 0.4, "strip": 0.4, "q": 0.2},
        bg={"official": 0.5, "german": 0.3, "dutch": 0.2},
        placeholder=0.1, ph_vocab=["-", "onbekend"], typo=0.04, street_abbrev=0.15, hn_form=0.6, lag=0.05,
        bd_dummy="1900-01-01", bd_dummy_rate=0.35, phone_two=0.12, phone_placeholder=0.02, parent_phone=0.0,
    ),
    # labour inspection: passport scans (MRZ, ICAO transliteration), upper case, dummy BSN and date
    "arbeidsinspectie": _src(
        bsn=0.55, bd=0.85, gender=0.8, first=0.95, last=0.95, street=0.75, hn=0.65, pc=0.4, city=0.8,
        phone=0.5, plate=0.1, first_form={"all": 0.6, "first": 0.4},
        upper=0.45, upper_tr=0.02, caps_init=0.06, mrz=0.08, translit=0.4,
        bg={"icao": 0.4, "german": 0.25, "french": 0.15, "official": 0.2},
        letters={"keep": 0.3, "strip": 0.5, "drop": 0.1, "mojibake": 0.1},
        placeholder=0.3, ph_vocab=["ONBEKEND", "onbekend", "x"], typo=0.06, street_abbrev=0.3,
        addr_one=0.1, pc_in_city=0.1, city_muni=0.2, bd_year={"0101": 0.6, "1900": 0.4},
        bd_dummy="1900-01-01", bd_dummy_rate=0.3, bsn_dummy=0.04, bsn_dummy_value="123456782",
        parent_phone=0.0,
    ),
    # social district team spreadsheets: pandas float BSNs, "-"/"n.v.t." cells, Excel day zero
    "wijkteam": _src(
        bsn=0.6, bd=0.85, gender=0.7, first=0.95, last=0.92, street=0.8, hn=0.75, pc=0.6, city=0.7,
        phone=0.7, nick=0.1, first_form={"roep": 0.6, "first": 0.3, "initials": 0.1},
        full_in_first=0.04, salutation=0.03, fam=0.02, translit=0.3,
        letters={"keep": 0.7, "strip": 0.2, "mojibake": 0.1}, placeholder=0.4, ph_vocab=["-", "n.v.t.", "x"],
        typo=0.05, street_abbrev=0.2, addr_in_street=0.1, addr_one=0.06, lag=0.1,
        bd_dummy="1899-12-30", bd_dummy_rate=0.5, bd_swap=0.04, bsn_float=0.15, bsn_int=0.3,
        bsn_dummy=0.05, bsn_dummy_value="111222333", phone_two=0.06, phone_placeholder=0.03, parent_phone=0.3,
    ),
    # residents' reports (meldpunt app): nickname or first name, age guess, a street
    "buurtbewoner": _src(
        bsn=0.0, bd=0.0, age_est=0.8, gender=0.6, first=0.9, last=0.15, street=0.85, hn=0.2, pc=0.0,
        city=0.5, phone=0.05, plate=0.05, nick=0.0, first_form={"nick": 0.55, "roep": 0.45},
        translit=0.5, sur_en=0.3, bg={"dutch": 1.0}, letters={"keep": 0.3, "strip": 0.7},
        placeholder=0.2, ph_vocab=["?", "onbekend", "-"], typo=0.08, street_abbrev=0.4, addr_in_street=0.3,
        lag=0.3, parent_phone=0.0,
    ),
}

MIX = {
    "child": {"school": 40, "jeugdzorg": 25, "zorg": 20, "gemeente": 15},
    "youth": {"politie": 25, "school": 20, "jeugdzorg": 18, "gemeente": 8, "zorg": 8, "wijkteam": 6,
              "buurtbewoner": 10},
    "young": {"politie": 28, "jeugdzorg": 6, "gemeente": 14, "zorg": 10, "wijkteam": 12, "woningcorporatie": 6,
              "buurtbewoner": 12, "arbeidsinspectie": 3},
    "adult": {"gemeente": 20, "woningcorporatie": 22, "wijkteam": 20, "zorg": 18, "politie": 12,
              "buurtbewoner": 6, "arbeidsinspectie": 2},
    "elderly": {"zorg": 35, "wijkteam": 30, "woningcorporatie": 20, "gemeente": 10, "buurtbewoner": 5},
    "migrant": {"arbeidsinspectie": 35, "gemeente": 15, "politie": 15, "zorg": 12, "woningcorporatie": 10,
                "buurtbewoner": 8, "wijkteam": 5},
    "hub": {"gemeente": 20, "politie": 25, "zorg": 20, "wijkteam": 20, "jeugdzorg": 5, "buurtbewoner": 8},
}


# --------------------------------------------------------------------------------------------------------
# population
# --------------------------------------------------------------------------------------------------------


class _Pop:
    def __init__(self, rng, knobs):
        self.rng, self.k = rng, knobs
        self.used_bsn, self.used_phone, self.used_addr = set(), set(), set()
        hubs_by_town = {}
        for h in N.HUBS:
            hubs_by_town.setdefault(h[0], []).append(h)
        self.towns = {m: _Town(rng, m, spec, hubs_by_town.get(m, [])) for m, spec in N.TOWNS.items()}
        self.town_pick = {m: t.share for m, t in self.towns.items()}
        self.hubs = []
        for i, (m, kind, street, num, suffix) in enumerate(N.HUBS):
            t = self.towns[m]
            s = t.streets[t.street_idx[street]]
            addr = {"muni": m, "village": s[1], "street": street, "num": int(num), "suffix": suffix,
                    "pc": s[4][(int(num) - 1) // 20 if (int(num) - 1) // 20 < len(s[4]) else 0]}
            self.hubs.append({"id": i, "kind": kind, "addr": addr})
        self.given = {c: (_Zipf(m, 0.4), _Zipf(f, 0.4)) for c, (m, f) in N.GIVEN.items()}
        self.sn = {c: _Zipf(v, 0.4) for c, v in N.SURNAMES.items()}
        self.dutch_sn = _Zipf(N.DUTCH_SN, 0.3)
        self.polish_sn = _Zipf(N.POLISH_SN, 0.4)
        self.persons: list[dict] = []

    # --- names ---
    def surname(self, comm):
        rng = self.rng
        if comm == "dutch":
            if rng.random() < 0.6:
                return rng.choice(N.DUTCH_SN_TV), rng.choice(N.DUTCH_SN_HEAD) + rng.choice(N.DUTCH_SN_TAIL)
            return self.dutch_sn(rng)
        if comm == "moroccan":
            if rng.random() < 0.5:
                return rng.choice(N.MOROCCAN_PARTICLES), rng.choice(N.MOROCCAN_ROOTS)
            return self.sn[comm](rng)
        if comm == "turkish" and rng.random() < 0.4:
            return "", rng.choice(N.TURKISH_HEAD) + rng.choice(N.TURKISH_TAIL)
        if comm == "polish":
            return ("", self.polish_sn(rng))  # (male, female) pair kept as a tuple in core
        return ("", self.sn[comm](rng))

    def given_names(self, comm, sex, born: int):
        rng = self.rng
        gm, gf = self.given[comm]
        pick = gm if sex == "m" else gf
        if comm == "dutch" and born < 1975:
            off, roep = rng.choice(N.DUTCH_OLD_M if sex == "m" else N.DUTCH_OLD_F)
            given = off.split()
            if len(given) == 1 and rng.random() < 0.5:
                given.append(rng.choice(N.DUTCH_OLD_M if sex == "m" else N.DUTCH_OLD_F)[0].split()[0])
            return given, roep
        if comm == "javanese" and born < 1965 and rng.random() < 0.3:
            return [], None  # one name only: it is the surname
        first = pick(rng)
        given = [first]
        roep = first
        if comm == "moroccan" and sex == "m" and born < 1995 and rng.random() < 0.2 and first != "Mohamed":
            given = ["Mohamed", first]
        elif comm == "turkish" and rng.random() < 0.15:
            second = pick(rng)
            if second != first:
                given.append(second)
                if rng.random() < 0.3:
                    roep = second
        elif comm in ("dutch", "polish", "creole", "antillean") and rng.random() < 0.4:
            extra = rng.choice(N.DUTCH_OLD_M if sex == "m" else N.DUTCH_OLD_F)[0].split()[0]
            if comm != "dutch":
                extra = pick(rng)
            if extra != first:
                given.append(extra)
        return given, roep

    def nickname(self, p):
        rng = self.rng
        roep = p["roep"] or p["sn"]
        r = rng.random()
        if roep in N.NICK_CLIP and r < 0.6:
            return rng.choice(N.NICK_CLIP[roep])
        if r < 0.8 and len(roep) > 4:
            return roep[: rng.choice((3, 4))]
        return rng.choice(N.NICK_ALIAS)

    def mobile(self):
        while True:
            v = "06" + "".join(str(self.rng.randrange(10)) for _ in range(8))
            if v not in self.used_phone:
                self.used_phone.add(v)
                return v

    def plate(self):
        rng = self.rng
        L = "BDFGHJKLNPRSTVXZ"
        style = rng.randrange(3)
        if style == 0:
            return f"{rng.choice(L)}{rng.choice(L)}-{rng.randrange(100, 999)}-{rng.choice(L)}"
        if style == 1:
            return f"{rng.randrange(1, 9)}-{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}-{rng.randrange(10, 99)}"
        return f"{rng.choice(L)}-{rng.randrange(100, 999)}-{rng.choice(L)}{rng.choice(L)}"

    def person(self, hh, comm, sex, bd, surname, role, addr, town, father=None):
        rng = self.rng
        given, roep = self.given_names(comm, sex, bd.year)
        tv, core = surname
        if comm == "polish":
            core = core[0] if sex == "m" else core[1]
        elif comm == "bulgarian" and sex == "f" and (core.endswith("ов") or core.endswith("ев")):
            core = core + "а"
        if comm == "bulgarian" and given and rng.random() < 0.4 and father is not None:
            fg = father["given"][0] if father["given"] else "Иван"
            pat = fg.rstrip("йаиоъ") + ("ев" if fg[-1] in "йи" else "ов") + ("а" if sex == "f" else "")
            given = given + [pat]
        p = {
            "pid": f"P{len(self.persons):06d}", "household": hh, "community": comm, "sex": sex,
            "given": given, "roep": roep, "tv": tv, "sn": core, "nick": None,
            "bd": bd.isoformat(), "bd_year_only": False, "bsn": None, "addr": addr, "prev_addr": None,
            "move": None, "phone": None, "landline": None, "parent_phone": None, "parent": None,
            "plate": None, "school": None, "hub": None, "role": role, "focus": False, "town": town,
            "twin_of": None, "junior_of": None,
        }
        if roep is None:
            p["roep"] = None
        age = _age(bd, REF)
        migrant1 = comm in ("moroccan", "turkish", "bulgarian", "hindustani") and bd.year < 1975
        if migrant1 and rng.random() < 0.15:
            p["bd_year_only"] = True
        if role == "labour":
            p["bsn"] = _elf(rng, self.used_bsn) if rng.random() < 0.72 else None
        elif comm in ("polish", "bulgarian") and age < 18 and rng.random() < 0.2:
            p["bsn"] = None  # newly arrived children
        else:
            p["bsn"] = _elf(rng, self.used_bsn, prefix="0" if rng.random() < 0.1 else "")
        if age >= 12 and rng.random() < 0.88:
            p["phone"] = self.mobile()
        if 20 <= age <= 75 and rng.random() < 0.3:
            p["plate"] = self.plate()
        if 12 <= age <= 30 and rng.random() < 0.55:
            p["nick"] = self.nickname(p)
        self.persons.append(p)
        return p

    def birth(self, lo_age, hi_age):
        return _rand_date(self.rng, REF - timedelta(days=int(365.25 * (hi_age + 1)) - 1),
                          REF - timedelta(days=int(365.25 * lo_age)))


def _household(pop: _Pop, hh: str):
    rng = pop.rng
    town = pop.towns[_pick(rng, pop.town_pick)]
    comm = _pick(rng, town.comm)
    addr = town.address(rng, pop.used_addr)
    t = rng.random()
    members = []
    if comm in ("polish", "bulgarian"):
        kind = "labour" if t < 0.45 else "family" if t < 0.75 else "single"
    elif comm in ("moroccan", "turkish", "hindustani"):
        kind = "family" if t < 0.62 else "single_parent" if t < 0.74 else "single" if t < 0.9 else "elderly"
    elif comm in ("creole", "antillean"):
        kind = "single_parent" if t < 0.35 else "family" if t < 0.6 else "single" if t < 0.88 else "elderly"
    else:
        kind = "family" if t < 0.42 else "single_parent" if t < 0.57 else "single" if t < 0.83 else "elderly"
    tw = town.muni
    if kind == "labour":
        n = rng.randint(3, 8)
        for _ in range(n):
            members.append(pop.person(hh, comm, rng.choice("mmmf"), pop.birth(19, 55), pop.surname(comm),
                                      "labour", addr, tw))
        if n >= 4 and rng.random() < 0.3:  # brothers / a couple sharing a surname
            members[1]["sn"] = members[0]["sn"] if members[1]["sex"] == members[0]["sex"] else members[1]["sn"]
        for m in members:
            m["focus"] = rng.random() < 0.35
        if not any(m["focus"] for m in members):
            members[0]["focus"] = True
        return members, kind, town
    if kind == "single":
        sex = rng.choice("mmmf")
        members.append(pop.person(hh, comm, sex, pop.birth(18, 45), pop.surname(comm), "single", addr, tw))
        members[0]["focus"] = True
        return members, kind, town
    if kind == "elderly":
        sn = pop.surname(comm)
        bd = pop.birth(66, 90)
        members.append(pop.person(hh, comm, "m", bd, sn, "father", addr, tw))
        if rng.random() < 0.5:
            members.append(pop.person(hh, comm, "f", pop.birth(63, 88),
                                      sn if comm in ("polish", "bulgarian") else pop.surname(comm),
                                      "mother", addr, tw))
        rng.choice(members)["focus"] = True
        return members, kind, town
    # families
    sn = pop.surname(comm)
    mother_age = rng.randint(26, 58)
    father = None
    if kind == "family":
        father = pop.person(hh, comm, "m", pop.birth(mother_age + rng.randint(0, 6), mother_age + 6), sn,
                            "father", addr, tw)
        members.append(father)
    mother_sn = sn if (father is None or comm in ("polish", "bulgarian")) else pop.surname(comm)
    mother = pop.person(hh, comm, "f", pop.birth(mother_age, mother_age), mother_sn, "mother", addr, tw)
    members.append(mother)
    nkids = rng.choice([1, 1, 2, 2, 2, 3, 3, 4]) + (rng.random() < 0.3 and comm in ("moroccan", "turkish"))
    child_sn = sn
    kids = []
    ages_used = []
    for _ in range(nkids):
        lo = max(0, mother_age - 42)
        hi = min(24, mother_age - 18)
        if hi < lo:
            break
        if kids and rng.random() < 0.03:  # twins
            prev = kids[-1]
            c = pop.person(hh, comm, rng.choice("mf"), date.fromisoformat(prev["bd"]), child_sn, "child", addr, tw,
                           father=father)
            c["twin_of"] = prev["pid"]
            if rng.random() < 0.4 and c["given"] and prev["given"]:  # same initial
                same = [g for g in N.GIVEN[comm][0 if c["sex"] == "m" else 1] if g[0] == prev["given"][0][0]]
                if same:
                    c["given"][0] = rng.choice(same)
                    c["roep"] = c["given"][0]
            kids.append(c)
            continue
        a = rng.randint(lo, hi)
        if a in ages_used:
            a = rng.randint(lo, hi)
        ages_used.append(a)
        c = pop.person(hh, comm, rng.choice("mf"), pop.birth(a, a), child_sn, "child", addr, tw, father=father)
        if father and c["sex"] == "m" and father["given"] and rng.random() < (
            0.07 if comm in ("dutch", "moroccan", "turkish") else 0.03
        ):
            c["given"] = list(father["given"][:1]) + c["given"][1:]
            c["roep"] = father["roep"] if father["roep"] == father["given"][0] else c["given"][0]
            c["junior_of"] = father["pid"]
            c["nick"] = c["nick"] and pop.nickname(c)
        kids.append(c)
    members.extend(kids)
    landline = town._landline(rng) if rng.random() < 0.25 else None
    for m in members:
        m["landline"] = landline
        if m["role"] == "child":
            m["parent"] = mother["pid"]
            m["parent_phone"] = mother["phone"] or (father and father["phone"]) or landline or pop.mobile()
            if mother["phone"] is None:
                mother["phone"] = m["parent_phone"] if m["parent_phone"].startswith("06") else None
    if kids:
        cand = [c for c in kids if 12 <= _age(date.fromisoformat(c["bd"]), REF) <= 25] or kids
        rng.choice(cand)["focus"] = True
        if len(kids) > 1 and rng.random() < 0.1:
            rng.choice(kids)["focus"] = True
    else:
        rng.choice(members)["focus"] = True
    return members, kind, town


def _schools(pop: _Pop, town: _Town, members: list[dict]):
    rng = pop.rng
    prim = rng.randrange(len(town.primary))
    for m in members:
        a = _age(date.fromisoformat(m["bd"]), REF)
        if 4 <= a <= 11:
            m["school"] = [town.muni, "p", prim]
        elif 12 <= a <= 18:
            m["school"] = [town.muni, "s", rng.randrange(len(town.secondary))]


def _move(pop: _Pop, members: list[dict], town: _Town):
    rng = pop.rng
    when = _rand_date(rng, date(2024, 3, 1), date(2026, 5, 31))
    t2 = town if rng.random() < 0.8 else pop.towns[_pick(rng, pop.town_pick)]
    new = t2.address(rng, pop.used_addr)
    for m in members:
        m["prev_addr"], m["addr"], m["move"] = m["addr"], new, when.isoformat()
        m["town"] = t2.muni


# --------------------------------------------------------------------------------------------------------
# writing one mention
# --------------------------------------------------------------------------------------------------------


def _category(p: dict, on: date) -> str:
    if p["role"] == "labour":
        return "migrant"
    if p["hub"] is not None:
        return "hub"
    a = _age(date.fromisoformat(p["bd"]), on)
    if a < 12:
        return "child"
    if a < 18:
        return "youth"
    if a <= 25:
        return "young"
    if a >= 65:
        return "elderly"
    return "adult"


class _Writer:
    def __init__(self, rng, knobs, pop: _Pop):
        self.rng, self.k, self.pop = rng, knobs, pop
        self.onderwijs: dict[tuple, str] = {}
        self.used_onderwijs: set = set()

    def school(self, p):
        muni, kind, i = p["school"]
        t = self.pop.towns[muni]
        return (t.primary if kind == "p" else t.secondary)[i]

    def q(self, rate):
        return rate > 0 and self.rng.random() < rate * self.k.quirks

    # --- names ---
    def names(self, p, src, prof, noise, rec):
        rng = self.rng
        comm = p["community"]
        given = list(p["given"])
        roep = p["roep"]
        tv, core = p["tv"], p["sn"]
        nick = p["nick"]
        if comm == "bulgarian":
            system = _pick(rng, prof["bg"])
            official = [_bg(x, "official") for x in given + [core]]
            given = [_bg(g, system) for g in given]
            roep = _bg(roep, system) if roep else roep
            core = _bg(core, system)
            nick = _bg(nick, system) if nick else nick
            if system != "official" and [x.lower() for x in given + [core]] != [x.lower() for x in official]:
                noise.append(f"translit:bg_{system}")
        if comm in ("moroccan",) or (comm in ("turkish", "bulgarian") and roep in N.ARABIC_VARIANTS):
            if any(g in N.ARABIC_VARIANTS for g in given) and self.q(prof["translit"]):
                choice = {g: rng.choice(N.ARABIC_VARIANTS[g]) for g in given if g in N.ARABIC_VARIANTS}
                given = [choice.get(g, g) for g in given]
                roep = choice.get(roep, roep)
                noise.append("translit:arabic_given")
            if core in N.MOROCCAN_SN_VARIANTS and self.q(prof["translit"] / 2):
                core = rng.choice(N.MOROCCAN_SN_VARIANTS[core])
                noise.append("translit:arabic_surname")
        if comm in ("hindustani", "javanese") and self.q(prof["sur_en"]):
            given = [_surinamese_en(g) for g in given]
            roep = _surinamese_en(roep) if roep else roep
            core = _surinamese_en(core)
            noise.append("translit:surinamese_english")
        if comm == "moroccan" and tv and self.q(prof["particle"]):
            form = rng.choice(["lower", "glued", "hyphen", "dropped"])
            noise.append(f"particle:{form}")
            if form == "lower":
                tv = tv.lower()
            elif form == "glued":
                core, tv = tv + core.lower(), ""
            elif form == "hyphen":
                core, tv = f"{tv}-{core}", ""
            else:
                tv = ""
        sur = f"{tv} {core}".strip()

        # first name form
        single_name = not given
        form = _pick(rng, prof["first_form"])
        if form == "nick" and not nick:
            form = "roep"
        if single_name:
            first = None
            r = rng.random()
            if r < 0.4:
                first = core
                noise.append("name:single_name_repeated")
            elif r < 0.7:
                first = "NN"
                noise.append("name:single_name_NN")
            else:
                noise.append("name:single_name_empty")
        elif form == "all":
            first = " ".join(given)
            if len(given) > 1:
                noise.append("first:all_given")
        elif form == "first":
            first = given[0]
            if roep and roep != given[0]:
                noise.append("first:official_not_roep")
        elif form == "initials":
            first = _initials(given, _pick(rng, prof["initials_style"]))
            noise.append("first:initials")
        elif form == "nick":
            first = nick
            noise.append("first:nickname")
        else:
            first = roep or given[0]
        a, _, b = (first or "").partition("-")
        if a and b and not single_name and self.q(prof["dbl_variant"] * 2):
            v = rng.choice(["space", "glued", "first_part", "initial"])
            first = {"space": f"{a} {b}", "glued": a + b.lower(), "first_part": a, "initial": f"{a} {b[0]}."}[v]
            noise.append(f"first:double_name_{v}")
        if prof["nick"] and nick and rng.random() < prof["nick"]:
            rec["nickname"] = nick

        last = sur
        initials_dot = _initials(given, "J.W.") if given else ""
        # misplacements (at most one)
        if first and not single_name and self.q(prof["full_in_first"]):
            first, last = f"{first} {sur}", ("" if rng.random() < 0.5 else None)
            noise.append("name:full_name_in_first")
        elif not single_name and self.q(prof["last_comma"]):
            last = f"{core}, {first or ''} {tv.lower()}".strip().rstrip(",")
            first = None
            noise.append("name:surname_comma_full_name_in_last")
        elif not single_name and self.q(prof["caps_init"]):
            last, first = f"{sur.upper()} {initials_dot}".strip(), None
            noise.append("name:surname_initials_in_last")
        elif self.q(prof["mrz"]):
            mrz = (core + ("<<" + "<".join(given) if given else "")).translate(_FOLD).upper().replace(" ", "<")
            last, first = mrz, None
            noise.append("name:passport_mrz_in_last")
        elif tv and first and self.q(prof["tv_in_first"]):
            first, last = f"{first} {tv}", core
            noise.append("name:tussenvoegsel_in_first")
        elif self.q(prof["fam"]):
            last, first = f"Fam. {sur}", None
            noise.append("name:family_record")
        if first and nick and form != "nick" and self.q(prof["paren_nick"]):
            first = f"{first} ({nick})"
            noise.append("first:nick_in_brackets")
        if first and self.q(prof["salutation"]):
            first = ("Dhr. " if p["sex"] == "m" else rng.choice(["Mevr. ", "Mw. "])) + first
            noise.append("name:salutation")
        if comm == "polish" and p["sex"] == "f" and last and self.q(0.02):
            for m, f in N.POLISH_SN:
                if f == p["sn"] and m != f:
                    last = last.replace(f, m)
                    noise.append("name:polish_male_form")
                    break
        return first, last

    # --- address ---
    def street_form(self, s, prof, noise):
        rng = self.rng
        if not self.q(prof["street_abbrev"]):
            return s
        out = s
        for full, abbrs in N.STREET_ABBREV.items():
            if out.startswith(full + " "):
                a = rng.choice(abbrs)
                out = (a if a.endswith("-") else a + " ") + out[len(full) + 1 :]
                break
        if out == s or rng.random() < 0.3:
            for suf, abbrs in N.STREET_SUFFIX_ABBREV.items():
                if out.endswith(suf):
                    out = out[: -len(suf)] + rng.choice(abbrs)
                    break
        if out != s:
            noise.append("street:abbreviated")
        elif not s.isascii():
            out = s.translate(_FOLD)
            noise.append("street:diacritics")
        return out

    def hn_form(self, num, suffix, prof, noise):
        rng = self.rng
        if not suffix:
            return str(num)
        if suffix in ("A", "B", "C", "bis"):
            if suffix == "bis":
                f = rng.choice([f"{num}bis", f"{num} bis", f"{num}-bis", f"{num}b"])
            elif self.q(prof["hn_form"]):
                f = rng.choice([f"{num}{suffix.lower()}", f"{num} {suffix}", f"{num}-{suffix}"])
            else:
                f = f"{num}{suffix}"
            if f != f"{num}{suffix}":
                noise.append("hn:suffix_form")
            return f
        if suffix == "hs":
            f = rng.choice([f"{num}-hs", f"{num} hs", f"{num}H", f"{num}-huis", f"{num}"])
            if f != f"{num}-hs":
                noise.append("hn:suffix_form")
            return f
        floor = int(suffix)
        roman = ["I", "II", "III", "IV"][floor - 1]
        if not self.q(prof["hn_form"]):
            return f"{num}-{floor}"
        noise.append("hn:floor_form")
        return rng.choice([f"{num}-{roman}", f"{num} {roman}", f"{num}/{floor}", f"{num} {floor} hoog",
                           f"{num}-{floor}hg", f"{num}{roman}", f"{num} {floor}e", f"{num}"])

    def placeholder(self, prof, noise, field):
        if prof["placeholder"] and self.rng.random() < prof["placeholder"] * self.k.placeholder:
            vocab = prof["ph_vocab"]
            if field in ("street", "city"):
                vocab = [v for v in vocab if v not in ("NN", "N.N.")] or N.PLACEHOLDER_ADDR[:2]
            noise.append(f"placeholder:{field}")
            return self.rng.choice(vocab)
        return None

    def write(self, p, src, on: date, mid: str):
        rng, k = self.rng, self.k
        prof = SOURCES[src]
        noise: list[str] = []
        rec: dict = {"id": mid, "source": src}
        age = _age(date.fromisoformat(p["bd"]), on)
        minor = age < 16

        first, last = self.names(p, src, prof, noise, rec)
        if rng.random() >= prof["first"]:
            first = None
        if rng.random() >= prof["last"] and not (last or "").startswith(("Fam.",)):
            last = None
        if src == "buurtbewoner" and last and rng.random() < 0.3 and " " in last:
            last = last.split()[-1]
        if first is None:
            first = self.placeholder(prof, noise, "first_name")
        if last is None:
            last = self.placeholder(prof, noise, "last_name")

        # --- dates / age ---
        if rng.random() < prof["bd"]:
            bd = date.fromisoformat(p["bd"])
            if p["bd_year_only"]:
                f = _pick(rng, prof["bd_year"])
                noise.append(f"bd:year_only_{f}")
                bds = {"0101": f"{bd.year}-01-01", "0701": f"{bd.year}-07-01", "1900": "1900-01-01"}[f]
            else:
                if self.q(prof["bd_utc"]):
                    bd -= timedelta(days=1)
                    noise.append("bd:utc_shift_day_before")
                elif bd.day <= 12 and bd.day != bd.month and self.q(prof["bd_swap"]):
                    bd = date(bd.year, bd.day, bd.month)
                    noise.append("bd:day_month_swapped")
                elif rng.random() < 0.01 * k.typo:
                    bd = bd.replace(year=bd.year + rng.choice((-1, 1)), day=min(bd.day, 28) if bd.month == 2 else bd.day)
                    noise.append("bd:year_off")
                bds = bd.isoformat()
            rec["birth_date"] = bds
        else:
            if prof["bd_dummy"] and rng.random() < prof["bd_dummy_rate"] * k.placeholder:
                rec["birth_date"] = prof["bd_dummy"]
                noise.append(f"bd:dummy_{prof['bd_dummy']}")
            if prof["age_est"] and rng.random() < prof["age_est"]:
                sd = 1.5 if age < 25 else 4.0
                est = max(1, round(age + rng.gauss(0, sd)))
                if age >= 25 and rng.random() < 0.5:
                    est = 5 * round(est / 5)
                rec["age_estimate"] = est
                if est != age:
                    noise.append("age:estimate_off")

        if rng.random() < prof["gender"]:
            g = p["sex"]
            if rng.random() < 0.004:
                g = "m" if g == "f" else "f"
                noise.append("gender:wrong")
            rec["gender"] = g

        # --- BSN ---
        if p["bsn"] and rng.random() < prof["bsn"] * k.bsn:
            b = p["bsn"]
            if self.q(prof["bsn_float"]):
                rec["bsn"] = f"{int(b)}.0"
                noise.append("bsn:pandas_float")
            elif b.startswith("0") and self.q(prof["bsn_int"]):
                rec["bsn"] = int(b)
                noise.append("bsn:int_leading_zero_lost")
            elif self.q(prof["bsn_dots"]):
                rec["bsn"] = f"{b[:3]}.{b[3:5]}.{b[5:7]}.{b[7:]}" if rng.random() < 0.5 else f"{b[:4]}.{b[4:6]}.{b[6:]}"
                noise.append("bsn:dots")
            elif rng.random() < 0.004 * k.typo:
                i = rng.randrange(9)
                rec["bsn"] = b[:i] + str((int(b[i]) + rng.randint(1, 9)) % 10) + b[i + 1 :]
                noise.append("bsn:typo")
            else:
                rec["bsn"] = b
        elif src == "school" and not p["bsn"] and age < 19 and rng.random() < prof["onderwijsnr"]:
            key = (p["pid"], str(p["school"]))
            if key not in self.onderwijs:
                self.onderwijs[key] = _elf(rng, self.used_onderwijs, rest=5, prefix="10")
            rec["bsn"] = self.onderwijs[key]
            noise.append("bsn:onderwijsnummer")
        elif prof["bsn_dummy"] and (not p["bsn"] or src == "wijkteam") and (
            rng.random() < prof["bsn_dummy"] * k.dummy_bsn * (1.0 if not p["bsn"] else 0.05)
        ):
            rec["bsn"] = prof["bsn_dummy_value"]
            noise.append("bsn:dummy_" + prof["bsn_dummy_value"])

        # --- address ---
        addr = p["addr"]
        if p["move"] and on.isoformat() < p["move"]:
            addr = p["prev_addr"]
        elif p["move"] and rng.random() < prof["lag"]:
            addr = p["prev_addr"]
            noise.append("addr:stale_after_move")
        if p["hub"] is not None:
            hub = self.pop.hubs[p["hub"]]
            if src == "buurtbewoner":
                t = self.pop.towns[hub["addr"]["muni"]]
                addr = t.address(rng, set(), street_i=t.pick_street(rng))
                noise.append("addr:hangout_street")
            else:
                addr = hub["addr"]
                noise.append(f"addr:hub_{hub['kind']}")
        street = addr["street"]
        hn = self.hn_form(addr["num"], addr["suffix"], prof, noise)
        pc = addr["pc"]
        city = addr["village"]
        if addr["village"] != addr["muni"] and self.q(prof["city_muni"]):
            city = addr["muni"]
            noise.append("city:municipality")
        elif city.startswith("'s-") and self.q(0.3):
            city = rng.choice([city[1:], city.upper(), city[3:], "s " + city[3:]])
            noise.append("city:apostrophe")
        if pc and self.q(prof["pc_format"]):
            pc = rng.choice([f"{pc[:4]} {pc[4:]}", pc.lower(), f"{pc[:4]} {pc[4:].lower()}"])
            noise.append("pc:format")
        has_street = rng.random() < prof["street"]
        has_hn = has_street and rng.random() < prof["hn"] / max(prof["street"], 1e-9)
        has_pc = rng.random() < prof["pc"]
        has_city = rng.random() < prof["city"]
        street = self.street_form(street, prof, noise) if has_street else None
        if has_street and has_hn and self.q(prof["addr_one"]):
            rec["street"] = f"{street} {hn}, {pc} {city}"
            noise.append("addr:whole_address_in_street")
        else:
            if has_street and has_hn and addr["suffix"] and " " not in hn and self.q(prof["hn_split"]):
                # the export split "Kerkstraat 12 A" on its last space: number into the street field
                rec["street"], rec["house_number"] = f"{street} {addr['num']}", addr["suffix"]
                noise.append("addr:number_in_street_suffix_in_number")
            elif has_street and has_hn and self.q(prof["addr_in_street"]):
                rec["street"] = f"{street} {hn}"
                noise.append("addr:number_in_street")
            else:
                if has_street:
                    rec["street"] = street
                if has_hn:
                    rec["house_number"] = hn
            if has_street is False:
                ph = self.placeholder(prof, noise, "street")
                if ph:
                    rec["street"] = ph
            if has_city and has_pc and self.q(prof["pc_in_city"]):
                rec["city"] = f"{pc.replace(' ', '')} {city}".upper() if rng.random() < 0.5 else f"{pc} {city}"
                noise.append("addr:postcode_in_city")
            else:
                if has_pc:
                    rec["postcode"] = pc
                if has_city:
                    rec["city"] = city
                else:
                    ph = self.placeholder(prof, noise, "city")
                    if ph:
                        rec["city"] = ph

        # --- phone ---
        phone = None
        if rng.random() < prof["phone"]:
            if minor and p["parent_phone"] and rng.random() < prof["parent_phone"]:
                phone = p["parent_phone"]
                noise.append("phone:parent")
            else:
                phone = p["phone"] or (p["landline"] if rng.random() < 0.5 else None)
                if phone and phone == p["landline"]:
                    noise.append("phone:household_landline")
            office = None
            if src == "school" and p["school"]:
                office = self.school(p)[1]
            elif src in ("jeugdzorg", "zorg", "wijkteam"):
                office = self.pop.towns[addr["muni"]].office[src]
            if office and rng.random() < prof["switchboard"] * k.switchboard:
                phone = office
                noise.append("phone:office_switchboard")
        if phone:
            if self.q(prof["phone_format"]):
                phone = rng.choice([f"{phone[:2]}-{phone[2:]}" if phone.startswith("06") else
                                    f"{phone[:4]}-{phone[4:]}", "+31" + phone[1:], f"{phone[:2]} {phone[2:]}"])
                noise.append("phone:format")
            if self.q(prof["phone_two"]):
                other = p["landline"] or (p["parent_phone"] if p["parent_phone"] != p["phone"] else None) or (
                    self.pop.towns[addr["muni"]]._landline(rng))
                phone = f"{phone} / {other}" if rng.random() < 0.6 else f"{other} / {phone}"
                noise.append("phone:two_numbers")
            elif self.q(prof["phone_note"]):
                phone = f"{phone} ({rng.choice(['moeder', 'vader', 'mam', 'voogd', 'oma'])})"
                noise.append("phone:annotated")
            rec["phone"] = phone
        elif self.q(prof["phone_placeholder"] * k.placeholder):
            rec["phone"] = rng.choice(N.PLACEHOLDER_PHONE)
            noise.append("phone:placeholder")

        if p["plate"] and rng.random() < prof["plate"]:
            pl = p["plate"]
            if rng.random() < 0.3:
                pl = pl.replace("-", "")
                noise.append("plate:no_dashes")
            rec["license_plate"] = pl
        if p["school"] and rng.random() < prof["school"]:
            name = self.school(p)[0]
            if rng.random() < 0.25 * k.quirks:
                name = rng.choice([name.split(" ", 1)[-1], name.lower(), f"{name} ({p['school'][0]})"])
                noise.append("school:name_form")
            rec["school"] = name

        # names: letter handling, case, typing errors
        mode = _pick(rng, prof["letters"])
        upper = self.q(prof["upper"])
        upper_tr = not upper and self.q(prof["upper_tr"])
        for f, v in (("first_name", first), ("last_name", last), ("nickname", rec.get("nickname")),
                     ("street", rec.get("street")), ("city", rec.get("city"))):
            if v is None:
                continue
            if f in ("first_name", "last_name", "nickname") and v and rng.random() < prof["typo"] * k.typo:
                v2, kind = _typo(rng, v)
                if kind:
                    v = v2
                    noise.append(f"typo:{f}")
            if not v.isascii():
                v2 = _letters(v, mode)
                if v2 != v:
                    noise.append(f"letters:{mode}")
                    v = v2
            if upper:
                v = v.upper()
            elif upper_tr:
                v = v.replace("i", "İ").upper()
            rec[f] = v
        if upper:
            noise.append("case:upper")
        if upper_tr:
            noise.append("case:upper_turkish_locale")
        # steps whose effect was overwritten by a missing name field are not reported
        placeholders = set(N.PLACEHOLDER_NAME) | {"?", "-", "x"}
        if rec.get("last_name") in (None, "", *placeholders):
            noise = [s for s in noise if not s.startswith(("particle:", "translit:arabic_surname",
                                                               "name:polish_male_form"))]
        if rec.get("first_name") in (None, "", *placeholders):
            noise = [s for s in noise if not s.startswith(("first:", "translit:arabic_given", "name:salutation"))]
        return rec, list(dict.fromkeys(noise))


# --------------------------------------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------------------------------------


def _power(rng, exp, kmax):
    w = [k ** -exp for k in range(1, kmax + 1)]
    return rng.choices(range(1, kmax + 1), weights=w)[0]


def generate_detailed(n_persons: int, seed: int = 1, knobs: Knobs | None = None):
    k = knobs or Knobs()
    rng = random.Random(seed)
    pop = _Pop(rng, k)
    bench: list[dict] = []
    hh_no = 0
    n_hub = int(round(n_persons * k.hub))
    while len(bench) < n_persons - n_hub:
        hh = f"H{hh_no:06d}"
        hh_no += 1
        members, kind, town = _household(pop, hh)
        _schools(pop, town, members)
        if rng.random() < k.movers:
            _move(pop, members, town)
        for m in members:
            keep = m["focus"]
            if not keep:
                cover = k.coverage
                if m["twin_of"] or any(x["twin_of"] == m["pid"] for x in members):
                    cover = 0.7 if any(x["focus"] for x in members if x["role"] == "child") else cover
                if any(x["junior_of"] == m["pid"] and x["focus"] for x in members):
                    cover = 0.6
                keep = rng.random() < cover
            if keep:
                bench.append(m)
    # hub residents: unrelated persons at a shelter / care institution / migrant hotel address
    for i in range(n_hub):
        hub = pop.hubs[rng.randrange(len(pop.hubs))]
        if hub["kind"] == "migrant":
            comm = rng.choice(["polish", "polish", "bulgarian", "bulgarian", "turkish"])
            role, bd = "labour", pop.birth(19, 55)
        else:
            comm = _pick(rng, pop.towns[hub["addr"]["muni"]].comm)
            role, bd = "single", pop.birth(17, 70) if hub["kind"] == "opvang" else pop.birth(18, 85)
        p = pop.person(f"HUB{i:05d}", comm, rng.choice("mmmf"), bd, pop.surname(comm), role, hub["addr"],
                       hub["addr"]["muni"])
        p["hub"], p["focus"] = hub["id"], True
        bench.append(p)
    bench = bench[:n_persons]

    writer = _Writer(rng, k, pop)
    records, truth = [], {}
    side_m = {}
    mid_no = 0
    for p in bench:
        a = _age(date.fromisoformat(p["bd"]), REF)
        if p["focus"] and 12 <= a <= 27:
            n = _power(rng, k.focus_exp, 30)
        elif p["focus"]:
            n = _power(rng, k.other_focus_exp, 15)
        else:
            n = _power(rng, k.member_exp, 6)
        dossiers: dict[str, tuple] = {}
        dates = sorted(_rand_date(rng, START, REF) for _ in range(n))
        for on in dates:
            cat = _category(p, on)
            mix = dict(MIX[cat])
            if "buurtbewoner" in mix:
                mix["buurtbewoner"] *= k.resident
            src = _pick(rng, mix)
            mid = f"m{mid_no:07d}"
            mid_no += 1
            if src in dossiers and src != "buurtbewoner" and rng.random() < k.copy:
                rec = dict(dossiers[src][0], id=mid)
                noise = dossiers[src][1] + ["dossier_copy"]
            else:
                rec, noise = writer.write(p, src, on, mid)
                dossiers[src] = (rec, noise)
            records.append(rec)
            truth[mid] = p["pid"]
            side_m[mid] = {"person": p["pid"], "source": src, "date": on.isoformat(), "noise": noise}
    order = list(range(len(records)))
    rng.shuffle(order)
    records = [records[i] for i in order]
    persons_side = {}
    for p in bench:
        d = {key: v for key, v in p.items() if key != "pid"}
        if d["community"] == "bulgarian":
            d["given_latin"] = [_bg(g, "official") for g in p["given"]]
            d["sn_latin"] = _bg(p["sn"], "official")
        persons_side[p["pid"]] = d
    side = {
        "knobs": asdict(k), "seed": seed, "reference_date": REF.isoformat(),
        "hubs": pop.hubs, "mentions": side_m, "persons": persons_side,
    }
    return records, truth, side


def generate(n_persons: int = 20000, seed: int = 1):
    records, truth, _ = generate_detailed(n_persons, seed, Knobs())
    return records, truth
