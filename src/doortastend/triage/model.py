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
from itertools import compress, repeat
from operator import is_not, ne
from pathlib import Path

import numpy as np

from .text import NEGATION_WORDS, Doc

BLOCKS = ("w", "c", "i", "r")
NORMALISED_BLOCKS = ("w", "c")
CHAR_MIN, CHAR_MAX = 3, 5
NEG_SCOPE = 3


# what ndarray.sum calls, without its Python wrapper; rows are gathered with ndarray.take (cheaper than
# indexing with a list). Both add the rows one after the other, so the float32 sums are the same.
_add_rows = np.add.reduce


@lru_cache(maxsize=200_000)
def char_ngrams(word: str) -> tuple[str, ...]:
    """Distinct character n-grams of one word, with word boundaries."""
    w = f" {word} "
    size = len(w)
    return tuple(dict.fromkeys([w[k : k + n] for n in range(CHAR_MIN, CHAR_MAX + 1) for k in range(size - n + 1)]))


def _is_char_word(word: str) -> bool:
    return len(word) >= 2 and not word.isdigit()


def _char_words(doc: Doc) -> set[str]:
    return set(filter(_is_char_word, doc.norms))


def word_features(doc: Doc) -> list[str]:
    out = []
    neg_left = 0
    prev_clause = -1
    prev = None
    for lem, clause in zip(doc.lemmas, doc.clauses, strict=True):
        if clause != prev_clause:
            neg_left = 0
            prev = None
            prev_clause = clause
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


def word_feature_ids(doc: Doc, get) -> set:
    """``{get(f) for f in word_features(doc)}`` (None included when some feature has no id), computed with
    whole-list operations: the unigram of every token, the ``~`` form for the tokens in a negation scope,
    the bigrams of neighbours in the same clause."""
    lemmas, clauses = doc.lemmas, doc.clauses
    ids = list(map(get, lemmas))
    if not NEGATION_WORDS.isdisjoint(lemmas):
        n = len(lemmas)
        for p in list(compress(range(n), map(NEGATION_WORDS.__contains__, lemmas))):
            clause = clauses[p]
            for k in range(p + 1, min(p + 1 + NEG_SCOPE, n)):
                if clauses[k] != clause or lemmas[k] in NEGATION_WORDS:
                    break
                ids[k] = get("~" + lemmas[k])
    out = set(ids)
    if len(lemmas) > 1:
        bigrams = list(map(get, map("_".join, zip(lemmas, lemmas[1:], strict=False))))
        if clauses[0] != clauses[-1]:
            # no bigram across a clause boundary: drop the pair ending at each clause's first token
            for k in compress(range(len(bigrams)), map(ne, clauses, clauses[1:])):
                bigrams[k] = None
        out.update(bigrams)
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
        self.index = index = dict(zip(vocab, range(len(vocab)), strict=True))
        self.W = np.ascontiguousarray(weights, dtype=np.float32)
        # a copy of the weights with a column of ones (summed: how many n-grams) and a row of -0.0 after them
        # (the padding of the character n-gram sums, see ``_add_char_rows``)
        self._W_padded = np.empty((self.W.shape[0] + 1, self.W.shape[1] + 1), dtype=np.float32)
        self._W_padded[:-1, :-1] = self.W
        self._W_padded[:-1, -1] = 1.0
        self._W_padded[-1] = -0.0
        self._pad_row = self.W.shape[0]
        self.b = np.asarray(bias, dtype=np.float32)
        self.meta = meta
        self.block_weights = meta.get("block_weights", {b: 1.0 for b in BLOCKS})
        self._reset_char_cache()
        # per block: feature name without its prefix -> column (one pass over the ~100,000 names)
        blocks: dict[str, dict[str, int]] = {prefix: {} for prefix in BLOCKS}
        by_prefix = {prefix + ":": d for prefix, d in blocks.items()}.get
        for f, i in index.items():
            d = by_prefix(f[:2])
            if d is not None:
                d[f[2:]] = i
        self.w_index = blocks["w"]
        self.c_index = blocks["c"]
        scale = np.zeros(len(vocab), dtype=np.float32)
        scale[list(blocks["i"].values())] = self.block_weights.get("i", 1.0)
        scale[list(blocks["r"].values())] = self.block_weights.get("r", 1.0)
        self._other_scale = scale
        # the i and r blocks are binary: their rows with the block weight folded in, looked up by indicator
        # feature name (without "i:") and by role feature name ("r:...")
        other = [*blocks["i"].values(), *blocks["r"].values()]
        self._other_W = scale[other][:, None] * self.W[other]
        self._i_rows = {f: k for k, f in enumerate(blocks["i"])}
        self._r_rows = {"r:" + f: k for k, f in enumerate(blocks["r"], len(blocks["i"]))}
        self._bw_w = self.block_weights.get("w", 1.0)
        self._bw_c = self.block_weights.get("c", 1.0)

    # -- scoring ----------------------------------------------------------------------------------
    def _add_char_rows(self, words: list[str]) -> None:
        """Rows of ``self._char_mat`` for words not seen before: the summed weights of each word's
        in-vocabulary character n-grams in the first columns and how many there are in the last column.
        Words without character n-grams (one letter, digits) get row 0, which stays zero, as do the rows of
        words none of whose n-grams is in the vocabulary. All new words of a text are summed with one
        gather: each word's list of rows is padded to the same length with a row of -0.0 (adding -0.0
        changes no float), then added up one row after the other as before (the column of ones gives the
        count)."""
        rows_of = self._char_rows
        cget = self.c_index.get
        lists: list[list[int]] = []
        empty: list[str] = []
        for word in words:
            if not _is_char_word(word):
                rows_of[word] = 0
                continue
            ids = list(map(cget, char_ngrams(word)))
            if None in ids:
                ids = list(compress(ids, map(is_not, ids, repeat(None))))
                if not ids:
                    empty.append(word)
                    continue
            rows_of[word] = self._n_rows + len(lists)
            lists.append(ids)
        first = self._n_rows
        self._n_rows += len(lists) + len(empty)
        for k, word in enumerate(empty, first + len(lists)):
            rows_of[word] = k
        mat = self._char_mat
        if self._n_rows > mat.shape[0]:
            grown = np.zeros((max(mat.shape[0] * 2, self._n_rows), mat.shape[1]), dtype=np.float32)
            grown[: mat.shape[0]] = mat
            self._char_mat = mat = grown
        if lists:
            width = max(map(len, lists))
            pad = self._pad_row
            flat: list[int] = []
            for ids in lists:
                flat += ids
                if len(ids) < width:
                    flat += [pad] * (width - len(ids))
            gathered = self._W_padded.take(flat, axis=0).reshape(len(lists), width, mat.shape[1])
            mat[first : first + len(lists)] = _add_rows(gathered, axis=1)

    def _reset_char_cache(self) -> None:
        self._char_rows: dict[str, int] = {}
        self._n_rows = 1  # row 0: the words without character n-grams
        self._char_mat = np.zeros((4096, self.W.shape[1] + 1), dtype=np.float32)

    def score(self, doc: Doc, indicator_feats: list[str], role: str | None) -> np.ndarray:
        """Raw scores for all outputs (same arithmetic as ``train.matrix`` followed by X @ W + b)."""
        ids = word_feature_ids(doc, self.w_index.get)
        ids.discard(None)
        if ids:
            # sorted: float32 sums in a fixed order, so scores do not depend on the process's hash seed
            w_ids = sorted(ids)
            out = self.b + (self._bw_w / math.sqrt(len(w_ids))) * _add_rows(self.W.take(w_ids, axis=0), axis=0)
        else:
            out = self.b.copy()
        words = sorted(set(doc.norms))
        rows = list(map(self._char_rows.get, words))
        if None in rows:
            new = [w for w, r in zip(words, rows, strict=True) if r is None]
            if self._n_rows + len(new) > 200_000:  # bound the cache
                self._reset_char_cache()
                new = words
            self._add_char_rows(new)
            rows = list(map(self._char_rows.get, words))
        rows = list(filter(None, rows))  # the char words (row 0: no character n-grams)
        if rows:
            summed = _add_rows(self._char_mat.take(rows, axis=0), axis=0)
            n = int(summed[-1])  # the number of character n-grams
            if n:
                out += (self._bw_c / math.sqrt(n)) * summed[:-1]
        other = [k for k in map(self._i_rows.get, indicator_feats) if k is not None]
        other.extend(k for k in map(self._r_rows.get, role_feature(role)) if k is not None)
        if other:
            out += _add_rows(self._other_W.take(other, axis=0), axis=0)
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
