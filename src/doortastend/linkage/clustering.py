"""Candidate pairs from blocks, and guarded greedy clustering, shared by the plaintext (batch.py) and the privacy-preserving (pprl/link.py) paths.

Pairs above the threshold are merged strongest first, but two groups are never merged when their summaries
conflict (different BSNs, twins, father and son, ...). This stops chaining through weak middle records. A
second pass retries merges refused while groups were still partial. What a group summary holds and when two
summaries conflict is up to the caller.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from typing import Generic, TypeVar

import numpy as np

G = TypeVar("G")


def em_match_share(
    log_bf: np.ndarray, lam: float, n_pairs: float, floor: float, iterations: int = 40
) -> float:
    """Expectation maximisation on lambda only (m and u stay as trained), as Splink re-estimates
    ``probability_two_random_records_match`` per data set: lambda = (sum of the pairs' posterior match
    probabilities) / ``n_pairs``, repeated until it moves less than 1e-4 bits. ``log_bf`` are the pairs' log2
    Bayes factors (match weights without the prior; hard conflicts already left out), ``lam`` the start
    value; the estimate is kept within [``floor``, 0.5]."""
    for _ in range(iterations):
        logit = math.log2(lam / (1 - lam))
        new = float(np.sum(1.0 / (1.0 + np.exp2(-np.clip(log_bf + logit, -60, 60))))) / n_pairs
        new = min(max(new, floor), 0.5)
        if abs(math.log2(new / lam)) < 1e-4:
            return new
        lam = new
    return lam


def pairs_from_blocks(blocks: dict[str, list[int]], n: int, cap: Callable[[str], int]) -> np.ndarray:
    """Unique candidate pairs (i < j) as an (m, 2) int array from blocks of record indices (each in ascending
    order). Blocks of one record, or larger than ``cap(key)``, give no pairs."""
    by_size: dict[int, list] = defaultdict(list)
    for key, members in blocks.items():
        size = len(members)
        if 2 <= size <= cap(key):
            by_size[size].append(members)
    chunks: list[np.ndarray] = []
    for size, groups in by_size.items():
        # all blocks of one size at once: one (blocks x size) array, one index of its pairs of columns
        arr = np.array(groups, dtype=np.int64)
        a, b = np.triu_indices(size, 1)
        chunks.append((arr[:, a] * n + arr[:, b]).ravel())
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    codes = sorted_unique(np.concatenate(chunks))
    return np.stack([codes // n, codes % n], axis=1)


def sorted_unique(codes: np.ndarray) -> np.ndarray:
    """np.unique for a flat integer array, by an in-place sort: a third of the time of NumPy 2's hash-based
    unique on the millions of pair codes of a batch (same result)."""
    codes.sort()
    if len(codes) < 2:
        return codes
    keep = np.empty(len(codes), dtype=bool)
    keep[0] = True
    np.not_equal(codes[1:], codes[:-1], out=keep[1:])
    return codes[keep]


def hold_ambiguous(
    pairs: np.ndarray,
    weights: np.ndarray,
    threshold: float,
    conflict: Callable[[int, int], bool],
    margin: float,
    witness: Callable[[int, int, int], bool] | None = None,
) -> tuple[np.ndarray, set[int]]:
    """Weights in which the links of *ambiguous* mentions are held just below ``threshold``, and the set of
    those mentions (a later attach step must not attach them either).

    A mention is ambiguous when its strongest link at or above the threshold is matched, within ``margin``
    bits, by a link to a mention that conflicts with the first partner (``conflict(j, k)``: two people the
    guard would never merge). "E. Demir" at an address where Elif and Emre Demir live, or "Anna, ±15,
    Duinlaan" between two Annas of that street: strongest-first merging would pick one of them on a
    fraction of a bit. Such a mention is not linked automatically (online it goes to review).

    Two conflicting partners are one person, and the mention not ambiguous, when they are linked above the
    threshold to each other, or both to a third mention that ``witness(w, j, k)`` accepts (a full record that
    is compatible with both: "Gerald" with a birth date and BSN between the typos "Gerold" and "Greald").
    """
    held: set[int] = set()
    sel = np.flatnonzero(weights >= threshold)
    if len(sel) == 0:
        return weights, held
    # every link above the threshold from both ends: (mention, weight, other, pair index), each mention's links
    # strongest first (ties: the higher other index, then the higher pair index first), found with array
    # operations (a dictionary of link lists took a quarter of the clustering time)
    i, j = pairs[sel, 0], pairs[sel, 1]
    mention = np.concatenate([i, j])
    other = np.concatenate([j, i])
    w = np.concatenate([weights[sel], weights[sel]])
    k = np.concatenate([sel, sel])
    order = np.lexsort((-k, -other, -w, mention))
    mention, other, w, k = mention[order], other[order], w[order], k[order]
    starts = np.flatnonzero(np.r_[True, mention[1:] != mention[:-1]])
    ends = np.r_[starts[1:], len(mention)]
    top = np.repeat(starts, ends - starts)  # position of each link's mention's strongest link
    # a rival: a link within ``margin`` bits of its mention's strongest one
    rival = (np.arange(len(mention)) != top) & (w >= w[top] - margin)
    span = dict(zip(mention[starts].tolist(), zip(starts.tolist(), ends.tolist(), strict=True), strict=True))
    others = other.tolist()

    def partners(x: int) -> list[int]:
        s, e = span.get(x, (0, 0))
        return others[s:e]

    def one_person(m: int, a: int, b: int) -> bool:
        # two partners that are themselves linked above the threshold are one person with a noisy record (a
        # typo'd name or date the guard calls a conflict), not two people to choose between; so are two that
        # a full third record links to both
        na = set(partners(a))
        if b in na:
            return True
        if witness is None:
            return False
        return any(x != m and witness(x, a, b) for x in partners(b) if x in na)

    out = weights.copy()
    hold = np.nextafter(threshold, -np.inf)
    rivals = np.flatnonzero(rival)
    at_mention = np.searchsorted(starts, rivals, side="right") - 1
    done = -1
    for r, si in zip(rivals.tolist(), at_mention.tolist(), strict=True):
        s = int(starts[si])
        m = int(mention[s])
        if m == done:
            continue
        first = others[s]
        if conflict(first, others[r]) and not one_person(m, first, others[r]):
            held.add(m)
            done = m
            idx = k[s : int(ends[si])]
            out[idx] = np.minimum(out[idx], hold)
    return out, held


class GuardedUnion(Generic[G]):
    def __init__(
        self,
        n: int,
        summary: Callable[[int], G],
        compatible: Callable[[G, G], bool],
        merge: Callable[[G, G], G],
    ):
        self.parent = list(range(n))
        self.groups: dict[int, G] = {}
        self._summary, self._compatible, self._merge = summary, compatible, merge

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def group(self, root: int) -> G:
        return self.groups.get(root) or self._summary(root)

    def join(self, ri: int, rj: int, gi: G, gj: G) -> tuple[int, int]:
        """Join the groups rooted at ``ri`` and ``rj`` (summaries ``gi``, ``gj``; the caller has checked that they
        are compatible): the lower root stays root and keeps the merged summary. Returns (root, joined root)."""
        lo, hi = (ri, rj) if ri < rj else (rj, ri)
        self.parent[hi] = lo
        self.groups[lo] = self._merge(gi, gj)
        self.groups.pop(hi, None)
        return lo, hi

    def merge_pairs(self, pairs: np.ndarray, weights: np.ndarray, threshold: float) -> None:
        find = self.find
        sel = np.nonzero(weights >= threshold)[0]
        order = sel[np.argsort(-weights[sel], kind="stable")]
        for _pass in range(2):
            refused = []
            for idx, (i, j) in zip(order.tolist(), pairs[order].tolist(), strict=True):
                ri, rj = find(i), find(j)
                if ri == rj:
                    continue
                ga, gb = self.group(ri), self.group(rj)
                if not self._compatible(ga, gb):
                    refused.append(idx)
                    continue
                self.join(ri, rj, ga, gb)
            if not refused:
                break
            order = np.asarray(refused, dtype=np.int64)

    def root_array(self) -> np.ndarray:
        """The root of every element, by pointer jumping on the whole parent array at once (one find per
        element took a tenth of the clustering); the parents are left pointing at their roots."""
        parent = np.asarray(self.parent, dtype=np.int64)
        while True:
            up = parent[parent]
            if np.array_equal(up, parent):
                break
            parent = up
        self.parent = parent.tolist()
        return parent

    def roots(self) -> list[int]:
        return self.root_array().tolist()
