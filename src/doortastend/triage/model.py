"""Statistical layer: sparse features and a linear model exported as a compact ``.npz`` artifact.

Features (computed by the same code at training and at run time):

- ``w``: lemma unigrams (prefixed ``~`` inside a negation scope) and lemma bigrams;
- ``c``: character 3-5 grams of each distinct normalised word (with word boundaries), counted over the
  distinct words they occur in, for typos and compounds;
- ``i``: indicator hits from the lexicon layer (present / negated / past), the phenomena those present
  indicators point to (``h:``), and the urgency cue flags from ``rules``;
- ``r``: the reporter role.

The ``w`` block is an L2-normalised binary vector; the ``c`` block holds counts divided by the square
root of their sum (so per-word weight sums can be cached at run time); ``i`` and ``r`` are binary. Scores for the 13
phenomena and the 4 urgency classes (one-vs-rest linear SVMs, decision values scaled for a sigmoid /
softmax) are one sparse dot product with a (n_features x 17) float32 matrix. No pickles: the
artifact is plain numpy arrays plus JSON metadata.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
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
    """Distinct character n-grams of one word, with word boundaries."""
    w = f" {word} "
    out = {}
    for n in range(CHAR_MIN, CHAR_MAX + 1):
        for k in range(len(w) - n + 1):
            out[w[k : k + n]] = None
    return tuple(out)


def _char_words(doc: Doc) -> set[str]:
    return {t.norm for t in doc.tokens if len(t.norm) >= 2 and not t.norm.isdigit()}


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


def char_features(doc: Doc) -> dict[str, int]:
    """Character n-gram counts: in how many distinct words of the document each n-gram occurs."""
    out: dict[str, int] = {}
    for word in _char_words(doc):
        for g in char_ngrams(word):
            out[g] = out.get(g, 0) + 1
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
        self._reset_char_cache()
        scale = np.zeros(len(vocab), dtype=np.float32)
        for f, i in self.index.items():
            if f.startswith("i:"):
                scale[i] = self.block_weights.get("i", 1.0)
            elif f.startswith("r:"):
                scale[i] = self.block_weights.get("r", 1.0)
        self._other_scale = scale
        self.w_index = {f[2:]: i for f, i in self.index.items() if f.startswith("w:")}
        self.c_index = {f[2:]: i for f, i in self.index.items() if f.startswith("c:")}

    # -- scoring ----------------------------------------------------------------------------------
    def _char_row(self, word: str) -> int:
        """Row of ``self._char_mat`` holding the summed weights of a word's in-vocabulary character n-grams;
        ``self._char_cnt[row]`` is how many there are. Rows are added on first sight of a word."""
        row = self._char_rows.get(word)
        if row is None:
            cget = self.c_index.get
            ids = [i for i in map(cget, char_ngrams(word)) if i is not None]
            if len(self._char_cnt) >= self._char_mat.shape[0]:
                if len(self._char_cnt) >= 200_000:  # bound the cache
                    self._reset_char_cache()
                else:
                    grown = np.zeros((self._char_mat.shape[0] * 2, self.W.shape[1]), dtype=np.float32)
                    grown[: self._char_mat.shape[0]] = self._char_mat
                    self._char_mat = grown
            row = len(self._char_cnt)
            if ids:
                self._char_mat[row] = self.W[ids].sum(axis=0)
            self._char_cnt.append(len(ids))
            self._char_rows[word] = row
        return row

    def _reset_char_cache(self) -> None:
        self._char_rows: dict[str, int] = {}
        self._char_cnt: list[int] = []
        self._char_mat = np.zeros((4096, self.W.shape[1]), dtype=np.float32)

    def score(self, doc: Doc, indicator_feats: list[str], role: str | None) -> np.ndarray:
        """Raw scores for all outputs (same arithmetic as ``train.matrix`` followed by X @ W + b)."""
        idx = self.index
        bw = self.block_weights
        out = self.b.copy()
        wget = self.w_index.get
        # sorted: float32 sums in a fixed order, so scores do not depend on the process's hash seed
        w_ids = sorted({i for i in map(wget, word_features(doc)) if i is not None})
        if w_ids:
            out += (bw.get("w", 1.0) / math.sqrt(len(w_ids))) * self.W[w_ids].sum(axis=0)
        get_row = self._char_rows.get
        rows = []
        for word in sorted(_char_words(doc)):
            row = get_row(word)
            if row is None:
                row = self._char_row(word)
            rows.append(row)
        cnt = self._char_cnt
        n = sum(cnt[r] for r in rows)
        if n:
            out += (bw.get("c", 1.0) / math.sqrt(n)) * self._char_mat[rows].sum(axis=0)
        other = [i for i in (idx.get("i:" + f) for f in indicator_feats) if i is not None]
        other.extend(i for i in (idx.get(f) for f in role_feature(role)) if i is not None)
        if other:
            # the i and r blocks are binary; their weights are folded in per feature
            out += (self._other_scale[other][:, None] * self.W[other]).sum(axis=0)
        return out

    # -- artifact IO --------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        vocab_bytes = "\n".join(self.vocab).encode("utf-8")
        meta_bytes = json.dumps(self.meta, ensure_ascii=False, sort_keys=True).encode("utf-8")
        arrays = {
            "vocab": np.frombuffer(vocab_bytes, dtype=np.uint8),
            "weights": self.W.astype(np.float32),
            "bias": self.b.astype(np.float32),
            "meta": np.frombuffer(meta_bytes, dtype=np.uint8),
        }
        # a plain .npz (zip of .npy files) with fixed timestamps, so the same model gives the same bytes
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, arr in arrays.items():
                buf = io.BytesIO()
                np.lib.format.write_array(buf, np.ascontiguousarray(arr), allow_pickle=False)
                info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, buf.getvalue())

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path, allow_pickle=False) as z:
            vocab = z["vocab"].tobytes().decode("utf-8").split("\n")
            weights = z["weights"].astype(np.float32)
            bias = z["bias"]
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
        return cls(vocab, weights, bias, meta)


def build_features(doc: Doc, indicator_feats: list[str], role: str | None) -> dict:
    """Feature names per block (training side; names are prefixed with their block)."""
    return {
        "w": {"w:" + f for f in word_features(doc)},
        "c": {"c:" + f: n for f, n in char_features(doc).items()},
        "i": {"i:" + f for f in indicator_feats},
        "r": set(role_feature(role)),
    }
