"""Text analysis for Dutch signals: normalisation, tokens with offsets, sentences, clauses, lemmas.

Everything here is pure Python (plus simplemma for lemmas) and has no Django imports. Offsets always
point into the ORIGINAL text, so evidence spans can be highlighted exactly as written.

Pipeline (``analyse``):

1. tokens are found on the original text (letters/digits, with inner hyphens and apostrophes kept;
   dotted abbreviations such as ``i.v.m.`` are one token);
2. each token is normalised (lower case, diacritics folded, dots removed);
3. abbreviations are expanded into one or more tokens that share the original span
   (``ivm`` -> ``in verband met``);
4. sentence and clause boundaries are derived from the characters between tokens and from
   clause-opening conjunctions (``maar``, ``want``, ...);
5. each token gets its lemma (simplemma, cached) and cue flags used for negation and tense.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import itemgetter, or_

import simplemma

# A word: letters/digits with inner hyphens or apostrophes (id-kaart, z'n, loverboy's), or a dotted
# abbreviation (i.v.m., o.a.), or a short-form with a leading apostrophe ('s avonds).
_TOKEN_RE = re.compile(
    # dotted abbreviation, e.g. i.v.m. / z.s.m. (two or more letter-dot pairs; the first two written out so
    # that the common case, a word, fails on its second character without setting up a repeat)
    r"[^\W\d_]\.[^\W\d_]\.(?:[^\W\d_]\.)*(?![^\W\d_])"
    r"|[^\W_]+(?:['\u2019\-][^\W_]+)*",
)

ABBREVIATIONS: dict[str, str] = {
    # general shorthand
    "ivm": "in verband met",
    "vd": "van de",
    "vh": "van het",
    "mss": "misschien",
    "miss": "misschien",
    "misch": "misschien",
    "zn": "zijn",
    "z'n": "zijn",
    "m'n": "mijn",
    "mn": "mijn",
    "d'r": "haar",
    "ff": "even",
    "idd": "inderdaad",
    "evt": "eventueel",
    "oa": "onder andere",
    "bv": "bijvoorbeeld",
    "bijv": "bijvoorbeeld",
    "ipv": "in plaats van",
    "mbt": "met betrekking tot",
    "nav": "naar aanleiding van",
    "dwz": "dat wil zeggen",
    "tzt": "te zijner tijd",
    "wsl": "waarschijnlijk",
    "wss": "waarschijnlijk",
    "wrs": "waarschijnlijk",
    "ws": "waarschijnlijk",
    "vlgs": "volgens",
    "iig": "in ieder geval",
    "ihkv": "in het kader van",
    "tov": "ten opzichte van",
    "tgv": "ten gevolge van",
    "zsm": "zo snel mogelijk",
    "asap": "zo snel mogelijk",
    "gwn": "gewoon",
    "nie": "niet",
    "nt": "niet",
    "niks": "niks",
    "nx": "niks",
    "k": "ik",
    "ma": "maar",
    "wrm": "waarom",
    "vnacht": "vannacht",
    "vanavnd": "vanavond",
    "vnavond": "vanavond",
    "vnmiddag": "vanmiddag",
    "vmiddag": "vanmiddag",
    "smorgens": "'s ochtends",
    "savonds": "'s avonds",
    "snachts": "'s nachts",
    "jr": "jaar",
    "jrs": "jaar",
    "jr.": "jaar",
    "mnd": "maand",
    "mndn": "maanden",
    "wk": "week",
    "wkn": "weken",
    "dgn": "dagen",
    "mdr": "moeder",
    "vdr": "vader",
    "bf": "vriendje",
    "vriendin": "vriendin",
    "insta": "instagram",
    "snap": "snapchat",
    "whatsap": "whatsapp",
    "app": "app",
    "tel": "telefoon",
    "ovv": "onder vermelding van",
    # domain shorthand
    "hg": "huiselijk geweld",
    "vt": "veilig thuis",
    "lvb": "licht verstandelijke beperking",
    "pgb": "persoonsgebonden budget",
    "jw": "jongerenwerker",
    "wa": "wijkagent",
    "bso": "buitenschoolse opvang",
    "ama": "alleenstaande minderjarige",
    "ggz": "ggz",
    "amv": "alleenstaande minderjarige",
    "mensenhandel": "mensenhandel",
    "idkaart": "id-kaart",
    "identiteitskaart": "id-kaart",
    "pinpas": "pinpas",
}

NEGATION_WORDS = frozenset(
    {"geen", "niet", "niks", "nooit", "zonder", "niets", "nergens", "geeneens", "nimmer"}
)
# Words that after "niet"/"geen" turn the cue into something that is not a negation of the match.
_NEG_BREAKERS_AFTER = frozenset(
    {
        "alleen",
        "zeker",
        "duidelijk",
        "of",
        "wie",
        "waar",
        "wat",
        "hoe",
        "idee",
        "uit",
        "vertrouwd",
        "pluis",
        "normaal",
        "goed",
        "lekker",
        "helemaal",
    }
)
# "ik weet niet ...", "weten niet of ..." express uncertainty, not negation.
_NEG_BREAKERS_BEFORE = frozenset({"weet", "weten", "wist", "snap", "begrijp", "vertrouw"})

PAST_SINGLE = frozenset({"vroeger", "destijds", "voorheen", "toentertijd", "eertijds", "ooit"})
# (word, word) pairs that mark the past when they occur next to each other
PAST_PAIRS = frozenset(
    {
        ("jaar", "geleden"),
        ("jaren", "geleden"),
        ("maanden", "geleden"),
        ("jaartje", "geleden"),
        ("het", "verleden"),
        ("niet", "meer"),
        ("vorig", "jaar"),
        ("vorige", "jaar"),
        ("jaar", "terug"),
        ("jaren", "terug"),
        ("is", "gestopt"),
        ("zijn", "gestopt"),
        ("al", "jaren"),
        ("opgelost", "sinds"),
        ("afgesloten", "sinds"),
        ("was", "vroeger"),
        ("lang", "geleden"),
    }
)
PRESENT_WORDS = frozenset(
    {
        "nu",
        "weer",
        "opnieuw",
        "momenteel",
        "tegenwoordig",
        "vandaag",
        "vanavond",
        "vannacht",
        "gisteren",
        "gisteravond",
        "vanochtend",
        "vanmorgen",
        "vanmiddag",
        "steeds",
        "sinds",
        "actueel",
        "recent",
        "onlangs",
        "laatst",
        "laatste",
        "inmiddels",
        "wederom",
        "alweer",
        "huidige",
        "morgen",
    }
)

# Conjunctions that open a new clause (used to limit the scope of negation and tense).
CLAUSE_OPENERS = frozenset(
    {
        "maar",
        "want",
        "wel",
        "echter",
        "terwijl",
        "omdat",
        "doordat",
        "toch",
        "alleen",
        "behalve",
        "dus",
        "daarna",
        "nu",
        "sindsdien",
        "inmiddels",
        "tegenwoordig",
        "als",
        "wanneer",
        "zodat",
        "tenzij",
        "indien",
        "anders",
        "dat",
    }
)

_SENT_BREAK_RE = re.compile(r"[!?\n]|\.(?=\s|$)|\.\s|\.{2,}")
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]\u2013\u2014\"]|\s-\s")


@dataclass(slots=True)
class Token:
    norm: str  # normalised surface form (after abbreviation expansion this is one expanded word)
    lemma: str  # normalised lemma
    start: int  # offsets into the original text (shared by all words of one expanded abbreviation)
    end: int
    sent: int  # sentence number
    clause: int  # clause number (global, increasing)


class Doc:
    """An analysed text as parallel per-token lists (``norms[i]``, ``lemmas[i]``, ``starts[i]``, ...);
    ``tokens`` gives the same as ``Token`` objects (built on first use)."""

    __slots__ = (
        "text", "norms", "lemmas", "starts", "ends", "sents", "clauses", "n_sents", "sent_starts",
        "tense_cache", "_tokens",
    )

    def __init__(self, text, norms, lemmas, starts, ends, sents, clauses, n_sents, sent_starts):
        self.text = text
        self.norms: list[str] = norms
        self.lemmas: list[str] = lemmas
        self.starts: list[int] = starts  # offsets into the original text
        self.ends: list[int] = ends
        self.sents: list[int] = sents  # sentence number per token
        self.clauses: list[int] = clauses  # clause number per token (global, increasing)
        self.n_sents = n_sents
        self.sent_starts: list[int] = sent_starts  # first token index of each sentence
        self.tense_cache: dict = {}
        self._tokens: list[Token] | None = None

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = list(
                map(Token, self.norms, self.lemmas, self.starts, self.ends, self.sents, self.clauses)
            )
        return self._tokens


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Lower-case and strip diacritics (``Één`` -> ``een``); curly apostrophes become straight."""
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    if s.isascii():
        return s.lower()
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def normalise(text: str) -> str:
    """Normalised text (lower case, folded, abbreviations expanded), words joined by single spaces."""
    return " ".join(t.norm for t in analyse(text).tokens)


@lru_cache(maxsize=200_000)
def lemma_of(word: str) -> str:
    """Dutch lemma of an already normalised word (simplemma), normalised the same way."""
    if not word.isalpha() or len(word) < 3:
        return word
    lem = simplemma.lemmatize(word, lang="nl")
    if lem is None:
        return word
    return fold(lem).replace("_", "")


@lru_cache(maxsize=200_000)
def _expand(norm: str) -> tuple[str, ...]:
    exp = ABBREVIATIONS.get(norm)
    if exp is None and "." in norm:
        exp = ABBREVIATIONS.get(norm.replace(".", ""))
        if exp is None:
            return (norm.replace(".", ""),)
    if exp is None:
        return (norm,)
    return tuple(exp.split())


# Per distinct raw token (as written): (first word, its lemma, whether it opens a clause, number of words,
# all words, all lemmas); several words after abbreviation expansion ("ivm" -> "in verband met").
_WORDS: dict[str, tuple[str, str, bool, int, tuple[str, ...], tuple[str, ...]]] = {}
_FIRST_NORM = itemgetter(0)
_FIRST_LEMMA = itemgetter(1)
_OPENER = itemgetter(2)
_N_WORDS = itemgetter(3)
_ALL_NORMS = itemgetter(4)
_ALL_LEMMAS = itemgetter(5)
_MULTI: set[str] = set()  # raw tokens that expand to several words


def _word_info(raw: str) -> tuple[str, str, bool, int, tuple[str, ...], tuple[str, ...]]:
    info = _WORDS.get(raw)
    if info is None:
        norms = _expand(fold(raw))
        lemmas = tuple(map(lemma_of, norms))
        info = (norms[0], lemmas[0], norms[0] in CLAUSE_OPENERS, len(norms), norms, lemmas)
        if len(_WORDS) >= 200_000:
            _WORDS.clear()
            _MULTI.clear()
        _WORDS[raw] = info
        if len(norms) > 1:
            _MULTI.add(raw)
    return info


# What the characters between two tokens do: 0 nothing, 1 end a clause, 2 end a sentence. The gaps are
# few distinct short strings (", ", ". ", " - ", ...), so the two regex searches run once per distinct gap.
_GAP_KINDS: dict[str, int] = {}
_CLAUSE_STEP = (0, 1, 1)  # per gap kind: does the next token start a new clause
_SENT_STEP = (0, 0, 1)  # ... a new sentence
_IS_SENT_BREAK = (2).__eq__
# the token regex with a group, so re.split returns gap, token, gap, token, ..., gap
_SPLIT_RE = re.compile("(" + _TOKEN_RE.pattern + ")")
# the same for a text of ASCII characters only (most signals), with plain character sets instead of the
# Unicode category tests (the same tokens: these are exactly the ASCII characters of those categories)
_SPLIT_ASCII_RE = re.compile(
    "(" + _TOKEN_RE.pattern.replace(r"[^\W\d_]", "[A-Za-z]").replace(r"[^\W_]", "[0-9A-Za-z]") + ")"
)


def _gap_kind(gap: str) -> int:
    kind = _GAP_KINDS.get(gap)
    if kind is None:
        kind = 2 if _SENT_BREAK_RE.search(gap) else 1 if _CLAUSE_BREAK_RE.search(gap) else 0
        if len(_GAP_KINDS) >= 50_000:
            _GAP_KINDS.clear()
        _GAP_KINDS[gap] = kind
    return kind


def analyse(text: str) -> Doc:
    """Tokenise ``text`` into normalised tokens with original offsets, sentences and clauses.

    Written as whole-list operations (one regex split, then map/accumulate over the tokens) rather than
    a loop per token: per distinct raw token everything (words, lemmas, clause opener) is one lookup.
    """
    parts = (_SPLIT_ASCII_RE if text.isascii() else _SPLIT_RE).split(text)  # gap, token, gap, ..., gap
    if len(parts) == 1:
        return Doc(text, [], [], [], [], [], [], 0, [])
    raws = parts[1::2]
    n = len(raws)
    offsets = list(accumulate(map(len, parts)))
    starts = offsets[0:-1:2]
    ends = offsets[1::2]
    get = _WORDS.get
    infos = list(map(get, raws))
    if None in infos:
        for k, info in enumerate(infos):
            if info is None:
                infos[k] = _word_info(raws[k])
    gaps = parts[2:-1:2]  # between consecutive tokens
    kinds = list(map(_GAP_KINDS.get, gaps))
    if None in kinds:
        for k, kind in enumerate(kinds):
            if kind is None:
                kinds[k] = _gap_kind(gaps[k])
    # a token starts a new clause after a clause or sentence break, or when it is a clause-opening word
    clauses = list(accumulate(map(or_, map(_CLAUSE_STEP.__getitem__, kinds), map(_OPENER, infos[1:])), initial=0))
    sents = list(accumulate(map(_SENT_STEP.__getitem__, kinds), initial=0))
    sent_starts = [0]
    if 2 in kinds:
        sent_starts.extend(compress(range(1, n), map(_IS_SENT_BREAK, kinds)))
    if _MULTI.isdisjoint(raws):
        norms = list(map(_FIRST_NORM, infos))
        lemmas = list(map(_FIRST_LEMMA, infos))
    else:
        # abbreviations expanded into several words: each word is a token with the span of the original
        counts = list(map(_N_WORDS, infos))
        norms = list(chain.from_iterable(map(_ALL_NORMS, infos)))
        lemmas = list(chain.from_iterable(map(_ALL_LEMMAS, infos)))
        starts = list(chain.from_iterable(map(repeat, starts, counts)))
        ends = list(chain.from_iterable(map(repeat, ends, counts)))
        sents = list(chain.from_iterable(map(repeat, sents, counts)))
        clauses = list(chain.from_iterable(map(repeat, clauses, counts)))
        first = [0, *accumulate(counts)]
        sent_starts = [first[k] for k in sent_starts]
    return Doc(text, norms, lemmas, starts, ends, sents, clauses, sents[-1] + 1, sent_starts)


def negation_at(doc: Doc, i: int, j: int, window_before: int = 5, window_after: int = 3) -> bool:
    """Is the match covering tokens[i:j] negated?

    A negation word counts when it is in the same clause and at most ``window_before`` tokens before the
    match, or (``niet``/``nooit`` only, Dutch verb-second order: "hij bedreigde haar niet") at most
    ``window_after`` tokens after it. Uncertainty ("weet niet of", "niet zeker") and "niet alleen" are
    not negations. Negation words inside the match itself are part of the trigger, not a negation.
    """
    norms, clauses = doc.norms, doc.clauses
    n = len(norms)
    clause = clauses[i]
    lo = max(0, i - window_before)
    for k in range(i - 1, lo - 1, -1):
        if clauses[k] != clause:
            break
        if norms[k] in NEGATION_WORDS and _is_real_negation(norms, clauses, k):
            if norms[k] == "geen" and j < n and norms[j] == "meer":
                # "heeft geen paspoort meer": the thing is gone, which is what the trigger describes
                continue
            return True
    hi = min(n, j + window_after)
    for k in range(j, hi):
        if clauses[k] != clause:
            break
        if norms[k] in ("niet", "nooit", "niets", "niks") and _is_real_negation(norms, clauses, k):
            # "niet meer" is a statement about the past, handled by past_at
            if k + 1 < n and norms[k + 1] == "meer":
                continue
            return True
    return False


def _is_real_negation(norms: list[str], clauses: list[int], k: int) -> bool:
    nxt = norms[k + 1] if k + 1 < len(norms) and clauses[k + 1] == clauses[k] else ""
    if nxt in _NEG_BREAKERS_AFTER:
        return False
    prv = norms[k - 1] if k > 0 and clauses[k - 1] == clauses[k] else ""
    if prv in _NEG_BREAKERS_BEFORE:
        return False
    # "geen ... meer" / "niet meer" describe something that stopped: that is tense, not negation
    if nxt == "meer":
        return False
    return True


# every word that can start a tense cue in ``_tense_cues``
_TENSE_CUE_WORDS = PRESENT_WORDS | PAST_SINGLE | {a for a, _b in PAST_PAIRS} | {"meer"}


def _tense_cues(doc: Doc, sent: int) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
    """Past cues as (first, last, clause) token ranges (clause -1: the whole sentence), and present cues
    as (position, clause), for one sentence."""
    cached = doc.tense_cache.get(sent)
    if cached is not None:
        return cached
    norms, clauses = doc.norms, doc.clauses
    lo = doc.sent_starts[sent]
    hi = doc.sent_starts[sent + 1] if sent + 1 < doc.n_sents else len(norms)
    past: list[tuple[int, int, int]] = []  # (first, last, clause or -1 for sentence scope)
    present: list[tuple[int, int]] = []
    if not _TENSE_CUE_WORDS.isdisjoint(norms[lo:hi]):  # the checks below can only fire for these words
        for k in range(lo, hi):
            t = norms[k]
            if t not in _TENSE_CUE_WORDS:
                continue
            if t in PRESENT_WORDS:
                present.append((k, clauses[k]))
            if t in PAST_SINGLE:
                past.append((k, k, -1))
            elif k + 1 < hi and (t, norms[k + 1]) in PAST_PAIRS:
                past.append((k, k + 1, clauses[k] if t == "niet" else -1))
            elif t == "meer" and k > 0 and norms[k - 1] in ("niet", "nooit"):
                # "niet meer" only speaks about its own clause ("... omdat hij het niet meer ziet zitten")
                past.append((k - 1, k, clauses[k]))
            elif t == "meer" and k > 1 and norms[k - 2] == "geen":
                # "geen schulden meer" (resolved); not when the match is the noun ("geen paspoort meer")
                past.append((k - 2, k, clauses[k]))
    doc.tense_cache[sent] = (past, present)
    return past, present


def past_at(doc: Doc, i: int, j: int) -> bool:
    """Is the match covering tokens[i:j] about the past (and not about now)?

    Past cues (``vroeger``, ``jaren geleden``, ``in het verleden``, ``niet meer``, ...) count within the
    same sentence; a present cue (``nu``, ``weer``, ``sinds``, ``vannacht``, ...) in the same clause as the
    match overrides them ("vroeger al, nu weer"). Words of the match itself are never cues for it.
    """
    past, present = _tense_cues(doc, doc.sents[i])
    if not past:
        return False
    clause = doc.clauses[i]
    if not any((b < i or a >= j) and (c < 0 or c == clause) for a, b, c in past):
        return False
    # a present cue in the match's clause (the match itself included, e.g. "vanavond") wins
    return not any(c == clause for _k, c in present)
