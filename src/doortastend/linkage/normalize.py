"""Dutch-aware normalisation of person mentions for record linkage.

Pure Python, no Django imports. Every public function is deterministic and tolerant: garbage in gives
``None`` out, never an exception. The same normalised values feed the plaintext matcher
(:mod:`doortastend.linkage.scoring`), the batch CLI, online candidate retrieval (:func:`blocking_keys`) and
the privacy-preserving path (``doortastend.linkage.pprl``), so that all of them agree on what "the same
name" or "the same address" means.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache, wraps
from importlib import resources
from operator import attrgetter
from typing import TypeVar

from rapidfuzz.distance import OSA
from stdnum.nl import bsn as _bsn

__all__ = [
    "NormalizedRecord",
    "normalize_record",
    "normalize_text",
    "name_skeleton",
    "normalize_first_name",
    "first_name_groups",
    "split_last_name",
    "normalize_phone",
    "normalize_postcode",
    "normalize_house_number",
    "normalize_street",
    "normalize_city",
    "normalize_plate",
    "normalize_bsn",
    "normalize_school",
    "parse_dates",
    "age_to_birth_years",
    "normalize_gender",
    "blocking_keys",
    "initial_lookup_keys",
    "REFERENCE_DATE",
    "batch_caches",
]

# Age estimates are converted relative to this date unless a record carries ``reference_date`` or
# ``reported_at``. Resolved lazily so long-running processes do not freeze it at import time.
REFERENCE_DATE: date | None = None

T = TypeVar("T")

# The batch's caches of raw values (_per_text, _name_part): on only while a batch is normalised
# (batch_caches), and emptied afterwards, so that a long-running process (the online matcher) keeps no BSNs,
# phone numbers, birth dates or names of mentions in memory after it has normalised them.
_BATCH_CACHES = [False]
_VALUE_CACHES: list[Callable[[], None]] = []


@contextmanager
def batch_caches() -> Iterator[None]:
    """Remember normalised values per raw text while a batch is normalised (the mentions of one person repeat
    their names, dates and numbers), and forget them all at the end."""
    was = _BATCH_CACHES[0]
    _BATCH_CACHES[0] = True
    try:
        yield
    finally:
        _BATCH_CACHES[0] = was
        if not was:
            for clear in _VALUE_CACHES:
                clear()


def _per_text(maxsize: int) -> Callable[[Callable[[object], T]], Callable[[object], T]]:
    """A field normaliser that, inside batch_caches, remembers its result per text value (lru_cache for str
    values, the plain call for anything else)."""

    def wrap(fn: Callable[[object], T]) -> Callable[[object], T]:
        cached = lru_cache(maxsize=maxsize)(fn)
        _VALUE_CACHES.append(cached.cache_clear)

        @wraps(fn)
        def normaliser(value: object) -> T:
            return cached(value) if _BATCH_CACHES[0] and type(value) is str else fn(value)

        normaliser.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return normaliser

    return wrap


# ---------------------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------------------

_SPECIAL_CHARS = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "İ": "i",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ĳ": "ij",
        "Ĳ": "ij",
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
    }
)

# Bulgarian (and Russian/Ukrainian) Cyrillic, Bulgarian streamlined system (2009).
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sht",
    "ъ": "a",
    "ь": "y",
    "ю": "yu",
    "я": "ya",
    "ё": "yo",
    "ы": "y",
    "э": "e",
    "є": "ye",
    "і": "i",
    "ї": "yi",
}


# What information systems write into a field they have no value for ("onbekend", "NN", "n.v.t.", "x"), as
# normalize_text gives it: never a name, street or town. Only a whole field is read as a placeholder ("Jan
# Onbekend" stays a name).
PLACEHOLDERS = frozenset(
    [*"onbekend onbekende onb unknown nn nvt geen leeg null none xx xxx xxxx zzz".split(),
     "n n", "n v t", "nomen nescio", "niet bekend", "niet ingevuld", "zie dossier"]
)
_PLACEHOLDER_OR_EMPTY = PLACEHOLDERS | {""}


# "onbekend" typed in a hurry ("onebkend", "onbekrnd", "ONNBEKEND"): one slip from a long placeholder word is
# still a placeholder; no name or street lies one slip from these words.
_SLIPPED_PLACEHOLDERS = ("onbekend", "onbekende", "unknown")


def is_placeholder(value: object) -> bool:
    """A whole field that only says its value is unknown ("Onbekend", "N.N.", "n.v.t.", "-", "?", "x"; "X." is an
    initial), also with one slip in a long placeholder word ("onebkend")."""
    if not isinstance(value, str):
        return False
    text = normalize_text(value)
    return text in _PLACEHOLDER_OR_EMPTY or value.strip() in ("x", "X") or _slipped_placeholder(text)


@lru_cache(maxsize=4096)
def _slipped_placeholder(text: str) -> bool:
    return 6 <= len(text) <= 10 and text[0] in "ou" and any(
        OSA.distance(text, p, score_cutoff=1) <= 1 for p in _SLIPPED_PLACEHOLDERS
    )


def normalize_text(value: object) -> str:
    """Lower-case ASCII with diacritics removed, punctuation turned into spaces, whitespace collapsed."""
    if value is None:
        return ""
    return _normalize_text(value if isinstance(value, str) else str(value))


# UTF-8 text that was decoded once as Latin-1/Windows-1252 ("YÄ±lmaz", "WÃ³jcik", "Ã–ztÃ¼rk"): the lead
# bytes of the two-byte letters of Turkish, Polish and West-European names show up as these characters.
_MOJIBAKE_LEADS = frozenset("ÃÄÅ")


def repair_mojibake(s: str) -> str:
    """Undo one wrong Latin-1/cp1252 decoding of UTF-8 text; text that is not such mojibake is returned as is
    (a genuine "Ä" is followed by a letter, never by a UTF-8 continuation byte, so the round trip fails)."""
    if not _MOJIBAKE_LEADS.intersection(s):
        return s
    for codec in ("cp1252", "latin-1"):
        try:
            return s.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return s


@lru_cache(maxsize=300_000)
def _normalize_text(s: str) -> str:
    if s.isascii():
        s = s.lower()
        if s.isalpha():
            return s
        s = _NON_ALNUM.sub(" ", s.replace("`", "'")).replace("'", "")
        return " ".join(s.split())
    s = repair_mojibake(s).translate(_SPECIAL_CHARS).lower()
    if any("\u0400" <= ch <= "\u04ff" for ch in s):
        s = "".join(_CYRILLIC.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    s = s.replace("'", "")
    return re.sub(r"\s+", " ", s).strip()


_NON_ALNUM = re.compile(r"[^a-z0-9' ]+")

# Transliteration folding, applied in order. Captures ou/oe/u, ch/sj/sh, y/ij/i, ph/f, dj/j, kh/ch, double
# letters etc., so "Mohammed"/"Mohamed", "Youssef"/"Yusuf", "Sjaak"/"Shaak" share a skeleton.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    # the Polish cz as a Dutch ear writes it, tsj (Wieczorek / Wietsjorek, Kaczmarek / Katsjmarek, Sobczak /
    # Sobtsjak); sz stays an s, as Dutch records simplify it (Krzysztof / Kristof, Tomasz / Tomas)
    ("cz", "ch"),
    ("sch", "s"),
    ("tsj", "ch"),
    ("tch", "ch"),
    ("dzj", "j"),
    ("sj", "sh"),
    ("ch", "sh"),
    ("zh", "j"),
    ("ts", "c"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("qu", "kw"),
    ("th", "t"),
    ("dj", "j"),
    ("dt", "t"),
    ("ij", "i"),
    ("ei", "i"),
    ("ie", "i"),  # Dutch spelling of a long i in transcribed names: Ibrahiem/Ibrahim, Naiema/Naima, Wiekash/Vikash
    ("ey", "i"),
    ("ou", "u"),
    ("oe", "u"),
    ("oo", "o"),
    ("y", "i"),
    ("j", "i"),  # Dutch j for a consonantal y: Ajoeb/Ayoub, Joessef/Youssef, Jolanda/Yolanda
    ("ck", "k"),
    ("ce", "se"),  # c before e/i (y is i by now) sounds as s: Youcef/Youssef, Marcel/Marsel, Lahcen/Lahsen
    ("ci", "si"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("z", "s"),
    ("w", "v"),
)


_DOUBLE_LETTERS = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def name_skeleton(value: str) -> str:
    """A coarse phonetic/transliteration key for a (normalised) name token."""
    s = _DOUBLE_LETTERS.sub(r"\1", normalize_text(value).replace(" ", ""))  # a doubled letter is a slip of the hand
    if len(s) > 3 and s.endswith("ch"):  # a final -ch sounds and is written as -g (Berch/Berg, Jonch/Jong)
        s = s[:-2] + "g"
    if len(s) > 3 and s[:2] in ("ou", "oe") and s[2] in "aei":  # Ouali/Oeali/Wali, Ouahbi/Wahbi
        s = "w" + s[2:]
    for a, b in _SKELETON_RULES:
        s = s.replace(a, b)
    s = _DOUBLE_LETTERS.sub(r"\1", s)  # double letters the rules made
    if len(s) > 3 and s.endswith("h"):
        s = s[:-1]
    if len(s) > 3 and s.endswith("d"):  # final devoicing: Ahmed/Ahmet, Bouzid/Bouzit, Brand/Brant
        s = s[:-1] + "t"
    return s


# ---------------------------------------------------------------------------------------------------------
# First names and nicknames
# ---------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _variant_index() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Map exact variant -> group ids, and skeleton -> group ids. A group id is the group's canonical name."""
    raw = json.loads(
        resources.files("doortastend.linkage").joinpath("data/name_variants.json").read_text("utf-8")
    )
    exact: dict[str, set[str]] = {}
    skel: dict[str, set[str]] = {}
    for group in raw["groups"]:
        names = [normalize_text(n) for n in group["names"]]
        canon = names[0]
        for n in names:
            exact.setdefault(n, set()).add(canon)
            skel.setdefault(name_skeleton(n), set()).add(canon)
    return (
        {k: frozenset(v) for k, v in exact.items()},
        {k: frozenset(v) for k, v in skel.items()},
    )


# Dutch diminutive endings of given names, longest first (only used for names the table does not list).
_DIMINUTIVES = ("tje", "pje", "pie", "kie", "je", "ie", "y")

# Street nicknames that describe a person instead of naming one ("de Kleine", "Rooie", "Neef"): in the nickname
# field they say nothing about the first name, so they are not compared as one.
DESCRIPTIVE_NICKNAMES = frozenset(
    """kleine kleintje lange dikke dikkie rooie rooje blonde zwarte stille gekke mafkees boef neef neefje
    broer broertje bro chef baas prof snor snorrie tank kale scheele dove ouwe oudje opa oma tante ome
    schat meid jochie joch mannetje lil little skinny bigi big bolle shorty slim tiger tijger spike
    princess prinses prinsesje babe baby boss mattie brada chica chico moppie poppie snoepie pukkie krullie
    blondie dikzak""".split()
)
# A descriptive nickname written in the first-name field ("Kleintje", "Skinny" as the first name of a resident's
# report) is read as a nickname: it is no given name that could set two brothers apart.
DESCRIPTIVE_FIRST_NAMES = True


@lru_cache(maxsize=200_000)
def first_name_groups(token: str) -> frozenset[str]:
    """Canonical variant groups for a first name or nickname token ("mo" -> {"mohamed"}).

    Unknown names form their own group keyed by their skeleton, so that two spellings of an unknown name
    still meet each other.
    """
    t = normalize_text(token).replace(" ", "")
    if not t:
        return frozenset()
    exact, skel = _variant_index()
    if t in exact:
        return exact[t]
    for suffix in _DIMINUTIVES:  # Henkie, Keesje, Pietje, Wimpie, Annie: the name the diminutive is made of
        stem = t[: -len(suffix)]
        if t.endswith(suffix) and len(stem) >= 3 and stem in exact:
            return exact[stem]
    sk = name_skeleton(t)
    if sk in skel:
        return skel[sk]
    if FUZZY_TABLE_NAMES and len(t) >= FUZZY_MIN_LEN:
        near = _near_table_names(t)
        if near:
            return near | {"~" + sk}  # and its own group: other spellings of an unknown name still meet
    return frozenset({"~" + sk})


# An unknown name of at least FUZZY_MIN_LEN letters one edit (or one transposition) from exactly one group's
# name may be a typo of it ("Johannis" for Johannes, "Wilhelmuss"): it joins that group, and keeps its own.
FUZZY_TABLE_NAMES = True
FUZZY_MIN_LEN = 6


@lru_cache(maxsize=1)
def _deletion_index() -> dict[str, set[str]]:
    """Every table name of FUZZY_MIN_LEN - 1 or more letters, and each of its one-letter deletions -> the names."""
    out: dict[str, set[str]] = {}
    for name in _variant_index()[0]:
        if len(name) >= FUZZY_MIN_LEN - 1:
            out.setdefault(name, set()).add(name)
            for i in range(len(name)):
                out.setdefault(name[:i] + name[i + 1 :], set()).add(name)
    return out


def _near_table_names(t: str) -> frozenset[str]:
    index, exact = _deletion_index(), _variant_index()[0]
    cands: set[str] = set(index.get(t, ()))
    for i in range(len(t)):
        cands |= index.get(t[:i] + t[i + 1 :], set())
    groups: set[str] = set()
    for name in cands:
        if OSA.distance(t, name) <= 1:
            groups |= exact[name]
    return frozenset(groups) if len(groups) == 1 else frozenset()


def normalize_first_name(
    value: object, mixed_case: bool = False
) -> tuple[str | None, tuple[str, ...], str | None]:
    """Return (first given name, all given-name tokens, initial). Initials like "M.", "J.P." or, in capitals
    without dots, "JP" give only the initial."""
    if value is None:
        return None, (), None
    text = str(value).strip()
    if _undotted_initials(text, mixed_case):
        return None, (), text[0].lower()
    if "." in text:
        text = _ABBREVIATED.sub(_abbreviation_as_initial, text)
    return _normalize_first_name(text)


# Given names written short with a dot: Dutch registers abbreviate "Th." (Theodorus), "Chr." (Christiaan), "Joh."
# (Johannes), "Wm." (Willem), "Ph.", and write digraphs as one initial ("IJ.", "Dj.", "Ch.", "Sch."); exports
# glue capitals with a dot ("RH.", "JB.", "G.T.MM."). Such a token of two or three letters (four without a
# vowel) before a dot is an initial, not a given name that conflicts with the full name elsewhere ("Dj." is no
# name against "Demi"). A listed name keeps its dot ("Jo.", "Ad.", "Jan."), as does a longer one ("Ümit.").
_ABBREVIATED = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,4})\.")


def _abbreviation_as_initial(m: re.Match) -> str:
    word = normalize_text(m.group(1))
    if word in _variant_index()[0] or (len(word) == 4 and any(v in word for v in "aeiouy")):
        return m.group(0)
    return m.group(1)[0] + "."


def _undotted_initials(text: str, mixed_case: bool = False) -> bool:
    """"JP", "SC", "HJM", "JA": two capitals that are not a name of the variant table ("JO", "MO" are), or
    three or four capitals without a vowel. With a vowel ("AWM") three letters could be a name in an
    all-capitals record ("ANN", "ELS", "TIM"), so they stay a name; next to a surname in small letters
    (``mixed_case``: "ED" / "Wijngaarde", "JJA" / "de Wit") two to four capitals are initials."""
    if not (2 <= len(text) <= 4 and text.isalpha() and text.isupper() and text.isascii()):
        return False
    if mixed_case:
        return True
    if len(text) == 2:
        return text.lower() not in _variant_index()[0]
    return not any(v in text for v in "AEIOUY")


# Arabic compound given names are written as one word or as two ("Abdelkader", "Abdel Kader", "Abd el Kader";
# "Noureddine", "Nour Eddine", "Nour ed Dine"): written apart, the halves would count as two given names.
_ABD_COMPOUND = re.compile(r"\babd(el|al|ul|oel|ol|ou|e|u)? (?:(el|al|ul|oel|ou) )?(?=[a-z]{3})")
_DIN_COMPOUND = re.compile(r"\b([a-z]{3,}) (e|u|ed|ud|ad) ?(d?din|d?dine|d?dien)\b")


def _glue_compounds(s: str) -> str:
    s = _ABD_COMPOUND.sub(lambda m: "abd" + (m.group(1) or m.group(2) or "el"), s)
    return _DIN_COMPOUND.sub(lambda m: m.group(1) + m.group(2)[0] + "dd" + m.group(3).lstrip("d"), s)


@lru_cache(maxsize=100_000)
def _normalize_first_name(value: str) -> tuple[str | None, tuple[str, ...], str | None]:
    s = _glue_compounds(normalize_text(value))
    if not s:
        return None, (), None
    tokens = tuple(t for t in s.split() if t)
    full = tuple(t for t in tokens if len(t) > 1)
    initial = tokens[0][0]
    return (full[0] if full else None), full, initial


# ---------------------------------------------------------------------------------------------------------
# Last names with tussenvoegsels
# ---------------------------------------------------------------------------------------------------------

# Dutch tussenvoegsels plus common particles in Moroccan, Turkish, Surinamese/Antillean names.
_PREFIX_WORDS = frozenset(
    "van der den de het t te ten ter in op aan bij uit onder over voor von vom zu la le les du des da di do dos "
    "das del della lo el al ben bin ibn ait abu ou d l".split()
)
_PREFIX_ABBREVIATIONS = {
    "vd": "van der",
    "v d": "van der",
    "vdr": "van der",
    "vdn": "van den",
    "v den": "van den",
    "v der": "van der",
    "v": "van",
    "i t": "in t",
    "int": "in t",
    "o d": "op de",
    "v h": "van het",
    "vh": "van het",
    "vt": "van t",
    "v t": "van t",
}


def _expand_prefix_abbrev(s: str) -> str:
    # "v.d. meer" -> after normalize_text "v d meer"; "vd meer"; "v/d meer" -> "v d meer"
    tokens = s.split()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        two = " ".join(tokens[i : i + 2])
        if i + 2 < len(tokens) + 1 and two in _PREFIX_ABBREVIATIONS and len(tokens) > i + 2:
            out.extend(_PREFIX_ABBREVIATIONS[two].split())
            i += 2
            continue
        if tokens[i] in _PREFIX_ABBREVIATIONS and len(tokens) > 1 and tokens[i] not in ("de",):
            out.extend(_PREFIX_ABBREVIATIONS[tokens[i]].split())
            i += 1
            continue
        out.append(tokens[i])
        i += 1
    return " ".join(out)


# Tussenvoegsels written together with the name ("Vandermeer", "VandenBerg", "Van't Hof" -> "vant hof"), with the
# shortest rest that is still a name. Only the "van" family: "de"/"ter"/"ten" glued would split real names
# (Dekker, Terpstra, Tenhagen).
_GLUED_PREFIXES = (
    ("vanden", "van den", 3),
    ("vander", "van der", 3),
    ("vanhet", "van het", 3),
    ("vande", "van de", 3),
    ("vant", "van t", 3),
    ("van", "van", 3),
)


def _unglue_prefix(token: str) -> list[str]:
    if token == "vant":
        return ["van", "t"]
    for glued, prefix, rest in _GLUED_PREFIXES:
        if token.startswith(glued) and len(token) - len(glued) >= rest:
            return [*prefix.split(), token[len(glued) :]]
    return [token]


@lru_cache(maxsize=200_000)
def split_last_name(value: str) -> tuple[str | None, str | None, str | None]:
    """Return (full last name, prefix, core), e.g. "Meer, van der" -> ("van der meer", "van der", "meer").

    Handles prefixes before the core, after a comma, trailing without comma, abbreviated ("vd", "v.d.") and
    hyphenated particles ("el-Amrani").
    """
    if not value:
        return None, None, None
    raw = str(value)
    trailing_prefix = ""
    if "," in raw:
        core_part, _, rest = raw.partition(",")
        raw = core_part
        trailing_prefix = normalize_text(rest)
    s = normalize_text(raw)
    if not s:
        return None, None, None
    s = _expand_prefix_abbrev(s)
    tokens = [t for tok in s.split() for t in _unglue_prefix(tok)]
    prefix_tokens: list[str] = []
    if trailing_prefix:
        prefix_tokens = _expand_prefix_abbrev(trailing_prefix + " x").split()[:-1]
        prefix_tokens = [t for t in prefix_tokens if t in _PREFIX_WORDS] or prefix_tokens
    else:
        while len(tokens) > 1 and tokens[0] in _PREFIX_WORDS:
            prefix_tokens.append(tokens.pop(0))
        if not prefix_tokens:
            # "Meer van der" (comma forgotten)
            j = len(tokens)
            while j > 1 and tokens[j - 1] in _PREFIX_WORDS:
                j -= 1
            if j < len(tokens):
                prefix_tokens = tokens[j:]
                tokens = tokens[:j]
    core = " ".join(tokens) or None
    prefix = " ".join(prefix_tokens) or None
    full = " ".join([*prefix_tokens, *tokens]) or None
    return full, prefix, core


# ---------------------------------------------------------------------------------------------------------
# Contact and address fields
# ---------------------------------------------------------------------------------------------------------


# Country codes of the communities in the data and the neighbours (Belgium, France, UK, Poland, Germany, Turkey,
# Morocco, Bulgaria, Suriname, Curaçao, Aruba), for international numbers written without + or 00.
_COUNTRY_CODES = ("32", "33", "44", "48", "49", "90", "212", "359", "597", "599", "297")


_PHONE_SEPARATOR = re.compile(r"\s*(?:[/,;|]|\b(?:of|en|or)\b)\s*", re.IGNORECASE)


@_per_text(200_000)
def normalize_phone(value: object) -> str | None:
    """Phone number to E.164. Dutch numbers without country code are assumed (+31). A field with more than one
    number ("06-12345678 / 020-1234567", "… of …") gives its first number that reads as one."""
    if value is None:
        return None
    s = str(value).strip()
    parts = _PHONE_SEPARATOR.split(s)
    if len(parts) > 1:
        return next(filter(None, map(_normalize_phone, parts)), None)
    return _normalize_phone(s)


def _normalize_phone(value: str) -> str | None:
    s = value.replace("(0)", "")
    plus = s.startswith("+")
    digits = re.sub(r"\D", "", s)
    if not digits:
        return None
    if plus:
        e164 = "+" + digits
    elif digits.startswith("00"):
        e164 = "+" + digits[2:]
    elif digits.startswith("0") and len(digits) == 10:
        e164 = "+31" + digits[1:]
    elif digits.startswith("31") and len(digits) == 11:
        e164 = "+" + digits
    elif len(digits) == 9 and digits[0] in "1234567":
        e164 = "+31" + digits  # the leading 0 lost in a spreadsheet (612345678, 201234567)
    elif 10 <= len(digits) <= 12 and digits.startswith(_COUNTRY_CODES):
        e164 = "+" + digits  # an international number written without + or 00 (48512345678)
    else:
        return None
    if e164.startswith("+310"):
        e164 = "+31" + e164[4:]
    n = len(e164) - 1
    if e164.startswith("+31") and n != 11:
        return None
    if not 8 <= n <= 15:
        return None
    return e164


_POSTCODE_RE = re.compile(r"^\s*([1-9]\d{3})\s*-?\s*([A-Za-z]{2})\s*$")


@_per_text(100_000)
def normalize_postcode(value: object) -> str | None:
    """Dutch postcode to "1234AB"; None if not a full postcode (SA, SD and SS are not issued)."""
    if value is None:
        return None
    m = _POSTCODE_RE.match(str(value))
    if not m:
        return None
    letters = m.group(2).upper()
    if letters in ("SA", "SD", "SS"):
        return None
    return m.group(1) + letters


_HOUSE_RE = re.compile(
    r"^\s*(\d{1,5})\s*(?:[-/.\s]\s*)?([A-Za-z0-9]{0,6})\s*(?:[-/.\s]\s*)?([A-Za-z0-9]{0,6})\s*$"
)


_FLOORS = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5"}


@_per_text(100_000)
def normalize_house_number(value: object) -> tuple[int | None, str]:
    """(number, suffix) from "12a", "12 A", "12-a", "12bis", "12 hs", "12-II", "12-1" etc."""
    if value is None:
        return None, ""
    if isinstance(value, int):
        return (value if value > 0 else None), ""
    s = str(value).strip()
    m = _HOUSE_RE.match(s)
    if not m:
        m2 = re.match(r"^\s*(\d{1,5})", s)
        if not m2:
            return None, ""
        return int(m2.group(1)), ""
    number = int(m.group(1))
    suffix = (m.group(2) + m.group(3)).upper()
    if suffix in ("H", "HS", "HUIS"):
        suffix = "HS"
    suffix = _FLOORS.get(suffix, suffix)  # "12-II" and "12-2" are the same (second) floor
    return (number if number > 0 else None), suffix


_STREET_ABBREV = {
    "str": "straat",
    "ln": "laan",
    "pl": "plein",
    "wg": "weg",
    "gr": "gracht",
    "kd": "kade",
    "sngl": "singel",
    "bd": "boulevard",
    "pln": "plein",
    "dk": "dijk",
    "drf": "dreef",
    "stg": "steeg",
}
_STREET_TITLES = {
    "burgemeester": "burg",
    "bgm": "burg",
    "burgem": "burg",
    "wethouder": "weth",
    "pastoor": "past",
    "kardinaal": "kard",
    "monseigneur": "mgr",
    "admiraal": "adm",
    "kolonel": "kol",
    "kapitein": "kapt",
    "luitenant": "luit",
    "gebroeders": "gebr",
    "prs": "pr",
    "prins": "pr",
    "prinses": "pr",
    "koningin": "kon",
    "koning": "kon",
    "sint": "st",
    "doctor": "dr",
    "dokter": "dr",
    "meester": "mr",
    "professor": "prof",
    "generaal": "gen",
    "dominee": "ds",
    "jonkheer": "jhr",
    "van": "v",
}
_STREET_SUFFIX_ABBREV = re.compile(r"(?<=[a-z])(pln|str|ln|wg|pl|kd|sngl|drf|dr|stg|gr|dk)$")
# "dr" is a title before a name ("Dr. Schaepmanstraat") but "dreef" at the end of one ("Kievitdr", "Sint
# Maartens dr."): only there is it expanded
_STREET_SUFFIXES = {**_STREET_ABBREV, "dr": "dreef"}
# The street types a name ends in: every written-out form above, and types that are not abbreviated (scoring
# reads a name cut off inside its type as that street)
STREET_TYPES = (*dict.fromkeys(_STREET_ABBREV.values()), "park", "hof", "pad", "markt", "haven")


# "Kerkst.", "Van Goghst. 12" (st. glued to the end of the name) is straat; "St. Jansstraat" (Sint) stands apart
# and "Past. Doensenlaan" (Pastoor) has the rest of the name after it
_GLUED_ST = re.compile(r"(?<=[a-z])st\.(?=\s*(?:$|,|\d))", re.IGNORECASE)


def normalize_street(value: object) -> tuple[str | None, int | None, str]:
    """Normalised street name, plus a house number/suffix if one was written into the street field."""
    if value is None:
        return None, None, ""
    return _normalize_street(str(value))


@lru_cache(maxsize=100_000)
def _normalize_street(value: str) -> tuple[str | None, int | None, str]:
    if is_placeholder(value):
        return None, None, ""
    s = normalize_text(_GLUED_ST.sub("straat", value))
    if not s:
        return None, None, ""
    number: int | None = None
    suffix = ""
    m = re.match(r"^(.*?[a-z])\s+(\d{1,5}(?:\s*[a-z0-9]{1,4})?(?:\s+[a-z0-9]{1,4})?)$", s)
    if m:
        s = m.group(1)
        number, suffix = normalize_house_number(m.group(2))
    tokens = [_STREET_ABBREV.get(t, t) for t in s.split()]
    # titles before the name are written out or abbreviated at will: one (short) form for both
    tokens = [_STREET_TITLES.get(t, t) for t in tokens[:-1]] + tokens[-1:]
    if len(tokens) > 1 and tokens[-1] == "dr":
        tokens[-1] = "dreef"
    s = " ".join(tokens)
    s = _STREET_SUFFIX_ABBREV.sub(lambda mm: _STREET_SUFFIXES[mm.group(1)], s)
    # the ordinals are spelled variably: "Eerste", "1ste", "Ie" (Roman), "Tweede", "2de", "IIe" ... all "1e", "2e"
    s = _ORDINALS.sub(lambda mm: _ORDINAL_FORMS[mm.group(1)], s)
    return s or None, number, suffix


_ORDINAL_FORMS = {
    **{w: f"{i}e" for i, w in enumerate(("eerste", "tweede", "derde", "vierde", "vijfde"), 1)},
    **{f"{i}{e}": f"{i}e" for i in range(1, 10) for e in ("ste", "de", "e")},
    **{f"{r}e": f"{i}e" for i, r in enumerate(("i", "ii", "iii", "iv", "v"), 1)},
}
_ORDINALS = re.compile(r"^(" + "|".join(sorted(_ORDINAL_FORMS, key=len, reverse=True)) + r")(?= )")


CITY_ALIASES = {
    "den bosch": "s hertogenbosch",
    "shertogenbosch": "s hertogenbosch",
    "hertogenbosch": "s hertogenbosch",
    "s gravenhage": "den haag",
    "sgravenhage": "den haag",
    "the hague": "den haag",
    "a dam": "amsterdam",
    "adam": "amsterdam",
    "r dam": "rotterdam",
    "rdam": "rotterdam",
}


@lru_cache(maxsize=20_000)
def _city(value: str) -> str | None:
    # "Zaandam (NH)": the province in brackets; "Gemeente Zaanstad", "gem. Rotterdam": the word municipality
    s = normalize_text(re.sub(r"\([^)]*\)", " ", value))
    s = re.sub(r"^(gemeente|gem) (?=\S)", "", s)
    if not s or is_placeholder(value):
        return None
    return CITY_ALIASES.get(s, s)


def normalize_city(value: object) -> str | None:
    return None if value is None else _city(str(value))


@_per_text(100_000)
def normalize_plate(value: object) -> str | None:
    if value is None:
        return None
    s = re.sub(r"[^A-Za-z0-9]", "", str(value or "")).upper()
    # every Dutch side code and the foreign plates met here have letters and digits ("onbekend" is no plate)
    return s if 4 <= len(s) <= 10 and not s.isalpha() and not s.isdigit() else None


@_per_text(200_000)
def normalize_bsn(value: object) -> str | None:
    """A BSN that passes the 11-proef, as 9 digits; anything else is not an identifier (None)."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 9 and value.isdigit() and value.isascii():
        # the common case without python-stdnum's cleaning (a third of the normalisation time otherwise)
        if value == "000000000":
            return None
        total = sum(int(c) * w for c, w in zip(value, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
        return value if total % 11 == 0 else None
    try:
        s = _bsn.compact(str(value))
    except Exception:  # noqa: BLE001 - defensive: garbage never raises
        return None
    if not s.isdigit() or len(s) != 9 or s == "000000000":
        return None
    return s if _bsn.is_valid(s) else None


_SCHOOL_STOP = frozenset("de het het t school scholengemeenschap college lyceum ".split())


def normalize_school(value: object) -> str | None:
    s = normalize_text(value)
    if not s or is_placeholder(value):
        return None
    return s


# ---------------------------------------------------------------------------------------------------------
# Dates, ages, gender
# ---------------------------------------------------------------------------------------------------------


def _mk_date(y: int, m: int, d: int) -> date | None:
    try:
        if not 1900 < y <= 2100:
            return None  # 1900-01-01 (and any day of 1900) is a placeholder of registers, never a birth date
        return date(y, m, d)
    except ValueError:
        return None


_MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "febr": 2, "februari": 2, "february": 2, "mrt": 3,
    "maa": 3, "maart": 3, "mar": 3, "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6,
    "june": 6, "jul": 7, "juli": 7, "july": 7, "aug": 8, "augustus": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "okt": 10, "oct": 10, "oktober": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}  # fmt: skip
_MONTH_RE = re.compile(r"^(\d{1,2})[-/. ]+([a-z]+)\.?[-/. ]+(\d{4})$")


def _month_name_date(s: str) -> date | None:
    """"14 maart 2009", "14-mrt-2009", "14 Mar. 2009": a written month leaves no day/month doubt."""
    m = _MONTH_RE.match(s.lower())
    if m and m.group(2) in _MONTHS:
        return _mk_date(int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)))
    return None


@_per_text(100_000)
def parse_dates(value: object) -> tuple[str, ...]:
    """All plausible ISO interpretations of a birth date, primary first.

    Accepts YYYY-MM-DD, DD-MM-YYYY (also with / or .), YYYYMMDD and DDMMYYYY. When day and month are both
    <= 12 and differ, the swapped date is kept as a second interpretation (day/month swaps are a common
    registration error, and US-style notation occurs).
    """
    if value is None:
        return ()
    if isinstance(value, date):
        return (value.isoformat(),)
    s = str(value).strip()
    written = _month_name_date(s)
    if written:
        return (written.isoformat(),)
    m = re.match(r"^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})(?:[T ].*)?$", s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.match(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$", s)
        if m:
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            digits = re.sub(r"\D", "", s)
            if len(digits) != 8:
                return ()
            if digits[:2] in ("19", "20") and 1 <= int(digits[4:6]) <= 12:
                y, mo, d = int(digits[:4]), int(digits[4:6]), int(digits[6:])
            else:
                d, mo, y = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    out: list[str] = []
    primary = _mk_date(y, mo, d)
    if primary is None:
        # maybe swapped (month > 12)
        alt = _mk_date(y, d, mo)
        return (alt.isoformat(),) if alt else ()
    out.append(primary.isoformat())
    if d <= 12 and mo <= 12 and d != mo:
        alt = _mk_date(y, d, mo)
        if alt:
            out.append(alt.isoformat())
    return tuple(out)


def _reference_date(raw: dict) -> date:
    for key in ("reference_date", "reported_at", "date"):
        v = raw.get(key)
        if v:
            ds = parse_dates(str(v)[:10])
            if ds:
                return date.fromisoformat(ds[0])
    return REFERENCE_DATE or date.today()


def age_to_birth_years(value: object, reference: date, slack: int = 1) -> tuple[int, int] | None:
    """Birth-year range for an age (estimate) such as 16, "16", "±16", "ong. 16", "ca. 16", "16-17", "16 jaar".

    Someone aged A on the reference date was born in (ref.year - A - 1) or (ref.year - A). Estimates are
    widened by ``slack`` years (plus one more when marked approximate) because guesses are rough.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        lo = hi = int(value)
        approx = isinstance(value, float) and not float(value).is_integer()
    else:
        s = normalize_text(str(value).replace("±", " ong "))
        approx = bool(
            re.search(r"\b(ong|ongeveer|ca|circa|rond|rond de|plm|pakweg|zo n|schat|approx)\b", s)
        ) or ("~" in str(value))
        nums = [int(x) for x in re.findall(r"\d{1,3}", s)]
        if not nums:
            return None
        lo, hi = min(nums[:2]), max(nums[:2])
    if not (0 <= lo <= 120 and 0 <= hi <= 120):
        return None
    w = slack + (1 if approx else 0)
    return reference.year - hi - 1 - w, reference.year - lo + w


_GENDER = {
    "m": "m",
    "man": "m",
    "male": "m",
    "mannelijk": "m",
    "jongen": "m",
    "j": "m",
    "heer": "m",
    "dhr": "m",
    "f": "f",
    "v": "f",
    "vrouw": "f",
    "female": "f",
    "vrouwelijk": "f",
    "meisje": "f",
    "mevr": "f",
    "w": "f",
}


def normalize_gender(value: object) -> str | None:
    return _GENDER.get(normalize_text(value))


# ---------------------------------------------------------------------------------------------------------
# The record
# ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class NormalizedRecord:
    """A person mention after normalisation. ``None``/empty means "not known", never "different"."""

    id: str = ""
    source: str = ""
    bsn: str | None = None
    first_name: str | None = None  # first given name, normalised ("mohamed")
    first_names: tuple[str, ...] = ()  # all given names
    first_initial: str | None = None
    nickname: str | None = None
    name_groups: frozenset[str] = frozenset()  # variant groups of first names + nickname
    last_name: str | None = None  # full, with prefix ("van der meer", "el amrani")
    last_name_prefix: str | None = None
    last_name_core: str | None = None  # "meer", "amrani"
    last_name_skeleton: str | None = None
    birth_date: str | None = None  # primary ISO interpretation
    birth_dates: tuple[str, ...] = ()  # all interpretations (day/month swap)
    birth_year_min: int | None = None
    birth_year_max: int | None = None
    age_estimated: bool = False  # birth years come from an age guess, not a date
    gender: str | None = None
    street: str | None = None
    house_number: int | None = None
    house_suffix: str = ""
    postcode: str | None = None
    city: str | None = None
    phone: str | None = None
    license_plate: str | None = None
    school: str | None = None
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = {k: getattr(self, k) for k in self.__slots__ if k != "extra"}
        d["name_groups"] = sorted(self.name_groups)
        d["first_names"] = list(self.first_names)
        d["birth_dates"] = list(self.birth_dates)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> NormalizedRecord:
        """Inverse of :meth:`to_dict` (e.g. a normalised record stored as JSON next to a person)."""
        rec = cls()
        for k, v in d.items():
            if k in ("name_groups",):
                v = frozenset(v or ())
            elif k in ("first_names", "birth_dates"):
                v = tuple(v or ())
            elif k == "extra" or k not in _FIELDS:
                continue
            setattr(rec, k, v)
        return rec

    def to_compact_dict(self) -> dict:
        """to_dict without empty values (for storage)."""
        return {k: v for k, v in self.to_dict().items() if v not in (None, "", [], False)}

    @property
    def birth_year(self) -> int | None:
        return int(self.birth_date[:4]) if self.birth_date else None


_FIELDS = frozenset(NormalizedRecord.__slots__)


# A first-name field that starts with one of these particles holds a surname ("van Vliet", "de Groot"): the
# fields were swapped, when the last-name field holds one to three given names (no particle, no initial).
_SWAP_PARTICLES = frozenset("van de der den ter ten te in op von het".split())


def _particle_first(first: object, last: object) -> bool:
    if first is None or last is None:
        return False
    ft, lt = normalize_text(first).split(), normalize_text(last).split()
    # the last-name field then holds the given names: one or a few, none of them a particle or an initial
    return (
        len(ft) >= 2
        and ft[0] in _SWAP_PARTICLES
        and len(ft[-1]) > 1
        and ft[-1] not in _PREFIX_WORDS
        and 1 <= len(lt) <= 3
        and all(len(t) > 1 and t not in _PREFIX_WORDS for t in lt)
    )


_DOTTED_INITIALS = r"(?:[A-Za-z]\s*\.\s*){1,4}"  # "A.R.", "K. M. P."
_INITIALS = re.compile(rf"^\s*{_DOTTED_INITIALS}$")


def _initials_last(first: object, last: object) -> bool:
    """The last-name field holds only initials ("A.R.", "K.M.P.", "F", "JP") and the first-name field a name:
    swapped."""
    if first is None or last is None:
        return False
    text = str(last).strip()
    ft = normalize_text(first).split()
    if not _INITIALS.match(text):
        # without dots ("F", "JP") only next to a first-name field that is no given name of the table: "Jan" /
        # "F" is a surname shortened for privacy
        undotted = (len(text) == 1 and text.isalpha()) or _undotted_initials(text)
        if not undotted or not ft or ft[0] in _variant_index()[0]:
            return False
    return any(len(t) > 1 for t in ft)


def _particle_to_last_name(first: object, last: object) -> tuple[object, object]:
    """"S.T. van 't" / "Hof", "Jan van der" / "Meer": a tussenvoegsel written at the end of the first-name field
    belongs to the surname (when the last-name field has no particle of its own)."""
    if first is None or last is None:
        return first, last
    ft = str(first).split()
    if ft and all(normalize_text(t) in _SWAP_PARTICLES or t in ("'t", "’t") for t in ft):
        return None, f"{first} {last}"  # "van der" / "Meer": only the particles, no given name
    j = len(ft)
    while j > 1 and normalize_text(ft[j - 1]) in _PREFIX_WORDS | {"t"}:
        j -= 1
    if j == len(ft) or j == 0 or split_last_name(str(last))[1]:
        return first, last
    return " ".join(ft[:j]), " ".join([*ft[j:], str(last)])


# Forms of address and titles written before a name ("Dhr. J. Jansen", "Mevr. Fatima", "mr. drs. P. Bakker"),
# with the gender that the form of address tells.
_HONORIFICS = {
    "dhr": "m", "de heer": "m", "heer": "m", "mevr": "f", "mevrouw": "f", "mw": "f", "mej": "f", "mrs": "f",
    "ms": "f", "mr": None, "dr": None, "drs": None, "ir": None, "ing": None, "prof": None, "ds": None,
}  # fmt: skip
_HONORIFIC_RE = re.compile(
    r"^\s*((?:de\s+heer|" + "|".join(sorted((h for h in _HONORIFICS if " " not in h), key=len, reverse=True))
    + r")\.?\s+)+",
    re.IGNORECASE,
)


def _strip_honorifics(value: object) -> tuple[object, str | None]:
    """The name without forms of address and titles before it, and the gender a form of address tells."""
    if not isinstance(value, str):
        return value, None
    m = _HONORIFIC_RE.match(value)
    if not m or m.end() >= len(value.rstrip()):
        return value, None
    words = normalize_text(m.group(0)).split()
    hints = {_HONORIFICS.get(" ".join(words[i : i + 2])) or _HONORIFICS.get(w) for i, w in enumerate(words)}
    hints.discard(None)
    return value[m.end() :], (hints.pop() if len(hints) == 1 else None)


def _split_comma(value: str) -> tuple[str, str]:
    """"Bruijn, Truus de" -> ("Bruijn, de", "Truus"); "Meer, van der" -> ("Meer, van der", ""); "Jansen, J.P."
    -> ("Jansen", "J.P."): the surname (with its particles after the comma, as split_last_name reads them) and
    the given names or initials written after the comma."""
    core, _, rest = value.partition(",")
    words = rest.split()
    j = len(words)
    while j > 0 and _is_particle(words[j - 1]):
        j -= 1
    if j and normalize_text(words[0]) in _PREFIX_WORDS:
        return value, ""  # "Meer, van der", "Dijk, ben van": all particles (a given name is not told apart)
    particles = " ".join(words[j:])
    return (f"{core}, {particles}" if particles else core.strip()), " ".join(words[:j])


def _is_particle(word: str) -> bool:
    tokens = normalize_text(word).split()
    return bool(tokens) and all(t in _PREFIX_WORDS or t in _PREFIX_ABBREVIATIONS for t in tokens)


def _comma_names(first: object, last: object) -> tuple[object, object]:
    """Names in the "Surname, given names particles" form of registers: "Bruijn, Truus de" in the last-name
    field with an empty first-name field gives "Truus" / "Bruijn, de"; given names or initials after the
    comma next to a filled first-name field repeat it and are dropped ("Jansen, J." / "J."). The surname
    form in the first-name field ("Graaf, de" / "Truus") means the fields were swapped."""
    if isinstance(first, str) and "," in first and not (isinstance(last, str) and "," in last):
        surname, given = _split_comma(first)
        if given or last is None:
            return (given or None), surname
        return last, surname
    if isinstance(last, str) and "," in last:
        surname, given = _split_comma(last)
        if given:
            return (first if first is not None else given), surname
    return first, last


_TRAILING_INITIALS = re.compile(rf"^(.*[^\W\d_]{{2}}.*?)\s+({_DOTTED_INITIALS}|[A-Z])$")


def _trailing_initials(first: object, last: object) -> tuple[object, object]:
    """"EL AMRANI M.", "Jansen J.P." in the last-name field: the initials after the surname are the given
    names' (a police export's habit); they fill an empty first-name field and are dropped next to a filled one."""
    if not isinstance(last, str):
        return first, last
    m = _TRAILING_INITIALS.match(last.strip())
    if not m or _is_particle(m.group(2)) or _is_particle(m.group(1)):
        return first, last  # "Berg v.d.", "van D" (a surname cut short)
    if "." not in m.group(2) and not m.group(1).isupper():
        return first, last  # "Kong a S": a letter without a dot is an initial only in an upper-case export
    return (m.group(2) if first is None else first), m.group(1)


def _drop_trailing_particles(first: object, last: object) -> object:
    """"Tim de" with no last name: the surname was left out, its particle is not a given name."""
    if last is not None or first is None:
        return first
    words = str(first).split()
    while len(words) > 1 and normalize_text(words[-1]) in _SWAP_PARTICLES:
        words.pop()
    return " ".join(words)


def swap_names(rec: NormalizedRecord) -> NormalizedRecord:
    """The record with its first and last name exchanged (fields that were filled in the wrong way round)."""
    out = replace(rec)
    _set_names(out, rec.last_name, " ".join(rec.first_names) or rec.first_name or "")
    return out


def _set_names(rec: NormalizedRecord, first_value: object, last_value: object) -> None:
    """The first-name fields, the name groups (of the given names and ``rec.nickname``) and the last-name
    fields of ``rec`` from a first-name and a last-name value."""
    mixed_case = isinstance(last_value, str) and any(ch.islower() for ch in last_value)
    first, firsts, initial = normalize_first_name(first_value, mixed_case)
    rec.first_name, rec.first_names, rec.first_initial = first, firsts, initial
    groups: set[str] = set()
    for tok in firsts[:2]:
        groups |= first_name_groups(tok)
    if rec.nickname:
        groups |= first_name_groups(rec.nickname)
    rec.name_groups = frozenset(groups)
    if last_value is not None:
        full, prefix, core = split_last_name(str(last_value))
        rec.last_name, rec.last_name_prefix, rec.last_name_core = full, prefix, core
        rec.last_name_skeleton = name_skeleton(core) if core else None


_POSTCODE_IN_TEXT = re.compile(r"\b([1-9]\d{3})\s?([A-Za-z]{2})\b")


def _split_address(street: object, postcode: object, city: object) -> tuple[object, object, object]:
    """A whole address in the street field ("Vlashof 12a, 1503 AB Zaandam") or a town after the postcode
    ("1503 AB Zaandam"), or a postcode in the town field: the postcode and the town are taken out, into their own
    fields when those are empty."""
    if isinstance(street, str):
        m = _POSTCODE_IN_TEXT.search(street)
        if m and m.start() > 0:
            rest = street[m.end() :].strip(" ,")
            street, postcode = street[: m.start()].strip(" ,"), (postcode if postcode is not None else m.group(0))
            city = city if city is not None or not rest else rest
    if isinstance(city, str) and (m := _POSTCODE_IN_TEXT.search(city)):
        # "1503 AB Zaandam" or "Zaandam 1503AB" in the town field
        postcode = postcode if postcode is not None else m.group(0)
        city = f"{city[: m.start()]} {city[m.end() :]}".strip(" ,") or None
    if isinstance(postcode, str) and not _POSTCODE_RE.match(postcode):
        m = _POSTCODE_IN_TEXT.match(postcode.strip())
        if m:
            rest = postcode.strip()[m.end() :].strip(" ,")
            postcode = m.group(0)
            city = city if city is not None or not rest else rest
    return street, postcode, city


def _split_full_name(first: object, last: object) -> tuple[object, object]:
    """The whole name in one field with a particle inside it ("Mohamed el Amrani", "Jan van der Meer") and the
    other field empty: given names before the particle, surname from it. Without a particle a second word may
    be a second given name (Fatima Zahra), so the field is left alone."""
    if (first is None) == (last is None):
        return first, last
    words = str(first if first is not None else last).split()
    for j in range(1, len(words) - 1):
        if normalize_text(words[j]) not in _PREFIX_WORDS or normalize_text(words[j - 1]).startswith("abd"):
            continue  # "Abd el Kader" is one given name
        if last is not None:
            w0 = normalize_text(words[0])
            if w0 in _PREFIX_WORDS or w0 not in _variant_index()[0]:
                break  # a surname field that does not start with a known given name ("Ben Ali el Idrissi")
        return " ".join(words[:j]), " ".join(words[j:])
    return first, last


# the fields of NormalizedRecord that the first-name, last-name and nickname fields of a mention decide
_NAME_FIELDS = (
    "nickname", "first_name", "first_names", "first_initial", "name_groups", "last_name", "last_name_prefix",
    "last_name_core", "last_name_skeleton",
)
_name_values = attrgetter(*_NAME_FIELDS)


def _name_part(first: object, last: object, nickname: object) -> tuple[tuple, str | None]:
    """The name fields (_NAME_FIELDS) of a mention and the gender its form of address tells ("Mevr."), from
    its raw first name, last name and nickname; inside batch_caches remembered per combination of texts
    (_name_part_of_texts): the mentions of one person repeat them (eval-style benchmark: 29,000 combinations in 51,000 mentions)."""
    if _BATCH_CACHES[0] and all(v is None or type(v) is str for v in (first, last, nickname)):
        return _name_part_of_texts(first, last, nickname)
    return _compute_name_part(first, last, nickname)


@lru_cache(maxsize=200_000)
def _name_part_of_texts(first: str | None, last: str | None, nickname: str | None) -> tuple[tuple, str | None]:
    return _compute_name_part(first, last, nickname)


_VALUE_CACHES.append(_name_part_of_texts.cache_clear)


def _compute_name_part(raw_first: object, raw_last: object, nickname: object) -> tuple[tuple, str | None]:
    rec = NormalizedRecord()
    raw_first, raw_last, nickname = (None if is_placeholder(v) else v for v in (raw_first, raw_last, nickname))
    raw_first, hint_first = _strip_honorifics(raw_first)
    raw_last, hint_last = _strip_honorifics(raw_last)
    if _particle_first(raw_first, raw_last) or _initials_last(raw_first, raw_last):
        # "van Vliet" / "Marten", "Mahabier" / "A.R.": the two fields were swapped
        raw_first, raw_last = raw_last, raw_first
    raw_first, raw_last = _comma_names(raw_first, raw_last)
    raw_first, raw_last = _trailing_initials(raw_first, raw_last)
    raw_first, raw_last = _split_full_name(raw_first, raw_last)
    raw_first, raw_last = _particle_to_last_name(raw_first, raw_last)
    raw_first = _drop_trailing_particles(raw_first, raw_last)
    nick = normalize_text(nickname)
    if DESCRIPTIVE_FIRST_NAMES and isinstance(raw_first, str):
        written = normalize_text(raw_first)
        if written in DESCRIPTIVE_NICKNAMES:
            nick = nick or written
            raw_first = None
    nick = " ".join(t for t in nick.split() if t not in DESCRIPTIVE_NICKNAMES and t not in ("de", "het"))
    rec.nickname = nick.replace(" ", "") or None
    _set_names(rec, raw_first, raw_last)
    return _name_values(rec), hint_first or hint_last


def normalize_record(raw: dict, reference_date: date | None = None) -> NormalizedRecord:
    """Normalise one raw mention (CLI input format, see docs/linkage.md). Never raises on bad field values."""
    # empty fields (null, "", "  ") are unknown
    raw = {k: v for k, v in raw.items() if v is not None and not (isinstance(v, str) and not v.strip())}
    rec = NormalizedRecord(id=str(raw.get("id", "")), source=str(raw.get("source", "") or ""))
    rec.bsn = normalize_bsn(raw.get("bsn"))

    names, hint = _name_part(raw.get("first_name"), raw.get("last_name"), raw.get("nickname"))
    for f, v in zip(_NAME_FIELDS, names, strict=True):
        setattr(rec, f, v)

    dates = parse_dates(raw.get("birth_date"))
    if dates:
        rec.birth_date = dates[0]
        rec.birth_dates = dates
        rec.birth_year_min = rec.birth_year_max = int(dates[0][:4])
    else:
        age = raw.get("age_estimate")
        if age is None:
            age = raw.get("age")
        if age is not None:
            rng = age_to_birth_years(age, reference_date or _reference_date(raw))
            if rng:
                rec.birth_year_min, rec.birth_year_max = rng
                rec.age_estimated = True

    rec.gender = normalize_gender(raw.get("gender")) or hint
    raw_street, raw_postcode, raw_city = _split_address(raw.get("street"), raw.get("postcode"), raw.get("city"))
    street, num, suf = normalize_street(raw_street)
    rec.street = street
    hn, hs = normalize_house_number(raw.get("house_number"))
    if hn is None and num is not None:
        hn, hs = num, suf
    rec.house_number, rec.house_suffix = hn, hs
    rec.postcode = normalize_postcode(raw_postcode)
    rec.city = normalize_city(raw_city)
    rec.phone = normalize_phone(raw.get("phone"))
    rec.license_plate = normalize_plate(raw.get("license_plate"))
    rec.school = normalize_school(raw.get("school"))
    return rec


# ---------------------------------------------------------------------------------------------------------
# Blocking keys
# ---------------------------------------------------------------------------------------------------------


SWAPPED_DATE_KEY = True
# Initial + street for reports without a surname (u:/U:, see blocking_keys).
STREET_INITIAL_KEY = True


def blocking_keys(rec: NormalizedRecord) -> set[str]:
    """Keys for candidate retrieval; two records become a candidate pair when they share at least one key.

    Used as an index lookup per key online (a mention against stored persons) and as the blocking step of
    batch deduplication. Designed for recall with sparse street signals: a nickname plus a street, or a first
    name plus a school, is enough to be compared.
    """
    keys: set[str] = set()
    if rec.bsn:
        keys.add("b:" + rec.bsn)
    if rec.phone:
        keys.add("p:" + rec.phone)
    if rec.license_plate:
        keys.add("k:" + rec.license_plate)
    if rec.postcode and rec.house_number:
        keys.add(f"a:{rec.postcode}:{rec.house_number}")
    street = name_skeleton(rec.street) if rec.street else None
    if street and rec.house_number:
        # the house without a postcode on one side (housing reports without postcode, residents with a number)
        keys.add(f"h:{street}:{rec.house_number}")
    if rec.postcode:
        for g in rec.name_groups:
            keys.add(f"r:{rec.postcode}:{g}")
        if rec.last_name_skeleton:
            keys.add(f"q:{rec.postcode}:{rec.last_name_skeleton}")
    groups = rec.name_groups
    for g in groups:
        if street:
            keys.add(f"s:{g}:{street}")
        if rec.school:
            keys.add(f"o:{g}:{rec.school}")
        if rec.last_name_skeleton:
            keys.add(f"n:{g}:{rec.last_name_skeleton}")
        if rec.city and not rec.last_name_skeleton and (not street or rec.birth_year_min is not None):
            # sparse street signal without a surname ("Emma, ±15, Rotterdam", "Mo, ±16, Vlashof"): compare with
            # same-name people in the town ("c:" meets "c:" and "C:")
            keys.add(f"c:{g}:{rec.city}")
        elif rec.city and rec.birth_year_min is not None:
            # a record with a surname and a birth year or age: met by those sparse reports; two such records
            # meet through their surnames and dates instead
            keys.add(f"C:{g}:{rec.city}")
    if rec.last_name_skeleton:
        if rec.birth_year_min is not None and rec.birth_year_max is not None:
            if rec.birth_year_max - rec.birth_year_min <= 8:
                for y in range(rec.birth_year_min, rec.birth_year_max + 1):
                    keys.add(f"y:{rec.last_name_skeleton}:{y}")
        if street:
            keys.add(f"l:{rec.last_name_skeleton}:{street}")
    if rec.birth_date:
        date_initials = {rec.first_initial} if rec.first_initial else set()
        if SWAPPED_DATE_KEY and rec.last_name_core:
            # first and last name swapped ("Boer" / "Daniel Nicolaas"): the surname's initial meets the other
            # side's first initial on the same date
            date_initials.add(rec.last_name_core[0])
        for d in rec.birth_dates:
            for x in date_initials:
                keys.add(f"d:{d}:{x}")
    if rec.city and street:
        # initial-only records ("H. Smit", housing reports) have no name group: they meet the full or informal
        # names of the same initial ("Hendrik Smit", "Henk", "Rik": the initial of each name group as well) on
        # the street in the town. An initial-only record writes "t:", a record with a name group "T:"; two
        # records meet on "t"+"t" or "t"+"T", never "T"+"T" (full names meet through their name groups, and
        # by initial would add siblings): see initial_lookup_keys and batch.candidate_pairs.
        kind = "T" if rec.name_groups else "t"
        for x in name_initials(rec):
            keys.add(f"{kind}:{x}:{street}:{rec.city}")
    if STREET_INITIAL_KEY and street and rec.name_groups:
        # a street report with a misspelt name and no surname ("Jris, ±40, Tulpstraat" for Joris): the names of
        # its initial on the street ("u:" meets "U:"; the street without the town, which such reports lack).
        # Initial-only records ("J. Kuipers") write no "U:": a first name against an initial is too little. A
        # report that names the town looks in that town only; a full record is found both ways.
        for x in name_initials(rec):
            if rec.last_name_skeleton:
                keys.add(f"U:{x}:{street}")
                if rec.city:
                    keys.add(f"U:{x}:{street}:{rec.city}")
            else:
                keys.add(f"u:{x}:{street}:{rec.city}" if rec.city else f"u:{x}:{street}")
    return keys


# Key kinds that pair only when at least one side writes the lower-case kind (t: an initial-only record, T: one
# with a first-name group; c: a sparse report with a name and a town only, C: a record with a birth year too).
INITIAL_KEY_KINDS = {"t": "T", "c": "C", "u": "U"}
# both spellings of those kinds (the first character of such a key)
INITIAL_KINDS = frozenset(INITIAL_KEY_KINDS) | frozenset(INITIAL_KEY_KINDS.values())


def initial_lookup_keys(keys: set[str] | list[str]) -> set[str]:
    """The keys to look up for a record with these blocking keys (online candidate retrieval): its own keys,
    and for the asymmetric kinds the other side's spelling -- an initial-only record also finds the full names
    of its initial ("t:" -> "T:"), a full name only the initial-only records ("T:" -> "t:", not "T:"); the
    same for "c:" (a report without a surname) and "C:"."""
    out: set[str] = set()
    for k in keys:
        kind = k[:1]
        if kind in INITIAL_KEY_KINDS:
            out.add(k)
            out.add(INITIAL_KEY_KINDS[kind] + k[1:])
        elif kind in INITIAL_KEY_KINDS.values():
            out.add(kind.lower() + k[1:])
        else:
            out.add(k)
    return out


def name_initials(rec: NormalizedRecord) -> set[str]:
    """The written first initial and the first letter of each first-name group (blocking keys j and t)."""
    out = {rec.first_initial} if rec.first_initial else set()
    for g in rec.name_groups:
        g = g.lstrip("~")
        if g:
            out.add(g[0])
    return out
