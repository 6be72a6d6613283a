"""Where does a linker fail on the newcomers benchmark?  Missed and false pairs broken down by side steps.

    .venv/bin/python bench/linkgen_newcomers/analyse.py --dir /tmp/keep/nc1 --pred /tmp/keep/nc1/pred_project.jsonl

--dir is a directory written by run.py --keep (mentions.jsonl, truth.json, side.json); --pred is JSON Lines of
{"id", "cluster"} or a JSON object id -> cluster (pred_splink.json).  Mentions without a prediction count as
singletons.

Missed pairs (one person, two predicted clusters) are counted per reason: each step applied to either mention
(``step:translit:first``, ``step:placeholder_dob`` ...), the person's community, and whether the residence,
the BSN presence or the name as written differ; with the miss rate among all true pairs with that reason.
False pairs (two persons, one predicted cluster) are classified by relation: same household, same address
at any time (hub / flex house / shared dwelling), same phone, same written full name, same community, other;
plus the steps on the falsely joined mentions and the largest impure clusters.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path


def _load_pred(path: Path) -> dict[str, str]:
    text = path.read_text("utf-8")
    if path.suffix == ".json":
        return {k: str(v) for k, v in json.loads(text).items()}
    out = {}
    for line in text.splitlines():
        if line.strip():
            r = json.loads(line)
            out[str(r["id"])] = str(r["cluster"])
    return out


def _pair_reasons(a: dict, b: dict, sa: dict, sb: dict, persons: dict) -> set[str]:
    reasons = {"step:" + s for s in sa["steps"]} | {"step:" + s for s in sb["steps"]}
    reasons.add("community:" + persons[sa["person"]]["community"])
    reasons.add("sources:" + "+".join(sorted((a["source"], b["source"]))))
    if (a.get("street"), a.get("house_number")) != (b.get("street"), b.get("house_number")):
        reasons.add("address_differs")
    if bool(a.get("bsn")) + bool(b.get("bsn")) < 2:
        reasons.add("bsn_not_in_both")
    if (a.get("first_name"), a.get("last_name")) != (b.get("first_name"), b.get("last_name")):
        reasons.add("name_differs")
    if a.get("birth_date") is None or b.get("birth_date") is None:
        reasons.add("dob_missing")
    elif a["birth_date"] != b["birth_date"]:
        reasons.add("dob_differs")
    return reasons


def _relation(pa: dict, pb: dict, a: dict, b: dict, addrs: list) -> str:
    if pa["household"] == pb["household"]:
        return "same_household"
    addr_a = {addrs[x[1]].get("hub", x[1]) for x in pa["residences"]}  # units of a centre count as the centre
    addr_b = {addrs[x[1]].get("hub", x[1]) for x in pb["residences"]}
    if addr_a & addr_b:
        kinds = {x[2] for x in pa["residences"] if addrs[x[1]].get("hub", x[1]) in addr_b}
        return "shared_address:" + sorted(kinds)[0].split(":")[0]
    if {p for _d, p in pa["phones"]} & {p for _d, p in pb["phones"]}:
        return "shared_phone"
    if a.get("first_name") and (a.get("first_name"), a.get("last_name")) == (b.get("first_name"), b.get("last_name")):
        return "same_written_name"
    if pa["community"] == pb["community"]:
        return "same_community"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)
    d = Path(args.dir)
    recs = {}
    for line in (d / "mentions.jsonl").read_text("utf-8").splitlines():
        r = json.loads(line)
        recs[r["id"]] = r
    truth = json.loads((d / "truth.json").read_text("utf-8"))
    side = json.loads((d / "side.json").read_text("utf-8"))
    sm, persons = side["mentions"], side["persons"]
    pred = _load_pred(Path(args.pred))
    for i in truth:
        pred.setdefault(i, "single:" + i)

    by_person = defaultdict(list)
    for i, p in truth.items():
        by_person[p].append(i)
    total, missed = Counter(), Counter()
    n_true = n_missed = 0
    for ids in by_person.values():
        for x, y in combinations(ids, 2):
            rs = _pair_reasons(recs[x], recs[y], sm[x], sm[y], persons)
            n_true += 1
            hit = pred[x] == pred[y]
            for r in rs:
                total[r] += 1
                if not hit:
                    missed[r] += 1
            n_missed += not hit
    print(f"true pairs {n_true}, missed {n_missed} ({n_missed / max(n_true, 1):.1%})")
    print(f"{'reason':<48}{'missed':>8}{'share':>8}{'miss rate':>11}")
    for r, c in missed.most_common(args.top):
        print(f"{r:<48}{c:>8}{c / max(n_missed, 1):>8.1%}{c / total[r]:>11.1%}")

    by_cluster = defaultdict(list)
    for i, c in pred.items():
        by_cluster[c].append(i)
    rel, steps = Counter(), Counter()
    n_false = 0
    impure = []
    for c, ids in by_cluster.items():
        people = Counter(truth[i] for i in ids)
        if len(people) > 1:
            impure.append((len(ids), len(people), c))
        if len(ids) > 400:  # count a giant cluster's pairs by sampling relation classes over persons
            pass
        for x, y in combinations(ids, 2) if len(ids) <= 400 else []:
            if truth[x] == truth[y]:
                continue
            n_false += 1
            rel[_relation(persons[truth[x]], persons[truth[y]], recs[x], recs[y], side["addresses"])] += 1
            for s in set(sm[x]["steps"]) | set(sm[y]["steps"]):
                steps[s] += 1
    print(f"\nfalse pairs in clusters of <= 400 mentions: {n_false}")
    for r, c in rel.most_common():
        print(f"  {r:<40}{c:>8}{c / max(n_false, 1):>8.1%}")
    print("steps on falsely joined mentions:")
    for s, c in steps.most_common(args.top):
        print(f"  {s:<40}{c:>8}")
    print("largest impure clusters (mentions, persons, cluster):")
    for n, k, c in sorted(impure, reverse=True)[:10]:
        comm = Counter(persons[truth[i]]["community"] for i in by_cluster[c]).most_common(3)
        print(f"  {n:>6} {k:>6}  {c}  {comm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
