"""Statistical layer: sparse features and a linear model exported as a compact ``.npz`` artifact.

Features (computed by the same code at training and at run time):

- ``w``: lemma unigrams (prefixed ``~`` inside a negation scope) and lemma bigrams;
- ``c``: character 3-5 grams of each normalised word (with word boundaries), for typos and compounds;
- ``i``: indicator hits from the lexicon layer (present / negated / past), the phenomena those present
  indicators point to (``h:``), and the urgency cue flags from ``rules``;
- ``r``: the reporter role.

The ``w`` and ``c`` blocks are L2-normalised binary vectors; ``i`` and ``r`` are binary. Scores for the 13
phenomena (one-vs-rest logistic regression) and the 4 urgency classes (multinomial logistic
regression) are one sparse dot product with a (n_features x 17) float32 matrix. No pickles: the
artifact is plain numpy arrays plus JSON metadata.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from .text import NEGATION_WORDS, Doc

BLOCKS = ("w", "c", "i", "r")
NORMALISED_BLOCKS = ("w", "c")
CHAR_MIN, CHAR_MAX = 3, 5
NEG_SCOPE = 3


@lru_cache(maxsize=200_000)
def char_ngrams(word: str) -> tuple[str, ...]:
    w = f" {word} "
    out = []
    for n in range(CHAR_MIN, CHAR_MAX + 1):
        for k in range(len(w) - n + 1):
            out.append(w[k : k + n])
    return tuple(out)


def word_features(doc: Doc) -> list[str]:
    toks = doc.tokens
    out = []
    neg_left = 0
    prev_clause = -1
    prev = None
    for t in toks:
        if t.clause != prev_clause:
            neg_left = 0
            prev = None
            prev_clause = t.clause
        lem = t.lemma
        if lem in NEGATION_WORDS:
            neg_left = NEG_SCOPE
            out.append(lem)
        elif neg_left > 0:
            out.append("~" + lem)
            neg_left -= 1
        else:
            out.append(lem)
        if prev is not None:
            out.append(prev + "_" + lem)
        prev = lem
    return out


def char_features(doc: Doc) -> list[str]:
    out: list[str] = []
    for t in doc.tokens:
        if len(t.norm) >= 2 and not t.norm.isdigit():
            out.extend(char_ngrams(t.norm))
    return out


def role_feature(role: str | None) -> list[str]:
    if not role:
        return ["r:none"]
    return ["r:" + role.strip().lower().replace(" ", "_")]


class LinearModel:
    """Vocabulary + weight matrix; ``scores`` returns raw scores for all outputs."""

    def __init__(self, vocab: list[str], weights: np.ndarray, bias: np.ndarray, meta: dict):
        self.vocab = vocab
        self.index = {f: i for i, f in enumerate(vocab)}
        self.W = np.ascontiguousarray(weights, dtype=np.float32)
        self.b = np.asarray(bias, dtype=np.float32)
        self.meta = meta
        self.block_weights = meta.get("block_weights", {b: 1.0 for b in BLOCKS})
        self._char_cache: dict[str, tuple[int, ...]] = {}

    # -- feature ids ------------------------------------------------------------------------------
    def _char_ids(self, norm: str) -> tuple[int, ...]:
        ids = self._char_cache.get(norm)
        if ids is None:
            idx = self.index
            ids = tuple(i for i in (idx.get("c:" + g) for g in char_ngrams(norm)) if i is not None)
            if len(self._char_cache) > 200_000:
                self._char_cache.clear()
            self._char_cache[norm] = ids
        return ids

    def vectorise(self, doc: Doc, indicator_feats: list[str], role: str | None) -> tuple[np.ndarray, np.ndarray]:
        """Sparse vector (indices, values) for one document."""
        idx = self.index
        bw = self.block_weights
        w_ids = {i for i in (idx.get("w:" + f) for f in word_features(doc)) if i is not None}
        c_ids: set[int] = set()
        for t in doc.tokens:
            if len(t.norm) >= 2 and not t.norm.isdigit():
                c_ids.update(self._char_ids(t.norm))
        i_ids = {i for i in (idx.get("i:" + f) for f in indicator_feats) if i is not None}
        r_ids = {i for i in (idx.get(f) for f in role_feature(role)) if i is not None}
        indices: list[int] = []
        values: list[float] = []
        for ids, block in ((w_ids, "w"), (c_ids, "c"), (i_ids, "i"), (r_ids, "r")):
            if not ids:
                continue
            v = bw.get(block, 1.0)
            if block in NORMALISED_BLOCKS:
                v = v / math.sqrt(len(ids))
            indices.extend(ids)
            values.extend([v] * len(ids))
        return np.fromiter(indices, dtype=np.int64, count=len(indices)), np.asarray(values, dtype=np.float32)

    def scores(self, indices: np.ndarray, values: np.ndarray) -> np.ndarray:
        if len(indices) == 0:
            return self.b.copy()
        return values @ self.W[indices] + self.b

    # -- artifact IO --------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        vocab_bytes = "\n".join(self.vocab).encode("utf-8")
        meta_bytes = json.dumps(self.meta, ensure_ascii=False, sort_keys=True).encode("utf-8")
        np.savez_compressed(
            path,
            vocab=np.frombuffer(vocab_bytes, dtype=np.uint8),
            weights=self.W.astype(np.float32),
            bias=self.b.astype(np.float32),
            meta=np.frombuffer(meta_bytes, dtype=np.uint8),
        )

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path, allow_pickle=False) as z:
            vocab = z["vocab"].tobytes().decode("utf-8").split("\n")
            weights = z["weights"].astype(np.float32)
            bias = z["bias"]
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
        return cls(vocab, weights, bias, meta)


def build_features(doc: Doc, indicator_feats: list[str], role: str | None) -> dict[str, set[str]]:
    """Feature names per block (training side; names are prefixed with their block)."""
    return {
        "w": {"w:" + f for f in word_features(doc)},
        "c": {"c:" + f for f in char_features(doc)},
        "i": {"i:" + f for f in indicator_feats},
        "r": set(role_feature(role)),
    }
