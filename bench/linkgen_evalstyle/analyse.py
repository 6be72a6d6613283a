"""Error analysis of `doortastend link` on the eval-style benchmark: which noise steps and sources the mentions
split from their person carry, against all mentions of persons with two or more.

    .venv/bin/python bench/linkgen_evalstyle/run.py --persons 20000 --seed 1 --skip-splink --keep /tmp/evalstyle1
    .venv/bin/python bench/linkgen_evalstyle/analyse.py /tmp/evalstyle1 [--pred FILE] [--show STEP]

Prints, per tag (noise step, ``src:`` source, ``has:`` filled field), the split-off mentions, all mentions
and the lift; with ``--show STEP`` six split-off mentions whose noise steps start with STEP, next to two
mentions of the cluster that holds most of their person.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--pred", help="the CLI's output (default: DIR/pred_project.jsonl)")
    ap.add_argument("--show", help="print examples of split-off mentions with this noise step (prefix)")
    ap.add_argument("--min", type=int, default=15, help="least split-off mentions for a tag to be listed")
    args = ap.parse_args(argv)
    d = Path(args.dir)
    truth = json.loads((d / "truth.json").read_text("utf-8"))
    side = json.loads((d / "side.json").read_text("utf-8"))
    recs = {}
    for line in (d / "mentions.jsonl").read_text("utf-8").splitlines():
        o = json.loads(line)
        recs[o["id"]] = o
    pred = {}
    for line in Path(args.pred or d / "pred_project.jsonl").read_text("utf-8").splitlines():
        o = json.loads(line)
        pred[o["id"]] = o["cluster"]

    by_person: dict[str, list[str]] = defaultdict(list)
    for i, p in truth.items():
        by_person[p].append(i)
    main_cluster = {p: Counter(pred[i] for i in ids).most_common(1)[0][0] for p, ids in by_person.items()}
    several = [i for ids in by_person.values() if len(ids) > 1 for i in ids]
    split = [i for i in several if pred[i] != main_cluster[truth[i]]]

    def tags(i: str) -> set[str]:
        m = side["mentions"][i]
        return set(m["noise"]) | {"src:" + m["source"]} | {"has:" + k for k, v in recs[i].items() if v not in (None, "")}

    every = Counter(t for i in several for t in tags(i))
    apart = Counter(t for i in split for t in tags(i))
    print(f"{len(split)} of {len(several)} mentions of persons with 2+ mentions are split from their person")
    print(f"{'tag':<40}{'split':>7}{'all':>7}{'lift':>7}")
    rows = [((apart[t] / len(split)) / (every[t] / len(several)), t) for t in apart if apart[t] >= args.min]
    for lift, t in sorted(rows, reverse=True):
        print(f"{t:<40}{apart[t]:>7}{every[t]:>7}{lift:>7.2f}")
    if args.show:
        chosen = [i for i in split if any(s.startswith(args.show) for s in side["mentions"][i]["noise"])]
        for i in random.Random(1).sample(chosen, min(6, len(chosen))):
            print("\n===", side["mentions"][i]["noise"])
            print("   ", recs[i])
            main_ids = [j for j in by_person[truth[i]] if pred[j] == main_cluster[truth[i]]]
            for j in main_ids[:2]:
                print("    main:", recs[j])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
