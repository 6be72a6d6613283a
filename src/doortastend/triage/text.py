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
from dataclasses import dataclass, field
from functools import lru_cache

import simplemma

# A word: letters/digits with inner hyphens or apostrophes (id-kaart, z'n, loverboy's), or a dotted
# abbreviation (i.v.m., o.a.), or a short-form with a leading apostrophe ('s avonds).
_TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}(?![^\W\d_])"  # dotted abbreviation, e.g. i.v.m. / z.s.m.
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


@dataclass(slots=True)
class Doc:
    text: str
    tokens: list[Token]
    n_sents: int
    sent_starts: list[int] = field(default_factory=list)  # first token index of each sentence
    tense_cache: dict = field(default_factory=dict)


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


@lru_cache(maxsize=200_000)
def _word_info(raw: str) -> tuple[tuple[tuple[str, str], ...], bool]:
    """(normalised word, lemma) pairs for one raw token (several after abbreviation expansion), and
    whether its first word opens a clause."""
    words = tuple((w, lemma_of(w)) for w in _expand(fold(raw)))
    return words, words[0][0] in CLAUSE_OPENERS


# What the characters between two tokens do: 0 nothing, 1 end a clause, 2 end a sentence. The gaps are
# few distinct short strings (", ", ". ", " - ", ...), so the two regex searches run once per distinct gap.
_GAP_KINDS: dict[str, int] = {}


def _gap_kind(gap: str) -> int:
    kind = _GAP_KINDS.get(gap)
    if kind is None:
        kind = 2 if _SENT_BREAK_RE.search(gap) else 1 if _CLAUSE_BREAK_RE.search(gap) else 0
        if len(_GAP_KINDS) >= 50_000:
            _GAP_KINDS.clear()
        _GAP_KINDS[gap] = kind
    return kind


def analyse(text: str) -> Doc:
    """Tokenise ``text`` into normalised tokens with original offsets, sentences and clauses."""
    tokens: list[Token] = []
    sent_starts: list[int] = []
    sent = 0
    clause = 0
    prev_end = -1
    prev_clause = 0  # clause of the previous token
    append = tokens.append
    gap_kinds = _GAP_KINDS
    for m in _TOKEN_RE.finditer(text):
        start, end = m.span()
        words, opener = _word_info(m.group())
        if prev_end < 0:
            sent_starts.append(0)
        else:
            if start != prev_end + 1 or text[prev_end] != " ":  # the gap is not a single space
                gap = text[prev_end:start]
                kind = gap_kinds.get(gap)
                if kind is None:
                    kind = _gap_kind(gap)
                if kind == 2:
                    sent += 1
                    clause += 1
                    sent_starts.append(len(tokens))
                elif kind == 1:
                    clause += 1
            if opener and prev_clause == clause:
                clause += 1
        prev_end = end
        prev_clause = clause
        for w, lem in words:
            append(Token(w, lem, start, end, sent, clause))
    return Doc(text, tokens, sent + 1 if tokens else 0, sent_starts)


def negation_at(tokens: list[Token], i: int, j: int, window_before: int = 5, window_after: int = 3) -> bool:
    """Is the match covering tokens[i:j] negated?

    A negation word counts when it is in the same clause and at most ``window_before`` tokens before the
    match, or (``niet``/``nooit`` only, Dutch verb-second order: "hij bedreigde haar niet") at most
    ``window_after`` tokens after it. Uncertainty ("weet niet of", "niet zeker") and "niet alleen" are
    not negations. Negation words inside the match itself are part of the trigger, not a negation.
    """
    clause = tokens[i].clause
    lo = max(0, i - window_before)
    for k in range(i - 1, lo - 1, -1):
        t = tokens[k]
        if t.clause != clause:
            break
        if t.norm in NEGATION_WORDS and _is_real_negation(tokens, k):
            if t.norm == "geen" and j < len(tokens) and tokens[j].norm == "meer":
                # "heeft geen paspoort meer": the thing is gone, which is what the trigger describes
                continue
            return True
    hi = min(len(tokens), j + window_after)
    for k in range(j, hi):
        t = tokens[k]
        if t.clause != clause:
            break
        if t.norm in ("niet", "nooit", "niets", "niks") and _is_real_negation(tokens, k):
            # "niet meer" is a statement about the past, handled by past_at
            if k + 1 < len(tokens) and tokens[k + 1].norm == "meer":
                continue
            return True
    return False


def _is_real_negation(tokens: list[Token], k: int) -> bool:
    nxt = tokens[k + 1].norm if k + 1 < len(tokens) and tokens[k + 1].clause == tokens[k].clause else ""
    if nxt in _NEG_BREAKERS_AFTER:
        return False
    prv = tokens[k - 1].norm if k > 0 and tokens[k - 1].clause == tokens[k].clause else ""
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
    tokens = doc.tokens
    k = doc.sent_starts[sent]
    n = len(tokens)
    past: list[tuple[int, int, int]] = []  # (first, last, clause or -1 for sentence scope)
    present: list[tuple[int, int]] = []
    cue_words = _TENSE_CUE_WORDS
    while k < n:
        tok = tokens[k]
        if tok.sent != sent:
            break
        t = tok.norm
        if t not in cue_words:  # the checks below can only fire for one of these words
            k += 1
            continue
        if t in PRESENT_WORDS:
            present.append((k, tokens[k].clause))
        if t in PAST_SINGLE:
            past.append((k, k, -1))
        elif k + 1 < n and tokens[k + 1].sent == sent and (t, tokens[k + 1].norm) in PAST_PAIRS:
            past.append((k, k + 1, tokens[k].clause if t == "niet" else -1))
        elif t == "meer" and k > 0 and tokens[k - 1].norm in ("niet", "nooit"):
            # "niet meer" only speaks about its own clause ("... omdat hij het niet meer ziet zitten")
            past.append((k - 1, k, tokens[k].clause))
        elif t == "meer" and k > 1 and tokens[k - 2].norm == "geen":
            # "geen schulden meer" (resolved); not when the match is the noun ("geen paspoort meer")
            past.append((k - 2, k, tokens[k].clause))
        k += 1
    doc.tense_cache[sent] = (past, present)
    return past, present


def past_at(doc: Doc, i: int, j: int) -> bool:
    """Is the match covering tokens[i:j] about the past (and not about now)?

    Past cues (``vroeger``, ``jaren geleden``, ``in het verleden``, ``niet meer``, ...) count within the
    same sentence; a present cue (``nu``, ``weer``, ``sinds``, ``vannacht``, ...) in the same clause as the
    match overrides them ("vroeger al, nu weer"). Words of the match itself are never cues for it.
    """
    tokens = doc.tokens
    past, present = _tense_cues(doc, tokens[i].sent)
    if not past:
        return False
    clause = tokens[i].clause
    if not any((b < i or a >= j) and (c < 0 or c == clause) for a, b, c in past):
        return False
    # a present cue in the match's clause (the match itself included, e.g. "vanavond") wins
    return not any(c == clause for _k, c in present)
