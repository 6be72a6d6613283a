"""Linking encoded mentions without seeing identities (linkage-unit side of PPRL).

Input: the ``{"id", "source", "enc"}`` lines written by :mod:`.encode`. Output: match groups only,
``{"id", "cluster"}``; similarity scores and match weights stay inside this module and are never written.

Steps:

1. Blocking on the keyed blocking keys of the plaintext engine (oversized blocks are skipped).
2. Comparison per field with the levels of the plaintext model: Bloom-filter similarity for names and
   street (for balanced filters the Hamming distance, which is twice the distance of the underlying
   filters; Dice otherwise), token equality for the rest. Name filters are only comparable under a shared
   salt (birth year); across salts, shared keyed blocking-key kinds, the unsalted full-name CLK and the
   initial + surname token stand in.
3. Fellegi–Sunter: each field's agreement level contributes log2(m/u); m and u are estimated on labelled
   generated data (:mod:`.train`) and shipped in ``data/weights_v2.json``. Given name, last name and
   address contribute one weight for their combination of levels (a joint table), not three.
4. Hard negatives (different BSNs, twins' different given names, father/son birth years) never link;
   guarded greedy clustering refuses merges that would put conflicting mentions in one group.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from ..batch import (
    AGE_OFFSET_MAX,
    AGE_OFFSET_MIN_PAIRS,
    AGE_REWEIGH_MAX_GAP,
    AGE_SLACK,
    AGE_SLACK_MAX,
    offset_from_errors,
    slack_from_errors,
)
from ..clustering import GuardedUnion, em_match_share, pairs_from_blocks
from .encode import EncodingParams, from_b64

__all__ = [
    "EncodedMention",
    "parse",
    "candidate_pairs",
    "compare",
    "hard_conflict",
    "score",
    "cluster",
    "link",
    "load_weights",
    "joint_key",
    "dice",
    "filter_level",
]

MAX_BLOCK = 400  # same as the plaintext batch path
# Weights for unsalted encodings: v2 adds a joint table for given name x last name x address (see score());
# v1 (independent fields only) stays for reproducing earlier runs: link(lines, load_weights("weights_v1.json")).
DEFAULT_WEIGHTS = "weights_v2.json"
SALTED_WEIGHTS = "weights_v2_salted.json"  # the same joint table for birth-year salted encodings
# Below this many candidate pairs a run says too little about its own match share; the size rule applies
# (as ``batch.EM_MIN_PAIRS`` in the plaintext path).
EM_MIN_PAIRS = 20_000
FIELDS = ("bsn", "given", "last", "fullname", "dob", "gender", "addr", "phone", "plate", "school")
# number of agreement levels per field (0 = strongest disagreement, highest = exact agreement)
LEVELS = {
    "bsn": 2,
    "given": 7,
    "last": 4,
    "fullname": 5,
    "dob": 7,
    "gender": 2,
    "addr": 7,
    "phone": 2,
    "plate": 2,
    "school": 2,
}


@dataclass(slots=True)
class NameEntry:
    given: int | None
    alts: tuple[int, ...]
    last: int | None
    groups: frozenset[str]
    initial: str | None
    last_skel: str | None
    last_full: str | None
    cross: int | None = None  # "x": the last name as a given-name filter


@dataclass(slots=True)
class EncodedMention:
    id: str
    source: str
    names: dict[str, NameEntry] = field(default_factory=dict)
    nc: int | None = None
    ni: str | None = None
    bkt: dict[str, frozenset[str]] = field(default_factory=dict)
    years: frozenset[str] = frozenset()
    estimated: bool = False
    years_wide: frozenset[str] = frozenset()
    years_far: frozenset[str] = frozenset()
    year_order: dict[str, int] = field(default_factory=dict)  # "yo": year token -> place in the widened guess
    window: int = 8  # "yg": years on either side of the guess in "yo" (8 before it was written)
    shift: int = 0  # years this run moves the age guess earlier (estimate_age_offset); set by the linker
    year_near: frozenset[str] = frozenset()
    d0: str | None = None
    dates: frozenset[str] = frozenset()
    dwild: frozenset[str] = frozenset()
    bsn: str | None = None
    tel: str | None = None
    kt: str | None = None
    sx: str | None = None
    sc: str | None = None
    ci: str | None = None
    pc: str | None = None
    ss: str | None = None
    st: int | None = None
    ad: str | None = None
    ads: str | None = None
    pa: str | None = None
    pas: str | None = None
    bk: tuple[str, ...] = ()
    mode: str = "balance"

    @property
    def has_given(self) -> bool:
        return any(e.given is not None for e in self.names.values())


def _f(s: str | None) -> int | None:
    return from_b64(s) if s else None


def parse(line: dict) -> EncodedMention:
    enc = line.get("enc") or {}
    m = EncodedMention(id=str(line["id"]), source=str(line.get("source", "")), mode=enc.get("h", "balance"))
    for e in enc.get("n", ()):
        m.names[e.get("s", "")] = NameEntry(
            _f(e.get("f")),
            tuple(from_b64(x) for x in e.get("k", ())),
            _f(e.get("l")),
            frozenset(e.get("g", ())),
            e.get("i"),
            e.get("ls"),
            e.get("lf"),
            _f(e.get("x")),
        )
    m.nc = _f(enc.get("nc"))
    m.ni = enc.get("ni")
    m.years = frozenset(enc.get("y", ()))
    m.estimated = bool(enc.get("ye", 0))
    m.years_wide = frozenset(enc.get("yw", ()))
    m.years_far = frozenset(enc.get("yf", ()))
    if yo := enc.get("yo"):
        m.year_order = {t: i for i, t in enumerate(yo)}
        m.window = int(enc.get("yg", 8))
    m.year_near = frozenset(enc.get("yn", ()))
    m.d0 = enc.get("d0")
    m.dates = frozenset(enc.get("d", ()))
    m.dwild = frozenset(enc.get("dw", ()))
    for k in ("bsn", "tel", "kt", "sx", "sc", "ci", "pc", "ss", "ad", "ads", "pa", "pas"):
        setattr(m, k, enc.get(k))
    m.st = _f(enc.get("st"))
    bk = enc.get("bk") or {}
    m.bkt = {kind: frozenset(v) for kind, v in bk.items()}
    m.bk = tuple(t for v in bk.values() for t in v)
    return m


# ---------------------------------------------------------------------------------------------------------
# Blocking
# ---------------------------------------------------------------------------------------------------------


def candidate_pairs(ms: list[EncodedMention], max_block: int = MAX_BLOCK) -> np.ndarray:
    """Unique candidate pairs (i < j) as an (n, 2) array: mentions sharing a keyed blocking token.

    The plaintext batch path's smaller caps per key kind (``batch.KEY_CAPS``) are not applied: with the
    PPRL weights they lowered F1 at 300,000 lines (0.824 -> 0.820; fewer candidate pairs raise the
    run's prior) and were neutral at 20,000 persons."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        for key in m.bk:
            blocks[key].append(i)
    return pairs_from_blocks(blocks, len(ms), lambda _key: max_block)


# ---------------------------------------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------------------------------------


def dice(a: int, b: int) -> float:
    """Sørensen–Dice coefficient of two (unbalanced) Bloom filters."""
    na, nb = a.bit_count(), b.bit_count()
    if na + nb == 0:
        return 1.0
    return 2.0 * (a & b).bit_count() / (na + nb)


def filter_level(a: int, b: int, mode: str, k: int) -> int:
    """Agreement level 3 (identical) .. 0 (different) of two hardened name/street filters."""
    if a == b:
        return 3
    if mode == "balance":
        # A balanced filter holds f and not-f, so the distance is twice the distance of the plain filters;
        # divided by k it approximates the number of bigrams in the symmetric difference.
        sdiff = (a ^ b).bit_count() / (2.0 * k)
        if sdiff <= 4.5:  # about one edit
            return 2
        if sdiff <= 8.5:  # about two edits
            return 1
        return 0
    d = dice(a, b)
    if d >= 0.8:
        return 2
    if d >= 0.5:
        return 1
    return 0


def given_level(a: EncodedMention, b: EncodedMention, k: int = 8) -> int | None:
    """6 same name, 5 variant group (Mo/Mohamed), 4 one edit apart, 3 two edits apart, 2 initial fits,
    1 initial differs, 0 different; None when not comparable (missing, or no shared salt)."""
    best: int | None = None
    mode = a.mode
    for s in a.names.keys() & b.names.keys():
        ea, eb = a.names[s], b.names[s]
        fa = [x for x in (ea.given, *ea.alts) if x is not None]
        fb = [x for x in (eb.given, *eb.alts) if x is not None]
        if fa and fb:
            lv = max(filter_level(x, y, mode, k) for x in fa for y in fb)
            if lv == 3:
                lv = 6
            elif ea.groups & eb.groups:
                lv = 5
            elif lv == 2:
                lv = 4
            elif lv == 1:
                lv = 3
        elif ea.initial and eb.initial:
            lv = 2 if ea.initial == eb.initial else 1
        else:
            continue
        if best is None or lv > best:
            best = lv
    return best


def crossed(a: EncodedMention, b: EncodedMention, k: int = 8) -> bool:
    """Given and last name swapped on one side: a's given name is close to b's surname and b's given name to
    a's surname, one of them within an edit, the other within two (as scoring.names_crossed, which allows one
    side looser). Compared as given-name filters under a shared salt ("x")."""
    for s in a.names.keys() & b.names.keys():
        ea, eb = a.names[s], b.names[s]
        if ea.cross is None or eb.cross is None or ea.given is None or eb.given is None:
            continue
        x = filter_level(ea.given, eb.cross, a.mode, k)
        y = filter_level(eb.given, ea.cross, a.mode, k)
        if x and y and max(x, y) >= 2:
            return True
    return False


def last_level(a: EncodedMention, b: EncodedMention, k: int = 8) -> int | None:
    """3 same full last name, 2 same core (tussenvoegsel differs), 1 similar, 0 different."""
    best: int | None = None
    for s in a.names.keys() & b.names.keys():
        ea, eb = a.names[s], b.names[s]
        if ea.last is None or eb.last is None:
            continue
        if ea.last_full == eb.last_full:
            lv = 3
        else:
            fl = filter_level(ea.last, eb.last, a.mode, k)
            lv = 2 if fl == 3 else (1 if fl >= 1 or ea.last_skel == eb.last_skel else 0)
        if best is None or lv > best:
            best = lv
    return best


def dob_level(a: EncodedMention, b: EncodedMention) -> int | None:
    """5 same date, 4 day/month swapped, 3 one digit differs, 2 age guess fits, 1 a few years off,
    6 more than five years off, 0 different exact dates."""
    if not a.years or not b.years:
        return None
    if a.d0 and b.d0:
        if a.d0 == b.d0:
            return 5
        if a.dates & b.dates:
            return 4
        if a.dwild & b.dwild:
            return 3
        return 0
    # an age guess against an exact birth year: the years between them, after this run's offset (shift)
    if a.year_order and a.estimated and b.year_near:
        gap = guess_gap(a, b.years)
    elif b.year_order and b.estimated and a.year_near:
        gap = guess_gap(b, a.years)
    else:
        if a.years & b.years:
            return 2
        if (a.years & b.years_far) or (b.years & a.years_far):
            return 1
        return 6
    return 2 if gap == 0 else (1 if gap <= 5 else 6)


def addr_level(a: EncodedMention, b: EncodedMention, street_k: int = 8) -> int | None:
    """5 same address, 4 same number other suffix, 3 same street (number unknown), 2 same street other
    number, 6 same town (street unknown), 1 same town other street, 0 other town."""
    city_conflict = bool(a.ci and b.ci and a.ci != b.ci)
    same_pc = bool(a.pc and a.pc == b.pc)
    same_street = same_pc or bool(
        a.st is not None
        and b.st is not None
        and (a.ss == b.ss or filter_level(a.st, b.st, a.mode, street_k) >= 2)
    )
    if same_pc:
        city_conflict = False
    if same_street and not city_conflict:
        na, nb = a.ad or a.pa, b.ad or b.pa
        if na and nb:
            if (a.ad and a.ad == b.ad) or (a.pa and a.pa == b.pa):
                return 5 if ((a.ads and a.ads == b.ads) or (a.pas and a.pas == b.pas)) else 4
            return 2
        return 3
    has_a, has_b = a.st is not None or bool(a.pc), b.st is not None or bool(b.pc)
    if a.ci and b.ci:
        if a.ci == b.ci:
            return 1 if (has_a and has_b) else 6  # same town: other street / street unknown
        return 0
    if has_a and has_b:
        return 1  # different street, town unknown
    return None


def _eq(a: str | None, b: str | None) -> int | None:
    if a is None or b is None:
        return None
    return 1 if a == b else 0


def compare(a: EncodedMention, b: EncodedMention, k: int = 8, street_k: int = 8) -> dict[str, int | None]:
    """Comparison vector: field -> agreement level (higher is more similar) or None when not comparable."""
    given = given_level(a, b, k)
    last = last_level(a, b, k)
    if given is not None and last is not None and given <= 3 and last == 0 and crossed(a, b, k):
        given, last = 4, 1  # swapped name fields: the "looks alike" levels of both names, as the plaintext path
    fullname = None
    if given is None or last is None:
        # No shared salt (one side has no birth year): shared keyed blocking keys still say that the
        # variant group ("s", "o", "n", "c" keys) or the last-name skeleton ("n", "y", "l" keys) agree.
        if given is None and _shares(a, b, "sonc"):
            given = 5
        elif given is None and a.ni and b.ni and (not a.has_given or not b.has_given):
            given = 2 if a.ni == b.ni else 1  # an initial against a name (with the same last name)
        if last is None and _shares(a, b, "nyl"):
            last = 1
    if given is None and last is None:
        fullname = _fullname_level(a, b, k)
    return {
        "bsn": _eq(a.bsn, b.bsn),
        "given": given,
        "last": last,
        "fullname": fullname,
        "dob": dob_level(a, b),
        "gender": _eq(a.sx, b.sx),
        "addr": addr_level(a, b, street_k),
        "phone": _eq(a.tel, b.tel),
        "plate": _eq(a.kt, b.kt),
        "school": _eq(a.sc, b.sc),
    }


def _shares(a: EncodedMention, b: EncodedMention, kinds: str) -> bool:
    for kind in kinds:
        x, y = a.bkt.get(kind), b.bkt.get(kind)
        if x and y and x & y:
            return True
    return False


def _fullname_level(a: EncodedMention, b: EncodedMention, k: int) -> int | None:
    """Unsalted full-name comparison: 4 close (<= one edit), 3 two edits, 2 initial + last name fit,
    1 initial or last name differs, 0 different; None when not comparable."""
    if a.nc is not None and b.nc is not None:
        return {3: 4, 2: 4, 1: 3, 0: 0}[filter_level(a.nc, b.nc, a.mode, k)]
    if a.ni and b.ni:
        return 2 if a.ni == b.ni else 1
    return None


def hard_conflict(a: EncodedMention, b: EncodedMention, vec: dict[str, int | None]) -> bool:
    """Never link: two valid BSNs that differ, two full given names that are not variants (twins), or exact
    birth years more than two apart that no one-digit typo explains (father and son)."""
    if vec["bsn"] == 0:
        return True
    # two different given names are twins, unless one valid BSN says they are one person whose name fields were
    # swapped or who goes by another name (as the plaintext hard conflict)
    if vec["given"] == 0 and a.has_given and b.has_given and vec["bsn"] != 1:
        return True
    if vec["fullname"] == 0 and a.has_given and b.has_given and vec["bsn"] != 1:
        return True
    if a.year_near and b.year_near and not (a.year_near & b.year_near) and not (a.dwild & b.dwild):
        return True
    return False


# ---------------------------------------------------------------------------------------------------------
# Fellegi–Sunter scoring and guarded clustering
# ---------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def load_weights(name: str = "weights_v1.json") -> dict:
    text = resources.files("doortastend.linkage.pprl").joinpath("data", name).read_text("utf-8")
    return json.loads(text)


def joint_key(vec: dict[str, int | None], fields: Iterable[str]) -> str:
    """Key of a combination of levels in a joint table: levels joined by ",", "-" for not comparable."""
    return ",".join("-" if vec[f] is None else str(vec[f]) for f in fields)


def score(vec: dict[str, int | None], weights: dict) -> float:
    """Match weight in bits: prior log-odds plus log2(m/u) of each comparable field's level.

    Fields named in a joint table of the weights (``"joint": [{"fields": [...], "table": {key: weight}}]``)
    contribute one weight for their *combination* of levels instead of one weight each: given name, last
    name and address agreement are strongly dependent among candidate pairs (a first name on the right
    street says much more when the last name is unknown than the sum of the two suggests, and much less
    when it is known and differs), which the independence assumption of Fellegi–Sunter gets wrong. A
    combination too rare in training to have its own weight falls back to the per-field weights.
    """
    w = weights["prior_log2_odds"]
    table = weights["fields"]
    done: tuple[str, ...] = ()
    for spec in weights.get("joint", ()):
        fs = spec["fields"]
        jw = spec["table"].get(joint_key(vec, fs))
        if jw is not None:
            w += jw
            done += tuple(fs)
    for f, lv in vec.items():
        if lv is None or f in done:
            continue
        levels = table.get(f)
        if levels is not None and str(lv) in levels:
            w += levels[str(lv)]
    return w


# How far an age guess may lie from an exact birth year (or from another guess) in the clustering guard: the
# years outside the guess's own range, read from its ordered window ("yo"); farther than the window is GUESS_FAR.
# The slack is estimated per run (estimate_age_slack), between the plaintext path's AGE_SLACK and AGE_SLACK_MAX;
# two guesses may always be EST_EST_GAP years apart (two guesses each widened by two, as before the slack).
GUESS_FAR = AGE_SLACK_MAX + 1  # beyond any slack: "far" (computed gaps are capped here)
EST_EST_GAP = 4
EST_MEMBERS = 6  # age-guess members of a group checked by the guard (the first ones)
AGE_SLACK_MARGIN = 4.0  # bits above the threshold without the birth comparison: a certain pair
AGE_SLACK_MIN_PAIRS = 200
ALIGN_AGE_GUESSES = True  # estimate and remove a run's offset of age guesses (estimate_age_offset)


def guess_gap(m: EncodedMention, years: frozenset[str] | set[str]) -> int:
    """Years between the age guess of ``m`` and the nearest of the year tokens ``years`` (0 inside the guess's
    range, GUESS_FAR beyond its window). Encodings without "yo" give 0, 2, 5 or GUESS_FAR from their sets."""
    if m.year_order:
        order, w, s = m.year_order, m.window, m.shift
        last = len(order) - 1 - w
        best = GUESS_FAR
        for t in years:
            i = order.get(t)
            if i is not None:
                best = min(best, max(0, w - s - i, i - last + s))
        return best
    if m.years & years:
        return 0
    if m.years_wide & years:
        return 2
    if m.years_far & years:
        return 5
    return GUESS_FAR


def guess_error(m: EncodedMention, years: frozenset[str] | set[str]) -> float | None:
    """Signed years from the exact birth year among ``years`` nearest to the guess of ``m`` to the centre of the
    guess's range (positive: the guess points at a later birth year), before any shift; None when no year
    token lies in the guess's ordered window. Read from the order of "yo" alone."""
    if not m.year_order:
        return None
    order, w = m.year_order, m.window
    half = _half_width(m)
    best = None
    for t in years:
        i = order.get(t)
        if i is not None:
            e = half + w - i
            if best is None or abs(e) < abs(best):
                best = e
    return best


def _half_width(m: EncodedMention) -> float:
    """Half the width of the age guess's own range of years, read from its ordered window ("yo")."""
    return (len(m.year_order) - 1 - 2 * m.window) / 2


def _is_guess(m: EncodedMention) -> bool:
    return m.estimated and bool(m.year_order or m.years_wide)


@dataclass(slots=True)
class _Group:
    members: list[int]
    bsns: set[str]
    genders: set[str]
    exact: set[str]  # exact birth-year tokens
    est: tuple[int, ...]  # the first EST_MEMBERS members known by an age guess
    dates: set[str]  # exact date tokens (all interpretations)
    dwild: set[str]  # one-digit wildcards of exact dates
    groups: set[str]  # first-name variant-group tokens (any salt)


def _name_groups(m: EncodedMention) -> set[str]:
    return {g for e in m.names.values() for g in e.groups}


def _group(i: int, m: EncodedMention) -> _Group:
    return _Group(
        [i],
        {m.bsn} if m.bsn else set(),
        {m.sx} if m.sx else set(),
        set(m.years) if m.year_near else set(),
        (i,) if _is_guess(m) else (),
        set(m.dates),
        set(m.dwild),
        _name_groups(m),
    )


def _pairwise_ok(ga: _Group, gb: _Group, ms: list[EncodedMention], k: int) -> bool:
    """Given names and last names of the two groups must agree somewhere when they can be compared."""
    given_seen = last_seen = False
    given_ok = last_ok = False
    for i in ga.members[:6]:
        for j in gb.members[:6]:
            a, b = ms[i], ms[j]
            lv = given_level(a, b, k)
            if lv is None:
                if _shares(a, b, "sonc"):
                    given_seen = given_ok = True
                elif a.nc is not None and b.nc is not None:
                    given_seen = True
                    given_ok = given_ok or filter_level(a.nc, b.nc, a.mode, k) >= 2
            elif lv > 2:
                given_seen = True
                given_ok = given_ok or lv >= 4
            ll = last_level(a, b, k)
            if ll == 0 and lv is not None and lv <= 3 and crossed(a, b, k):
                given_seen = given_ok = True
                ll = 1
            if ll is not None:
                last_seen = True
                last_ok = last_ok or ll >= 1
            elif _shares(a, b, "nyl"):
                last_seen = last_ok = True
    return (given_ok or not given_seen) and (last_ok or not last_seen)


def _compatible(ga: _Group, gb: _Group, ms: list[EncodedMention], k: int, slack: int = AGE_SLACK) -> bool:
    if ga.bsns and gb.bsns and ga.bsns != gb.bsns:
        return False
    if ga.genders and gb.genders and not ga.genders & gb.genders and not ga.bsns & gb.bsns:
        # a wrong gender is a registration error where one BSN, or the same first name and the same birth date,
        # leave no doubt (as the plaintext guard); an initial or a similar name (twins Daan and Dana) stays apart
        if not (ga.groups & gb.groups and ga.dates & gb.dates):
            return False
    # every age guess must fit some exact birth year of the other group within the run's slack, not all of them
    # (a one-digit year typo in one mention made every guess incompatible), as in the plaintext guard
    if gb.exact and any(guess_gap(ms[i], gb.exact) > slack for i in ga.est):
        return False
    if ga.exact and any(guess_gap(ms[i], ga.exact) > slack for i in gb.est):
        return False
    # two groups known by age guesses must have guesses near each other, as the plaintext guard's est-vs-est
    # rule: a middle mention without any age no longer chains a 14-year-old and a 30-year-old of one name
    if ga.est and gb.est:
        gap = max(EST_EST_GAP, slack)
        if any(guess_gap(ms[i], ms[j].years) > gap for i in ga.est for j in gb.est):
            return False
    if ga.dates and gb.dates and not (ga.dates & gb.dates) and not (ga.dwild & gb.dwild):
        return False
    if ga.bsns & gb.bsns:
        # one valid BSN: swapped name fields or a married name are registration errors (the plaintext guard)
        return True
    return _pairwise_ok(ga, gb, ms, k)


def _merge(ga: _Group, gb: _Group) -> _Group:
    return _Group(
        ga.members + gb.members,
        ga.bsns | gb.bsns,
        ga.genders | gb.genders,
        ga.exact | gb.exact,
        (ga.est + gb.est)[:EST_MEMBERS],
        ga.dates | gb.dates,
        ga.dwild | gb.dwild,
        ga.groups | gb.groups,
    )


def cluster(
    ms: list[EncodedMention],
    pairs: np.ndarray,
    weights: np.ndarray,
    threshold: float,
    k: int = 8,
    slack: int = AGE_SLACK,
) -> list[int]:
    """Guarded greedy clustering: merge pairs above ``threshold``, strongest first, but never two groups that
    conflict (different BSNs; different genders unless one BSN or the same first name and date say it is a
    registration error; an exact birth year more than ``slack`` years outside an age guess; age guesses far
    apart; exact dates more than one digit apart; or given/last names that are clearly different). Stops
    chaining through weak middle mentions. A second pass retries merges refused while groups were still partial."""
    uf: GuardedUnion[_Group] = GuardedUnion(
        len(ms), lambda i: _group(i, ms[i]), lambda ga, gb: _compatible(ga, gb, ms, k, slack), _merge
    )
    uf.merge_pairs(pairs, weights, threshold)
    return uf.roots()


def estimate_age_slack(
    ms: list[EncodedMention], pairs: np.ndarray, scores: np.ndarray, weights: dict, threshold: float
) -> int:
    """How rough are this run's age guesses? As the plaintext path (``batch.estimate_age_slack``): pairs of an
    age guess and an exact birth date whose link is certain without the birth comparison (AGE_SLACK_MARGIN bits
    above the threshold on the other fields) show the guesses' errors; the guard allows their
    AGE_SLACK_PERCENTILE-th percentile, between AGE_SLACK and AGE_SLACK_MAX years (``batch.slack_from_errors``).
    Only scores are used."""
    sure = _certain_guess_pairs(ms, pairs, scores, weights, threshold, scores > threshold)
    return slack_from_errors([guess_gap(guess, exact.years) for guess, exact in sure], AGE_SLACK_MIN_PAIRS)


def _guess_and_exact(a: EncodedMention, b: EncodedMention) -> tuple[EncodedMention, EncodedMention] | None:
    """(the age guess, the exact date) of a pair of an age guess and an exact birth date, else None."""
    if _is_guess(a) and b.year_near:
        return a, b
    if _is_guess(b) and a.year_near:
        return b, a
    return None


def _certain_guess_pairs(
    ms: list[EncodedMention],
    pairs: np.ndarray,
    scores: np.ndarray,
    weights: dict,
    threshold: float,
    among: np.ndarray,
) -> Iterator[tuple[EncodedMention, EncodedMention]]:
    """(guess, exact) of the pairs selected by the mask ``among`` that are an age guess against an exact date and
    certain without the birth comparison (AGE_SLACK_MARGIN bits above the threshold on the other fields): the
    pairs that show how this run's guesses err (estimate_age_slack, estimate_age_offset)."""
    dob_w = weights["fields"].get("dob", {})
    for idx in np.flatnonzero(among).tolist():
        a, b = ms[int(pairs[idx, 0])], ms[int(pairs[idx, 1])]
        ge = _guess_and_exact(a, b)
        if ge is not None and scores[idx] - dob_w.get(str(dob_level(a, b)), 0.0) >= threshold + AGE_SLACK_MARGIN:
            yield ge


def estimate_age_offset(
    ms: list[EncodedMention], pairs: np.ndarray, scores: np.ndarray, weights: dict, threshold: float
) -> int:
    """Years by which this run's age guesses place birth years too late (negative: too early), as the plaintext
    path's ``batch.estimate_age_offset``: the trimmed mean of the signed guess errors (guess_error) over the pairs
    of a guess and an exact date whose link is certain without the birth comparison (AGE_SLACK_MARGIN bits above
    the threshold on the other fields) and at most AGE_REWEIGH_MAX_GAP years outside the guess; 0 with fewer than
    AGE_OFFSET_MIN_PAIRS such pairs or a median error under a year. Guesses are relative to the day they were
    written down, which the encodings do not carry: a file of mentions gathered over years reads every guess
    against today. Bounded by the ordered window of the encodings (an offset must leave AGE_SLACK_MAX years of
    window on either side) and AGE_OFFSET_MAX. Only scores and the order of year tokens are used."""
    errors = []
    for guess, exact in _certain_guess_pairs(ms, pairs, scores, weights, threshold, np.isfinite(scores)):
        e = guess_error(guess, exact.years)  # None for a guess without "yo"
        if e is None or abs(e) - _half_width(guess) > AGE_REWEIGH_MAX_GAP:
            continue
        errors.append(e)
    if len(errors) < AGE_OFFSET_MIN_PAIRS:
        return 0
    room = min(m.window for m in ms if m.year_order) - AGE_SLACK_MAX
    return offset_from_errors(errors, max(0, min(AGE_OFFSET_MAX, room)))


def shift_age_guesses(
    ms: list[EncodedMention], pairs: np.ndarray, scores: np.ndarray, weights: dict, offset: int
) -> np.ndarray:
    """Move every age guess ``offset`` years earlier (EncodedMention.shift) and give the pairs of a guess and an
    exact date the birth comparison's weight at their new level (dob is not in a joint table: its weight is one
    term of the score). Hard conflicts stay."""
    dob_w = weights["fields"].get("dob", {})
    touched = []
    for idx in range(len(pairs)):
        a, b = ms[int(pairs[idx, 0])], ms[int(pairs[idx, 1])]
        if np.isfinite(scores[idx]) and _guess_and_exact(a, b) is not None:
            touched.append((idx, dob_level(a, b)))
    for m in ms:
        if _is_guess(m) and m.year_order:
            m.shift = offset
    out = scores.copy()
    for idx, before in touched:
        after = dob_level(ms[int(pairs[idx, 0])], ms[int(pairs[idx, 1])])
        if after != before:
            out[idx] += dob_w.get(str(after), 0.0) - dob_w.get(str(before), 0.0)
    return out


class TokenFrequencies:
    """Frequencies of salted name tokens in the data being linked (term-frequency adjustment).

    Agreement on a rare name is stronger evidence than on a common one, as in the plaintext engine and
    Splink. The linkage unit sees these token frequencies anyway (it is the residual leak of keyed
    tokens); here they only sharpen the weights. Tokens are salted by birth year, so the frequency is that
    of "this name, born in this year", and the reference u is the collision probability of the same
    salted tokens between two random mentions. A mention with k salted copies counts 1/k per copy.
    """

    MIN_RECORDS = 3000
    MAX_UP = 4.0
    MAX_DOWN = 3.0

    def __init__(self, ms: list[EncodedMention]) -> None:
        groups: dict[str, float] = defaultdict(float)
        lasts: dict[str, float] = defaultdict(float)
        joint: dict[tuple[str, str], float] = defaultdict(float)
        n_names = n_last = n_joint = 0
        for m in ms:
            if not m.names:
                continue
            share = 1.0 / len(m.names)
            has_g = has_l = False
            for e in m.names.values():
                for g in e.groups:
                    groups[g] += share
                    has_g = True
                if e.last_skel:
                    lasts[e.last_skel] += share
                    has_l = True
                    for g in e.groups:
                        joint[(g, e.last_skel)] += share
            n_names += has_g
            n_last += has_l
            n_joint += has_g and has_l
        self.active = n_names >= self.MIN_RECORDS
        self.group = {k: v / n_names for k, v in groups.items()} if n_names else {}
        self.last = {k: v / n_last for k, v in lasts.items()} if n_last else {}
        self.joint = {k: v / n_joint for k, v in joint.items()} if n_joint else {}
        self.u_group = max(sum(f * f for f in self.group.values()), 1e-9)
        self.u_last = max(sum(f * f for f in self.last.values()), 1e-9)
        self.u_joint = max(sum(f * f for f in self.joint.values()), 1e-12)

    def _clip(self, x: float, down: float) -> float:
        return max(-down, min(self.MAX_UP, x))

    def adjustment(self, vec: dict[str, int | None], a: EncodedMention, b: EncodedMention) -> float:
        if not self.active:
            return 0.0
        same_given = vec["given"] in (5, 6)
        same_last = vec["last"] in (2, 3)
        fg = fl = fj = None
        for s in a.names.keys() & b.names.keys():
            ea, eb = a.names[s], b.names[s]
            shared = ea.groups & eb.groups
            if same_given and shared:
                f = min(self.group.get(g, 1.0) for g in shared)
                fg = f if fg is None else min(fg, f)
            if same_last and ea.last_skel and ea.last_skel == eb.last_skel:
                f = self.last.get(ea.last_skel, 1.0)
                fl = f if fl is None else min(fl, f)
                if shared:
                    f = min(self.joint.get((g, ea.last_skel), 1.0) for g in shared)
                    fj = f if fj is None else min(fj, f)
        if fj:
            return self._clip(math.log2(self.u_joint / fj), 2 * self.MAX_DOWN)
        adj = 0.0
        if fg:
            adj += self._clip(math.log2(self.u_group / fg), self.MAX_DOWN)
        if fl:
            adj += self._clip(math.log2(self.u_last / fl), self.MAX_DOWN)
        return adj


def score_all(
    ms: list[EncodedMention],
    pairs: np.ndarray,
    weights: dict,
    params: EncodingParams,
    use_tf: bool = False,
    keep_vectors: bool = True,
) -> tuple[np.ndarray, list[dict[str, int | None]]]:
    """Match weight of every candidate pair (-inf for hard conflicts), and the comparison vectors if asked."""
    out = np.empty(len(pairs), dtype=np.float64)
    vecs = []
    tf = TokenFrequencies(ms) if use_tf else None
    for idx in range(len(pairs)):
        a, b = ms[int(pairs[idx, 0])], ms[int(pairs[idx, 1])]
        vec = compare(a, b, params.name_k, params.street_k)
        if hard_conflict(a, b, vec):
            out[idx] = -math.inf
        else:
            out[idx] = score(vec, weights) + (tf.adjustment(vec, a, b) if tf is not None else 0.0)
        if keep_vectors:
            vecs.append(vec)
    return out, vecs


def rescale_prior(weights: dict, n_records: int, n_pairs: int) -> dict:
    """Adapt the prior odds to the size of this run.

    The prior is the share of true matches among candidate pairs. Matches per mention stay about the same
    when a data set grows, but candidate pairs per mention grow (more namesakes per block), so a prior
    learned on a small training set overstates the match odds of a large run. Scale it with the expected
    matches (training rate per mention) over the candidate pairs actually found.
    """
    t = weights.get("trained_on") or {}
    if not t.get("records") or not t.get("matches") or n_records < 2 or n_pairs < 1:
        return weights
    expected = t["matches"] / t["records"] * n_records
    non = max(n_pairs - expected, 1.0)
    out = dict(weights)
    out["prior_log2_odds"] = math.log2((expected + 1) / (non + 1))
    return out


def estimate_match_share_em(scores: np.ndarray, prior_log2_odds: float, iterations: int = 40) -> float:
    """Share of true matches among the candidate pairs, re-estimated on the run itself.

    Expectation maximisation on lambda only (the m/u weights stay as trained), as the plaintext batch path
    (``batch.estimate_prior_em``) and Splink do: the expected number of matches is the sum of the pairs'
    posterior probabilities. ``scores`` are match weights including ``prior_log2_odds``; hard conflicts
    (-inf) count as non-matches. Only the scores are used, nothing about the identities.
    """
    n = len(scores)
    lam = 2.0**prior_log2_odds / (1 + 2.0**prior_log2_odds)
    if n == 0:
        return lam
    bf = np.asarray(scores, dtype=np.float64)
    return em_match_share(bf[np.isfinite(bf)] - prior_log2_odds, lam, n, 1e-9, iterations)


def em_prior(weights: dict, scores: np.ndarray) -> tuple[dict, np.ndarray]:
    """Replace the size-rule prior by one re-estimated on this run's scores (EM on lambda).

    The EM estimate is biased (m/u are not conditionally independent), so it is calibrated against the same
    estimate on the training data (``em_share`` in the weights file, whose true share is the trained
    prior): prior = trained prior + logit(lambda_run) - logit(lambda_train). Never more lenient than the
    trained prior (a run with more duplicates per candidate pair keeps it), as in the plaintext path.
    Runs with fewer than ``EM_MIN_PAIRS`` candidate pairs, or weights without ``em_share``, keep the size
    rule (:func:`rescale_prior`).
    """
    t = weights.get("trained_on") or {}
    em_train, p_train = t.get("em_share"), t.get("prior_log2_odds")
    if not em_train or p_train is None or len(scores) < EM_MIN_PAIRS:
        return weights, scores
    used = weights["prior_log2_odds"]
    lam = estimate_match_share_em(scores, used)
    prior = min(p_train, p_train + math.log2(lam / (1 - lam)) - math.log2(em_train / (1 - em_train)))
    out = dict(weights)
    out["prior_log2_odds"] = prior
    return out, scores + (prior - used)


def link(
    lines: Iterable[dict],
    weights: dict | None = None,
    params: EncodingParams | None = None,
) -> list[dict]:
    """Link encoded mentions; returns ``[{"id", "cluster"}]`` in input order (no scores)."""
    params = params or EncodingParams()
    ms = [parse(x) for x in lines]
    if weights is None:
        salted = any(s for m in ms for s in m.names)
        weights = load_weights(SALTED_WEIGHTS if salted else DEFAULT_WEIGHTS)
    pairs = candidate_pairs(ms)
    weights = rescale_prior(weights, len(ms), len(pairs))
    scores, _ = score_all(ms, pairs, weights, params, use_tf=bool(weights.get("use_tf")), keep_vectors=False)
    weights, scores = em_prior(weights, scores)
    if ALIGN_AGE_GUESSES and (offset := estimate_age_offset(ms, pairs, scores, weights, weights["threshold"])):
        scores = shift_age_guesses(ms, pairs, scores, weights, offset)
        weights, scores = em_prior(weights, scores)
    slack = estimate_age_slack(ms, pairs, scores, weights, weights["threshold"])
    roots = cluster(ms, pairs, scores, weights["threshold"], params.name_k, slack)
    labels: dict[int, str] = {}
    out = []
    for m, r in zip(ms, roots, strict=True):
        if r not in labels:
            labels[r] = f"g{len(labels) + 1:06d}"
        out.append({"id": m.id, "cluster": labels[r]})
    return out
