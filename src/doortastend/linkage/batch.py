"""Batch deduplication: blocking, scoring with the trained model, guarded clustering.

Pure Python + numpy; used by the ``doortastend link`` CLI and by the benchmark. A large batch uses a second
process (forked.Helper) twice: half of the normalising, and the blocking with the first-name comparisons
while this process codes the records and compares the other fields (_block_and_score).
"""

from __future__ import annotations

import gc
import math
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from operator import attrgetter

import numpy as np
from rapidfuzz.distance import OSA, JaroWinkler

from .clustering import GuardedUnion, em_match_share, hold_ambiguous, sorted_unique
from .forked import FAILED, Helper, can_fork
from .matcher import AMBIGUITY_MARGIN, AUTO_LINK_THRESHOLD
from .normalize import (
    CITY_ALIASES,
    INITIAL_KEY_KINDS,
    INITIAL_KINDS,
    NormalizedRecord,
    batch_caches,
    blocking_keys,
    first_name_groups,
    name_skeleton,
    normalize_record,
    split_last_name,
    swap_names,
)
from .pairs_arrays import (
    NameComparisons,
    RecordCodes,
    near_years,
    one_slip,
    score_arrays,
    send_name_comparisons,
)
from .scoring import (
    UNKNOWN_DATE_ENDINGS,
    Model,
    TermFrequencies,
    _street_key,
    cmp_address,
    cmp_first_name,
    cmp_school,
    compare,
    hard_conflict,
    names_alike,
    near_dates,
    probability,
    tf_adjustment,
)

__all__ = ["candidate_pairs", "score_pairs", "cluster", "deduplicate", "BatchResult", "group_bonus"]

# Blocks larger than this are skipped for that key: a key shared by thousands of mentions (a very common
# name on a long street) says little, and the pair count would explode. Other keys still catch true pairs.
MAX_BLOCK = 400
# Tighter caps for the broad keys (first-name group + town, + last name; last name + birth year): a block of
# 150 "Mohamed"s in one town carries little evidence but costs 11,000 comparisons.
KEY_CAPS = {"c": 120, "n": 150, "y": 200}


def _normalize_chunk(chunk: list, parse: Callable | None = None) -> list[tuple[NormalizedRecord, list[str]] | None]:
    """(record, sorted blocking keys) per (id, raw dict or None) item; with ``parse``, the items are input
    lines that ``parse`` turns into (id or None, raw dict or None) first, and a line without an id gives None."""
    out: list = []
    for item in chunk:
        rid, obj = parse(item) if parse is not None else item
        if rid is None:
            out.append(None)
            continue
        rec = None
        if obj is not None:
            try:
                rec = normalize_record(obj)
                rec.id = rid
            except Exception:  # noqa: BLE001 - a bad record becomes an empty (singleton) record
                rec = None
        if rec is None:
            rec = NormalizedRecord(id=rid)
        out.append((rec, sorted(blocking_keys(rec))))
    return out


# Share of a large batch normalised by the forked helper process in normalize_many. The helper also pickles its
# records and the parent unpickles them, so the parent takes the larger share: 1.3 s of normalising 48,000
# mentions in one process became 0.8 s.
FORK_SHARE = 0.42
FORK_MIN = 20_000


def _normalize_part(send: Callable[[object], None], part: list, parse: Callable | None) -> None:
    send(_pack(_normalize_chunk(part, parse)))


_RECORD_FIELDS = attrgetter(*NormalizedRecord.__slots__)


def _pack(items: list) -> list:
    """The helper's normalised records as tuples of their fields: pickling a slotted dataclass goes through
    its state per object, and took a third more time to write and twice as long to read (21,000 records:
    0.27 s + 0.20 s, as tuples 0.18 s + 0.10 s with rebuilding)."""
    return [None if x is None else (_RECORD_FIELDS(x[0]), x[1]) for x in items]


def copy_record(r: NormalizedRecord, **changes: object) -> NormalizedRecord:
    """dataclasses.replace for a normalised record (a shallow copy with ``changes``) at a quarter of its cost: the
    batch passes copy thousands of records (town filled in or unified: 10,700 of the frontline benchmark)."""
    out = NormalizedRecord(*_RECORD_FIELDS(r))
    for field_name, value in changes.items():
        setattr(out, field_name, value)
    return out


def _unpack(items: list) -> list:
    return [None if x is None else (NormalizedRecord(*x[0]), x[1]) for x in items]


@batch_caches()  # the helper forks inside: it remembers values too, and ends with them
def _normalize_split(items: Sequence, workers: int | None, parse: Callable | None) -> list:
    n = len(items)
    if n < FORK_MIN or not can_fork(workers):
        return _normalize_chunk(list(items), parse)
    cut = n - int(n * FORK_SHARE)
    helper = Helper(_normalize_part, list(items[cut:]), parse)
    try:
        res = _normalize_chunk(list(items[:cut]), parse)
        rest = helper.get()
    finally:
        helper.close()
    res.extend(_unpack(rest) if rest is not FAILED else _normalize_chunk(list(items[cut:]), parse))
    return res


def normalize_many(
    items: Sequence[tuple[str, dict | None]], workers: int | None = None
) -> tuple[list[NormalizedRecord], list[list[str]]]:
    """Normalise (id, raw dict or None) items and compute their blocking keys. A batch of ``FORK_MIN`` items or
    more is split with one forked helper process (where fork exists and more than one CPU or ``workers`` > 1):
    the helper normalises the last ``FORK_SHARE`` of the items while this process does the rest. (A pool that
    sends every chunk back was slower than one process: 48,000 mentions 0.8 s in one, 1.0 s in two.)"""
    res = _normalize_split(items, workers, None)
    return [r for r, _ in res], [k for _, k in res]


def normalize_lines(
    lines: Sequence[str], parse: Callable[[str], tuple[str | None, dict | None]], workers: int | None = None
) -> tuple[list[NormalizedRecord], list[list[str]], int]:
    """normalize_many for input lines, which ``parse`` turns into (id, raw dict or None) -- in the helper
    process too, so that reading is split as well: (records, keys, lines without an id)."""
    res = _normalize_split(lines, workers, parse)
    kept = [x for x in res if x is not None]
    return [r for r, _ in kept], [k for _, k in kept], len(res) - len(kept)


def candidate_pairs(
    records: Sequence[NormalizedRecord],
    max_block: int = MAX_BLOCK,
    keys: Sequence[Sequence[str]] | None = None,
) -> np.ndarray:
    """Unique candidate pairs (i < j) as an (n, 2) int array: records sharing at least one blocking key.

    Keys of the asymmetric kinds (``normalize.INITIAL_KEY_KINDS``: "t:" written by an initial-only record, "T:"
    by a record with a first-name group; "c:" by a report without a surname, "C:" by one with a surname) pair
    two records of a block only when at least one wrote the lower-case kind. A block larger than its cap
    (``MAX_BLOCK``, ``KEY_CAPS``) gives no pairs.

    The blocks are formed with array operations: one code per distinct key, the (block, record) entries
    sorted, and all blocks of one size expanded into pairs at once (a dictionary of lists per key took
    0.6 s of the Faker benchmark)."""
    n = len(records)
    if keys is None:
        keys = [sorted(blocking_keys(r)) for r in records]
    lens = np.fromiter(map(len, keys), dtype=np.int64, count=n)
    flat = [k for ks in keys for k in ks]
    if not flat:
        return np.zeros((0, 2), dtype=np.int64)
    owner = np.repeat(np.arange(n, dtype=np.int64), lens)
    # one code per distinct key through its 64-bit string hash, hashed and sorted in C (a dictionary from key to
    # code took half of this function). Two keys with one hash would share a block: more candidate pairs to
    # score, never fewer (chance about 1 in 10^8 for a batch of 300,000 lines).
    hashes = np.fromiter(map(hash, flat), dtype=np.int64, count=len(flat))
    block_hash, first_at, code = np.unique(hashes, return_index=True, return_inverse=True)
    code = code.ravel()
    del hashes
    # the kind of each distinct key (its first character) read from all keys joined into one ASCII string at
    # their offsets: one pass in C instead of one Python step per key (0.18-0.28 s instead of 0.41-0.58 s at
    # 129,000 mentions); a non-ASCII first character (never written by blocking_keys) is "?", a kind of no
    # special meaning
    key_len = np.fromiter(map(len, flat), dtype=np.int64, count=len(flat))
    text = np.frombuffer("".join(flat).encode("ascii", "replace"), dtype=np.uint8)
    at = np.cumsum(key_len) - key_len
    kind = np.where(key_len > 0, text[np.minimum(at, max(len(text) - 1, 0))], 0).astype(np.uint8)[first_at]
    del text, at, key_len
    # the asymmetric kinds: both spellings of a key form one block, the block of the lower-case spelling
    asym_kinds = np.array([ord(k) for k in INITIAL_KINDS], dtype=np.uint8)
    asym = np.isin(kind, asym_kinds)
    block = block_hash.copy()
    for c, i in zip(np.flatnonzero(asym).tolist(), first_at[asym].tolist(), strict=True):
        k = flat[i]
        block[c] = hash(k[0].lower() + k[1:])
    del flat
    bare_kind = np.zeros(256, dtype=bool)
    for k in INITIAL_KEY_KINDS:
        bare_kind[ord(k)] = True
    bare_key = bare_kind[kind]
    cap_of = np.full(256, max_block, dtype=np.int64)
    for k, c in KEY_CAPS.items():
        cap_of[ord(k)] = min(max_block, c)
        if k in INITIAL_KEY_KINDS:
            cap_of[ord(INITIAL_KEY_KINDS[k])] = min(max_block, c)  # "C:" shares the block, and the cap, of "c:"
    key_cap = cap_of[kind]

    blk = block[code]
    order = np.lexsort((owner, blk))
    blk, who, key = blk[order], owner[order], code[order]
    if len(blk) > 1:  # defensive: one record in one block once
        keep = np.ones(len(blk), dtype=bool)
        keep[1:] = (blk[1:] != blk[:-1]) | (who[1:] != who[:-1])
        blk, who, key = blk[keep], who[keep], key[keep]
    bare = bare_key[key]
    starts = np.flatnonzero(np.r_[True, blk[1:] != blk[:-1]])
    sizes = np.diff(np.r_[starts, len(blk)])
    first_key = key[starts]
    is_asym = asym[first_key]
    ok = (sizes >= 2) & (sizes <= key_cap[first_key])
    if is_asym.any():
        any_bare = np.add.reduceat(bare.astype(np.int64), starts) > 0
        ok &= ~is_asym | any_bare
    starts, sizes, is_asym = starts[ok], sizes[ok], is_asym[ok]
    chunks: list[np.ndarray] = []
    for size in np.unique(sizes).tolist():
        sel = sizes == size
        a, b = np.triu_indices(size, 1)
        for asym_blocks in (False, True):
            s0 = starts[sel & (is_asym == asym_blocks)]
            if len(s0) == 0:
                continue
            pos = s0[:, None] + np.arange(size)
            members = who[pos]
            codes = members[:, a] * n + members[:, b]
            if asym_blocks:
                lower = bare[pos]
                codes = codes[lower[:, a] | lower[:, b]]
            chunks.append(codes.ravel())
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    codes = sorted_unique(np.concatenate(chunks))
    return np.stack([codes // n, codes % n], axis=1)


# positions in the comparison vector (scoring.COMPARISONS)
_F_FIRST, _F_BIRTH, _F_ADDRESS = 1, 3, 5

_WORK: dict = {}


def _score_chunk(bounds: tuple[int, int]) -> np.ndarray:
    records, pairs, model, tf = _WORK["records"], _WORK["pairs"], _WORK["model"], _WORK["tf"]
    # the first-name level per pair of signatures, kept by each worker process over its chunks: the
    # candidate pairs of a batch hold far fewer distinct pairs of first names (Faker: 300,000 -> 43,000)
    sig, levels = _WORK["first_sig"], _WORK["first_levels"]
    lo, hi = bounds
    out = np.empty(hi - lo, dtype=np.float64)
    weights, prior = model.weights, model.prior_weight
    for k, (i, j) in enumerate(pairs[lo:hi].tolist()):
        a = records[i]
        b = records[j]
        key = (sig[i], sig[j])
        first = levels.get(key)
        if first is None:
            first = levels[key] = cmp_first_name(a, b)  # once for both
        if hard_conflict(a, b, second_bsn=True, first=first):
            out[k] = -99.0
            continue
        w = prior
        vec = compare(a, b, first)
        for f, lvl in enumerate(vec):
            w += weights[f][lvl]
        if tf is not None:
            w += tf_adjustment(model, vec, a, b, tf)
        out[k] = w
    return out


# Score the candidate pairs with array operations (pairs_arrays.score_arrays, the same weights as the per-pair
# _score_chunk, which remains for records the array code does not read).
ARRAY_SCORING = True
# Fewer pairs than this are scored in this process: starting worker processes costs more than they save.
SCORE_POOL_MIN = 50_000


def conflict_screen(
    records: Sequence[NormalizedRecord], pairs: np.ndarray, codes: RecordCodes | None = None
) -> np.ndarray:
    """A boolean per pair: hard_conflict(a, b, second_bsn=True) holds for its BSNs or its birth dates, found
    with array operations instead of one Python call per pair (``codes``: the batch's RecordCodes, made here
    when not given).

    Two valid BSNs that differ (unless scoring.same_fingerprint: one first name, surname and unambiguous birth
    date, a parent's BSN in a child's file), or exact birth dates more than two years apart that are not
    scoring.near_dates: for ISO dates of one length and years more than two apart, that is one character
    changed or two neighbouring ones swapped (1987/1978), as OSA distance <= 1 is between strings of one length.
    Every pair it flags is one hard_conflict flags (a test ties the two), so those pairs skip the per-pair
    comparison: 40 % of the candidate pairs on the Faker benchmark, namesakes and siblings of another year."""
    n = len(pairs)
    if n == 0:
        return np.zeros(0, dtype=bool)
    c = codes or RecordCodes(records)
    a, b = pairs[:, 0], pairs[:, 1]
    ba, bb = c.bsn[a], c.bsn[b]
    # same_fingerprint(a, b) is read from a's side, the lower index, as _score_chunk calls hard_conflict(a, b)
    fingerprint = (c.fingerprint[a] > 0) & (c.fingerprint[a] == c.fingerprint[b]) & c.single_date[a]
    out = (ba > 0) & (bb > 0) & (ba != bb) & ~fingerprint
    # ISO dates only ("YYYY-MM-DD", as normalize.parse_dates writes them: c.bd); any other value is left to the
    # per-pair comparison
    da, db = c.bd[a], c.bd[b]
    far = (da > 0) & (db > 0) & (da != db) & (np.abs(c.year[a] - c.year[b]) > 2)
    idx = np.flatnonzero(far)
    if len(idx):
        # years more than two apart: near_dates is one slip or the same day a decade apart (not a year or a
        # day apart)
        ia, ib = a[idx], b[idx]
        near = one_slip(c.chars[ia], c.chars[ib]) | near_years(c.md[ia], c.md[ib], c.year[ia], c.year[ib])
        out[idx[~near]] = True
    return out


def score_pairs(
    records: Sequence[NormalizedRecord],
    pairs: np.ndarray,
    model: Model,
    workers: int | None = None,
    tf: TermFrequencies | None = None,
    codes: RecordCodes | None = None,
    names: NameComparisons | None = None,
) -> np.ndarray:
    """Match weights (log2 Bayes factor incl. prior) for each candidate pair; -99 for hard conflicts. Pairs the
    conflict_screen flags get -99 without a comparison; the others are compared with array operations
    (pairs_arrays.score_arrays) or, for records those do not read, pair by pair in worker processes.
    ``codes``: the batch's RecordCodes, made here when not given. ``names``: the first-name levels and crossed
    name fields of all ``pairs`` from a helper process (_block_and_score); without it, SCORE_POOL_MIN pairs or
    more to compare start such a helper here."""
    n = len(pairs)
    if n == 0:
        return np.zeros(0)
    workers = workers or min(os.cpu_count() or 1, 4)
    if tf is not None and not tf.active:
        tf = None
    out = np.full(n, -99.0)
    codes = codes or RecordCodes(records)
    todo = np.flatnonzero(~conflict_screen(records, pairs, codes))
    rest = pairs[todo]
    m = len(rest)
    if ARRAY_SCORING and codes.iso_ok:
        helper = None
        if names is not None:
            first, crossed = cache(lambda: names.first[todo]), cache(lambda: names.crossed[todo])
        elif m >= SCORE_POOL_MIN and can_fork(workers):
            helper = Helper(send_name_comparisons, records, rest)
            rest_names = NameComparisons(records, rest, helper)
            first, crossed = (lambda: rest_names.first), (lambda: rest_names.crossed)
        else:
            first = crossed = None
        try:
            out[todo] = score_arrays(records, rest, model, tf, codes=codes, first_levels=first, crossed=crossed)
        finally:
            if helper is not None:
                helper.close()
        return out
    _WORK.update(
        records=records, pairs=rest, model=model, tf=tf, first_sig=codes.fsig.tolist(),
        first_levels={},
    )
    try:
        if workers <= 1 or m < SCORE_POOL_MIN:
            out[todo] = _score_chunk((0, m))
            return out
        import multiprocessing as mp

        step = max(10_000, m // (workers * 8) + 1)
        bounds = [(s, min(m, s + step)) for s in range(0, m, step)]
        ctx = mp.get_context("fork")
        with ctx.Pool(workers) as pool:
            parts = pool.map(_score_chunk, bounds)
        out[todo] = np.concatenate(parts)
        return out
    finally:
        _WORK.clear()


@dataclass(slots=True)
class _ClusterInfo:
    bsns: set
    years: list  # [min exact birth year, max exact birth year] or None
    est: list  # [lo, hi] intersection of age-estimate ranges or None
    genders: set
    names: set  # full first names (normalised)
    groups: set
    dates: set  # exact birth dates (all interpretations)
    lastnames: set  # last-name cores


def _info(r: NormalizedRecord) -> _ClusterInfo:
    years = [int(r.birth_date[:4])] * 2 if r.birth_date else None
    est = [r.birth_year_min, r.birth_year_max] if (r.age_estimated and r.birth_year_min is not None) else None
    names = set(r.first_names[:1]) | ({r.nickname} if r.nickname else set())
    return _ClusterInfo(
        {r.bsn} if r.bsn else set(),
        years,
        est,
        {r.gender} if r.gender else set(),
        names,
        set(r.name_groups),
        set(r.birth_dates),
        {r.last_name_core} if r.last_name_core else set(),
    )


def _dates_compatible(a: set, b: set) -> bool:
    """One digit wrong, two swapped, one day apart (a date converted across midnight, 2008-01-20 / 2008-01-19) or
    the same day a year off (2000-02-07 / 1999-02-07: four digits, one slip)."""
    if not a or not b or a & b:
        return True
    return any(near_dates(x, y) for x in list(a)[:8] for y in list(b)[:8])


def _lastnames_compatible(a: set, b: set) -> bool:
    if not a or not b or a & b:
        return True
    for x in list(a)[:6]:
        for y in list(b)[:6]:
            if (
                JaroWinkler.similarity(x, y) >= 0.85
                or x.split()[0] == y.split()[0]
                or x.split()[-1] == y.split()[-1]
            ):
                return True
            # typos in short surnames (vos/vso, bos/bus, bs/bos) defeat Jaro-Winkler; one edit or one transposition
            # is not a different family for the guard (the pair's weight still has to carry the link)
            # ... and so are phonetic spellings (Moelder/Mulder, Berch/Berg, Kaija/Kaya)
            if OSA.distance(x, y) <= 1 or name_skeleton(x) == name_skeleton(y):
                return True
            # a particle written together with the name: "elamrani" / "amrani", "vandam" / "dam"
            short, long = (x, y) if len(x) < len(y) else (y, x)
            if len(short) >= 3 and long.replace(" ", "").endswith(short.replace(" ", "")):
                return True
    return False


def _names_compatible(a: _ClusterInfo, b: _ClusterInfo) -> bool:
    if not a.names or not b.names:
        return True
    if a.groups & b.groups:
        return True
    return any(names_alike(x, y) for x in list(a.names)[:6] for y in list(b.names)[:6])


def _near_name(x: str, y: str) -> bool:
    return min(len(x), len(y)) >= 2 and max(len(x), len(y)) >= 3 and OSA.distance(x, y) <= 1


def _spans_meet(x, y, slack) -> bool:
    """Two [first, last] birth-year spans overlap when each is widened by ``slack`` years."""
    return x[0] - slack <= y[1] and y[0] <= x[1] + slack


MARRIED_NAME_RULE = True
ADULT_AGE = 18


def _crossed(a: _ClusterInfo, b: _ClusterInfo) -> bool:
    """First and last name swapped on one side ("Ouali" / "Yasmina Amal" against "Yasmina Amal" / "Ouali"), also
    with a typo in one of them ("Stijn" / "Mulder" against "Muder" / "Stijn")."""
    if not (a.names and b.names and a.lastnames and b.lastnames):
        return False
    a_last = a.lastnames | {x.split()[0] for x in a.lastnames}
    b_last = b.lastnames | {x.split()[0] for x in b.lastnames}

    def meet(names: set, groups: set, lasts: set) -> int:
        """2: the given names hold the surname closely; 1: loosely (a slip in a short name, a roepnaam of the
        given name in the surname field: "Uar" / "Ahmet", "Jonker" / "Corrie"), as scoring.names_crossed."""
        if names & lasts or any(
            _near_name(x, y) for x in list(names)[:6] for y in list(lasts)[:6] if len(x) >= 4
        ):
            return 2
        tokens = [t for y in list(lasts)[:6] for t in y.split() if len(t) >= 3]
        if any(_near_name(x, t) for x in list(names)[:6] for t in tokens if len(x) >= 3):
            return 1
        return 1 if groups and any(first_name_groups(t) & groups for t in tokens) else 0

    ab, ba = meet(a.names, a.groups, b_last), meet(b.names, b.groups, a_last)
    return bool(ab and ba and (ab == 2 or ba == 2))


def _same_known_date(a: _ClusterInfo, b: _ClusterInfo) -> bool:
    return any(not d.endswith(UNKNOWN_DATE_ENDINGS) for d in a.dates & b.dates)


def _compatible(a: _ClusterInfo, b: _ClusterInfo) -> bool:
    if a.bsns and b.bsns and a.bsns != b.bsns:
        # a parent's BSN on a child's record: two BSNs for one child whose first name, surname and birth date
        # are the same; the date must be known and unambiguous (one reading, no day/month swap possible) and
        # the only one on both sides; the pair's weight, with the BSN disagreement in it, still has to carry it
        if not (len(a.dates) == 1 and a.dates == b.dates and _same_known_date(a, b)):
            return False
        if not (a.names & b.names and a.lastnames & b.lastnames):
            return False
    # one valid BSN: a wrong gender, first and last name swapped or a married name are registration errors;
    # only the birth date or age (a parent's BSN on a child's record) still keeps the two apart
    same_bsn = bool(a.bsns & b.bsns)
    if a.genders and b.genders and not a.genders & b.genders and not same_bsn:
        # a wrong gender is tolerated where the same first name and the same birth date leave no doubt; an
        # initial or a similar name (twins Daan and Dana) is kept apart by it
        if not (a.groups & b.groups and a.dates & b.dates):
            return False
    # an age estimate must fit some exact birth year of the other group (a group's years can span a one-digit
    # typo, 1990 next to 1997; requiring all of them to fit refused true merges)
    slack = _AGE_SLACK[0]
    if a.est and b.years and not _spans_meet(a.est, b.years, slack):
        return False
    if b.est and a.years and not _spans_meet(b.est, a.years, slack):
        return False
    # two age guesses may be GUARD_EST_SLACK years apart, or more where this batch's guesses are rougher (the
    # slack of a guess against an exact date)
    if GUARD_EST_SLACK is not None and a.est and b.est and not _spans_meet(a.est, b.est, max(GUARD_EST_SLACK, slack)):
        return False
    if not _dates_compatible(a.dates, b.dates) and not (same_bsn and _spans_meet(a.years, b.years, 1)):
        # with one valid BSN a birth date in the same or the next year is a typing error (2017-05-28 /
        # 2017-05-19); a parent's BSN on a child's record is decades off
        return False
    if same_bsn:
        return True
    lastnames_ok = _lastnames_compatible(a.lastnames, b.lastnames)
    if lastnames_ok and _names_compatible(a, b):
        return True
    if _crossed(a, b):  # names swapped on one side
        return True
    # a married name (naamgebruik) is a different surname for the same adult: the same first name and the same
    # birth date allow it
    return (
        not lastnames_ok
        and MARRIED_NAME_RULE
        and bool(a.names and b.names)
        and _same_known_date(a, b)
        and a.years[1] <= date.today().year - ADULT_AGE
        and _names_compatible(a, b)
    )


# Years by which an age estimate may miss the exact birth year of the other group (on top of the widening
# in normalize.age_to_birth_years). The batch sets it from its own data (estimate_age_slack) for the time of
# one cluster() call; AGE_SLACK is the value for our generator's guesses and the floor.
AGE_SLACK = 2
AGE_SLACK_MAX = 8
AGE_SLACK_PERCENTILE = 99
_AGE_SLACK = [AGE_SLACK]


def estimate_age_slack(
    records: Sequence[NormalizedRecord],
    pairs: np.ndarray,
    weights: np.ndarray,
    threshold_weight: float,
    model: Model,
    min_pairs: int = 200,
    guess: GuessLevels | None = None,
) -> int:
    """How rough are this batch's age guesses? Pairs of an exact birth date and an age estimate whose link is
    certain *without* the birth comparison (at least 4 bits above the threshold on the other fields) show
    the guesses' errors; the guard allows the 99th percentile (AGE_SLACK_PERCENTILE) of the error minus the
    estimate's own width, between AGE_SLACK and AGE_SLACK_MAX years. Residents' guesses of adults' ages are
    often five or more years off; in our generator they are within about two. The sample is biased towards
    small errors (guesses far off are less often compared, and a link that needs the birth comparison is not
    counted), hence a high percentile: the 99th of the sample is about the 98th of all true pairs of a guess
    and a date on five benchmarks (the 98th until the twelfth round, the 95th until the seventh, the 90th before
    that).
    ``guess``: _birth_guess_levels of these records and pairs, when the caller has them."""
    levels, against_date, _ = guess if guess is not None else _birth_guess_levels(records, pairs)
    w_birth = np.asarray(model.weights[_F_BIRTH], dtype=np.float64)
    sure = (weights > threshold_weight) & against_date & (weights - w_birth[levels] >= threshold_weight + 4)
    error, half_width = _guess_errors(records, pairs[sure])
    return slack_from_errors(np.abs(error) - half_width, min_pairs)


def slack_from_errors(errors, min_pairs: int) -> int:
    """The age slack that years of guess error on certain pairs call for: their AGE_SLACK_PERCENTILE-th
    percentile rounded up, between AGE_SLACK and AGE_SLACK_MAX; AGE_SLACK with fewer than ``min_pairs`` errors
    (the plaintext batch and the PPRL linker alike)."""
    if len(errors) < min_pairs:
        return AGE_SLACK
    q = float(np.percentile(errors, AGE_SLACK_PERCENTILE))
    return int(min(AGE_SLACK_MAX, max(AGE_SLACK, math.ceil(q))))


# How far off are this batch's age guesses? The trained m-probabilities of the age-guess levels of the birth
# comparison (scoring.cmp_birth levels 4-7: within a year, fits, a few years off, more than five years off) come
# from our generator, whose residents guess within about two years. In the independent benchmarks 35-55 % of the
# true pairs of a guess and a date are a few or more than five years off (13 % in ours), and the trained weights
# (-0.5 and -9.9 bits for those two levels) then keep a resident's report away from the person it is about. The
# batch re-estimates how the true pairs spread over the four levels from the pairs of a guess and an exact date
# whose link is certain without the birth comparison (AGE_REWEIGH_MARGIN bits above the threshold on the other
# fields), as Splink re-estimates m by expectation maximisation; the trained shares count as
# AGE_REWEIGH_PRIOR_PAIRS pairs. The estimate only ever raises the shares of the two "off" levels (those certain
# pairs are the richer reports, whose guesses are better than the rest: a lower share is that bias, not news),
# and only when it raises them by half or more (AGE_REWEIGH_MIN_RATIO), so a batch whose guesses are as good as
# trained keeps the trained weights exactly; the two "close" levels give up that mass in proportion. A guess
# more than AGE_REWEIGH_MAX_GAP years outside the other's range is neither counted (such "certain" pairs are a
# father and a son with one name) nor reweighed (a mother's age is no rough guess of her daughter's). u stays
# as trained: it follows the ages of the population, not the guesses.
REWEIGH_AGE_GUESSES = True
AGE_GUESS_LEVELS = (4, 5, 6, 7)
AGE_OFF_LEVELS = (6, 7)
AGE_REWEIGH_MARGIN = 4.0
AGE_REWEIGH_PRIOR_PAIRS = 200
AGE_REWEIGH_MAX_GAP = 10
AGE_REWEIGH_MIN_RATIO = 1.5


# _birth_guess_levels: (age-guess level per pair, guess against an exact date, years apart); the batch makes it
# once per state of its records and hands it to the age passes (deduplicate)
GuessLevels = tuple[np.ndarray, np.ndarray, np.ndarray]


def _birth_guess_levels(records: Sequence[NormalizedRecord], pairs: np.ndarray) -> GuessLevels:
    """scoring.cmp_birth for every pair, vectorised for its age-guess levels (4-7); the pairs it would compare
    by two exact dates, or not at all, get 0. Also whether the pair is a guess against an exact date, and the
    years between the two (widened) ranges."""
    n = len(records)
    exact = np.fromiter((bool(r.birth_date) for r in records), dtype=bool, count=n)
    known = np.fromiter((r.birth_year_min is not None for r in records), dtype=bool, count=n)
    lo = np.fromiter((r.birth_year_min or 0 for r in records), dtype=np.int64, count=n)
    hi = np.fromiter((r.birth_year_max or 0 for r in records), dtype=np.int64, count=n)
    a, b = pairs[:, 0], pairs[:, 1]
    guessed = known[a] & known[b] & ~(exact[a] & exact[b])
    gap = np.maximum(lo[a] - hi[b], lo[b] - hi[a])
    centre_gap = np.abs(lo[a] + hi[a] - lo[b] - hi[b])
    lvl = np.where(gap <= 0, np.where(centre_gap <= 2, 4, 5), np.where(gap <= 5, 6, 7))
    one_exact = exact[a] != exact[b]
    return np.where(guessed, lvl, 0).astype(np.int8), guessed & one_exact, gap


def _guess_errors(records: Sequence[NormalizedRecord], pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For pairs of an age guess and an exact date (either order): the centre of the guess's birth-year range
    minus the exact birth year, and half the width of that range."""
    centre, half, year = [], [], []
    for i, j in pairs.tolist():
        est, exact = (records[i], records[j]) if records[i].age_estimated else (records[j], records[i])
        centre.append((est.birth_year_min + est.birth_year_max) / 2)
        half.append((est.birth_year_max - est.birth_year_min) / 2)
        year.append(int(exact.birth_date[:4]))
    return np.array(centre, dtype=np.float64) - np.array(year, dtype=np.float64), np.array(half, dtype=np.float64)


def _certain_guess_pairs(
    records: Sequence[NormalizedRecord],
    pairs: np.ndarray,
    weights: np.ndarray,
    threshold_weight: float,
    model: Model,
    guess: GuessLevels | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs' age-guess levels (_birth_guess_levels), their years apart, and which pairs are a guess against
    an exact date whose link is certain without the birth comparison (AGE_REWEIGH_MARGIN bits above the
    threshold on the other fields) and at most AGE_REWEIGH_MAX_GAP years outside the guess (a father and a son
    with one name at one address are "certain" too): the pairs that show how this batch's guesses err."""
    levels, against_date, gap = guess if guess is not None else _birth_guess_levels(records, pairs)
    w_birth = np.asarray(model.weights[_F_BIRTH], dtype=np.float64)
    sure = (weights > -90) & against_date & (gap <= AGE_REWEIGH_MAX_GAP)
    sure &= weights - w_birth[levels] >= threshold_weight + AGE_REWEIGH_MARGIN
    return levels, gap, sure


def reweigh_age_guesses(
    records: Sequence[NormalizedRecord],
    pairs: np.ndarray,
    weights: np.ndarray,
    threshold_weight: float,
    model: Model,
    guess: GuessLevels | None = None,
) -> tuple[Model, np.ndarray]:
    """The model with the age-guess levels' m re-estimated on this batch (see REWEIGH_AGE_GUESSES), and the
    pairs' weights with those levels' new weights. Returns the inputs unchanged when nothing changes."""
    if len(pairs) == 0:
        return model, weights
    levels, gap, sure = _certain_guess_pairs(records, pairs, weights, threshold_weight, model, guess)
    w_birth = np.asarray(model.weights[_F_BIRTH], dtype=np.float64)
    live = weights > -90
    counts = np.bincount(levels[sure], minlength=len(w_birth)).astype(np.float64)
    m_old = list(model.m["geboorte"])
    mass = sum(m_old[k] for k in AGE_GUESS_LEVELS)
    seen = sum(counts[k] for k in AGE_GUESS_LEVELS)
    if mass <= 0 or seen == 0:
        return model, weights
    old = {k: m_old[k] / mass for k in AGE_GUESS_LEVELS}
    prior = AGE_REWEIGH_PRIOR_PAIRS
    est = {k: (counts[k] + prior * old[k]) / (seen + prior) for k in AGE_GUESS_LEVELS}
    off = {k: max(old[k], est[k]) for k in AGE_OFF_LEVELS}
    if sum(off.values()) < AGE_REWEIGH_MIN_RATIO * sum(old[k] for k in AGE_OFF_LEVELS):
        return model, weights
    close = [k for k in AGE_GUESS_LEVELS if k not in AGE_OFF_LEVELS]
    scale = (1.0 - sum(off.values())) / sum(old[k] for k in close)
    m_new = list(m_old)
    for k in AGE_GUESS_LEVELS:
        m_new[k] = mass * (off[k] if k in off else old[k] * scale)
    new_model = replace(model, m={**model.m, "geboorte": m_new})
    delta = np.asarray(new_model.weights[_F_BIRTH], dtype=np.float64) - w_birth
    delta[[k for k in range(len(delta)) if k not in AGE_GUESS_LEVELS]] = 0.0
    # the far level is measured on guesses at most AGE_REWEIGH_MAX_GAP years off; a guess further off than that
    # (a mother's age against her daughter's date) keeps the trained weight
    keep = (levels == max(AGE_OFF_LEVELS)) & (gap > AGE_REWEIGH_MAX_GAP)
    return new_model, np.where(live & ~keep, weights + delta[levels], weights)


# Age guesses are relative to the day they were written down. The CLI's input carries no such day (no
# reported_at), so a guess is read against today: data written down a year or two before it is linked has
# every guess off by that much in one direction (a resident's "16" of 2025 read in 2027 points at a birth year
# two years too late). The batch measures that offset as the trimmed mean (AGE_OFFSET_TRIM cut at each end)
# of (centre of the guess's range − the exact birth year) over the pairs of a guess and an exact date whose
# link is certain without the birth comparison (as reweigh_age_guesses picks them); a guess read on the day it
# was written has a mean near zero (the range is centred over the year). From AGE_OFFSET_MIN_PAIRS such pairs,
# and when their median error is a year or more as well (rough guesses far off on one side only move the mean;
# the median of guesses read on their own day is half a year either way, depending on the season), the rounded
# offset moves every guess's range and the birth comparison of every guess against a date
# (shift_age_guesses). The blocking keys keep the unmoved years (their ranges are widened, and a key is only a
# way in).
ALIGN_AGE_GUESSES = True
AGE_OFFSET_MIN_PAIRS = 200
AGE_OFFSET_TRIM = 0.1
AGE_OFFSET_MAX = 10


def estimate_age_offset(
    records: Sequence[NormalizedRecord],
    pairs: np.ndarray,
    weights: np.ndarray,
    threshold_weight: float,
    model: Model,
    guess: GuessLevels | None = None,
) -> int:
    """Years by which this batch's age guesses place birth years too late (negative: too early), rounded;
    0 with fewer than AGE_OFFSET_MIN_PAIRS certain pairs of a guess and an exact date (see ALIGN_AGE_GUESSES)."""
    if len(pairs) == 0:
        return 0
    idx = np.flatnonzero(_certain_guess_pairs(records, pairs, weights, threshold_weight, model, guess)[2])
    if len(idx) < AGE_OFFSET_MIN_PAIRS:
        return 0
    return offset_from_errors(_guess_errors(records, pairs[idx])[0])


def offset_from_errors(errors: Sequence[float] | np.ndarray, bound: int = AGE_OFFSET_MAX) -> int:
    """The age offset that signed guess errors (years; positive: the guess points at a later birth year) of
    certain pairs show: 0 with fewer than AGE_OFFSET_MIN_PAIRS of them or a median under a year (most guesses
    fit: a few far off on one side are no offset), else their AGE_OFFSET_TRIM-trimmed mean, rounded, within
    ``bound``. Shared by the batch and the PPRL linker (pprl.link.estimate_age_offset)."""
    if len(errors) < AGE_OFFSET_MIN_PAIRS:
        return 0
    errs = np.sort(np.asarray(errors, dtype=np.float64))
    if abs(float(np.median(errs))) < 1:
        return 0
    cut = int(len(errs) * AGE_OFFSET_TRIM)
    offset = int(np.round(errs[cut : len(errs) - cut].mean()))
    return max(-bound, min(bound, offset))


def shift_age_guesses(
    records: Sequence[NormalizedRecord],
    pairs: np.ndarray,
    weights: np.ndarray,
    model: Model,
    offset: int,
    guess: GuessLevels | None = None,
) -> tuple[list[NormalizedRecord], np.ndarray, GuessLevels]:
    """The records with every age guess's birth-year range moved ``offset`` years earlier, the pairs' weights
    with the birth comparison of a guess against a date made again, and the moved records' _birth_guess_levels.
    Only those levels change (two guesses move together, an exact date stays), and a weight is the sum of its
    levels' weights, so the difference of the two levels' weights is added instead of scoring the pairs
    again. ``guess``: _birth_guess_levels of the records before the move, when the caller has them."""
    before = (guess if guess is not None else _birth_guess_levels(records, pairs))[0]
    out = list(records)
    for i, r in enumerate(records):
        if r.age_estimated and r.birth_year_min is not None and r.birth_year_max is not None:
            out[i] = copy_record(r, birth_year_min=r.birth_year_min - offset, birth_year_max=r.birth_year_max - offset)
    moved = _birth_guess_levels(out, pairs)
    w_birth = np.asarray(model.weights[_F_BIRTH], dtype=np.float64)
    return out, np.where(weights > -90, weights + w_birth[moved[0]] - w_birth[before], weights), moved


def _merge(a: _ClusterInfo, b: _ClusterInfo) -> _ClusterInfo:
    years = a.years or b.years
    if a.years and b.years:
        years = [min(a.years[0], b.years[0]), max(a.years[1], b.years[1])]
    est = a.est or b.est
    if a.est and b.est:
        est = [max(a.est[0], b.est[0]), min(a.est[1], b.est[1])]
        if est[0] > est[1]:
            est = [min(a.est[0], b.est[0]), max(a.est[1], b.est[1])]
    return _ClusterInfo(
        a.bsns | b.bsns,
        years,
        est,
        a.genders | b.genders,
        a.names | b.names,
        a.groups | b.groups,
        a.dates | b.dates,
        a.lastnames | b.lastnames,
    )


# Singletons are attached to one person when their best link is at most ATTACH_BELOW bits under the
# auto-link weight and ATTACH_MARGIN bits better than the link to any other person (None disables).
ATTACH_BELOW = 3.0
ATTACH_MARGIN = 3.0
# Groups of up to this many mentions are attached the same way as lone mentions.
ATTACH_MAX_SIZE = 1
# A mention whose best automatic link is matched within matcher.AMBIGUITY_MARGIN bits by a link to a
# conflicting person is not linked automatically (clustering.hold_ambiguous; ``ambiguity_margin=None``
# disables), as online (service.match_mention).
# Two groups whose age estimates (no exact date on either side) are more than this many years apart, or more
# than the batch's age slack where that is larger (estimate_age_slack), are not merged (None disables).
GUARD_EST_SLACK: int | None = 2
# Group-level attach (_attach_groups, third round): a lone mention is scored against the combined evidence of a
# whole group instead of only its best single link (see group_bonus). GROUP_ATTACH replaces the pair-based
# attach step (_attach_singletons) by the group-level one with the same band and margin; after the
# neighbourhood pass a second group-level pass also looks at mentions held as ambiguous, with a narrower band
# (HELD_ATTACH_BELOW) and a smaller margin (HELD_ATTACH_MARGIN): group evidence can settle what a single link
# could not. Candidate groups are those linked at or above the threshold minus GROUP_SCOPE bits; a group's
# first GROUP_MAX_MEMBERS mentions are compared.
GROUP_ATTACH = True
HELD_ATTACH_BELOW: float | None = 1.0
HELD_ATTACH_MARGIN = 2.0
GROUP_SCOPE = 6.0
GROUP_MAX_MEMBERS = 40
# Last, groups of exactly two mentions (two reports that only met each other) are attached the same way, group
# against group, when their score is at least -SMALL_GROUP_ATTACH_BELOW bits *above* the threshold and
# SMALL_GROUP_ATTACH_MARGIN bits better than any other candidate (None disables).
SMALL_GROUP_ATTACH_BELOW: float | None = -1.0
SMALL_GROUP_ATTACH_MARGIN = 3.0
# Larger batches: both group-level attach bands narrow by ATTACH_NARROW_PER_BIT bits per bit of prior shift
# above ATTACH_NARROW_FROM (batch.prior_shift; about 1.8 bits for the 60,000-mention benchmark, 4.2 bits for
# 300,000 lines). A big batch loses more of its recall in the main merge (the threshold asks more evidence), so
# more of its pairs come from the attach steps, whose pairs are less precise: without narrowing the
# 300,000-line run falls below precision 0.97. Calibrated on this generator (see docs/linkage.md).
ATTACH_NARROW_PER_BIT = 0.45
ATTACH_NARROW_FROM = 2.0
# Neighbourhood pass (_attach_neighbourhood): a lone mention is attached to the single plausible group of its
# name and age at its street/school when its best link is at most this many bits under the auto-link weight
# (None disables).
NEIGHBOURHOOD_FLOOR: float | None = 3.0
NEIGHBOURHOOD_SCOPE = 12.0


# Two conflicting partners of a mention are one person when a full record (a given name and a birth date) is
# linked above the threshold to both and fits both (clustering.hold_ambiguous).
WITNESSES = True


def cluster_summaries(
    records: Sequence[NormalizedRecord], infos: dict[int, _ClusterInfo], step: int = 2_000
) -> Iterator[None]:
    """The guard's summary of each single mention (what cluster() starts from) into ``infos``, ``step`` records
    per item: idle work for the waits on the blocking helper (forked.Helper), 0.12 s of clustering's 0.76 s
    on the frontline benchmark."""
    for lo in range(0, len(records), step):
        for i in range(lo, min(lo + step, len(records))):
            infos[i] = _info(records[i])
        yield


def _witness(records: Sequence[NormalizedRecord], single: Callable[[int], _ClusterInfo]):
    def witness(w: int, a: int, b: int) -> bool:
        r = records[w]
        if not (r.first_names and r.birth_date):
            return False
        sw = single(w)
        return _compatible(sw, single(a)) and _compatible(sw, single(b))

    return witness


def cluster(
    records: Sequence[NormalizedRecord],
    pairs: np.ndarray,
    weights: np.ndarray,
    threshold_weight: float,
    attach_margin: float | None = ATTACH_MARGIN,
    attach_below: float = ATTACH_BELOW,
    ambiguity_margin: float | None = AMBIGUITY_MARGIN,
    model: Model | None = None,
    narrowing: float = 0.0,
    infos: dict[int, _ClusterInfo] | None = None,
) -> list[int]:
    """Guarded connected components: link pairs above the threshold, strongest first, but never merge two
    groups whose members conflict (different BSNs, genders, birth years far apart, or incompatible first
    names). This stops chaining through weak middle records (e.g. "M. el Amrani" between two brothers).
    Returns a root index per record. ``model`` scores lone mentions against whole groups (group-level attach;
    default: the stored model); ``narrowing`` (bits, see :func:`attach_narrowing`) narrows the group-level
    attach bands for large batches. ``infos``: summaries of single mentions made already (cluster_summaries),
    by record index; the dictionary is filled up here.
    """
    infos = {} if infos is None else infos

    def single(i: int) -> _ClusterInfo:
        # one summary per mention, shared by the ambiguity rule and the union (merges build new summaries)
        if i not in infos:
            infos[i] = _info(records[i])
        return infos[i]

    if ambiguity_margin is not None:
        weights, held = hold_ambiguous(
            pairs,
            weights,
            threshold_weight,
            lambda a, b: not _compatible(single(a), single(b)),
            ambiguity_margin,
            _witness(records, single) if WITNESSES else None,
        )
    else:
        held = set()
    uf: GuardedUnion[_ClusterInfo] = GuardedUnion(len(records), single, _compatible, _merge)
    uf.merge_pairs(pairs, weights, threshold_weight)
    if GROUP_ATTACH and (
        attach_margin is not None or HELD_ATTACH_BELOW is not None or SMALL_GROUP_ATTACH_BELOW is not None
    ):
        model = model or Model.load()
    if attach_margin is not None:
        if GROUP_ATTACH:
            _attach_groups(
                records,
                pairs,
                weights,
                threshold_weight,
                threshold_weight - attach_below + narrowing,
                attach_margin,
                uf,
                held,
                model,
                include_held=False,
                narrowing=narrowing,
            )
        else:
            _attach_singletons(
                records,
                pairs,
                weights,
                threshold_weight - attach_below,
                attach_margin,
                uf,
                held,
            )
    if NEIGHBOURHOOD_FLOOR is not None:
        _attach_neighbourhood(
            records,
            pairs,
            weights,
            threshold_weight - NEIGHBOURHOOD_FLOOR,
            uf,
            held,
        )
    if GROUP_ATTACH and HELD_ATTACH_BELOW is not None:
        _attach_groups(
            records,
            pairs,
            weights,
            threshold_weight,
            threshold_weight - HELD_ATTACH_BELOW + narrowing,
            HELD_ATTACH_MARGIN,
            uf,
            held,
            model,
            include_held=True,
            narrowing=narrowing,
        )
    if GROUP_ATTACH and SMALL_GROUP_ATTACH_BELOW is not None:
        _attach_groups(
            records,
            pairs,
            weights,
            threshold_weight,
            threshold_weight - SMALL_GROUP_ATTACH_BELOW + narrowing,
            SMALL_GROUP_ATTACH_MARGIN,
            uf,
            held,
            model,
            include_held=False,
            unit_size=2,
            narrowing=narrowing,
        )
    return uf.roots()


def _attach_singletons(
    records, pairs, weights, low_weight, margin, uf, held=frozenset(), max_size=None
) -> None:
    """Sparse signals ("Mo, ±16, Vlashof") that stayed alone are attached to a person when the evidence is
    fair (>= low_weight) and unambiguous: the best person scores ``margin`` bits above any other person.
    Groups of up to ``max_size`` mentions (default ATTACH_MAX_SIZE) are treated the same
    way (two resident reports of one boy that only met each other)."""
    max_size = ATTACH_MAX_SIZE if max_size is None else max_size
    find = uf.find
    size: Counter = Counter(uf.root_array().tolist())
    best: dict[int, dict[int, float]] = {}
    for k in np.nonzero(weights >= low_weight - margin)[0]:
        i, j = int(pairs[k, 0]), int(pairs[k, 1])
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        w = float(weights[k])
        for ra, rb in ((ri, rj), (rj, ri)):
            if size[ra] <= max_size:
                d = best.setdefault(ra, {})
                if w > d.get(rb, -1e9):
                    d[rb] = w
    held_roots = {find(h) for h in held}
    for ra in sorted(best):
        if find(ra) != ra or size[ra] > max_size or ra in held_roots:
            continue  # already grown, or ambiguous: an ambiguous mention is neither attached nor attached to
        ia = uf.group(ra)
        cands: dict[int, float] = {}
        for r, w in best[ra].items():
            r = find(r)
            if r != ra and w > cands.get(r, -1e9):
                cands[r] = w
        if not cands:
            continue
        ranked = sorted(cands.items(), key=lambda kv: -kv[1])
        root, w = ranked[0]
        if w < low_weight or (len(ranked) > 1 and ranked[1][1] > w - margin):
            continue
        if root in held_roots and size[root] == 1:
            continue
        ib = uf.group(root)
        if not _compatible(ia, ib):
            continue
        lo, hi = uf.join(ra, root, ia, ib)
        size[lo] = size[ra] + size[root]
        size[hi] = 0


def _informed_flags(recs: Sequence[NormalizedRecord]) -> tuple[bool, bool, bool]:
    """Whether some of these mentions carry an address (street or postcode), an exact birth date, a full first
    name or nickname."""
    return (
        any(r.street or r.postcode for r in recs),
        any(r.birth_date for r in recs),
        any(r.first_name or r.nickname for r in recs),
    )


def _informs(r: NormalizedRecord, flags: tuple[bool, bool, bool]) -> tuple[bool, bool, bool]:
    """Per informed comparison (address, birth, first name): does ``r`` take part? Only the mentions that carry
    that kind of information do, when their group has any."""
    return (
        not flags[0] or bool(r.street or r.postcode),
        not flags[1] or bool(r.birth_date),
        not flags[2] or bool(r.first_name or r.nickname),
    )


def group_bonus(
    probe: NormalizedRecord | Sequence[NormalizedRecord], members: Sequence[NormalizedRecord], model: Model
) -> float | None:
    """Extra evidence (bits, may be negative) that a whole group gives about a mention (or a small group of
    mentions, ``probe``) beyond the best single pair, or None when a hard conflict lies between the two sides.

    Per comparison the *informed* level is used: the best level over the pairs whose mentions carry that kind
    of information -- for the address the mentions with a street or postcode (when their side has any), for
    the birth the mentions with an exact date, for the first name the mentions with a full name or nickname;
    the other comparisons take the best level over all pairs. Each comparison counts once (the best level,
    never a sum over members), so nothing is double counted. The result is that profile's weight minus the
    weight of the best single pair, both without the term-frequency adjustment: positive when the evidence is
    spread over several mentions (the name in one, the street in another, the exact age in a third), negative
    when the group knows more than the best link shows ("Justyna, 37, Vlasstraat" whose best link is a Justyna
    of the right age without a street, while the group's street is the Wilgengracht).
    """
    probes = [probe] if isinstance(probe, NormalizedRecord) else list(probe)
    weights, prior = model.weights, model.prior_weight
    flags_p, flags_m = _informed_flags(probes), _informed_flags(members)
    informs_m = [_informs(m, flags_m) for m in members]
    best = [-1e9] * len(weights)
    best_single = -1e9
    for p in probes:
        ip = _informs(p, flags_p)
        for m, im in zip(members, informs_m, strict=True):
            if hard_conflict(p, m):
                return None
            vec = compare(p, m)
            total = prior
            addr_ok, date_ok, name_ok = ip[0] and im[0], ip[1] and im[1], ip[2] and im[2]
            for f, lvl in enumerate(vec):
                w = weights[f][lvl]
                total += w
                if (
                    (f == _F_ADDRESS and not addr_ok)
                    or (f == _F_BIRTH and not date_ok)
                    or (f == _F_FIRST and not name_ok)
                ):
                    continue
                if w > best[f]:
                    best[f] = w
            if total > best_single:
                best_single = total
    if best_single <= -1e9:
        return 0.0
    return prior + sum(b for b in best if b > -1e9) - best_single


# Group-size prior (fourteenth round): a new mention is about a person in proportion to how often that person is
# mentioned. The pair weights carry the prior of two random *mentions* being one person; a lone mention's
# hypotheses in the attach step are *people*, and a person with k mentions is k / s times as likely as one whose
# size is the mention-weighted mean group size s after the main merge (sum of squares over sum of sizes). Each
# candidate of a lone mention gets log2(k / s) bits: a person mentioned twenty times gains, a lone namesake
# loses. The gain is capped at SIZE_PRIOR_MAX bits, a cap that a large batch lowers by SIZE_PRIOR_NARROW bits per
# bit of attach narrowing (its blocks are capped, so competitors it cannot see would make the margin
# overconfident: at 300,000 lines the uncapped prior cost 0.6 points of precision). Groups of two mentions
# (unit_size 2) get no prior: a pair that stayed apart from a large group with a date and an address is more often
# a namesake than a fragment.
GROUP_SIZE_PRIOR = True
SIZE_PRIOR_MAX = 2.0
SIZE_PRIOR_NARROW = 2.0


def group_size_bits(k: int, mean_size: float, narrowing: float = 0.0) -> float:
    """The group-size prior (bits) of a candidate person with ``k`` mentions (see GROUP_SIZE_PRIOR)."""
    if not GROUP_SIZE_PRIOR:
        return 0.0
    return min(max(0.0, SIZE_PRIOR_MAX - SIZE_PRIOR_NARROW * narrowing), math.log2(k / mean_size))


def _attach_groups(
    records,
    pairs,
    weights,
    threshold,
    low_weight,
    margin,
    uf,
    held,
    model,
    include_held,
    unit_size=1,
    narrowing=0.0,
) -> None:
    """Group-level attach: a lone mention (or, with ``unit_size`` 2, a group of two mentions) is attached to the
    group whose combined evidence is clearly best.

    For each such unit, every group linked to it at or above ``threshold - GROUP_SCOPE`` is scored as the
    strongest link between the two plus :func:`group_bonus` (a hard conflict between any two of their mentions
    rules the group out). The unit joins the best group when that group has two or more mentions, its score is
    at least ``low_weight``, every other candidate (group or lone mention) scores at least ``margin`` bits
    less, and the guard allows it. A lone mention's candidates carry the group-size prior (group_size_bits;
    ``narrowing`` lowers its cap). Units with a mention held as ambiguous are looked at only with
    ``include_held``: against whole groups the evidence can tell the two candidates apart. A unit that has
    grown in this pass (another unit joined it) is not moved."""
    n = len(records)
    find = uf.find
    roots = uf.root_array()
    size = np.bincount(roots, minlength=n)
    unit = size[roots] == unit_size
    sel = np.nonzero((weights >= threshold - GROUP_SCOPE) & (unit[pairs[:, 0]] | unit[pairs[:, 1]]))[0]
    cands: dict[int, dict[int, float]] = {}
    for i, j, w in zip(pairs[sel, 0].tolist(), pairs[sel, 1].tolist(), weights[sel].tolist(), strict=True):
        for a, b in ((i, j), (j, i)):
            if unit[a]:
                ra, rb = int(roots[a]), int(roots[b])
                if ra == rb:
                    continue
                d = cands.setdefault(ra, {})
                if w > d.get(rb, -1e9):
                    d[rb] = w
    if not cands:
        return
    members: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(roots.tolist()):
        if size[r] > 1:
            members[r].append(i)
    grown: set[int] = set()
    groups = size[size > 0].astype(np.float64)
    mean_size = float((groups * groups).sum() / groups.sum())

    def size_bits(k: int) -> float:
        return group_size_bits(k, mean_size, narrowing) if unit_size == 1 else 0.0

    for ra in sorted(cands):
        if find(ra) != ra or ra in grown:
            continue
        own = members.get(ra, [ra])
        if not include_held and any(m in held for m in own):
            continue
        probe = [records[m] for m in own]
        scored = []
        for rb, w in cands[ra].items():
            mem = members.get(rb)
            if mem is None:  # a lone mention: its link is all the evidence
                scored.append((w + size_bits(1), rb, 1))
                continue
            bonus = group_bonus(probe, [records[m] for m in mem[:GROUP_MAX_MEMBERS]], model)
            scored.append((-99.0 if bonus is None else w + bonus + size_bits(len(mem)), rb, len(mem)))
        scored.sort(reverse=True)
        score, rb, group_size = scored[0]
        if group_size < 2 or score < low_weight:
            continue
        if len(scored) > 1 and scored[1][0] > score - margin:
            continue
        rb = find(rb)
        if rb == ra:
            continue
        ia, ib = uf.group(ra), uf.group(rb)
        if not _compatible(ia, ib):
            continue
        lo, _hi = uf.join(ra, rb, ia, ib)
        grown.add(lo)


def attach_narrowing(shift: float) -> float:
    """Bits by which the group-level attach bands narrow for a batch with this prior shift (see
    ATTACH_NARROW_PER_BIT)."""
    return ATTACH_NARROW_PER_BIT * max(0.0, shift - ATTACH_NARROW_FROM)


def _ages_fit(a: _ClusterInfo, b: _ClusterInfo, slack: int = 1) -> bool:
    """Age evidence of a lone mention fits a group: its estimate overlaps the group's exact years or estimate."""
    if a.est and b.years and not _spans_meet(a.est, b.years, slack):
        return False
    if a.est and b.est and not _spans_meet(a.est, b.est, slack):
        return False
    if a.years and b.est and not _spans_meet(b.est, a.years, slack):
        return False
    return True


def _same_place(a: NormalizedRecord, b: NormalizedRecord) -> bool:
    """Same street (not contradicted by the town) or same school."""
    return cmp_address(a, b) in (1, 2, 3, 4, 5) or cmp_school(a, b) == 1


# A lone report whose name only looks like a name on its street (Esmie / Esmée, Rub / Ruben, a typo: the "looks
# alike" level of cmp_first_name) is attached by the neighbourhood pass when no one of its own name (or a listed
# variant) is there, exactly one look-alike group fits, and its best link clears the floor by
# NEIGHBOURHOOD_LOOK_ALIKE_MARGIN bits (eighth round).
NEIGHBOURHOOD_LOOK_ALIKE = True
NEIGHBOURHOOD_LOOK_ALIKE_MARGIN = 1.0


def _attach_neighbourhood(records, pairs, weights, low_weight, uf, held=frozenset()) -> None:
    """Second, neighbourhood-level pass for evidence-poor mentions that are still alone ("Mo, ±16, Vlashof").

    Among the groups that share the mention's first-name group *and* street (or school) and whose guard and
    age evidence fit, the mention is attached when there is exactly one such group and its best link is at
    least ``low_weight``: the single plausible person of that name and age there. A second plausible
    group (a namesake on the street, another fragment) leaves it alone. Where no group of the name is there,
    the groups whose name looks alike take their place (NEIGHBOURHOOD_LOOK_ALIKE), with a higher floor.
    """
    find = uf.find
    # age evidence must fit a year closer than the guard asks (1 year on guesses on the mark; a batch with rougher
    # guesses, estimate_age_slack, widens it the same way)
    age_slack = max(1, _AGE_SLACK[0] - 1)
    roots = uf.root_array()
    size = np.bincount(roots, minlength=len(records))  # mentions per group root (kept up to date below)
    lone = size[roots] == 1
    cands: dict[int, list[tuple[int, float]]] = {}
    # a plausible competitor shares first name and street and fits in age, so its link is never very weak:
    # links more than NEIGHBOURHOOD_SCOPE bits under the floor are not looked at (speed)
    sel = np.nonzero((weights >= low_weight - NEIGHBOURHOOD_SCOPE) & (lone[pairs[:, 0]] | lone[pairs[:, 1]]))[
        0
    ]
    for i, j, w in zip(pairs[sel, 0].tolist(), pairs[sel, 1].tolist(), weights[sel].tolist(), strict=True):
        if lone[i]:
            cands.setdefault(i, []).append((j, w))
        if lone[j]:
            cands.setdefault(j, []).append((i, w))
    for a, links in cands.items():
        if a in held:
            continue
        ra = find(a)
        if size[ra] != 1:
            continue
        ra_info = uf.group(ra)
        ra_rec = records[a]
        plaus: dict[int, float] = {}
        alike: dict[int, float] = {}
        for b, w in links:
            rb = find(b)
            if rb == ra:
                continue
            rec_b = records[b]
            level = cmp_first_name(ra_rec, rec_b)
            if level in (1, 2):
                into = plaus
            elif level == 3 and NEIGHBOURHOOD_LOOK_ALIKE and not ra_rec.last_name_skeleton:
                # only the report without a surname looks for a look-alike, so that it sees all of them
                into = alike
            else:
                continue
            if not _same_place(ra_rec, rec_b):
                continue
            ib = uf.group(rb)
            if not _compatible(ra_info, ib) or not _ages_fit(ra_info, ib, age_slack):
                continue
            if w > into.get(rb, -1e9):
                into[rb] = w
        # the same name (or a listed variant) first; a look-alike name only where no one of the name is there
        floor = low_weight
        if not plaus:
            plaus, floor = alike, low_weight + NEIGHBOURHOOD_LOOK_ALIKE_MARGIN
        if len(plaus) != 1:
            continue
        rb, w = next(iter(plaus.items()))
        if w < floor:
            continue
        lo, hi = uf.join(ra, rb, ra_info, uf.group(rb))
        size[lo] = size[ra] + size[rb]


@dataclass
class BatchResult:
    records: list[NormalizedRecord]
    pairs: np.ndarray
    weights: np.ndarray
    roots: list[int]


@contextmanager
def cyclic_gc_paused():
    """Python's cycle collector off while a batch runs. A batch builds millions of small sets, tuples and
    records without reference cycles; every generation-2 collection walks all of them again, which took a
    third of blocking and half of clustering (43,344 mentions: 6.0 s -> 4.6 s in all). Reference counting
    still frees everything; the collector is switched back on afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# Batches of this many records or more are blocked by a helper process (_block_and_score).
BLOCK_HELPER_MIN = 20_000


def _block_and_compare_names(
    send: Callable[[object], None], recs: Sequence[NormalizedRecord], keys: Sequence[Sequence[str]] | None
) -> None:
    """The helper process of _block_and_score: the candidate pairs, then their first-name levels and crossed
    name fields (pairs_arrays.send_name_comparisons)."""
    pairs = candidate_pairs(recs, keys=keys)
    send(pairs)
    send_name_comparisons(send, recs, pairs)


def _block_and_score(
    recs: Sequence[NormalizedRecord],
    keys: Sequence[Sequence[str]] | None,
    model: Model,
    workers: int | None,
    use_tf: bool,
    idle: Iterator[object] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """candidate_pairs and score_pairs, on two processes for a batch of BLOCK_HELPER_MIN records or more: a
    forked helper blocks and then compares the first names of the pairs and looks for crossed name fields
    (the largest shares of the per-value Python calls), while this process counts term frequencies and codes
    the records (RecordCodes), then compares the other fields and adjusts for rare names. On one process these
    steps took 0.8 s, 0.6 s, 0.3 s, 0.15 s, 0.6 s, 1.0 s of 51,000 mentions (eval-style benchmark). A helper
    that fails leaves the work to this process. While this process waits for the helper's first-name levels
    and crossed names it takes steps of ``idle`` (forked.Helper): 0.27 s of waiting on the frontline
    benchmark's 64,700 mentions."""
    if len(recs) < BLOCK_HELPER_MIN or not can_fork(workers):
        pairs = candidate_pairs(recs, keys=keys)
        return pairs, score_pairs(recs, pairs, model, workers, TermFrequencies(recs) if use_tf else None)
    helper = Helper(_block_and_compare_names, recs, keys, idle=idle)
    try:
        tf = TermFrequencies(recs) if use_tf else None
        codes = RecordCodes(recs)
        pairs = helper.get()
        if pairs is FAILED:
            pairs = candidate_pairs(recs, keys=keys)
        names = NameComparisons(recs, pairs, helper)
        return pairs, score_pairs(recs, pairs, model, workers, tf, codes, names)
    finally:
        helper.close()


def learn_from_batch(
    recs: list[NormalizedRecord], keys: list | None
) -> tuple[list[NormalizedRecord], list | None]:
    """The passes that read the batch itself before blocking, in order: numbers and dates a system wrote for
    many people (drop_shared_bsns, drop_default_dates), swapped name fields (unswap_names) and towns
    (fix_town_typos, unify_towns, infer_towns); each switched by its flag. The PPRL encoder runs them on a data
    holder's file (pprl.encode.encode_records)."""
    if DROP_SHARED_BSNS:
        recs, keys = drop_shared_bsns(recs, keys)
    if DROP_DEFAULT_DATES:
        recs, keys = drop_default_dates(recs, keys)
    if UNSWAP_NAMES:
        recs, keys = unswap_names(recs, keys)
    if FIX_TOWN_TYPOS:
        recs, keys = fix_town_typos(recs, keys)
    if UNIFY_TOWNS:
        recs, keys = unify_towns(recs, keys)
    if INFER_TOWNS:
        recs, keys = infer_towns(recs, keys)
    return recs, keys


@cyclic_gc_paused()
def deduplicate(
    raw_records: Sequence[dict] | None = None,
    model: Model | None = None,
    threshold: float | None = None,
    normalized: Sequence[NormalizedRecord] | None = None,
    workers: int | None = None,
    use_tf: bool = True,
    keys: Sequence[Sequence[str]] | None = None,
) -> BatchResult:
    """Normalise, block, score and cluster. ``threshold`` is a match probability (default: auto-link). Runs
    with the cycle collector paused (cyclic_gc_paused)."""
    model = model or Model.load()
    if normalized is not None:
        recs = list(normalized)
    else:
        recs, keys = normalize_many(
            [(str(r.get("id", i)), r) for i, r in enumerate(raw_records or [])], workers
        )
    recs, keys = learn_from_batch(recs, keys)
    infos: dict[int, _ClusterInfo] = {}
    pairs, weights = _block_and_score(recs, keys, model, workers, use_tf, cluster_summaries(recs, infos))
    p = AUTO_LINK_THRESHOLD if threshold is None else threshold
    p = min(max(p, 1e-12), 1 - 1e-12)
    p_weight = float(np.log2(p / (1 - p)))
    shift = prior_shift(model, len(recs), weights)
    tw = p_weight + shift
    guess = _birth_guess_levels(recs, pairs)  # made again only when the guesses move
    if ALIGN_AGE_GUESSES and (offset := estimate_age_offset(recs, pairs, weights, tw, model, guess)):
        before = recs
        recs, weights, guess = shift_age_guesses(recs, pairs, weights, model, offset, guess)
        infos = {i: info for i, info in infos.items() if recs[i] is before[i]}  # shifted guesses: made again
        shift = prior_shift(model, len(recs), weights)
        tw = p_weight + shift
    if REWEIGH_AGE_GUESSES:
        reweighed, weights = reweigh_age_guesses(recs, pairs, weights, tw, model, guess)
        if reweighed is not model:  # the prior's EM runs again only on weights that changed
            model = reweighed
            shift = prior_shift(model, len(recs), weights)
            tw = p_weight + shift
    _AGE_SLACK[0] = estimate_age_slack(recs, pairs, weights, tw, model, guess=guess)
    try:
        roots = cluster(recs, pairs, weights, tw, model=model, narrowing=attach_narrowing(shift), infos=infos)
    finally:
        _AGE_SLACK[0] = AGE_SLACK
    return BatchResult(recs, pairs, weights, roots)


# A BSN that a system writes for everyone it has no number for (a dummy that passes the 11-proef, 111222333), or
# a parent's BSN in the files of several children, is carried by records of people who are plainly not one
# person: SHARED_BSN_MIN_PEOPLE or more birth dates that are not one slip from each other, none of them on half of
# the records that give one (surnames are no such sign: three typos of one name are as far apart). Such a number
# is no identifier in this batch: a hard conflict with each person's own BSN would split them from their other
# records, and a shared key would pull strangers together. One person's BSN with a typo in one date, or a
# child's file with a parent's number, stays.
DROP_SHARED_BSNS = True
SHARED_BSN_MIN_PEOPLE = 3


def _group_sizes(values: Sequence[str], alike: Callable[[str, str], bool]) -> list[int]:
    """The sizes of the groups of ``values`` in which each value joins the first group whose first value is equal
    or ``alike`` to it (the people a shared BSN or a default date stands for)."""
    heads: list[str] = []
    sizes: list[int] = []
    for v in values:
        for k, h in enumerate(heads):
            if v == h or alike(v, h):
                sizes[k] += 1
                break
        else:
            heads.append(v)
            sizes.append(1)
    return sizes


def _dates_spread(dates: Sequence[str]) -> bool:
    """Whether ``dates`` fall into SHARED_BSN_MIN_PEOPLE or more groups of dates that are not one slip from each
    other, none holding half of them."""
    sizes = _group_sizes(dates, near_dates)
    return len(sizes) >= SHARED_BSN_MIN_PEOPLE and 2 * max(sizes) < len(dates)


def drop_shared_bsns(
    recs: list[NormalizedRecord], keys: list | None
) -> tuple[list[NormalizedRecord], list | None]:
    """The records without the BSNs that several different people carry in this batch (DROP_SHARED_BSNS),
    marked in ``extra["bsn_shared"]``, and their blocking keys computed again."""
    by_bsn: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(recs):
        if r.bsn:
            by_bsn[r.bsn].append(i)
    changed: dict[int, NormalizedRecord] = {}
    for idx in by_bsn.values():
        if len(idx) < SHARED_BSN_MIN_PEOPLE:
            continue
        dates = [recs[i].birth_date for i in idx if recs[i].birth_date]
        if _dates_spread(dates):
            for i in idx:
                changed[i] = copy_record(recs[i], bsn=None, extra={**recs[i].extra, "bsn_shared": True})
    return _with_replaced(recs, keys, changed)


# A system that writes a default for an empty birth date (the Unix epoch 1970-01-01, 2000-01-01, ...) gives that
# one date to many different people: a hard conflict with each person's real date elsewhere. A date is such a
# default in this batch when DEFAULT_DATE_MIN_NAMES or more different surnames carry it and DEFAULT_DATE_RATIO
# times as many as carry the same day and month in each of the two years before and after (a register that
# writes 1 January for an unknown day does so in every year, so those dates stay). The records keep their
# other fields and lose the date.
DROP_DEFAULT_DATES = True
DEFAULT_DATE_MIN_NAMES = 20
DEFAULT_DATE_RATIO = 5


def _surname_groups(cores: set[str]) -> int:
    """How many people at least the surnames stand for: groups of surnames not written alike (typos and spellings
    of one name, Jagessar / Jagesaer / Jagsar, are one group; each surname joins the first group whose first
    surname it is like)."""
    return len(_group_sizes(sorted(cores), lambda c, h: JaroWinkler.similarity(c, h) >= 0.8 or c in h or h in c))


def same_day_around(d: str) -> list[str]:
    """The same day and month (YYYY-MM-DD) two and one years before and after ``d``."""
    year = int(d[:4])
    return [f"{year + k}{d[4:]}" for k in (-2, -1, 1, 2)]


def drop_default_dates(
    recs: list[NormalizedRecord], keys: list | None
) -> tuple[list[NormalizedRecord], list | None]:
    """The records without the birth dates that look like a system's default (DROP_DEFAULT_DATES), marked in
    ``extra["date_default"]``, and their blocking keys computed again."""
    names: dict[str, set[str]] = defaultdict(set)
    for r in recs:
        if r.birth_date and r.last_name_core:
            names[r.birth_date].add(r.last_name_core)
    people = {d: _surname_groups(ns) if len(ns) >= DEFAULT_DATE_MIN_NAMES else 0 for d, ns in names.items()}
    defaults = set()
    for d, n in people.items():
        if n < DEFAULT_DATE_MIN_NAMES:
            continue
        around = [people.get(x) or len(names.get(x, ())) for x in same_day_around(d)]
        if is_default_date(n, around):
            defaults.add(d)
    changed = {i: without_birth_date(r) for i, r in enumerate(recs) if r.birth_date in defaults}
    return _with_replaced(recs, keys, changed)


def without_birth_date(r: NormalizedRecord) -> NormalizedRecord:
    """The record without its birth date (a system's default), marked in ``extra["date_default"]``."""
    return copy_record(
        r, birth_date=None, birth_dates=(), birth_year_min=None, birth_year_max=None,
        extra={**r.extra, "date_default": True},
    )  # fmt: skip


def is_default_date(people: int, around: Sequence[float]) -> bool:
    """Whether a birth date that ``people`` people carry is a system's default, given how many carry the same day
    and month in the years around it (DEFAULT_DATE_MIN_NAMES, DEFAULT_DATE_RATIO; batch and online alike)."""
    return people >= DEFAULT_DATE_MIN_NAMES and people >= DEFAULT_DATE_RATIO * max(1.0, sum(around) / len(around))


# First and last name filled in the wrong way round ("Yilmaz" as first name, "Furkan" as last name), recognised
# from the batch itself: the given name is a value the batch mostly shows as a surname and the surname a value it
# mostly shows as a given name (skeletons; each at least SWAP_MIN_SUPPORT times as that role and SWAP_RATIO
# times as often as in the other role). Names that are common in both roles (Hassan, Said) are never swapped.
UNSWAP_NAMES = True
SWAP_MIN_SUPPORT = 3
SWAP_RATIO = 4


def _with_replaced(
    records: Sequence[NormalizedRecord],
    keys: Sequence[Sequence[str]] | None,
    changed: dict[int, NormalizedRecord],
) -> tuple[list[NormalizedRecord], list[list[str]] | None]:
    """The records with ``changed`` (index -> new record) put in, and the blocking keys of the changed ones
    computed again (the batch passes that learn from the batch itself: unswap_names, unify_towns, infer_towns)."""
    out = list(records)
    new_keys = list(keys) if keys is not None else None  # the lists of unchanged records are shared, not copied
    for i, r in changed.items():
        out[i] = r
        if new_keys is not None:
            new_keys[i] = sorted(blocking_keys(r))
    return out, new_keys


def unswap_names(
    recs: list[NormalizedRecord], keys: list | None
) -> tuple[list[NormalizedRecord], list | None]:
    # counted per written value first (Counter over a generator counts in C), then per skeleton
    as_first: Counter = Counter()
    for first, n in Counter(r.first_name for r in recs if r.first_name).items():
        as_first[name_skeleton(first)] += n
    as_last = Counter(r.last_name_skeleton for r in recs if r.last_name_skeleton)

    def mostly(counter: Counter, other: Counter, value: str) -> bool:
        n = counter.get(value, 0)
        return n >= SWAP_MIN_SUPPORT and n >= SWAP_RATIO * other.get(value, 0)

    changed: dict[int, NormalizedRecord] = {}
    for i, r in enumerate(recs):
        if not (r.first_name and r.last_name_core and not r.last_name_prefix) or " " in r.last_name_core:
            continue
        if len(r.first_names) == 1:
            fs = name_skeleton(r.first_name)
        else:
            # a surname with its particle in the first-name field ("El Bakkali" / "Nabil"); two given names
            # ("Mohamed Ali") read as one surname that the batch does not know
            _, prefix, core = split_last_name(" ".join(r.first_names))
            if not prefix or not core or " " in core:
                continue
            fs = name_skeleton(core)
        ls = r.last_name_skeleton
        if mostly(as_last, as_first, fs) and mostly(as_first, as_last, ls):
            changed[i] = swap_names(r)
    return _with_replaced(recs, keys, changed)


# Fill in the town of mentions without town (and without postcode) from the batch itself: see infer_towns.
INFER_TOWNS = True
TOWN_MIN_SUPPORT = 3


def infer_towns(
    records: Sequence[NormalizedRecord],
    keys: Sequence[Sequence[str]] | None = None,
    min_support: int = TOWN_MIN_SUPPORT,
) -> tuple[list[NormalizedRecord], list[list[str]] | None]:
    """Mentions that name a street but no town ("Mo, ±16, Vlashof") get the town in which that street name
    lies *in this batch*, when it lies in exactly one town there (seen with a town at least ``min_support``
    times, never with another town); a postcode without a town gets the town of its four digits the same
    way. Without a town the comparison level is "street name only" (the name recurs in other towns), which
    costs about 4 bits; a street name that occurs in one town only is as good as street + town. Returns new
    records (the inputs are not changed; an inferred town is marked in ``extra["town_inferred"]``) and their
    blocking keys."""
    street_towns: dict[str, Counter] = defaultdict(Counter)
    pc_towns: dict[str, Counter] = defaultdict(Counter)
    # counted per (written value, town) first, in C; then per street key and four digits
    for (street, town), n in Counter((r.street, r.city) for r in records if r.city and r.street).items():
        street_towns[_street_key(street)][town] += n
    for (pc, town), n in Counter((r.postcode[:4], r.city) for r in records if r.city and r.postcode).items():
        pc_towns[pc][town] += n

    def unique(c: Counter | None) -> str | None:
        if c is None or len(c) != 1:
            return None
        town, n = next(iter(c.items()))
        return town if n >= min_support else None

    changed: dict[int, NormalizedRecord] = {}
    for i, r in enumerate(records):
        if r.city:
            continue
        town = unique(pc_towns.get(r.postcode[:4])) if r.postcode else None
        if town is None and r.street and not r.postcode:
            town = unique(street_towns.get(_street_key(r.street)))
        if town is not None:
            changed[i] = copy_record(r, city=town, extra={**r.extra, "town_inferred": True})
    return _with_replaced(records, keys, changed)


# A town name misspelt now and then ("Amsterddam", "Urtecht", "Leeuwardeen", "Den Boskh") is another town to the
# comparison, which then counts the address against the link. The batch writes a rare town name (fewer than
# TOWN_TYPO_MIN_COUNT records) as the one town name that is one edit away (OSA: a letter changed, added or
# dropped, or two neighbours swapped; two edits from TOWN_TYPO_LONG letters on; or the same spelling skeleton,
# Nymegen/Nijmegen) and TOWN_TYPO_RATIO times as frequent in the batch; a written-out alias of a town (Den
# Bosch) counts as that town. Names shorter than TOWN_TYPO_MIN_LENGTH letters are left alone (Ede, Epe and Oss
# are three places).
FIX_TOWN_TYPOS = True
TOWN_TYPO_MIN_COUNT = 20
TOWN_TYPO_RATIO = 20
TOWN_TYPO_MIN_LENGTH = 5
TOWN_TYPO_LONG = 10


def fix_town_typos(
    records: Sequence[NormalizedRecord], keys: Sequence[Sequence[str]] | None = None
) -> tuple[list[NormalizedRecord], list[list[str]] | None]:
    """The records with misspelt town names written as the town they misspell (FIX_TOWN_TYPOS; the written
    name kept in ``extra["town_spelling"]``), and their blocking keys."""
    count = Counter(r.city for r in records if r.city)
    forms = [(t, t) for t, n in count.items() if n >= TOWN_TYPO_MIN_COUNT]
    forms += [(alias, t) for alias, t in CITY_ALIASES.items() if count.get(t, 0) >= TOWN_TYPO_MIN_COUNT]
    forms = [(form, target, name_skeleton(form)) for form, target in forms]
    fix: dict[str, str] = {}
    for town, n in count.items():
        if n >= TOWN_TYPO_MIN_COUNT or len(town) < TOWN_TYPO_MIN_LENGTH:
            continue
        edits = 2 if len(town) >= TOWN_TYPO_LONG else 1
        skeleton = name_skeleton(town)
        near = {
            target
            for form, target, form_skeleton in forms
            if count[target] >= TOWN_TYPO_RATIO * n
            and (OSA.distance(town, form, score_cutoff=edits) <= edits or form_skeleton == skeleton)
        }
        if len(near) == 1:
            fix[town] = near.pop()
    changed: dict[int, NormalizedRecord] = {}
    if fix:
        for i, r in enumerate(records):
            if r.city in fix:
                changed[i] = copy_record(r, city=fix[r.city], extra={**r.extra, "town_spelling": r.city})
    return _with_replaced(records, keys, changed)


# Town names that the batch shows on the same postcodes (a village and its municipality: Klazienaveen and Emmen,
# Hoogvliet and Rotterdam) are one town for the comparison: see unify_towns.
UNIFY_TOWNS = True
UNIFY_MIN_POSTCODES = 2


def unify_towns(
    records: Sequence[NormalizedRecord],
    keys: Sequence[Sequence[str]] | None = None,
    min_postcodes: int = UNIFY_MIN_POSTCODES,
) -> tuple[list[NormalizedRecord], list[list[str]] | None]:
    """Organisations write the woonplaats (Klazienaveen, Hoogvliet, Krommenie) or the municipality (Emmen,
    Rotterdam, Zaanstad) for one address. A full postcode lies in one woonplaats, so two town names that the
    batch shows on at least ``min_postcodes`` of the same postcodes name one place: each group of such names
    is written as its most frequent name (marked in ``extra["town_unified"]``). Returns new records and
    their blocking keys."""
    pc_towns: dict[str, set] = defaultdict(set)
    town_count = Counter(r.city for r in records if r.city)
    for pc, town in {(r.postcode, r.city) for r in records if r.city and r.postcode}:
        pc_towns[pc].add(town)
    support: Counter = Counter()
    for towns in pc_towns.values():
        if 1 < len(towns) <= 4:
            ordered = sorted(towns)
            for i, x in enumerate(ordered):
                for y in ordered[i + 1 :]:
                    support[(x, y)] += 1
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for (x, y), n in support.items():
        if n >= min_postcodes:
            rx, ry = find(x), find(y)
            if rx != ry:
                parent[rx] = ry
    members: dict[str, list[str]] = defaultdict(list)
    for t in {t for pair in support for t in pair}:
        members[find(t)].append(t)
    canonical = {t: max(ts, key=lambda x: (town_count[x], x)) for ts in members.values() for t in ts}
    rename = {t: c for t, c in canonical.items() if c != t}
    changed: dict[int, NormalizedRecord] = {}
    if rename:
        for i, r in enumerate(records):
            if r.city in rename:
                changed[i] = copy_record(r, city=rename[r.city], extra={**r.extra, "town_unified": r.city})
    return _with_replaced(records, keys, changed)


# Fraction of the prior correction that is applied (see prior_shift).
PRIOR_SHIFT_FACTOR = 1.0
# Below this many candidate pairs the batch says too little about its own prior; the size rule applies.
EM_MIN_PAIRS = 20_000


def estimate_prior_em(
    weights: np.ndarray, prior_weight: float, n_records: int, iterations: int = 40
) -> float:
    """Probability that two random mentions of this batch match, re-estimated on the batch itself.

    Expectation maximisation on lambda only (m and u stay as trained), as Splink re-estimates
    ``probability_two_random_records_match`` per data set: the expected number of matches is the sum of the
    pairs' posterior probabilities; pairs that were not blocked count as non-matches. ``weights`` are match
    weights including the trained prior (hard conflicts at -99).
    """
    total = n_records * (n_records - 1) / 2
    if total <= 0 or len(weights) == 0:
        return 2.0**prior_weight / (1 + 2.0**prior_weight)
    bf = np.asarray(weights, dtype=np.float64) - prior_weight
    lam = 2.0**prior_weight / (1 + 2.0**prior_weight)
    return em_match_share(bf[weights > -90], lam, total, 1e-12, iterations)


def prior_shift(model: Model, n_records: int, weights: np.ndarray | None = None) -> float:
    """Extra bits of evidence required because matches are rarer among this batch's pairs than in training.

    The probability that two random mentions match falls as 1/N when a person has the same number of
    mentions. With the batch's scored candidate pairs (``weights``) and a model that stores the same
    estimate on its training data (``meta["em_prior"]``), the shift is log2(lambda_train / lambda_batch),
    both re-estimated by EM on lambda (:func:`estimate_prior_em`) -- it follows the batch's real density of
    duplicates instead of assuming the generator's. Otherwise log2(N / N_train). Never negative: a batch
    with more duplicates than the training set keeps the trained prior (conservative).
    """
    n_train = int(model.meta.get("records") or 0)
    em_train = model.meta.get("em_prior")
    if weights is not None and em_train and len(weights) >= EM_MIN_PAIRS:
        lam = estimate_prior_em(weights, model.prior_weight, n_records)
        return max(0.0, PRIOR_SHIFT_FACTOR * float(np.log2(float(em_train) / lam)))
    if n_train <= 0 or n_records <= n_train:
        return 0.0
    return PRIOR_SHIFT_FACTOR * float(np.log2(n_records / n_train))


def pair_probabilities(weights: np.ndarray) -> np.ndarray:
    return np.array([probability(w) for w in weights])
