"""The batch's pair scores with array operations: scoring.compare, hard_conflict and tf_adjustment for a whole
array of candidate pairs at once, with the same results.

Fields compared by equality (BSN, gender, phone, licence plate, postcode, town, house number) become one integer
code per record and are compared as arrays; birth dates as codes, years and day numbers. What needs Python
(given names, surnames, street names, schools, swapped name fields, the term-frequency adjustment) is computed
once per distinct pair of *values*: a batch's candidate pairs hold far fewer of those than pairs (Faker
benchmark: 300,000 pairs, 43,000 pairs of first-name signatures). The per-pair functions in scoring.py stay the
reference (online matching and the review screen use them); a test compares the two on generated batches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import cached_property, partial

import numpy as np

from .forked import FAILED, Helper
from .normalize import NormalizedRecord
from .scoring import (
    NEAR_YEARS,
    UNKNOWN_DATE_ENDINGS,
    Model,
    TermFrequencies,
    _same_street,
    _street_key,
    cmp_first_name,
    cmp_last_name,
    cmp_school,
    crossing_forms,
    names_crossed,
    same_fingerprint,
    tf_adjustment,
)

__all__ = [
    "NameComparisons", "RecordCodes", "combined_codes", "crossed_names", "crossing_codes", "first_name_levels",
    "first_name_signatures", "near_years", "one_slip", "score_arrays", "send_name_comparisons", "value_codes",
]


def value_codes(values: Sequence, empty_is_zero: bool = True) -> np.ndarray:
    """An int64 code per value; with ``empty_is_zero`` every empty value (None, "", 0) is 0 and the others
    1, 2, ...; without it every distinct value, empty ones included, has a code of its own. (The loops over
    all values run in C: dict.fromkeys and map.)"""
    seen = dict.fromkeys(values)
    i = 0
    for k in seen:
        if empty_is_zero and not k:
            seen[k] = 0
        else:
            i += 1
            seen[k] = i
    return np.fromiter(map(seen.__getitem__, values), dtype=np.int64, count=len(values))


def _exact(ca: np.ndarray, cb: np.ndarray) -> np.ndarray:
    """scoring._cmp_exact on codes: 0 unknown on one side, 1 the same, 2 different."""
    return np.where((ca == 0) | (cb == 0), 0, np.where(ca == cb, 1, 2))


def _per_distinct(
    memo: dict, cols: Sequence[np.ndarray], tops: Sequence[int], fn: Callable[[int], object], dtype=np.int64
) -> np.ndarray:
    """``fn(k)`` for every pair k, called once per distinct row of ``cols`` (the codes that decide it, each
    below its entry in ``tops``) and remembered in ``memo`` across chunks of pairs."""
    m = len(cols[0])
    if m == 0:
        return np.zeros(0, dtype=dtype)
    key = np.zeros(m, dtype=np.int64)
    for c, top in zip(cols, tops, strict=True):
        key = key * top + c
    uniq, first, inv = np.unique(key, return_index=True, return_inverse=True)
    vals = []
    for k, at in zip(uniq.tolist(), first.tolist(), strict=True):
        v = memo.get(k)
        if v is None:
            v = memo[k] = fn(at)
        vals.append(v)
    return np.array(vals, dtype=dtype)[inv.ravel()]


def _iso_ok(records: Sequence[NormalizedRecord]) -> bool:
    """The array birth-date comparison reads ISO dates of one length and at most two readings per record (what
    normalize.parse_dates writes); anything else goes to the per-pair code."""
    for r in records:
        if len(r.birth_dates) > 2:
            return False
        for d in r.birth_dates:
            if len(d) != 10 or not d.isascii() or not d[:4].isdigit():
                return False
        if r.birth_date and (not r.birth_dates or r.birth_date != r.birth_dates[0]):
            return False
    return True


def one_slip(chars_a: np.ndarray, chars_b: np.ndarray) -> np.ndarray:
    """Per row of two (rows x length) byte arrays: OSA distance <= 1, which between strings of one length is
    at most one character changed or two neighbours swapped (1987 / 1978)."""
    diff = chars_a != chars_b
    count = diff.sum(axis=1)
    swapped = np.zeros(len(count), dtype=bool)
    for i in range(chars_a.shape[1] - 1):
        swapped |= (
            diff[:, i] & diff[:, i + 1] & (chars_a[:, i] == chars_b[:, i + 1]) & (chars_a[:, i + 1] == chars_b[:, i])
        )
    return (count <= 1) | ((count == 2) & swapped)


def near_years(md_a: np.ndarray, md_b: np.ndarray, year_a: np.ndarray, year_b: np.ndarray) -> np.ndarray:
    """Per row: the same day and month (codes) a year or a decade apart (scoring.NEAR_YEARS)."""
    return (md_a == md_b) & np.isin(np.abs(year_a - year_b), NEAR_YEARS)


def _near_dates(chars_a, chars_b, year_a, year_b, md_a, md_b, day_a, day_b) -> np.ndarray:
    """scoring.near_dates on arrays of ISO dates: one slip (one_slip), the same day a year or a decade apart
    (near_years), or one day apart."""
    return one_slip(chars_a, chars_b) | near_years(md_a, md_b, year_a, year_b) | (np.abs(day_a - day_b) <= 1)


def combined_codes(*columns: np.ndarray) -> np.ndarray:
    """One code (0, 1, ...) per distinct row of several code columns: the codes of a tuple of values, from the
    codes of each value. (value_codes on the tuples themselves hashes and compares every tuple, and a tuple
    holding a frozenset of name groups took 60 ms for 51,000 records; this takes a fifth.)"""
    key = columns[0]
    for col in columns[1:]:
        key = np.unique(key * (int(col.max(initial=0)) + 1) + col, return_inverse=True)[1].ravel()
    if len(columns) == 1:
        key = np.unique(key, return_inverse=True)[1].ravel()
    return key


def _iso_date(d: str | None) -> str | None:
    """An ISO date "YYYY-MM-DD" as normalize.parse_dates writes it, or None."""
    return d if d and len(d) == 10 and d.isascii() and d[:4].isdigit() else None


def _ordinal(d: str) -> int:
    try:
        return date.fromisoformat(d).toordinal()
    except ValueError:
        return 0


class RecordCodes:
    """Per-record codes and values of a batch, made once and read by batch.conflict_screen and score_arrays,
    and the remembered results per distinct pair of values. ``iso_ok``: the records hold only what the array
    birth-date comparison reads (_iso_ok); otherwise score_arrays leaves the batch to the per-pair code, and
    the date codes cover the ISO dates only (what conflict_screen reads)."""

    def __init__(self, records: Sequence[NormalizedRecord]) -> None:
        rec = records
        n = len(rec)
        self.n = n
        self.iso_ok = _iso_ok(rec)
        # the first name and the surname core with 0 for an empty value (the comparisons read both by their
        # truth value, so None and "" may share the code); the other fields every value its own code
        codes = {f: value_codes([getattr(r, f) for r in rec], f in _ZERO_CODED) for f in _CODED}
        fn, core = codes["first_name"], codes["last_name_core"]
        self.bsn = value_codes([r.bsn for r in rec])
        self.lsig = combined_codes(codes["last_name"], core, codes["last_name_skeleton"])
        self.gsig = combined_codes(codes["name_groups"], core)
        self._records, self._coded = rec, codes  # for fsig and crossing, made when asked for
        self.fn = fn
        self.has_year = np.fromiter((r.birth_year_min is not None for r in rec), dtype=bool, count=n)
        self.ymin = np.fromiter((r.birth_year_min or 0 for r in rec), dtype=np.int64, count=n)
        self.ymax = np.fromiter((r.birth_year_max or 0 for r in rec), dtype=np.int64, count=n)
        # both readings of a date (day/month swapped) in one code space; bd: the primary reading, ISO only
        dates: dict[str, int] = {}
        for r in rec:
            for d in r.birth_dates:
                dates.setdefault(d, len(dates) + 1)
        iso = [_iso_date(r.birth_date) for r in rec]
        for d in iso:
            if d:
                dates.setdefault(d, len(dates) + 1)
        self.d0 = np.fromiter((dates[r.birth_dates[0]] if r.birth_dates else 0 for r in rec), np.int64, n)
        self.d1 = np.fromiter((dates[r.birth_dates[1]] if len(r.birth_dates) > 1 else -1 for r in rec), np.int64, n)
        self.bd = np.fromiter((dates[d] if d else 0 for d in iso), np.int64, n)
        # a birth date that is the same person's only reading and no placeholder (scoring.same_fingerprint)
        self.single_date = np.fromiter(
            (len(r.birth_dates) == 1 and not (r.birth_date or "").endswith(UNKNOWN_DATE_ENDINGS) for r in rec),
            dtype=bool, count=n,
        )
        # first name, surname and birth date, all three known (scoring.same_fingerprint)
        born = value_codes([r.birth_date for r in rec])
        self.fingerprint = np.where(
            (fn > 0) & (core > 0) & (born > 0),
            combined_codes(fn, core, born) + 1,
            0,
        )
        iso = [d or "0000-00-00" for d in iso]
        self.chars = np.frombuffer("".join(iso).encode("ascii"), dtype=np.uint8).reshape(n, 10)
        self.year = np.fromiter((int(d[:4]) for d in iso), dtype=np.int64, count=n)
        self.md = value_codes([d[4:] for d in iso])
        self.day = np.fromiter((_ordinal(d) if d[0] != "0" else 0 for d in iso), np.int64, n)
        self.gender = value_codes([r.gender for r in rec])
        self.phone = value_codes([r.phone for r in rec])
        self.plate = value_codes([r.license_plate for r in rec])
        self.city = value_codes([r.city for r in rec])
        self.pc = value_codes([r.postcode for r in rec])
        self.street = value_codes([r.street for r in rec])
        # what scoring._same_street can call one street: the same skeleton, skeletons of 8+ letters of about
        # one length (one slip), or names sharing their first 8 letters (one cut off inside its type)
        skel = [_street_key(r.street) if r.street else "" for r in rec]
        self.street_skel = value_codes(skel)
        self.skel_len = np.fromiter(map(len, skel), dtype=np.int64, count=n)
        self.street_head = value_codes([r.street[:8] if r.street and len(r.street) >= 8 else None for r in rec])
        self.hn = value_codes([r.house_number for r in rec])
        self.sx = value_codes([r.house_suffix for r in rec], False)
        self.school = value_codes([r.school for r in rec])
        self.memo: dict[str, dict] = {k: {} for k in ("last", "crossed", "street", "school", "tf")}

    @cached_property
    def crossing(self) -> tuple[np.ndarray, np.ndarray]:
        """crossing_codes, made when asked for (not when a helper process looks for crossed name fields)."""
        return crossing_codes(self._records, self._coded)

    @cached_property
    def fsig(self) -> np.ndarray:
        """first_name_signatures, made when asked for (not when a helper process gives the first-name levels)."""
        return first_name_signatures(self._records, self._coded)

    def near(self, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
        return _near_dates(self.chars[ia], self.chars[ib], self.year[ia], self.year[ib], self.md[ia], self.md[ib],
                           self.day[ia], self.day[ib])


# fields coded once for the signatures of RecordCodes, and those of them coded with 0 for an empty value
_ZERO_CODED = ("first_name", "last_name_core")
_CODED = ("first_name", "first_names", "first_initial", "nickname", "name_groups", "last_name", "last_name_core",
          "last_name_skeleton")


def first_name_signatures(records: Sequence[NormalizedRecord], coded: dict | None = None) -> np.ndarray:
    """A code per record for what scoring.cmp_first_name reads of it (given names, nickname, initial, name
    groups): two pairs with the same two codes have the same first-name level. ``coded``: value_codes of
    those fields already made (field -> codes)."""
    def col(f: str) -> np.ndarray:
        return _field_codes(records, coded, f)

    return combined_codes(
        col("first_name"), value_codes([r.first_names[:2] for r in records], False), col("nickname"),
        col("first_initial"), col("name_groups"),
    )


def _field_codes(records: Sequence[NormalizedRecord], coded: dict | None, field: str) -> np.ndarray:
    """value_codes of a field, every value its own code (empty ones too), or the ones in ``coded``."""
    c = (coded or {}).get(field)
    return c if c is not None else value_codes([getattr(r, field) for r in records], False)


def _first_levels(
    rec: Sequence[NormalizedRecord], fsig: np.ndarray, memo: dict, pairs: np.ndarray
) -> np.ndarray:
    """cmp_first_name per pair, once per distinct pair of first-name signatures."""
    a, b = pairs[:, 0], pairs[:, 1]
    n = len(rec)
    return _per_distinct(memo, [fsig[a], fsig[b]], [n, n], lambda k: cmp_first_name(rec[a[k]], rec[b[k]]))


def first_name_levels(records: Sequence[NormalizedRecord], pairs: np.ndarray, chunk: int = 2_000_000) -> np.ndarray:
    """scoring.cmp_first_name for every pair (int8), once per distinct pair of first-name signatures, in chunks
    of ``chunk`` pairs (the memory of the temporary arrays). What a helper process computes while the batch
    codes the records (batch.deduplicate)."""
    fsig, memo = first_name_signatures(records), {}
    parts = [
        _first_levels(records, fsig, memo, pairs[lo : lo + chunk]).astype(np.int8)
        for lo in range(0, len(pairs), chunk)
    ]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int8)


def crossing_codes(records: Sequence[NormalizedRecord], coded: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """What scoring.names_crossed reads of a record: a code per record for its given names and surname, and
    whether it has both a first name and a surname core (``coded``: value_codes already made, field -> codes)."""
    def col(f: str) -> np.ndarray:
        return _field_codes(records, coded, f)

    full = np.fromiter((bool(r.first_name and r.last_name_core) for r in records), dtype=bool, count=len(records))
    return combined_codes(col("first_name"), col("first_names"), col("last_name"), col("last_name_core")), full


def crossed_names(
    records: Sequence[NormalizedRecord],
    pairs: np.ndarray,
    first: np.ndarray,
    nsig: np.ndarray,
    full: np.ndarray,
    memo: dict | None = None,
) -> np.ndarray:
    """scoring.names_crossed per pair where it matters: different first names (level 5) and both names on
    both sides; once per distinct pair of crossing_codes (``nsig``, ``full``), and only where the records'
    crossing_forms meet both ways (newcomers benchmark: 463 of 232,000 distinct pairs cross, mostly different
    people at one address; the comparison of all of them took 1.2 s)."""
    a, b = pairs[:, 0], pairs[:, 1]
    crossed = np.zeros(len(pairs), dtype=bool)
    idx = np.flatnonzero((first == 5) & full[a] & full[b])
    if len(idx):
        ia, ib = a[idx], b[idx]
        n = len(records)
        memo = {} if memo is None else memo
        key = nsig[ia] * n + nsig[ib]
        uniq, at, inv = np.unique(key, return_index=True, return_inverse=True)
        ua, ub = ia[at], ib[at]
        given: dict[int, frozenset[str]] = {}
        surname: dict[int, frozenset[str]] = {}
        for i in np.unique(np.concatenate([ua, ub])).tolist():
            given[i], surname[i] = crossing_forms(records[i])
        vals = []
        for k, i, j in zip(uniq.tolist(), ua.tolist(), ub.tolist(), strict=True):
            v = memo.get(k)
            if v is None:
                v = memo[k] = not (given[i].isdisjoint(surname[j]) or given[j].isdisjoint(surname[i])) and (
                    names_crossed(records[i], records[j])
                )
            vals.append(v)
        crossed[idx] = np.array(vals, dtype=bool)[inv.ravel()]
    return crossed


def send_name_comparisons(send: Callable[[object], None], records: Sequence[NormalizedRecord], pairs: np.ndarray) -> None:
    """In a helper process (forked.Helper): the first-name levels of ``pairs``, then their crossed_names."""
    first = first_name_levels(records, pairs)
    send(first)
    send(crossed_names(records, pairs, first, *crossing_codes(records)))


class NameComparisons:
    """The first-name levels and crossed_names of a batch's pairs as a helper process running
    send_name_comparisons sends them (asked for when first needed), or computed here when it failed."""

    def __init__(self, records: Sequence[NormalizedRecord], pairs: np.ndarray, helper: Helper) -> None:
        self.records, self.pairs, self.helper = records, pairs, helper

    @cached_property
    def first(self) -> np.ndarray:
        got = self.helper.get()
        return got if got is not FAILED else first_name_levels(self.records, self.pairs)

    @cached_property
    def crossed(self) -> np.ndarray:
        first = self.first
        got = self.helper.get()
        if got is not FAILED:
            return got
        return crossed_names(self.records, self.pairs, first, *crossing_codes(self.records))


def score_arrays(
    records: Sequence[NormalizedRecord],
    pairs: np.ndarray,
    model: Model,
    tf: TermFrequencies | None,
    chunk: int = 2_000_000,
    codes: RecordCodes | None = None,
    first_levels: Callable[[], np.ndarray] | None = None,
    crossed: Callable[[], np.ndarray] | None = None,
) -> np.ndarray | None:
    """Match weights of ``pairs`` as batch._score_chunk gives them (-99 for hard conflicts), or None when the
    records hold values the array code does not read (the caller then scores pair by pair). Pairs are scored
    in chunks of ``chunk``, which bounds the memory of the temporary arrays (300,000 lines: 15.8 million
    pairs). ``codes``: the batch's RecordCodes, when the caller made them already; ``first_levels()`` and
    ``crossed()``: the first-name levels and crossed_names of all ``pairs``, when a helper process computes
    them (NameComparisons; asked for when they are first needed), otherwise they are computed here."""
    codes = codes or RecordCodes(records)
    if not codes.iso_ok:
        return None
    m = len(pairs)
    out = np.empty(m)
    first_memo: dict = {}
    for lo in range(0, m, chunk):
        hi = min(m, lo + chunk)
        if first_levels is None:
            get_first = partial(_first_levels, records, codes.fsig, first_memo, pairs[lo:hi])
            get_crossed = None
        else:
            get_first = partial(_part, first_levels, lo, hi)
            get_crossed = None if crossed is None else partial(_part, crossed, lo, hi)
        out[lo:hi] = _score(records, codes, pairs[lo:hi], model, tf, get_first, get_crossed)
    return out


def _part(whole: Callable[[], np.ndarray], lo: int, hi: int) -> np.ndarray:
    return whole()[lo:hi]


def _score(
    rec: Sequence[NormalizedRecord],
    arr: RecordCodes,
    pairs: np.ndarray,
    model: Model,
    tf: TermFrequencies | None,
    first_levels: Callable[[], np.ndarray],
    get_crossed: Callable[[], np.ndarray] | None = None,
) -> np.ndarray:
    """The weights of ``pairs``; ``first_levels()`` gives their first-name levels and ``get_crossed()``, when
    given, crossed_names for them (asked for as late as possible: they may come from another process)."""
    m = len(pairs)
    if m == 0:
        return np.zeros(0)
    a, b = pairs[:, 0], pairs[:, 1]
    n, memo = arr.n, arr.memo

    # --- BSN (hard conflict: two valid BSNs, unless the same first name, surname and unambiguous date)
    lvl_bsn = _exact(arr.bsn[a], arr.bsn[b])
    same_bsn = lvl_bsn == 1

    # --- surnames: one call per distinct pair of signatures
    last = _per_distinct(
        memo["last"], [arr.lsig[a], arr.lsig[b]], [n, n], lambda k: cmp_last_name(rec[a[k]], rec[b[k]])
    )

    # --- birth (scoring.cmp_birth)
    bd_a, bd_b, d0, d1 = arr.bd[a], arr.bd[b], arr.d0, arr.d1
    lvl_birth = np.zeros(m, dtype=np.int64)
    known = arr.has_year[a] & arr.has_year[b]
    dated = known & (bd_a > 0) & (bd_b > 0)
    same = dated & (bd_a == bd_b)
    shared = dated & ~same & (
        (d0[a] == d0[b]) | (d0[a] == d1[b]) | (d1[a] == d0[b]) | ((d1[a] == d1[b]) & (d1[a] > 0))
    )
    rest = dated & ~same & ~shared
    near = np.zeros(m, dtype=bool)
    idx = np.flatnonzero(rest)
    if len(idx):
        near[idx] = arr.near(a[idx], b[idx])
    lvl_birth[same] = 1
    lvl_birth[shared] = 2
    lvl_birth[rest & near] = 3
    lvl_birth[rest & ~near] = 8
    ymin, ymax = arr.ymin, arr.ymax
    gap = np.maximum(ymin[a] - ymax[b], ymin[b] - ymax[a])
    centre = np.abs(ymin[a] + ymax[a] - ymin[b] - ymax[b])
    lvl_birth = np.where(
        known & ~dated, np.where(gap <= 0, np.where(centre <= 2, 4, 5), np.where(gap <= 5, 6, 7)), lvl_birth
    )
    # hard conflict on dates: exact dates more than two years apart that are not near
    date_conflict = (bd_a > 0) & (bd_b > 0) & (bd_a != bd_b) & (np.abs(arr.year[a] - arr.year[b]) > 2)
    idx = np.flatnonzero(date_conflict)
    if len(idx):
        date_conflict[idx] = ~arr.near(a[idx], b[idx])
    two_bsns = lvl_bsn == 2
    fingerprint = np.zeros(m, dtype=bool)
    idx = np.flatnonzero(two_bsns)
    if len(idx):
        fingerprint[idx] = [
            same_fingerprint(rec[i], rec[j]) for i, j in zip(a[idx].tolist(), b[idx].tolist(), strict=True)
        ]

    # --- gender, phone, licence plate
    lvl_gender = _exact(arr.gender[a], arr.gender[b])
    lvl_phone = _exact(arr.phone[a], arr.phone[b])
    lvl_plate = _exact(arr.plate[a], arr.plate[b])

    # --- address (scoring.cmp_address)
    city_a, city_b, pc_a, pc_b = arr.city[a], arr.city[b], arr.pc[a], arr.pc[b]
    st_a, st_b, hn_a, hn_b = arr.street[a], arr.street[b], arr.hn[a], arr.hn[b]
    city_conflict = (city_a > 0) & (city_b > 0) & (city_a != city_b)
    same_pc = (pc_a > 0) & (pc_a == pc_b)
    both_st = (st_a > 0) & (st_b > 0)
    same_st = both_st & ((st_a == st_b) | (arr.street_skel[a] == arr.street_skel[b]))
    len_a, len_b = arr.skel_len[a], arr.skel_len[b]
    slip = (np.minimum(len_a, len_b) >= 8) & (np.abs(len_a - len_b) <= 1)
    cut = (arr.street_head[a] > 0) & (arr.street_head[a] == arr.street_head[b])
    idx = np.flatnonzero(both_st & ~same_pc & ~same_st & (slip | cut))
    if len(idx):
        ia, ib = a[idx], b[idx]
        same_st[idx] = _per_distinct(
            memo["street"], [st_a[idx], st_b[idx]], [n + 1, n + 1],
            lambda k: _same_street(rec[ia[k]].street, rec[ib[k]].street), dtype=bool,
        )
    same_street = same_pc | same_st
    city_conflict &= ~same_pc
    both_hn = (hn_a > 0) & (hn_b > 0)
    lvl_street = np.where(
        both_hn,
        np.where(hn_a == hn_b, np.where(arr.sx[a] == arr.sx[b], 1, 2), 5),
        np.where(same_pc | ((city_a > 0) & (city_a == city_b)), 3, 4),
    )
    comparable = both_st | ((pc_a > 0) & (pc_b > 0))
    lvl_other = np.where(
        (city_a > 0) & (city_b > 0),
        np.where(city_a == city_b, np.where(comparable, 7, 6), 8),
        np.where(comparable, 7, 0),
    )
    lvl_address = np.where(same_street & ~city_conflict, lvl_street, lvl_other)

    # --- school
    sc_a, sc_b = arr.school[a], arr.school[b]
    lvl_school = np.zeros(m, dtype=np.int64)
    idx = np.flatnonzero((sc_a > 0) & (sc_b > 0))
    if len(idx):
        ia, ib = a[idx], b[idx]
        lvl_school[idx] = _per_distinct(
            memo["school"], [sc_a[idx], sc_b[idx]], [n + 1, n + 1], lambda k: cmp_school(rec[ia[k]], rec[ib[k]])
        )

    # --- first names (the levels are needed from here on)
    first = first_levels()
    # rare or common agreeing names (scoring.tf_adjustment): for the pairs without a conflict whose first or
    # last names agree (level 1 or 2). A swap of the name fields (first level 5, last level 4, below) is never
    # such a pair, before or after. Different first names are a conflict unless the name fields are crossed:
    # those pairs wait for crossed_names, the others are adjusted first (crossed_names may come from a helper).
    agree = ~(two_bsns & ~fingerprint) & ~date_conflict & (np.isin(first, (1, 2)) | np.isin(last, (1, 2)))
    other_first = (arr.fn[a] > 0) & (arr.fn[b] > 0) & ~same_bsn & (first == 5)
    adjusted = [_tf_adjust(rec, arr, pairs, first, last, model, tf, agree & ~other_first)]
    if get_crossed is None:
        crossed = crossed_names(rec, pairs, first, *arr.crossing, memo["crossed"])
    else:
        crossed = get_crossed()
    adjusted.append(_tf_adjust(rec, arr, pairs, first, last, model, tf, agree & other_first & crossed))
    name_conflict = other_first & ~crossed
    swap = (first == 5) & (last == 4) & crossed
    first = np.where(swap, 3, first)
    last = np.where(swap, 3, last)

    conflict = (two_bsns & ~fingerprint) | name_conflict | date_conflict

    levels = (lvl_bsn, first, last, lvl_birth, lvl_gender, lvl_address, lvl_phone, lvl_plate, lvl_school)
    w = np.full(m, model.prior_weight)
    for f, lvl in enumerate(levels):  # in the order of _score_chunk's sum: the same floating-point result
        w = w + np.asarray(model.weights[f], dtype=np.float64)[lvl]
    for idx, adjustment in adjusted:
        w[idx] = w[idx] + adjustment
    w[conflict] = -99.0
    return w


def _tf_adjust(
    rec: Sequence[NormalizedRecord],
    arr: RecordCodes,
    pairs: np.ndarray,
    first: np.ndarray,
    last: np.ndarray,
    model: Model,
    tf: TermFrequencies | None,
    mask: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """scoring.tf_adjustment for the pairs in ``mask``, once per distinct pair of name-group signatures and
    levels: (their positions, their adjustments)."""
    idx = np.flatnonzero(mask) if tf is not None and tf.active else np.zeros(0, dtype=np.int64)
    if len(idx) == 0:
        return idx, np.zeros(0)
    ia, ib, fi, la = pairs[idx, 0], pairs[idx, 1], first[idx], last[idx]

    def adj(k: int) -> float:
        return tf_adjustment(model, (0, int(fi[k]), int(la[k])), rec[ia[k]], rec[ib[k]], tf)

    n = arr.n
    return idx, _per_distinct(arr.memo["tf"], [arr.gsig[ia], arr.gsig[ib], fi, la], [n, n, 6, 6], adj, dtype=np.float64)
