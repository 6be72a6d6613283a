"""Run the Febrl/GeCo-style benchmark: generate, then BSN-only, plain Splink and `doortastend link`.

    .venv/bin/python bench/linkgen_febrl/run.py [--persons 20000] [--seed 1] [--skip-splink]
                                                [--skip-project] [--keep DIR]

Prints one table of pairwise precision / recall / F1 and wall time.  --keep DIR writes records.jsonl,
truth.json and ours.jsonl (the CLI's output) there for error analysis, also with --skip-project.
--skip-ours is the older name of --skip-project (the other runners' name).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from link_bench import run_cli  # noqa: E402
from linkgen_febrl import generate, write_jsonl  # noqa: E402


def run_ours(records: list[dict], workdir: Path) -> tuple[dict[str, str], float]:
    inp, out = workdir / "records.jsonl", workdir / "ours.jsonl"
    if not inp.exists():
        write_jsonl(records, str(inp))
    try:
        pred, secs, _ = run_cli(inp, out)
    except RuntimeError as exc:
        raise SystemExit(f"doortastend link failed: {exc}") from exc
    missing = [r["id"] for r in records if r["id"] not in pred]
    if missing:
        print(f"WARNING: the CLI gave no output line for {len(missing)} ids, e.g. {missing[:5]}")
    return pred, secs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--persons", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip-splink", action="store_true")
    ap.add_argument("--skip-project", "--skip-ours", dest="skip_project", action="store_true")
    ap.add_argument("--keep", help="directory for records.jsonl, truth.json and ours.jsonl")
    args = ap.parse_args(argv)

    from link_bench import baseline_rows, pairwise_scores

    t0 = time.perf_counter()
    records, truth = generate(args.persons, args.seed)
    print(
        f"generated {len(records)} mentions of {len(set(truth.values()))} persons "
        f"in {time.perf_counter() - t0:.1f}s (seed {args.seed})"
    )
    if args.keep:
        keep = Path(args.keep)
        keep.mkdir(parents=True, exist_ok=True)
        write_jsonl(records, str(keep / "records.jsonl"))
        (keep / "truth.json").write_text(json.dumps(truth), "utf-8")
    rows, _ = baseline_rows(records, truth, splink=not args.skip_splink)
    if not args.skip_project:
        with tempfile.TemporaryDirectory() as tmp:
            pred, secs = run_ours(records, Path(args.keep) if args.keep else Path(tmp))
            rows.append(("doortastend link", pairwise_scores(pred, truth), secs))
    print(f"{'method':<18} {'precision':>9} {'recall':>7} {'F1':>7} {'seconds':>8}")
    for name, s, secs in rows:
        print(f"{name:<18} {s['precision']:>9.4f} {s['recall']:>7.4f} {s['f1']:>7.4f} {secs:>8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
