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
    sel = np.nonzero(weights >= threshold)[0]
    if len(sel) == 0:
        return weights, held
    links: dict[int, list[tuple[float, int, int]]] = {}
    strong: set[tuple[int, int]] = set()
    for k, (i, j), w in zip(sel.tolist(), pairs[sel].tolist(), weights[sel].tolist(), strict=True):
        links.setdefault(i, []).append((w, j, k))
        links.setdefault(j, []).append((w, i, k))
        strong.add((i, j) if i < j else (j, i))

    def one_person(mention: int, a: int, b: int) -> bool:
        # two partners that are themselves linked above the threshold are one person with a noisy record (a
        # typo'd name or date the guard calls a conflict), not two people to choose between; so are two that
        # a full third record links to both
        if ((a, b) if a < b else (b, a)) in strong:
            return True
        if witness is None:
            return False
        na = {x for _, x, _ in links.get(a, ())}
        return any(x != mention and witness(x, a, b) for _, x, _ in links.get(b, ()) if x in na)

    out = weights.copy()
    hold = np.nextafter(threshold, -np.inf)
    for mention, ls in links.items():
        if len(ls) < 2:
            continue
        ls.sort(reverse=True)
        top, first, _ = ls[0]
        for w, other, _ in ls[1:]:
            if w < top - margin:
                break
            if conflict(first, other) and not one_person(mention, first, other):
                held.add(mention)
                for _, _, k in ls:
                    out[k] = min(out[k], hold)
                break
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

    def roots(self) -> list[int]:
        return [self.find(i) for i in range(len(self.parent))]
