"""How much of the benchmark can be linked at all? An identifiability estimate for docs/linkage.md.

    .venv/bin/python bench/link_ceiling.py --persons 20000 --seed 1 [--profile moderate] [--age-tolerance 3]

For every generated mention, count the persons of the generated population whose TRUE values are compatible
with the mention under the generator's own noise model (a first name within one edit, its initial, or a
nickname the generator uses for it; a surname within one edit in any tussenvoegsel notation; a birth date
exact, day/month swapped or one digit off; a professional's age exact, a resident's age guess within
``--age-tolerance`` years; street, house number, postcode and town of the current OR the previous address;
phone, plate, school, gender equal). A mention with a correct BSN counts as identifiable.

A mention is *identifiable* when its own person is the only compatible one. The "oracle" puts every
identifiable mention of a person in one cluster and leaves the rest alone; its pairwise recall (precision 1)
is an optimistic ceiling for a linker: the oracle knows every person's true values, including addresses
that no other mention of the person shows (old addresses of movers) and nicknames outside any variant table.
It is not a strict bound: a linker may guess right among two or three compatible persons (an age guess nearer
one of them), which the oracle never does.

Analysis only; nothing here is used by the linker.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from rapidfuzz.distance import OSA  # noqa: E402

from linkgen import NICKNAMES, SOURCES_HOUSING, SOURCES_RES, generate  # noqa: E402


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if c.isalnum())


def within_one_edit(a: str, b: str) -> bool:
    """Damerau distance ≤ 1 (the generator's typos: deletion, transposition, substitution, doubling)."""
    return OSA.distance(a, b) <= 1


class Oracle:
    def __init__(self, people, reference: date, age_tolerance: int):
        self.ref = reference
        self.age_tolerance = age_tolerance
        self.first_names = sorted({p.first_name for p in people})
        self.by_first: dict[str, list] = defaultdict(list)
        for p in people:
            self.by_first[p.first_name].append(p)
        self.nick_of: dict[str, set[str]] = defaultdict(set)
        for name, nicks in NICKNAMES.items():
            for n in nicks:
                self.nick_of[fold(n)].add(name)
        self._names: dict[tuple[str, bool], set[str]] = {}

    def names(self, s: str, informal: bool) -> set[str]:
        key = (s, informal)
        if key not in self._names:
            f = fold(s)
            if s.endswith(".") and len(f) == 1:
                out = {x for x in self.first_names if fold(x)[0] == f}
            elif informal:
                out = {x for x in self.first_names if fold(x) == f}
            else:
                out = {x for x in self.first_names if within_one_edit(fold(x), f)}
            self._names[key] = out | self.nick_of.get(f, set())
        return self._names[key]

    def compatible(self, r: dict, p) -> bool:
        if "gender" in r and r["gender"] != p.gender:
            return False
        if "last_name" in r:
            f, core, pre = fold(r["last_name"]), fold(p.core), fold(p.prefix or "")
            forms = {core, pre + core, core + pre, "vd" + core}
            if not any(within_one_edit(x, f) or f.startswith(x) or f.endswith(x) for x in forms):
                return False
        if "birth_date" in r:
            s, b = r["birth_date"], p.birth.isoformat()
            if re.fullmatch(r"\d\d-\d\d-\d{4}", s):
                s = f"{s[6:]}-{s[3:5]}-{s[:2]}"
            swapped = f"{b[:4]}-{b[8:10]}-{b[5:7]}"
            if s not in (b, swapped) and not (
                len(s) == len(b) and sum(x != y for x, y in zip(s, b, strict=True)) == 1
            ):
                return False
        if "age_estimate" in r:
            tol = self.age_tolerance if r["source"] in SOURCES_RES else 0
            if abs(r["age_estimate"] - (self.ref - p.birth).days // 365) > tol:
                return False
        if "school" in r and r["school"] != p.school:
            return False
        if "phone" in r and (not p.phone or re.sub(r"\D", "", r["phone"])[-9:] != p.phone[-9:]):
            return False
        if "license_plate" in r and (not p.plate or fold(r["license_plate"]) != fold(p.plate)):
            return False
        for a in (p.address, p.old_address):
            if a is None:
                continue
            if "city" in r and r["city"] != a.city:
                continue
            if "street" in r and not within_one_edit(fold(r["street"]), fold(a.street)):
                continue
            if "house_number" in r and fold(r["house_number"]) != fold(f"{a.number}{a.suffix}"):
                continue
            if "postcode" in r and fold(r["postcode"]) != fold(a.postcode):
                continue
            return True
        return False

    def count(self, r: dict, p) -> int:
        """Number of compatible persons (the mention's own person always counted once)."""
        if r.get("bsn") and r["bsn"] == p.bsn:
            return 1
        informal = r["source"] in SOURCES_RES
        names: set[str] = set()
        for f in ("first_name", "nickname"):
            if r.get(f):
                names |= self.names(r[f], informal)
        names.add(p.first_name)  # noise outside the model (a typo in a nickname) still fits the person
        others = sum(1 for n in names for q in self.by_first[n] if q is not p and self.compatible(r, q))
        return 1 + others


def kind(source: str) -> str:
    if source in SOURCES_RES:
        return "resident"
    if source in SOURCES_HOUSING:
        return "housing"
    return "school" if source == "school" else "professional"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--persons", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", default="default")
    ap.add_argument("--age-tolerance", type=int, default=3, help="years, resident age guesses")
    args = ap.parse_args(argv)
    records, truth, people = generate(args.persons, seed=args.seed, profile=args.profile)
    by_id = {p.pid: p for p in people}
    oracle = Oracle(people, date.today(), args.age_tolerance)
    ks = [oracle.count(r, by_id[t]) for r, t in zip(records, truth, strict=True)]

    members: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(truth):
        members[t].append(i)
    true_pairs = sum(len(v) * (len(v) - 1) // 2 for v in members.values())
    linked = 0
    for v in members.values():
        c = sum(ks[i] == 1 for i in v)
        linked += c * (c - 1) // 2
    recall = linked / true_pairs
    print(
        f"{len(records):,} mentions of {args.persons:,} persons (profile {args.profile}, seed {args.seed}, "
        f"resident age guesses within {args.age_tolerance} years); {true_pairs:,} true pairs"
    )
    print(f"identifiable mentions: {sum(k == 1 for k in ks) / len(ks):.3f}")
    by_kind, ident = Counter(), Counter()
    for r, k in zip(records, ks, strict=True):
        by_kind[kind(r["source"])] += 1
        ident[kind(r["source"])] += k == 1
    for name in sorted(by_kind):
        print(f"  {name:<13} {by_kind[name]:>7,} mentions, identifiable {ident[name] / by_kind[name]:.3f}")
    print("compatible persons per mention:", dict(sorted(Counter(min(k, 10) for k in ks).items())))
    print(f"oracle: pairwise recall {recall:.4f}, F1 {2 * recall / (1 + recall):.4f} at precision 1")
    print(f"        F1 {2 * 0.97 * recall / (0.97 + recall):.4f} with the same recall at precision 0.97")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
