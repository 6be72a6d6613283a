"""Pairwise precision, recall and F1 of a clustering against ground truth (without enumerating pairs)."""

from __future__ import annotations

from collections import Counter


def _pairs(counts: Counter) -> int:
    return sum(c * (c - 1) // 2 for c in counts.values())


def pairwise_scores(pred: dict[str, str], truth: dict[str, str]) -> dict[str, float]:
    """pred and truth map record id -> cluster/entity; only ids present in both count."""
    ids = [i for i in pred if i in truth]
    tp = _pairs(Counter((pred[i], truth[i]) for i in ids))
    pp = _pairs(Counter(pred[i] for i in ids))
    ap = _pairs(Counter(truth[i] for i in ids))
    p = tp / pp if pp else 1.0
    r = tp / ap if ap else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "true_pairs": ap, "predicted_pairs": pp}
