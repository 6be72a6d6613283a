"""Linking encoded mentions without seeing identities (linkage-unit side of PPRL).

Input: the ``{"id", "source", "enc"}`` lines written by :mod:`.encode`. Output: match groups only,
``{"id", "cluster"}``; similarity scores and match weights stay inside this module and are never written.

Steps:

1. Blocking on keyed tokens: the keyed blocking keys of the plaintext engine plus exact identifier tokens
   (BSN, phone, plate, postcode+house number). Oversized blocks are skipped (they carry no information).
2. Comparison per field: Bloom-filter similarity for names and street (Dice for unbalanced filters; for
   balanced filters the Hamming distance, which equals twice the distance of the underlying filters),
   token equality for the rest. Name filters are only comparable under a shared salt (birth year).
3. Fellegi–Sunter: each field's agreement level contributes log2(m/u); m and u are estimated on labelled
   generated data (:mod:`.train`) and shipped in ``data/weights_v1.json``.
4. Clustering: pairs above the threshold are merged greedily in descending weight order (union-find),
   refusing merges that would put two different BSNs or a strongly contradicting pair in one group
   (twins, father and son).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .encode import EncodingParams, from_b64

__all__ = ["EncodedMention", "parse", "candidate_pairs", "compare", "score", "cluster", "link", "load_weights"]

MAX_BLOCK = 200
FIELDS = ("bsn", "given", "initial", "last", "fullname", "dob", "addr", "phone", "plate", "school", "gender")


@dataclass(slots=True)
class EncodedMention:
    id: str
    source: str
    names: dict[str, tuple[int | None, int | None, int | None, frozenset[str], str | None]] = field(default_factory=dict)
    years: frozenset[str] = frozenset()
    estimated: bool = False
    dates: frozenset[str] = frozenset()
    bsn: str | None = None
    tel: str | None = None
    kt: str | None = None
    sx: str | None = None
    st: int | None = None
    ad: str | None = None
    pc: str | None = None
    pa: str | None = None
    ci: str | None = None
    sc: str | None = None
    bk: tuple[str, ...] = ()
    nm: frozenset[str] = frozenset()
    mode: str = "balance"


def _f(s: str | None) -> int | None:
    return from_b64(s) if s else None


def parse(line: dict) -> EncodedMention:
    enc = line.get("enc") or {}
    m = EncodedMention(id=str(line["id"]), source=str(line.get("source", "")), mode=enc.get("h", "balance"))
    for e in enc.get("n", ()):
        m.names[e.get("s", "")] = (_f(e.get("f")), _f(e.get("k")), _f(e.get("l")), frozenset(e.get("g", ())), e.get("i"))
    m.years = frozenset(enc.get("y", ()))
    m.estimated = bool(enc.get("ye", 0))
    m.dates = frozenset(enc.get("d", ()))
    m.bsn, m.tel, m.kt, m.sx = enc.get("bsn"), enc.get("tel"), enc.get("kt"), enc.get("sx")
    m.st = _f(enc.get("st"))
    m.ad, m.pc, m.pa, m.ci, m.sc = enc.get("ad"), enc.get("pc"), enc.get("pa"), enc.get("ci"), enc.get("sc")
    m.bk = tuple(enc.get("bk", ()))
    m.nm = frozenset(enc.get("nm", ()))
    return m


# ---------------------------------------------------------------------------------------------------------
# Blocking
# ---------------------------------------------------------------------------------------------------------


def candidate_pairs(ms: list[EncodedMention], max_block: int = MAX_BLOCK) -> set[tuple[int, int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        keys = set(m.bk)
        for pfx, v in (("b", m.bsn), ("t", m.tel), ("k", m.kt), ("a", m.pa)):
            if v:
                keys.add(pfx + v)
        for key in keys:
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        n = len(members)
        if n < 2 or n > max_block:
            continue
        for a in range(n):
            ia = members[a]
            for b in range(a + 1, n):
                ib = members[b]
                pairs.add((ia, ib) if ia < ib else (ib, ia))
    return pairs


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
    if d >= 0.6:
        return 1
    return 0


def _eq(a: str | None, b: str | None) -> int | None:
    if a is None or b is None:
        return None
    return 1 if a == b else 0


def compare(a: EncodedMention, b: EncodedMention, k: int = 8, street_k: int = 8) -> dict[str, int | None]:
    """Comparison vector: field -> agreement level (higher is more similar) or None when not comparable."""
    mode = a.mode
    given: int | None = None
    last: int | None = None
    initial: int | None = None
    shared = a.names.keys() & b.names.keys()
    for s in shared:
        fa, ka, la, ga, ia = a.names[s]
        fb, kb, lb, gb, ib = b.names[s]
        if ia and ib and (fa is None or fb is None):
            lv = 1 if ia == ib else 0
            initial = lv if initial is None or lv > initial else initial
        best = None
        for x in (fa, ka):
            if x is None:
                continue
            for y in (fb, kb):
                if y is None:
                    continue
                lv = filter_level(x, y, mode, k)
                best = lv if best is None or lv > best else best
        if best is not None or (ga and gb):
            group = bool(ga & gb)
            if best == 3:
                lv = 4
            elif best == 2:
                lv = 3
            elif group:
                lv = 2
            elif best == 1:
                lv = 1
            else:
                lv = 0
            given = lv if given is None or lv > given else given
        if la is not None and lb is not None:
            lv = filter_level(la, lb, mode, k)
            last = lv if last is None or lv > last else last

    dob: int | None = None
    if a.dates and b.dates and a.dates & b.dates:
        dob = 3
    elif a.years and b.years:
        if a.years & b.years:
            dob = 1 if (a.estimated or b.estimated) else 2
        else:
            dob = 0

    addr: int | None = None
    if (a.pa and a.pa == b.pa) or (a.ad and a.ad == b.ad):
        addr = 3
    elif a.st is not None and b.st is not None:
        addr = 2 if filter_level(a.st, b.st, mode, street_k) >= 2 else (1 if a.ci and a.ci == b.ci else 0)
    elif a.pc and b.pc:
        addr = 2 if a.pc == b.pc else 0
    elif a.ci and b.ci:
        addr = 1 if a.ci == b.ci else 0

    return {
        "bsn": _eq(a.bsn, b.bsn),
        "given": given,
        "initial": initial if given is None else None,
        "last": last,
        "fullname": (1 if a.nm & b.nm else 0) if (given is None and last is None and a.nm and b.nm) else None,
        "dob": dob,
        "addr": addr,
        "phone": _eq(a.tel, b.tel),
        "plate": _eq(a.kt, b.kt),
        "school": _eq(a.sc, b.sc),
        "gender": _eq(a.sx, b.sx),
    }


# ---------------------------------------------------------------------------------------------------------
# Fellegi–Sunter scoring and clustering
# ---------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def load_weights(name: str = "weights_v1.json") -> dict:
    text = resources.files("doortastend.linkage.pprl").joinpath("data", name).read_text("utf-8")
    return json.loads(text)


def score(vec: dict[str, int | None], weights: dict) -> float:
    """Match weight in bits: prior log-odds plus log2(m/u) of each comparable field's level."""
    w = weights["prior_log2_odds"]
    table = weights["fields"]
    for f, lv in vec.items():
        if lv is None:
            continue
        levels = table.get(f)
        if levels is not None and str(lv) in levels:
            w += levels[str(lv)]
    return w


def cluster(
    n: int,
    scored: Iterable[tuple[float, int, int]],
    threshold: float,
    cannot: set[tuple[int, int]],
    bsn_of: list[str | None],
) -> list[int]:
    """Greedy union-find over pairs above ``threshold`` in descending order, honouring cannot-link pairs."""
    parent = list(range(n))
    members: list[list[int]] = [[i] for i in range(n)]
    bsns: list[set[str]] = [{b} if b else set() for b in bsn_of]
    neg: dict[int, set[int]] = defaultdict(set)
    for i, j in cannot:
        neg[i].add(j)
        neg[j].add(i)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _w, i, j in sorted((t for t in scored if t[0] >= threshold), reverse=True):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if bsns[ri] and bsns[rj] and bsns[ri] != bsns[rj]:
            continue
        small, big = (ri, rj) if len(members[ri]) <= len(members[rj]) else (rj, ri)
        big_set = set(members[big])
        if any(neg[x] & big_set for x in members[small] if x in neg):
            continue
        parent[small] = big
        members[big].extend(members[small])
        members[small] = []
        bsns[big] |= bsns[small]
    return [find(i) for i in range(n)]


def link(
    lines: Iterable[dict],
    weights: dict | None = None,
    params: EncodingParams | None = None,
) -> list[dict]:
    """Link encoded mentions; returns ``[{"id", "cluster"}]`` in input order (no scores)."""
    weights = weights or load_weights()
    params = params or EncodingParams()
    ms = [parse(x) for x in lines]
    pairs = candidate_pairs(ms)
    scored: list[tuple[float, int, int]] = []
    cannot: set[tuple[int, int]] = set()
    neg_limit = weights.get("cannot_link_below", -math.inf)
    for i, j in pairs:
        vec = compare(ms[i], ms[j], params.name_k, params.street_k)
        w = score(vec, weights)
        if w < neg_limit:
            cannot.add((i, j))
        scored.append((w, i, j))
    roots = cluster(len(ms), scored, weights["threshold"], cannot, [m.bsn for m in ms])
    labels: dict[int, str] = {}
    out = []
    for m, r in zip(ms, roots, strict=True):
        if r not in labels:
            labels[r] = f"g{len(labels) + 1:06d}"
        out.append({"id": m.id, "cluster": labels[r]})
    return out
