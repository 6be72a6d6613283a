"""Why did a linker miss or wrongly join pairs on the Faker benchmark?

    .venv/bin/python bench/linkgen_faker/run.py --keep /tmp/fk1
    .venv/bin/python bench/linkgen_faker/analyse.py --keep /tmp/fk1 [--system project|splink] [--examples 20]

Reads mentions.jsonl, truth.json, side.json and the predictions from the --keep directory.  Missed pairs
(same person, different clusters) are broken down by primary cause (the noise the generator recorded on
either mention, in a fixed priority order), by which fields differ and how, by source pair, by channel pair
and by community.  False pairs (different persons, one cluster) are broken down by the relation of the two
persons (twin, sibling, parent/child, junior, partner, housemate, namesake elsewhere, unrelated), by the
fields they share and by source pair.  Prints examples of the largest groups.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

FIELDS = ["bsn", "first_name", "nickname", "last_name", "birth_date", "age_estimate", "street", "house_number",
          "postcode", "city", "phone", "license_plate", "school"]
# the first tag found on either mention is the pair's primary cause
PRIORITY = [
    "cyrillic", "parent_bsn", "typo:bsn", "swap_names", "nickname", "translit_variant", "male_surname_form",
    "married_name", "married_double_name", "initials", "arabic_particle", "ear:last_name", "ear:first_name",
    "truncated", "prefix_contracted", "prefix_after", "prefix_dropped", "roepnaam", "all_given_names",
    "typo:last_name", "typo:first_name", "date:year_off", "date:said_swapped", "excel:date_swap",
    "typo:birth_date", "unknown_date_convention", "stale_address", "number_in_street", "typo:street",
    "excel:bsn_zero", "excel:phone_zero", "parent_phone", "typo:phone", "wrong_gender",
]
# formatting-only tags: the cause only when nothing above applies and neither mention is hearsay
FORMAT_ONLY = ["mojibake", "ascii_fold", "upper", "lower"]


def norm(v) -> str:
    if v is None:
        return ""
    s = unicodedata.normalize("NFKD", str(v).lower())
    return re.sub(r"[^a-z0-9\u0400-\u04ff]", "", "".join(c for c in s if not unicodedata.combining(c)))


def edit_distance(a: str, b: str) -> int:
    if abs(len(a) - len(b)) > 3:
        return 9
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def field_diff(a: dict, b: dict, f: str) -> str:
    va, vb = a.get(f), b.get(f)
    if va in (None, "") and vb in (None, ""):
        return "none"
    if va in (None, "") or vb in (None, ""):
        return "one"
    if va == vb:
        return "same"
    na, nb = norm(va), norm(vb)
    if na == nb:
        return "format"
    if f == "bsn" and (na.lstrip("0") == nb.lstrip("0")):
        return "format"
    if f in ("first_name", "last_name", "nickname") and (na in nb or nb in na):
        return "part"
    d = edit_distance(na, nb)
    return "edit1" if d == 1 else "edit2" if d == 2 else "diff"


def signature(a: dict, b: dict) -> str:
    parts = []
    for f in FIELDS:
        d = field_diff(a, b, f)
        if d not in ("none", "one"):
            parts.append(f"{f}={d}")
    return " ".join(parts) or "(no field in both)"


def primary_cause(sa: dict, sb: dict) -> str:
    tags = set(sa["noise"]) | set(sb["noise"])
    for t in PRIORITY:
        if t in tags:
            return t
    if "hearsay" in (sa["channel"], sb["channel"]):
        return "hearsay (no name noise: sparse fields)"
    for t in FORMAT_ONLY:
        if t in tags:
            return t
    return "no recorded noise"


def relation(pa: str, pb: str, persons: dict) -> str:
    a, b = persons[pa], persons[pb]
    if a["twin"] == pb:
        return "twin"
    if a["junior_of"] == pb or b["junior_of"] == pa:
        return "father/son same name"
    if a["household"] == b["household"]:
        if pa in b["parents"] or pb in a["parents"]:
            return "parent/child"
        if a["role"] == b["role"] == "child":
            return "sibling"
        if {a["role"], b["role"]} == {"father", "mother"}:
            return "partner"
        return "housemate"
    if norm(a["surname"]) == norm(b["surname"]) and norm(a["roep"]) == norm(b["roep"]):
        return "namesake (other household)"
    if norm(a["surname"]) == norm(b["surname"]):
        return "same surname (other household)"
    if norm(a["roep"]) == norm(b["roep"]):
        return "same first name (other household)"
    return "unrelated"


def show(m: dict) -> str:
    return json.dumps({k: v for k, v in m.items() if v is not None and k != "id"}, ensure_ascii=False)


def spread(pairs: list, truth: dict, n: int) -> list:
    """At most one example pair per person (or person pair), so one busy person does not fill the list."""
    seen, out = set(), []
    for a, b in pairs:
        key = tuple(sorted((truth[a], truth[b])))
        if key not in seen:
            seen.add(key)
            out.append((a, b))
            if len(out) == n:
                break
    return out


def table(title: str, counter: Counter, total: int, top: int = 15) -> None:
    print(f"\n{title}")
    for k, n in counter.most_common(top):
        print(f"  {n:>8} {100 * n / max(total, 1):5.1f}%  {k}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--keep", required=True)
    ap.add_argument("--system", default="project", choices=["project", "splink"])
    ap.add_argument("--examples", type=int, default=20)
    ap.add_argument("--groups", type=int, default=3, help="how many of the largest groups get examples")
    args = ap.parse_args(argv)
    keep = Path(args.keep)
    ments = {}
    for line in (keep / "mentions.jsonl").read_text("utf-8").splitlines():
        m = json.loads(line)
        ments[m["id"]] = m
    truth = json.loads((keep / "truth.json").read_text("utf-8"))
    side = json.loads((keep / "side.json").read_text("utf-8"))
    sm, persons = side["mentions"], side["persons"]
    if args.system == "project":
        pred = {}
        for line in (keep / "pred_project.jsonl").read_text("utf-8").splitlines():
            o = json.loads(line)
            pred[o["id"]] = o["cluster"]
    else:
        pred = json.loads((keep / "pred_splink.json").read_text("utf-8"))
    for m in truth:
        pred.setdefault(m, "missing:" + m)

    by_person, by_cluster = defaultdict(list), defaultdict(list)
    for m, p in truth.items():
        by_person[p].append(m)
        by_cluster[pred[m]].append(m)

    # ---- missed pairs
    missed = []
    for ms in by_person.values():
        for a, b in combinations(sorted(ms), 2):
            if pred[a] != pred[b]:
                missed.append((a, b))
    # ---- false pairs
    false = []
    for ms in by_cluster.values():
        for a, b in combinations(sorted(ms), 2):
            if truth[a] != truth[b]:
                false.append((a, b))
    true_pairs = sum(len(v) * (len(v) - 1) // 2 for v in by_person.values())
    print(f"system {args.system}: {len(ments)} mentions, {true_pairs} true pairs, "
          f"{len(missed)} missed pairs, {len(false)} false pairs")

    groups: dict[str, list] = defaultdict(list)
    c_cause, c_src, c_chan, c_comm, c_sig = Counter(), Counter(), Counter(), Counter(), Counter()
    for a, b in missed:
        sa, sb = sm[a], sm[b]
        cause = primary_cause(sa, sb)
        groups[cause].append((a, b))
        c_cause[cause] += 1
        c_src[" + ".join(sorted((sa["source"], sb["source"])))] += 1
        c_chan[" + ".join(sorted((sa["channel"], sb["channel"])))] += 1
        c_comm[persons[truth[a]]["community"]] += 1
        c_sig[signature(ments[a], ments[b])] += 1
    print("\n=== MISSED PAIRS (same person, different clusters) ===")
    table("by primary cause (first recorded noise tag on either mention)", c_cause, len(missed), 25)
    table("by fields present on both and how they differ", c_sig, len(missed))
    table("by source pair", c_src, len(missed))
    table("by channel pair", c_chan, len(missed))
    table("by community", c_comm, len(missed))
    for cause, _n in c_cause.most_common(args.groups):
        print(f"\n--- missed, {cause}: {args.examples} examples")
        for a, b in spread(groups[cause], truth, args.examples):
            print(f"  [{sm[a]['channel']}; {','.join(sm[a]['noise'])}] {show(ments[a])}")
            print(f"  [{sm[b]['channel']}; {','.join(sm[b]['noise'])}] {show(ments[b])}")
            print()

    fgroups: dict[str, list] = defaultdict(list)
    f_rel, f_src, f_sig, f_comm = Counter(), Counter(), Counter(), Counter()
    for a, b in false:
        rel = relation(truth[a], truth[b], persons)
        fgroups[rel].append((a, b))
        f_rel[rel] += 1
        f_src[" + ".join(sorted((sm[a]["source"], sm[b]["source"])))] += 1
        f_sig[signature(ments[a], ments[b])] += 1
        f_comm[" + ".join(sorted((persons[truth[a]]["community"], persons[truth[b]]["community"])))] += 1
    print("\n=== FALSE PAIRS (different persons, one cluster) ===")
    table("by relation of the two persons", f_rel, len(false))
    table("by fields present on both and how they differ", f_sig, len(false))
    table("by source pair", f_src, len(false))
    table("by community pair", f_comm, len(false))
    for rel, _n in f_rel.most_common(args.groups):
        print(f"\n--- false, {rel}: {args.examples} examples")
        for a, b in spread(fgroups[rel], truth, args.examples):
            print(f"  [{truth[a]} {sm[a]['channel']}; {','.join(sm[a]['noise'])}] {show(ments[a])}")
            print(f"  [{truth[b]} {sm[b]['channel']}; {','.join(sm[b]['noise'])}] {show(ments[b])}")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
