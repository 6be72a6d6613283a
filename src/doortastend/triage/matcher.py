"""Compile indicator triggers and find them in analysed text (syntax: ``data/TRIGGERS.md``).

A trigger is 1-4 token patterns that must occur in order within one sentence, with at most
``MAX_GAP`` other tokens between consecutive patterns. A pattern is a set of alternatives, each a word
(token or lemma equal), or a ``prefix*`` (token or lemma starts with it). Words of six letters or more
(and prefixes of six letters or more) tolerate one typo (optimal string alignment distance 1) when the
token is not itself a known Dutch word.

Per-token pattern hits are cached across calls, which keeps matching fast on Zipfian vocabulary.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import compress
from operator import not_

import simplemma
from rapidfuzz.distance import OSA

from .text import Doc, fold, lemma_of, negation_at, past_at

MAX_GAP = 4
MAX_PATTERNS = 4
FUZZY_MIN_LEN = 6
MIN_PREFIX_LEN = 3


def _split(s: int) -> tuple[int, int]:
    """Head and tail lengths for the typo index (see ``Matcher._build_fuzzy_index``)."""
    h = (s - 1) // 2
    return h, s - 1 - h


class TriggerSyntaxError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Match:
    indicator: str
    trigger: str
    start: int  # character offsets into the original text
    end: int
    first_token: int
    last_token: int  # exclusive
    negated: bool
    past: bool


def _match_order(m: Match) -> tuple[int, int, str]:
    return (m.start, m.end, m.indicator)


def parse_trigger(trigger: str) -> list[list[tuple[str, str]]]:
    """Parse a trigger into patterns; each pattern is a list of (kind, value), kind 'word' or 'prefix'."""
    parts = trigger.split()
    if not parts:
        raise TriggerSyntaxError("empty trigger")
    if len(parts) > MAX_PATTERNS:
        raise TriggerSyntaxError(f"more than {MAX_PATTERNS} patterns: {trigger!r}")
    patterns = []
    for part in parts:
        alts = []
        for alt in part.split("|"):
            alt = fold(alt.strip())
            if not alt or alt == "*":
                raise TriggerSyntaxError(f"empty alternative in {trigger!r}")
            if alt.endswith("*"):
                value = alt[:-1]
                if "*" in value:
                    raise TriggerSyntaxError(f"'*' only allowed at the end: {trigger!r}")
                alts.append(("prefix", value))
            else:
                if "*" in alt:
                    raise TriggerSyntaxError(f"'*' only allowed at the end: {trigger!r}")
                alts.append(("word", alt))
        patterns.append(alts)
    return patterns


def _head_tail_index(strings) -> dict[tuple[int, int, str], tuple[str, ...]]:
    """File each string under (compared length, 0, its first h characters) and (compared length, 1, its
    last t characters) for the lengths it can be one OSA edit from (its own length +- 1), with
    ``h, t = _split(shorter length)`` (see ``Matcher._build_fuzzy_index``)."""
    idx: dict[tuple[int, int, str], list[str]] = defaultdict(list)
    for w in sorted(strings):
        n = len(w)
        for size in (n - 1, n, n + 1):
            h, t = _split(min(size, n))
            idx[(size, 0, w[:h])].append(w)
            idx[(size, 1, w[-t:])].append(w)
    return {k: tuple(dict.fromkeys(v)) for k, v in idx.items()}


# diminutives whose lemma means someone else (an adult): matched as written, not via the lemma
KEEP_DIMINUTIVES = frozenset(
    "broertje broertjes zusje zusjes neefje neefjes nichtje nichtjes jongetje jongetjes vriendje vriendjes"
    " vriendinnetje vriendinnetjes kindje kindjes meisje meisjes".split()
)


class Matcher:
    """Compiled set of triggers for a set of indicators."""

    def __init__(self, triggers_by_indicator: dict[str, list[str]], strict: bool = False):
        self.pattern_ids: dict[tuple, int] = {}
        self.patterns: list[tuple[tuple[str, str], ...]] = []
        self.triggers: list[tuple[str, str, tuple[int, ...]]] = []  # (indicator, text, pattern ids)
        self.errors: list[str] = []
        self._exact: dict[str, set[int]] = defaultdict(set)
        self._prefix: dict[str, set[int]] = defaultdict(set)
        self._fuzzy_words: set[str] = set()  # trigger words that tolerate one typo
        self._fuzzy_prefixes: set[str] = set()  # trigger prefixes that tolerate one typo
        self._prefix_lens: set[int] = set()
        self._starts: dict[int, list[int]] = defaultdict(list)  # first pattern id -> trigger ids
        self._cache: dict[str, tuple[int, ...]] = {}
        self._needs: list[frozenset[int]] = []  # per trigger: the other pattern ids it needs
        seen: set[tuple[str, tuple[int, ...]]] = set()
        for indicator, trigs in triggers_by_indicator.items():
            for trig in trigs:
                try:
                    parsed = parse_trigger(trig)
                except TriggerSyntaxError as exc:
                    if strict:
                        raise
                    self.errors.append(f"{indicator}: {exc}")
                    continue
                pids = tuple(self._pattern_id(p) for p in parsed)
                if (indicator, pids) in seen:
                    continue
                seen.add((indicator, pids))
                tid = len(self.triggers)
                self.triggers.append((indicator, trig, pids))
                self._starts[pids[0]].append(tid)
                self._needs.append(frozenset(pids[1:]))
        self._prefix_lens_sorted = sorted(self._prefix_lens)
        self._build_fuzzy_index()
        # per pattern id: the triggers starting with it, as (trigger id, other pattern ids needed or None)
        self._start_list: list[tuple[tuple[int, frozenset[int] | None], ...]] = [
            tuple((tid, self._needs[tid] or None) for tid in self._starts.get(pid, ()))
            for pid in range(len(self.patterns))
        ]
        self._starting = frozenset(pid for pid, starts in enumerate(self._start_list) if starts)

    def _build_fuzzy_index(self) -> None:
        """Indexes that find every typo candidate without generating delete-variants per lookup.

        If two strings are within one OSA edit (substitution, insertion, deletion or adjacent
        transposition) and the shorter has ``s`` characters, then with ``h, t = _split(s)`` (h + t = s - 1)
        they share their first ``h`` or their last ``t`` characters: an edit at position >= h keeps the
        first h; an edit before h ends at position h at the latest, and everything after it (at least t
        characters of the shorter string) is unchanged. So each fuzzy trigger word is filed, for every
        token length L it could match (its own length +- 1), under its first h and last t characters
        (s = the shorter of the two lengths); a lookup with the token's own head and tail gives a superset
        of the old delete-variant candidates, and the unchanged OSA check decides. Fuzzy prefixes are
        filed the same way by the length of the token head they are compared with.
        """
        # words are compared with tokens of length n - 1, n and n + 1; a prefix of length n with token heads
        # of those lengths
        self._fw_idx = _head_tail_index(self._fuzzy_words)
        self._fw_lens = frozenset(k[0] for k in self._fw_idx)
        self._fp_idx = _head_tail_index(self._fuzzy_prefixes)
        head_lens = sorted({k[0] for k in self._fp_idx})
        self._fp_head_min = head_lens[0] if head_lens else 1
        self._fp_head_max = head_lens[-1] if head_lens else 0
        top = max(self._fw_lens | {self._fp_head_max}, default=0) + 2
        self._split_h = tuple(_split(x)[0] for x in range(top))
        self._split_t = tuple(_split(x)[1] for x in range(top))
        # every leading part of a trigger prefix: once a token's head is none of these, no longer
        # prefix can match either
        self._prefix_stems = frozenset(p[:k] for p in self._prefix for k in range(1, len(p) + 1))

    def _pattern_id(self, alts: list[tuple[str, str]]) -> int:
        key = tuple(sorted(set(alts)))
        pid = self.pattern_ids.get(key)
        if pid is not None:
            return pid
        pid = len(self.patterns)
        self.pattern_ids[key] = pid
        self.patterns.append(key)
        for kind, value in key:
            if kind == "word":
                self._exact[value].add(pid)
                # a trigger word in an inflected form still matches via its lemma, except the diminutives
                # that name a child or a young partner ("broertje" is not "broer")
                lem = lemma_of(value)
                if lem != value and value not in KEEP_DIMINUTIVES:
                    self._exact[lem].add(pid)
                if len(value) >= FUZZY_MIN_LEN and value.isalpha():
                    self._fuzzy_words.add(value)
            else:
                self._prefix[value].add(pid)
                self._prefix_lens.add(len(value))
                if len(value) >= FUZZY_MIN_LEN and value.isalpha():
                    self._fuzzy_prefixes.add(value)
        return pid

    # -- per-token pattern hits ------------------------------------------------------------------
    def token_patterns(self, norm: str, lemma: str) -> tuple[int, ...]:
        key = norm  # the lemma is a function of the normalised word
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        pids: set[int] = set()
        forms = (norm,) if lemma == norm else (norm, lemma)
        exact, prefix, stems = self._exact, self._prefix, self._prefix_stems
        for form in forms:
            s = exact.get(form)
            if s:
                pids |= s
            for n in self._prefix_lens_sorted:
                if n > len(form):
                    break
                head = form[:n]
                s = prefix.get(head)
                if s:
                    pids |= s
                elif head not in stems:
                    break  # no trigger prefix starts with this, so none of the longer ones match either
        if len(norm) >= FUZZY_MIN_LEN - 1 and norm.isalpha() and not simplemma.is_known(norm, lang="nl"):
            self._fuzzy(norm, pids)
        result = tuple(sorted(pids))
        if len(self._cache) > 300_000:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _fuzzy(self, norm: str, pids: set[int]) -> None:
        """Add the patterns whose fuzzy words or prefixes are within one OSA edit of ``norm``."""
        osa = OSA.distance
        size = len(norm)
        split_h, split_t = self._split_h, self._split_t
        if size in self._fw_lens:
            get = self._fw_idx.get
            exact = self._exact
            done: set[str] = set()
            for sh in (size - 1, size):  # the shorter length: a word one shorter, or as long or longer
                for cands in (
                    get((size, 0, norm[: split_h[sh]])),
                    get((size, 1, norm[size - split_t[sh] :])),
                ):
                    if cands:
                        for w in cands:
                            if w not in done:
                                done.add(w)
                                if osa(norm, w, score_cutoff=1) <= 1:
                                    pids |= exact[w]
        # a prefix of length n matches when the token's head of length n - 1, n or n + 1 is within one
        # edit of it
        get = self._fp_idx.get
        prefix = self._prefix
        for m in range(self._fp_head_min, min(size, self._fp_head_max) + 1):
            head = None
            for sh in (m - 1, m):
                for cands in (get((m, 0, norm[: split_h[sh]])), get((m, 1, norm[m - split_t[sh] : m]))):
                    if cands:
                        if head is None:
                            head = norm[:m]
                        for pre in cands:
                            if osa(head, pre, score_cutoff=1) <= 1:
                                pids |= prefix[pre]

    # -- trigger matching ------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[Match]:
        """All trigger matches in ``doc`` (one per indicator and span), with negation/tense flags."""
        norms = doc.norms
        hits = list(map(self._cache.get, norms))
        if None in hits:
            lemmas = doc.lemmas
            for q, h in enumerate(hits):
                if h is None:
                    hits[q] = self.token_patterns(norms[q], lemmas[q])
        # the same insertion sequence as updating an empty set with each token's hits, so the
        # iteration order below (which decides which trigger claims a span first) is unchanged
        doc_pids: set[int] = set().union(*hits)
        start_list = self._start_list
        # only the pattern ids that start a trigger (~40 of the ~200 in a text), still in the set's order
        cands = [
            tid
            for pid in filter(self._starting.__contains__, doc_pids)
            for tid, need in start_list[pid]
            if need is None or need <= doc_pids
        ]
        if not cands:
            return []
        triggers = self.triggers
        need_pids: set[int] = set()
        for tid in cands:
            need_pids.update(triggers[tid][2])
        positions: dict[int, list[int]] = {}
        disjoint = need_pids.isdisjoint
        # the tokens with a needed pattern (picked in C: most tokens have none)
        for q in compress(range(len(hits)), map(not_, map(disjoint, hits))):
            for pid in need_pids.intersection(hits[q]):
                positions.setdefault(pid, []).append(q)
        found: dict[tuple[str, int, int], Match] = {}
        extend = self._extend
        starts, ends, sents = doc.starts, doc.ends, doc.sents
        for tid in cands:
            indicator, trig, tpids = triggers[tid]
            multi = len(tpids) > 1
            for i in positions[tpids[0]]:
                end = extend(sents, positions, tpids, 1, i) if multi else i + 1
                if end is None:
                    continue
                key = (indicator, starts[i], ends[end - 1])
                if key in found:
                    continue
                found[key] = Match(
                    indicator,
                    trig,
                    key[1],
                    key[2],
                    i,
                    end,
                    negation_at(doc, i, end),
                    past_at(doc, i, end),
                )
        return sorted(found.values(), key=_match_order)

    def _extend(self, sents: list[int], positions, tpids, k: int, pos: int) -> int | None:
        """Earliest end (exclusive token index) for patterns tpids[k:] following position ``pos``."""
        if k == len(tpids):
            return pos + 1
        sent = sents[pos]
        limit = pos + MAX_GAP + 1
        for q in positions[tpids[k]]:
            if q <= pos:
                continue
            if q > limit or sents[q] != sent:
                return None
            end = self._extend(sents, positions, tpids, k + 1, q)
            if end is not None:
                return end
        return None
