"""Field corruptors in the style of Febrl's dsgen / GeCo: keyboard typos, edit operations, Dutch phonetic
substitutions, OCR confusions, encoding damage, and value-level corruptions of dates, numbers and codes.

Every function takes the random generator it must use, so a seed fixes the output.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

# QWERTY neighbours (Dutch keyboards are US-International QWERTY)
_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
_OFFSETS = [0.0, 0.5, 0.75, 1.25]
_POS = {ch: (r, c + _OFFSETS[r]) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
KEY_NEIGHBOURS: dict[str, str] = {
    a: "".join(sorted(b for b, (rb, xb) in _POS.items() if b != a and (ra - rb) ** 2 + (xa - xb) ** 2 < 1.7))
    for a, (ra, xa) in _POS.items()
}

# Dutch sound-alike spellings (both directions are listed where both occur)
PHONETIC_RULES = [
    ("ij", "y"),
    ("y", "ij"),
    ("ei", "ij"),
    ("ij", "ei"),
    ("au", "ou"),
    ("ou", "au"),
    ("ch", "g"),
    ("g", "ch"),
    ("c", "k"),
    ("k", "c"),
    ("dt", "d"),
    ("dt", "t"),
    ("ph", "f"),
    ("f", "ph"),
    ("oe", "u"),
    ("u", "oe"),
    ("ie", "i"),
    ("i", "ie"),
    ("aa", "a"),
    ("ee", "e"),
    ("oo", "o"),
    ("uu", "u"),
    ("sj", "sh"),
    ("sh", "sj"),
    ("ch", "sj"),
    ("dj", "j"),
    ("j", "dj"),
    ("tj", "ch"),
    ("th", "t"),
    ("ks", "x"),
    ("x", "ks"),
    ("z", "s"),
    ("s", "z"),
    ("v", "f"),
    ("w", "v"),
    ("qu", "kw"),
    ("ll", "l"),
    ("ss", "s"),
    ("mm", "m"),
    ("nn", "n"),
    ("ou", "ow"),
    ("ui", "uy"),
    ("cks", "x"),
    ("ae", "a"),
    ("ck", "k"),
    ("ea", "ie"),
    ("ey", "ei"),
    ("y", "i"),
]

OCR_RULES = [
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("1", "l"),
    ("O", "0"),
    ("0", "O"),
    ("e", "c"),
    ("c", "e"),
    ("h", "b"),
    ("b", "h"),
    ("i", "l"),
    ("cl", "d"),
    ("d", "cl"),
    ("S", "5"),
    ("5", "S"),
    ("B", "8"),
    ("8", "B"),
    ("u", "v"),
    ("v", "u"),
    ("n", "h"),
    ("I", "l"),
    ("g", "q"),
    ("a", "o"),
    ("vv", "w"),
    ("w", "vv"),
    ("Z", "2"),
    ("2", "Z"),
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"

# folding of letters that NFKD does not decompose
_SPECIAL_FOLD = {"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae"}
_GERMAN_FOLD = {"ö": "oe", "ü": "ue", "Ö": "Oe", "Ü": "Ue", "ä": "ae", "ş": "sch", "Ş": "Sch", "ç": "tsj"}


def fold(s: str) -> str:
    """Strip diacritics as an ASCII-only system does (ş -> s, ł -> l, ı -> i, ë -> e)."""
    s = "".join(_SPECIAL_FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fold_german(s: str) -> str:
    """The other folding some Dutch systems use for Turkish names: ö -> oe, ü -> ue, ş -> sch."""
    return fold("".join(_GERMAN_FOLD.get(c, c) for c in s))


def mojibake(s: str) -> str:
    """UTF-8 read as Windows-1252 (Yılmaz -> YÄ±lmaz): an export/import damage of non-ASCII names."""
    try:
        return s.encode("utf-8").decode("cp1252", errors="replace")
    except UnicodeError:
        return s


def _keep_case(orig: str, new: str) -> str:
    if orig[:1].isupper() and new[:1].islower():
        return new[:1].upper() + new[1:]
    return new


def keyboard_typo(s: str, rng: random.Random) -> str:
    idx = [i for i, c in enumerate(s) if c.lower() in KEY_NEIGHBOURS]
    if not idx:
        return s
    i = rng.choice(idx)
    c = s[i]
    r = rng.choice(KEY_NEIGHBOURS[c.lower()])
    r = r.upper() if c.isupper() else r
    return s[:i] + r + s[i + 1 :]


def edit_typo(s: str, rng: random.Random) -> str:
    """Insertion, deletion, transposition or doubling of one character (never empties the value)."""
    if len(s) < 2:
        return s
    op = rng.choices(["ins", "del", "trans", "dbl"], [0.25, 0.35, 0.3, 0.1])[0]
    i = rng.randrange(1, len(s))  # keep the first letter most of the time (as in Febrl's position model)
    if rng.random() < 0.1:
        i = 0
    if op == "ins":
        near = KEY_NEIGHBOURS.get(s[i].lower()) or LETTERS
        return s[:i] + rng.choice(near) + s[i:]
    if op == "del" and len(s) > 3:
        return s[:i] + s[i + 1 :]
    if op == "trans" and i < len(s) - 1 and s[i] != s[i + 1] and " " not in s[i : i + 2]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if op == "dbl" and s[i].isalpha():
        return s[:i] + s[i] + s[i:]
    return keyboard_typo(s, rng)


def _apply_rule(s: str, rules, rng: random.Random, ignore_case: bool) -> str:
    low = s.lower() if ignore_case else s
    cands = [(a, b) for a, b in rules if a in low]
    if not cands:
        return s
    a, b = rng.choice(cands)
    starts = []
    j = low.find(a)
    while j >= 0:
        starts.append(j)
        j = low.find(a, j + 1)
    j = rng.choice(starts)
    seg = s[j : j + len(a)]
    rep = b.upper() if seg.isupper() and len(seg) > 1 else (b[:1].upper() + b[1:] if seg[:1].isupper() else b)
    return s[:j] + rep + s[j + len(a) :]


def phonetic(s: str, rng: random.Random) -> str:
    return _apply_rule(s, PHONETIC_RULES, rng, ignore_case=True)


def ocr(s: str, rng: random.Random) -> str:
    return _apply_rule(s, OCR_RULES, rng, ignore_case=False)


def name_error(s: str, rng: random.Random) -> str:
    """One error in a name: typo (45 %), phonetic spelling (35 %), OCR (10 %), truncation (10 %)."""
    if not s:
        return s
    r = rng.random()
    if r < 0.2:
        out = keyboard_typo(s, rng)
    elif r < 0.45:
        out = edit_typo(s, rng)
    elif r < 0.8:
        out = phonetic(s, rng)
    elif r < 0.9:
        out = ocr(s, rng)
    else:
        out = s[: max(3, len(s) - rng.randint(1, 3))] if len(s) > 5 else edit_typo(s, rng)
    return _keep_case(s, out) if out else s


def digit_error(s: str, rng: random.Random) -> str:
    """A wrong, swapped or dropped digit in a string of digits (with any separators kept)."""
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    if not idx:
        return s
    r = rng.random()
    i = rng.choice(idx)
    if r < 0.5:
        d = s[i]
        near = [c for c in KEY_NEIGHBOURS.get(d, "") if c.isdigit()] or list("0123456789")
        if rng.random() < 0.5:
            near = [str((int(d) + 1) % 10), str((int(d) - 1) % 10)]
        return s[:i] + rng.choice(near) + s[i + 1 :]
    if r < 0.85:
        pos = idx.index(i)
        if pos + 1 < len(idx):
            j = idx[pos + 1]
            lst = list(s)
            lst[i], lst[j] = lst[j], lst[i]
            return "".join(lst)
        return s
    return s[:i] + s[i + 1 :]


def valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def date_error(d: dt.date, rng: random.Random) -> dt.date:
    """Day/month swapped, a digit typo, year +-1 or transposed year digits, day or month off by one."""
    for _ in range(8):
        r = rng.random()
        if r < 0.3:
            c = valid_date(d.year, d.day, d.month)  # written as MM-DD
        elif r < 0.5:
            ys = str(d.year)
            if rng.random() < 0.5:
                ys = ys[:2] + ys[3] + ys[2]  # 1987 -> 1978
            else:
                ys = str(d.year + rng.choice([-1, 1]))
            c = valid_date(int(ys), d.month, d.day)
        elif r < 0.7:
            s = digit_error(d.strftime("%Y%m%d"), rng)
            c = valid_date(int(s[:4]), int(s[4:6]), int(s[6:8])) if len(s) == 8 else None
        elif r < 0.85:
            c = valid_date(d.year, d.month, d.day + rng.choice([-1, 1]))
        else:
            c = valid_date(d.year, d.month + rng.choice([-1, 1]), d.day)
        if c and c != d and 1900 < c.year < 2027:
            return c
    return d


def postcode_error(pc: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return digit_error(pc, rng)
    letters = [i for i, c in enumerate(pc) if c.isalpha()]
    if len(letters) == 2 and r < 0.75:
        i, j = letters
        lst = list(pc)
        lst[i], lst[j] = lst[j], lst[i]
        return "".join(lst)
    if letters:
        i = rng.choice(letters)
        c = pc[i]
        n = rng.choice(KEY_NEIGHBOURS.get(c.lower(), LETTERS))
        return pc[:i] + (n.upper() if c.isupper() else n) + pc[i + 1 :]
    return pc
