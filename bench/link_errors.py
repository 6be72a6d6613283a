"""Error analysis of the batch linker on the synthetic benchmark (used for docs/linkage.md).

    .venv/bin/python bench/link_errors.py --persons 20000 --seed 1 [--profile moderate]

Prints precision/recall, the missed true pairs classified by their direct link (not blocked, hard
conflict, weight band, above the threshold but refused by the guard), the false pairs by the true
relation of the two persons (household, junior, twin, namesake), and the most frequent comparison-level
combinations of each class. Classification only; it does not tune anything.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402

from doortastend.linkage.batch import deduplicate, normalize_many, prior_shift  # noqa: E402
from doortastend.linkage.matcher import AUTO_LINK_THRESHOLD  # noqa: E402
from doortastend.linkage.scoring import COMPARISONS, Model, compare  # noqa: E402
from linkgen import generate  # noqa: E402

LEVELS = [[label for label, _ in levels] for _, levels in COMPARISONS]


def combo(recs, i: int, j: int) -> tuple[str, ...]:
    v = compare(recs[i], recs[j])
    return tuple(f"{COMPARISONS[f][0]}={LEVELS[f][lvl]}" for f, lvl in enumerate(v) if lvl)


def relation(pa, pb) -> str:
    if pa.address == pb.address:
        if "twin" in pa.tags and "twin" in pb.tags and pa.birth == pb.birth:
            return "twin"
        if pa.first_name == pb.first_name:
            return "household, same first name (junior)"
        if pa.first_name[0] == pb.first_name[0]:
            return "household, same initial"
        return "household, other"
    if pa.first_name == pb.first_name:
        if (pa.address.street, pa.address.city) == (pb.address.street, pb.address.city):
            return "namesake, same street"
        return "namesake, same town" if pa.address.city == pb.address.city else "namesake, elsewhere"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--persons", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", default="default")
    ap.add_argument("--top", type=int, default=8)
    args = ap.parse_args(argv)

    records, truth, people = generate(args.persons, seed=args.seed, profile=args.profile)
    recs, keys = normalize_many([(r["id"], r) for r in records])
    model = Model.load()
    res = deduplicate(normalized=recs, model=model, keys=keys)
    recs = res.records  # with the towns the batch inferred (batch.infer_towns)
    roots = res.roots
    p = AUTO_LINK_THRESHOLD
    tw = float(np.log2(p / (1 - p))) + prior_shift(model, len(recs), res.weights)
    weight = {(int(a), int(b)): float(w) for (a, b), w in zip(res.pairs, res.weights, strict=True)}

    both = Counter(zip(roots, truth, strict=True))
    tp = sum(k * (k - 1) // 2 for k in both.values())
    pp = sum(k * (k - 1) // 2 for k in Counter(roots).values())
    tt = sum(k * (k - 1) // 2 for k in Counter(truth).values())
    prec, rec = tp / max(pp, 1), tp / max(tt, 1)
    print(
        f"{len(recs)} mentions, threshold weight {tw:.2f}: P {prec:.4f} R {rec:.4f} "
        f"F1 {2 * prec * rec / (prec + rec):.4f} ({tt} true pairs, {tt - tp} missed, {pp - tp} false)"
    )

    by_person: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(truth):
        by_person[t].append(i)
    missed: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for members in by_person.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if roots[i] == roots[j]:
                    continue
                w = weight.get((min(i, j), max(i, j)))
                if w is None:
                    c = "not blocked"
                elif w <= -90:
                    c = "hard conflict"
                elif w >= tw:
                    c = "above threshold, not merged (guard/ambiguity)"
                elif w >= tw - 3:
                    c = "review band, top 3 bits"
                elif w >= 0:
                    c = "weight 0 .. threshold-3"
                else:
                    c = "weight < 0"
                missed[c].append((i, j))
    print("\nmissed true pairs by their direct link:")
    for c, ex in sorted(missed.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(ex):7d}  {c}")
        for k, n in Counter(combo(recs, i, j) for i, j in ex).most_common(args.top):
            print(f"           {n:6d} {', '.join(k)}")

    person = {p.pid: p for p in people}
    by_cluster: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(roots):
        by_cluster[r].append(i)
    false: dict[str, Counter] = defaultdict(Counter)
    for members in by_cluster.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if truth[i] != truth[j]:
                    false[relation(person[truth[i]], person[truth[j]])][combo(recs, i, j)] += 1
    print("\nfalse pairs by the relation of the two persons:")
    for rel, c in sorted(false.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {sum(c.values()):7d}  {rel}")
        for k, n in c.most_common(args.top):
            print(f"           {n:6d} {', '.join(k)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
