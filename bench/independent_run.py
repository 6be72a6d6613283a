"""The runner shared by the independent benchmarks (bench/linkgen_scenario, bench/linkgen_faker,
bench/linkgen_evalstyle): generate, then BSN-only, plain Splink and the project's CLI side by side, in one table.

Each benchmark's run.py calls :func:`main` with its name and its ``generate_detailed`` / ``Knobs``; the
generators themselves stay independent of each other and of the project (see their docstrings).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from link_bench import baseline_rows, pairwise_scores, run_cli  # noqa: E402


def main(
    name: str,
    description: str,
    generate_detailed: Callable,
    knobs: type,
    argv: list[str] | None = None,
    keep_side: Callable[[Path, object], None] | None = None,
) -> int:
    """``generate_detailed(persons, seed, knobs) -> (records, truth, side)``; ``keep_side(dir, side)`` writes
    the generator's side data next to mentions.jsonl and truth.json for ``--keep``."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--persons", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip-splink", action="store_true")
    ap.add_argument("--skip-project", action="store_true")
    ap.add_argument("--keep", help="directory for mentions, truth and predictions")
    ap.add_argument("--knobs", default="{}", help='JSON overrides of Knobs, e.g. {"bsn": 0.8}')
    ap.add_argument(
        "--src", default=str(ROOT / "src"), help="source tree of the linker to run (default: this one)"
    )
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    records, truth, side = generate_detailed(args.persons, args.seed, knobs(**json.loads(args.knobs)))
    gen_s = time.perf_counter() - t0
    n_persons = len(set(truth.values()))
    print(
        f"{name} benchmark: {len(records)} mentions of {n_persons} persons (seed {args.seed}, "
        f"generated in {gen_s:.1f}s)"
    )

    keep = Path(args.keep) if args.keep else None
    tmp = tempfile.TemporaryDirectory()
    work = keep or Path(tmp.name)
    work.mkdir(parents=True, exist_ok=True)
    inp = work / "mentions.jsonl"
    inp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    if keep:
        (keep / "truth.json").write_text(json.dumps(truth), "utf-8")
        if keep_side is not None:
            keep_side(keep, side)

    rows, pred = baseline_rows(records, truth, splink=not args.skip_splink)
    if keep and pred is not None:
        (keep / "pred_splink.json").write_text(json.dumps(pred), "utf-8")
    if not args.skip_project:
        pred, secs, log = run_cli(inp, work / "pred_project.jsonl", Path(args.src))
        missing = set(truth) - set(pred)
        if missing:
            print(f"CLI returned no cluster for {len(missing)} mentions; counted as singletons")
            for m in missing:
                pred[m] = "missing:" + m
        rows.append(("doortastend link", pairwise_scores(pred, truth), secs))
        if log:
            print(log)

    s0 = rows[0][1]
    print(f"true pairs: {s0['true_pairs']}")
    print(f"{'system':<18}{'precision':>10}{'recall':>9}{'F1':>8}{'pairs':>10}{'seconds':>9}")
    for system, s, secs in rows:
        print(
            f"{system:<18}{s['precision']:>10.3f}{s['recall']:>9.3f}{s['f1']:>8.3f}"
            f"{s['predicted_pairs']:>10}{secs:>9.1f}"
        )
    tmp.cleanup()
    return 0
