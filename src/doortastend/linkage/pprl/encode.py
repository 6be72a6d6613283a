"""Hardened Bloom-filter encodings of person mentions (data-holder side of PPRL).

Each data holder runs this locally with the secret of a linkage project. The output contains no plaintext
and no unkeyed hash: every value passes through HMAC-SHA256 with a key derived from the project secret.

What is built (see docs/pprl.md for the reasoning and the papers):

* Field-level Bloom filters over padded bigrams (q=2) of given name, nickname, last name (core, without
  tussenvoegsel) and street, following Schnell, Bachteler & Reiher (2009). Each field has its own HMAC key
  (domain separation), so the same bigram sets different bits in different fields.
* The k bit positions of a bigram are k 16-bit slices of one HMAC-SHA256 digest ("random hashing"), not
  the double-hashing scheme h1 + i*h2 of the 2009 paper, because double hashing was shown to be
  attackable (Niedermeyer et al. 2014).
* Salting (per project, ``salt="birth_year"`` / ``--salt birth-year``; off by default because it cost
  1-5 F1 points on the shared benchmark): name filters and variant tokens are keyed additionally with the birth year, a
  stable record attribute; every such hardening costs some linkage quality (see the comparison of
  hardening techniques in Ranbaduge & Schnell 2020 and the measured cost in docs/pprl.md). A mention with only an age guess carries one
  salted copy per plausible birth year, so it still meets the record with the exact date. Identical names
  of people born in different years therefore give unrelated filters, which flattens the frequency
  distribution an attacker would align with a public name list.
* Hardening of every filter: balancing (filter concatenated with its complement, then a keyed
  permutation; Schnell & Borgs 2016) so that all filters of a field have the same Hamming weight, or
  XOR-folding (Schnell, Borgs & Encarnação 2016) as an alternative.
* Exact identifiers (BSN only when it passes the 11-proef, phone in E.164, licence plate, postcode, city,
  school, gender, date of birth, address keys) become truncated keyed HMAC tokens. Blocking keys of the
  plaintext engine (:func:`doortastend.linkage.normalize.blocking_keys`) become keyed tokens too, so both
  paths consider the same candidate pairs.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import random
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import date
from functools import lru_cache

from doortastend.linkage.normalize import (
    INITIAL_KINDS,
    NormalizedRecord,
    blocking_keys,
    name_skeleton,
    normalize_record,
)

__all__ = [
    "EncodingParams",
    "ProjectKeys",
    "MIN_SECRET_BYTES",
    "bigrams",
    "bloom",
    "harden",
    "encode_record",
    "encode_records",
]

FORMAT_VERSION = 1
# Years on either side of an age guess whose tokens are written in order ("yo"): the widest age slack the
# linker can apply (batch.AGE_SLACK_MAX in the plaintext path) plus the widest offset by which it may move a
# run's guesses (batch.AGE_OFFSET_MAX: guesses written down years before they are linked all point at birth
# years too late). The window is written with the encoding ("yg") so that the linker reads older files too.
GUESS_WINDOW = 18
MIN_SECRET_BYTES = 16


@dataclass(frozen=True, slots=True)
class EncodingParams:
    """Encoding parameters; every data holder in one linkage project must use the same values."""

    q: int = 2
    name_bits: int = 256  # per-field filter length before hardening (power of two)
    name_k: int = 8  # bits per bigram
    street_bits: int = 256
    street_k: int = 8
    hardening: str = "balance"  # "balance" | "xor-fold" | "none"
    salt: str = "none"  # "none" | "birth_year" (per project; see docs/pprl.md for the measured cost)
    max_salt_years: int = 8  # wider age ranges are not salted per year (too many copies)
    salt_widen: int = 2  # extra salt years on both sides of an age guess (guesses are often further off)
    token_bytes: int = 12  # truncated HMAC tokens: 96 bits, collision-free at national scale

    def __post_init__(self) -> None:
        for bits, k in ((self.name_bits, self.name_k), (self.street_bits, self.street_k)):
            if bits < 16 or bits & (bits - 1) or bits > 65536:
                raise ValueError("filter length must be a power of two between 16 and 65536")
            if not 1 <= k <= 16:
                raise ValueError("k must be between 1 and 16 (16 slices of one HMAC-SHA256 digest)")
        if self.hardening not in ("balance", "xor-fold", "none"):
            raise ValueError(f"unknown hardening {self.hardening!r}")
        if self.salt not in ("birth_year", "none"):
            raise ValueError(f"unknown salt {self.salt!r}")

    def to_dict(self) -> dict:
        return asdict(self)


class ProjectKeys:
    """Per-purpose HMAC keys derived from the secret of one linkage project.

    key(purpose) = HMAC-SHA256(secret, "doortastend-pprl/v1" || 0 || project || 0 || purpose)
    """

    def __init__(self, secret: bytes | str, project: str = "default") -> None:
        if isinstance(secret, str):
            secret = secret.encode("utf-8")
        secret = secret.strip()
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(
                f"the linkage secret must be at least {MIN_SECRET_BYTES} bytes; "
                "generate one with: python -c 'import secrets; print(secrets.token_urlsafe(32))'"
            )
        self._secret = secret
        self.project = project
        self._cache: dict[str, bytes] = {}

    def key(self, purpose: str) -> bytes:
        k = self._cache.get(purpose)
        if k is None:
            msg = b"doortastend-pprl/v1\x00" + self.project.encode() + b"\x00" + purpose.encode()
            k = hmac.digest(self._secret, msg, "sha256")
            self._cache[purpose] = k
        return k

    def token(self, purpose: str, value: str, nbytes: int = 12) -> str:
        return _token(self.key(purpose), value, nbytes)


@lru_cache(maxsize=1_000_000)
def _token(key: bytes, value: str, nbytes: int) -> str:
    d = hmac.digest(key, value.encode("utf-8"), "sha256")
    return base64.b64encode(d[:nbytes]).decode("ascii")


# ---------------------------------------------------------------------------------------------------------
# Bloom filters (as Python ints: bit i of the int is filter position i)
# ---------------------------------------------------------------------------------------------------------


def bigrams(value: str, q: int = 2) -> set[str]:
    """Padded q-grams: "jan" -> {"_j", "ja", "an", "n_"} (padding makes first and last letter count)."""
    s = "_" * (q - 1) + value.replace(" ", "_") + "_" * (q - 1)
    return {s[i : i + q] for i in range(len(s) - q + 1)}


@lru_cache(maxsize=500_000)
def _positions(key: bytes, token: str, bits: int, k: int) -> int:
    d = hmac.digest(key, token.encode("utf-8"), "sha256")
    mask = 0
    for i in range(k):
        mask |= 1 << (int.from_bytes(d[2 * i : 2 * i + 2], "big") & (bits - 1))
    return mask


def bloom(key: bytes, tokens: Iterable[str], bits: int, k: int) -> int:
    """A Bloom filter of ``bits`` bits with k keyed positions per token."""
    f = 0
    for t in tokens:
        f |= _positions(key, t, bits, k)
    return f


@lru_cache(maxsize=256)
def _balance_tables(key: bytes, bits: int) -> tuple[tuple[tuple[int, ...], ...], int]:
    """Keyed permutation of the 2*bits positions of a balanced filter, as XOR tables per input byte.

    Position p of the plain filter goes to perm[p] and its complement to perm[bits + p]. Setting bit p
    therefore toggles both target positions, starting from "all complement bits set". The toggles of the
    8 bits of each input byte are tabulated for all 256 byte values.
    """
    perm = list(range(2 * bits))
    random.Random(int.from_bytes(hmac.digest(key, b"balance-permutation", "sha256"), "big")).shuffle(perm)
    toggles = [(1 << perm[p]) | (1 << perm[bits + p]) for p in range(bits)]
    all_complement = 0
    for p in range(bits):
        all_complement |= 1 << perm[bits + p]
    tables = []
    for byte in range(bits // 8):
        row = [0] * 256
        for v in range(1, 256):
            low = v & -v
            row[v] = row[v ^ low] ^ toggles[8 * byte + low.bit_length() - 1]
        tables.append(tuple(row))
    return tuple(tables), all_complement


def harden(f: int, bits: int, mode: str, key: bytes) -> tuple[int, int]:
    """Return (hardened filter, its length in bits).

    balance: [f || not f] under a keyed permutation, length 2*bits, Hamming weight always ``bits``.
    xor-fold: f[i] xor f[i + bits/2], length bits/2.
    """
    if mode == "balance":
        tables, out = _balance_tables(key, bits)
        for byte, v in enumerate(f.to_bytes(bits // 8, "little")):
            if v:
                out ^= tables[byte][v]
        return out, 2 * bits
    if mode == "xor-fold":
        half = bits // 2
        return (f & ((1 << half) - 1)) ^ (f >> half), half
    return f, bits


def to_b64(f: int, bits: int) -> str:
    return base64.b64encode(f.to_bytes(bits // 8, "big")).decode("ascii")


def from_b64(s: str) -> int:
    return int.from_bytes(base64.b64decode(s), "big")


# ---------------------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------------------


def _salt_years(rec: NormalizedRecord, params: EncodingParams) -> list[int | None]:
    if params.salt == "none" or rec.birth_year_min is None or rec.birth_year_max is None:
        return [None]
    if rec.birth_year_max - rec.birth_year_min + 1 > params.max_salt_years:
        return [None]
    w = params.salt_widen if rec.age_estimated else 0
    return list(range(rec.birth_year_min - w, rec.birth_year_max + 1 + w))


def _name_filter(keys: ProjectKeys, params: EncodingParams, field: str, value: str, salt: str) -> str:
    return _hardened_filter(
        keys.key(f"bf:{field}:{salt}"), keys.key(f"harden:{field}"), value, params.q, params.name_bits,
        params.name_k, params.hardening,
    )


@lru_cache(maxsize=500_000)
def _hardened_filter(key: bytes, hkey: bytes, value: str, q: int, bits: int, k: int, mode: str) -> str:
    f = bloom(key, bigrams(value, q), bits, k)
    hf, hbits = harden(f, bits, mode, hkey)
    return to_b64(hf, hbits)


def encode_normalized(rec: NormalizedRecord, keys: ProjectKeys, params: EncodingParams | None = None) -> dict:
    """Encode one normalised mention to ``{"id", "source", "enc"}``.

    ``enc`` keys (all values keyed; Bloom filters base64, tokens base64 of truncated HMAC-SHA256):

    n   list of salted name entries, one per plausible birth year (``s`` = keyed salt tag, "" = unsalted):
        f given-name filter, k nickname filter, l last-name filter, g variant-group tokens,
        i initial token, ls last-name skeleton token, lf full last name (with prefix) token, x the last name
        as a given-name filter (only with a given name; for name fields swapped on one side)
    nc  unsalted, hardened full-name CLK (given + last name bigrams); ni initial + last-name skeleton token
    y   year tokens of the plausible birth years; ye 1 if they come from an age guess
    yn  exact birth year +-1 (tokens; two sets meet iff the years are at most 2 apart)
    yw  age-guess years widened by two (tokens); yo the age-guess years widened by GUESS_WINDOW, in year order
        (a list, not sorted), yg that window (a constant); d0/d primary/all date interpretations, dw one-digit
        wildcards of the primary date (dates differing in one digit share one)
    bsn tel kt sx sc ci pc   BSN (11-proef only), phone, licence plate, gender, school, city, postcode
    ss  street skeleton, st street filter, ad/ads street+number(+suffix), pa/pas postcode+number(+suffix)
    bk  keyed blocking keys of the plaintext engine, grouped by kind
    """
    params = params or EncodingParams()
    nb = params.token_bytes

    def tok(purpose: str, value: str) -> str:
        return keys.token(purpose, value, nb)

    # Every token list is sorted, so that no list order (e.g. consecutive years) leaks through.
    enc: dict = {"v": FORMAT_VERSION, "h": params.hardening}
    given = rec.first_name or rec.nickname
    alt = [n for n in (*rec.first_names[1:2], rec.nickname) if n and n != given]
    initial = rec.first_initial if not given else None
    names = []
    if given or initial or rec.last_name_core or rec.name_groups:
        for year in _salt_years(rec, params):
            salt = "" if year is None else str(year)
            entry: dict = {"s": tok("salt", salt) if salt else ""}
            if given:
                entry["f"] = _name_filter(keys, params, "given", given, salt)
                entry["i"] = tok(f"initial:{salt}", given[0])
            elif initial:  # only an initial ("N. Koster")
                entry["i"] = tok(f"initial:{salt}", initial)
            if alt:
                entry["k"] = sorted(_name_filter(keys, params, "given", a, salt) for a in alt)
            if rec.last_name_core:
                entry["l"] = _name_filter(keys, params, "last", rec.last_name_core.replace(" ", ""), salt)
                entry["ls"] = tok(f"lastskel:{salt}", rec.last_name_skeleton or "")
                entry["lf"] = tok(f"lastfull:{salt}", rec.last_name or "")
                if given:  # the surname as a given-name filter: swapped name fields (see link.crossed)
                    entry["x"] = _name_filter(keys, params, "given", rec.last_name_core.replace(" ", ""), salt)
            if rec.name_groups:
                entry["g"] = sorted(tok(f"group:{salt}", g) for g in rec.name_groups)
            names.append(entry)
    if names:
        enc["n"] = sorted(names, key=lambda e: e["s"])  # sorted: list order must not reveal the year order
    # An unsalted name CLK (given name plus last name in one filter, as in Schnell et al. 2011) so that
    # names of two mentions that share no salt (one has no birth year) stay comparable, error tolerant.
    # Only built when both parts exist: a full-name filter is far less exposed to frequency analysis than
    # a filter of one name field.
    if rec.last_name_core and given:
        toks = {"l" + b for b in bigrams(rec.last_name_core.replace(" ", ""), params.q)}
        toks |= {"g" + b for b in bigrams(given, params.q)}
        f = bloom(keys.key("bf:fullname"), toks, params.name_bits * 2, params.name_k)
        hf, hbits = harden(f, params.name_bits * 2, params.hardening, keys.key("harden:fullname"))
        enc["nc"] = to_b64(hf, hbits)
    if rec.last_name_skeleton and rec.first_initial:
        enc["ni"] = tok("initial-last", f"{rec.first_initial}|{rec.last_name_skeleton}")

    if rec.birth_year_min is not None:
        lo, hi = rec.birth_year_min, rec.birth_year_max or rec.birth_year_min
        if hi - lo + 1 <= params.max_salt_years:
            enc["y"] = sorted(tok("year", str(y)) for y in range(lo, hi + 1))
            if rec.age_estimated:
                enc["yw"] = sorted(tok("year", str(y)) for y in range(lo - 2, hi + 3))
                # the guess's years widened by GUESS_WINDOW, in year order: the linkage unit reads how many
                # years an exact birth year lies outside a guess (it learns the order of these year tokens,
                # see docs/pprl.md) and so applies the run's own slack for rough guesses
                enc["yo"] = [tok("year", str(y)) for y in range(lo - GUESS_WINDOW, hi + GUESS_WINDOW + 1)]
                enc["yg"] = GUESS_WINDOW
            # the plausible years widened by five: two ranges more than five years apart never share one
            enc["yf"] = sorted(tok("year", str(y)) for y in range(lo - 5, hi + 6))
        enc["ye"] = 1 if rec.age_estimated else 0
    if rec.birth_date:
        y = int(rec.birth_date[:4])
        enc["yn"] = sorted(tok("year", str(v)) for v in (y - 1, y, y + 1))
        enc["d0"] = tok("dob", rec.birth_date)
        enc["d"] = sorted(tok("dob", d) for d in rec.birth_dates)
        digits = rec.birth_date.replace("-", "")
        enc["dw"] = sorted(tok("dobwild", digits[:i] + "*" + digits[i + 1 :]) for i in range(len(digits)))
    if rec.bsn:  # normalize_bsn returns None unless the 11-proef passes
        enc["bsn"] = tok("bsn", rec.bsn)
    if rec.phone:
        enc["tel"] = tok("phone", rec.phone)
    if rec.license_plate:
        enc["kt"] = tok("plate", rec.license_plate)
    if rec.gender:
        enc["sx"] = tok("gender", rec.gender)
    if rec.street:
        skel = name_skeleton(rec.street)
        enc["st"] = _hardened_filter(
            keys.key("bf:street"), keys.key("harden:street"), rec.street.replace(" ", ""), params.q,
            params.street_bits, params.street_k, params.hardening,
        )
        enc["ss"] = tok("street", skel)
        if rec.house_number:
            enc["ad"] = tok("addr", f"{skel}|{rec.house_number}")
            enc["ads"] = tok("addr", f"{skel}|{rec.house_number}|{rec.house_suffix}")
    if rec.postcode:
        enc["pc"] = tok("postcode", rec.postcode)
        if rec.house_number:
            enc["pa"] = tok("pcaddr", f"{rec.postcode}|{rec.house_number}")
            enc["pas"] = tok("pcaddr", f"{rec.postcode}|{rec.house_number}|{rec.house_suffix}")
    if rec.city:
        enc["ci"] = tok("city", rec.city)
    if rec.school:
        enc["sc"] = tok("school", rec.school)
    # Keyed blocking keys, grouped by kind (the part before the first ":" of the plaintext key, e.g. "s" =
    # name group + street). Sharing a kind is itself evidence the linker uses across salts.
    # The initial kinds (normalize.INITIAL_KEY_KINDS, "t"/"T": initial + street + town) pair only across
    # their two spellings, which keyed tokens cannot express: they are left out of the PPRL path.
    bk: dict[str, list[str]] = {}
    for b in blocking_keys(rec):
        if b[0] in INITIAL_KINDS:
            continue
        bk.setdefault(b.split(":", 1)[0], []).append(tok("block", b))
    if bk:
        enc["bk"] = {kind: sorted(v) for kind, v in sorted(bk.items())}
    return {"id": rec.id, "source": rec.source, "enc": enc}


def encode_record(
    raw: dict,
    keys: ProjectKeys,
    params: EncodingParams | None = None,
    reference_date: date | None = None,
) -> dict:
    """Normalise and encode one raw mention (CLI input format)."""
    return encode_normalized(normalize_record(raw, reference_date), keys, params)


def encode_records(
    raws: Iterable[dict],
    keys: ProjectKeys,
    params: EncodingParams | None = None,
    reference_date: date | None = None,
) -> Iterator[dict]:
    """Normalise and encode a data holder's mentions as one batch: before encoding, the holder's own file is
    read for what only a batch shows (the plaintext engine's passes, ``batch.learn_from_batch``): a BSN that
    several different people carry is no identifier and gets no token, a birth date that a system wrote as a
    default for many unrelated people is no birth date, swapped name fields are put right and towns are
    mended. These come from one system's habits, so one holder's file shows them."""
    from doortastend.linkage.batch import learn_from_batch  # numpy and the scoring model: only for a batch

    params = params or EncodingParams()
    recs, _ = learn_from_batch([normalize_record(raw, reference_date) for raw in raws], None)
    for rec in recs:
        yield encode_normalized(rec, keys, params)


def secret_fingerprint(keys: ProjectKeys) -> str:
    """A short public check value so data holders can verify they share a secret (not the secret itself)."""
    return hashlib.sha256(keys.key("fingerprint")).hexdigest()[:12]
