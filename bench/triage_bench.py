"""Triage benchmark: quality on the held-out split (and the extra dev set), load time and throughput.

    .venv/bin/python bench/triage_bench.py [--dev-only] [--errors N]

Held-out = corpus items with sha1(id) % 5 == 0 (never used for training or tuning). Targets: macro-F1
>= 0.90, acuut recall >= 0.97, urgency accuracy >= 0.80, none-for-none >= 90 %, >= 2000 signals/s on
one core, load <= 2 s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from doortastend.triage.codes import PHENOMENA, URGENCIES  # noqa: E402
from doortastend.triage.dataset import DEV_EXTRA_PATH, load_corpus, read_jsonl, split  # noqa: E402
from doortastend.triage.engine import MODEL_PATH  # noqa: E402

SECOND_ANNOTATOR_PATH = DEV_EXTRA_PATH.parent / "agreement" / "second_annotator.jsonl"


def f1(tp: int, fp: int, fn: int) -> float:
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def evaluate(engine, rows: list[dict], title: str, show_errors: int = 0, preds=None) -> dict:
    """Print the quality figures of ``preds`` (default: the engine's results) against the gold labels."""
    if preds is None:
        preds = [engine.triage(r["text"], r.get("reporter_role")) for r in rows]
    print(f"\n== {title}: {len(rows)} signals")
    per = {}
    print(f"  {'phenomenon':24s} {'F1':>6s} {'P':>6s} {'R':>6s} {'support':>8s}")
    for p in PHENOMENA:
        tp = sum(1 for r, x in zip(rows, preds, strict=True) if p in r["phenomena"] and p in x.phenomena)
        fp = sum(1 for r, x in zip(rows, preds, strict=True) if p not in r["phenomena"] and p in x.phenomena)
        fn = sum(1 for r, x in zip(rows, preds, strict=True) if p in r["phenomena"] and p not in x.phenomena)
        support = tp + fn
        per[p] = f1(tp, fp, fn)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / support if support else 0.0
        print(f"  {p:24s} {per[p]:6.3f} {prec:6.3f} {rec:6.3f} {support:8d}")
    with_support = [p for p in PHENOMENA if any(p in r["phenomena"] for r in rows)]
    macro = sum(per[p] for p in with_support) / max(1, len(with_support))
    acc = sum(1 for r, x in zip(rows, preds, strict=True) if r["urgency"] == x.urgency) / max(1, len(rows))
    acute = [(r, x) for r, x in zip(rows, preds, strict=True) if r["urgency"] == "acuut"]
    acute_recall = sum(1 for r, x in acute if x.urgency == "acuut") / max(1, len(acute))
    pred_acute = [(r, x) for r, x in zip(rows, preds, strict=True) if x.urgency == "acuut"]
    acute_prec = sum(1 for r, x in pred_acute if r["urgency"] == "acuut") / max(1, len(pred_acute))
    none = [(r, x) for r, x in zip(rows, preds, strict=True) if not r["phenomena"]]
    none_ok = sum(1 for r, x in none if not x.phenomena) / max(1, len(none))
    print(f"  macro-F1 over phenomena (with support): {macro:.3f}   (target >= 0.90)")
    print(f"  urgency exact accuracy:                 {acc:.3f}   (target >= 0.80)")
    print(f"  recall of acuut:                        {acute_recall:.3f}   ({len(acute)} acute; "
          f"precision {acute_prec:.3f}; target recall >= 0.97)")
    print(f"  no-phenomenon texts that got none:      {none_ok:.3f}   ({len(none)} texts; target >= 0.90)")
    confusion = {(a, b): 0 for a in URGENCIES for b in URGENCIES}
    for r, x in zip(rows, preds, strict=True):
        confusion[(r["urgency"], x.urgency)] += 1
    print("  urgency confusion (rows = gold, cols = predicted):")
    print("    " + " ".join(f"{u:>9s}" for u in ("", *URGENCIES)))
    for a in URGENCIES:
        print("    " + f"{a:>9s} " + " ".join(f"{confusion[(a, b)]:9d}" for b in URGENCIES))
    if show_errors:
        shown = 0
        for r, x in zip(rows, preds, strict=True):
            if set(r["phenomena"]) != set(x.phenomena) or (r["urgency"] == "acuut") != (x.urgency == "acuut"):
                print(f"  - {r['id']} gold {r['phenomena']} {r['urgency']} | got {x.phenomena} {x.urgency}"
                      f" | {r['text'][:140]!r}")
                shown += 1
                if shown >= show_errors:
                    break
    return {"macro_f1": macro, "urgency_accuracy": acc, "acute_recall": acute_recall, "none_for_none": none_ok}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Triage benchmark")
    ap.add_argument("--dev-only", action="store_true", help="only the extra dev set")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misclassified items per set")
    ap.add_argument("--model", type=Path, default=MODEL_PATH, help="model artifact (default: the shipped one)")
    ap.add_argument("--no-speed", action="store_true", help="skip the throughput measurement")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    from doortastend.triage.engine import TriageEngine

    engine = TriageEngine.load(model_path=args.model)
    engine.triage("warm-up: ze heeft haar paspoort niet.")  # include lazy dictionary loading
    load_s = time.perf_counter() - t0
    print(f"model load (import + catalogue + model + lemma dictionary): {load_s:.2f} s   (target <= 2 s)")
    if engine.model is None:
        print("WARNING: no trained model found; run python -m doortastend.triage.train (rules only)")

    rows = load_corpus()
    train, held = split(rows)
    print(f"corpus: {len(rows)} labelled signals, train {len(train)}, held-out {len(held)}")
    if not args.dev_only:
        evaluate(engine, held, "held-out split", args.errors)
    if not args.dev_only and SECOND_ANNOTATOR_PATH.exists():
        # a second annotator labelled a sample of held-out items blind (text + label guide only): how far a
        # careful human reader agrees with the gold labels, next to the engine on the same items
        gold = {r["id"]: r for r in held}
        second = [x for x in read_jsonl(SECOND_ANNOTATOR_PATH, field="urgency") if x["id"] in gold]
        if second:
            sample = [gold[x["id"]] for x in second]
            humans = [SimpleNamespace(phenomena=x["phenomena"], urgency=x["urgency"]) for x in second]
            evaluate(engine, sample, "second annotator (blind) vs gold, held-out sample", preds=humans)
            evaluate(engine, sample, "engine vs gold, same held-out sample")
    if DEV_EXTRA_PATH.exists():
        evaluate(engine, read_jsonl(DEV_EXTRA_PATH), f"extra dev set ({DEV_EXTRA_PATH.name}, own words)",
                 args.errors)

    if args.no_speed:
        return 0
    # throughput, one process: a fresh engine sees every corpus text once (cold: new words must be
    # lemmatised, matched and scored for the first time), then again (warm: per-word caches filled).
    # Wall time and process CPU time are both shown: on a shared machine the wall figure includes time
    # the process was waiting for a core.
    texts = [(r["text"], r.get("reporter_role")) for r in rows]
    mean_len = sum(len(t) for t, _ in texts) / max(1, len(texts))
    print(f"\nthroughput (one process, {len(texts)} signals per pass, mean {mean_len:.0f} chars; target >= 2000/s):")
    for label, explain in (("CLI path (contract dict)", False), ("with Dutch explanation", True)):
        engine = TriageEngine.load(model_path=args.model)
        for phase in ("cold", "warm"):
            t0, c0 = time.perf_counter(), time.process_time()
            for text, role in texts:
                r = engine.triage(text, role, explain=explain)
                if not explain:
                    r.to_contract_dict("x")
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            print(f"  {label:26s} {phase}: {len(texts) / wall:6.0f} signals/s wall, "
                  f"{len(texts) / max(cpu, 1e-9):6.0f} signals/s per CPU-second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
