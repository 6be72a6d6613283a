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

import simplemma
from rapidfuzz.distance import OSA

from .text import Doc, Token, fold, lemma_of, negation_at, past_at

MAX_GAP = 4
MAX_PATTERNS = 4
FUZZY_MIN_LEN = 6
MIN_PREFIX_LEN = 3


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

    def _build_fuzzy_index(self) -> None:
        """Indexes that find every typo candidate without generating delete-variants per lookup.

        One OSA edit (substitution, insertion, deletion or adjacent transposition) between two strings of
        five or more characters leaves either their first two or their last two characters unchanged: an
        edit at position >= 2 keeps the first two, an edit at position 0 or 1 touches at most positions
        0-2 and keeps everything after it, including the last two characters. So the candidates for a word
        of length L are the fuzzy trigger words of length L-1..L+1 that share its first two or its last two
        characters; the OSA check then decides, exactly as before.
        """
        words = self._fuzzy_words
        prefixes = self._fuzzy_prefixes
        by_head: dict[tuple[str, int], list[str]] = defaultdict(list)
        by_tail: dict[tuple[str, int], list[str]] = defaultdict(list)
        for w in sorted(words):
            by_head[(w[:2], len(w))].append(w)
            by_tail[(w[-2:], len(w))].append(w)
        self._fw_head = dict(by_head)
        self._fw_tail = dict(by_tail)
        self._fw_lens = frozenset(n + d for n in map(len, words) for d in (-1, 0, 1))
        # fuzzy prefixes: (first two chars) -> [(prefix, length)], (last two chars, length) -> prefixes
        p_head: dict[str, list[tuple[str, int]]] = defaultdict(list)
        p_tail: dict[tuple[str, int], list[str]] = defaultdict(list)
        for pre in sorted(prefixes):
            p_head[pre[:2]].append((pre, len(pre)))
            p_tail[(pre[-2:], len(pre))].append(pre)
        self._fp_head = dict(p_head)
        self._fp_tail = dict(p_tail)
        self._fp_min = min(map(len, prefixes), default=0)
        self._fp_max = max(map(len, prefixes), default=0)
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
                # a trigger word in an inflected form still matches via its lemma
                lem = lemma_of(value)
                if lem != value:
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
        if len(norm) >= FUZZY_MIN_LEN - 1 and norm.isalpha():
            # typo tolerance only for words that are not known Dutch words; the (cheap) candidate search
            # runs first so the dictionary is only consulted when it would change the result
            fuzzy: set[int] = set()
            self._fuzzy(norm, fuzzy)
            if not fuzzy <= pids and not simplemma.is_known(norm, lang="nl"):
                pids |= fuzzy
        result = tuple(sorted(pids))
        if len(self._cache) > 300_000:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _fuzzy(self, norm: str, pids: set[int]) -> None:
        """Add the patterns whose fuzzy words or prefixes are within one OSA edit of ``norm``."""
        osa = OSA.distance
        n_len = len(norm)
        if n_len in self._fw_lens:
            head, tail = norm[:2], norm[-2:]
            fw_head, fw_tail = self._fw_head, self._fw_tail
            exact = self._exact
            for m in (n_len - 1, n_len, n_len + 1):
                for cands in (fw_head.get((head, m)), fw_tail.get((tail, m))):
                    if cands:
                        for w in cands:
                            if osa(norm, w, score_cutoff=1) <= 1:
                                pids |= exact[w]
        # a prefix p of length n matches when a head of the token of length n-1, n or n+1 is within one
        # edit of it
        if n_len < self._fp_min - 1:
            return
        prefix = self._prefix
        for pre, n in self._fp_head.get(norm[:2], ()):
            for m in (n - 1, n, n + 1):
                if m <= n_len and osa(norm[:m], pre, score_cutoff=1) <= 1:
                    pids |= prefix[pre]
                    break
        fp_tail = self._fp_tail
        for m in range(max(self._fp_min - 1, 2), min(n_len, self._fp_max + 1) + 1):
            head = norm[:m]
            tail = head[-2:]
            for n in (m - 1, m, m + 1):
                cands = fp_tail.get((tail, n))
                if cands:
                    for pre in cands:
                        if osa(head, pre, score_cutoff=1) <= 1:
                            pids |= prefix[pre]

    # -- trigger matching ------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[Match]:
        """All trigger matches in ``doc`` (one per indicator and span), with negation/tense flags."""
        tokens = doc.tokens
        cache = self._cache
        hits = []
        for t in tokens:
            h = cache.get(t.norm)
            if h is None:
                h = self.token_patterns(t.norm, t.lemma)
            hits.append(h)
        doc_pids: set[int] = set()
        for h in hits:
            doc_pids.update(h)
        starts = self._starts
        needs = self._needs
        cands = [tid for pid in doc_pids for tid in starts.get(pid, ()) if needs[tid] <= doc_pids]
        if not cands:
            return []
        triggers = self.triggers
        need_pids: set[int] = set()
        for tid in cands:
            need_pids.update(triggers[tid][2])
        positions: dict[int, list[int]] = {}
        for q, h in enumerate(hits):
            if h:
                for pid in need_pids.intersection(h):
                    positions.setdefault(pid, []).append(q)
        found: dict[tuple[str, int, int], Match] = {}
        for tid in cands:
            indicator, trig, tpids = triggers[tid]
            for i in positions[tpids[0]]:
                end = self._extend(tokens, positions, tpids, 1, i) if len(tpids) > 1 else i + 1
                if end is None:
                    continue
                start_c, end_c = tokens[i].start, tokens[end - 1].end
                key = (indicator, start_c, end_c)
                if key in found:
                    continue
                found[key] = Match(
                    indicator,
                    trig,
                    start_c,
                    end_c,
                    i,
                    end,
                    negation_at(tokens, i, end),
                    past_at(doc, i, end),
                )
        return sorted(found.values(), key=lambda m: (m.start, m.end, m.indicator))

    def _extend(self, tokens: list[Token], positions, tpids, k: int, pos: int) -> int | None:
        """Earliest end (exclusive token index) for patterns tpids[k:] following position ``pos``."""
        if k == len(tpids):
            return pos + 1
        sent = tokens[pos].sent
        limit = pos + MAX_GAP + 1
        for q in positions[tpids[k]]:
            if q <= pos:
                continue
            if q > limit or tokens[q].sent != sent:
                return None
            end = self._extend(tokens, positions, tpids, k + 1, q)
            if end is not None:
                return end
        return None
