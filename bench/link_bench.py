"""Linkage benchmark: `make bench-link` (= .venv/bin/python bench/link_bench.py).

Generates synthetic mentions (bench/linkgen, fixed seed), then prints pairwise precision/recall/F1 and
wall time side by side for
  * this project (the `doortastend link` CLI, run as a subprocess on a JSON Lines file),
  * a BSN-only baseline (how the Verwijsindex matches: same valid BSN = same person),
  * plain Splink (DuckDB; simple default comparisons on the raw fields, EM training, no normalisation),
  * the PPRL path (doortastend.linkage.pprl.bench.run), if importable,
plus precision at the auto-link threshold and online latency (p50/p95) of scoring one mention against
N stored persons in PostgreSQL (candidate retrieval via an indexed blocking-key table + scoring).

Options: --persons N (default 20000), --seed, --profile default|moderate, --online-persons N (default
1000000; 0 skips), --skip-splink, --skip-pprl, --dsn, --json FILE.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from linkgen import generate  # noqa: E402


def _normalisation_source() -> bytes:
    """The normalisation code and name table as this process loaded them. Read once at import: a run takes
    minutes, and the files read later may already be newer than the code that computes the keys."""
    import doortastend.linkage.normalize as norm_module

    path = Path(norm_module.__file__)
    return path.read_bytes() + (path.parent / "data" / "name_variants.json").read_bytes()


_NORMALISATION_SOURCE = _normalisation_source()

# ---------------------------------------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------------------------------------


def _pairs_count(groups: dict) -> int:
    return sum(len(m) * (len(m) - 1) // 2 for m in groups.values())


def pairwise_scores(pred: dict[str, str], truth: dict[str, str]) -> dict:
    """Pairwise precision/recall/F1 of a clustering (id -> cluster) against truth (id -> entity)."""
    by_pred: dict[str, list[str]] = defaultdict(list)
    for i, c in pred.items():
        by_pred[c].append(i)
    by_truth: dict[str, list[str]] = defaultdict(list)
    for i, t in truth.items():
        by_truth[t].append(i)
    both: dict[tuple, int] = defaultdict(int)
    for i, c in pred.items():
        both[(c, truth[i])] += 1
    tp = sum(k * (k - 1) // 2 for k in both.values())
    pp = _pairs_count(by_pred)
    tt = _pairs_count(by_truth)
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "true_pairs": tt, "predicted_pairs": pp}


# ---------------------------------------------------------------------------------------------------------
# systems
# ---------------------------------------------------------------------------------------------------------


def run_cli(
    inp: Path,
    out: Path,
    src: Path = ROOT / "src",
    extra: Sequence[str] = (),
    command: Sequence[str] = ("-m", "doortastend.linkage.cli"),
) -> tuple[dict[str, str], float, str]:
    """The linkage CLI as a subprocess on a JSON Lines file (every benchmark runs it this way): (id -> cluster,
    wall seconds including start-up and file I/O, the CLI's log line)."""
    env = dict(os.environ, PYTHONPATH=str(src))
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, *command, *extra, "--input", str(inp), "--output", str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"CLI exited with {proc.returncode}: {proc.stderr[-3000:]}")
    pred = {}
    for line in out.read_text("utf-8").splitlines():
        o = json.loads(line)
        pred[o["id"]] = o["cluster"]
    return pred, wall, proc.stderr.strip()


def run_project(records: list[dict]) -> tuple[dict[str, str], float, str]:
    """`doortastend link` (the installed command's module) on the records, through a temporary file."""
    with tempfile.TemporaryDirectory() as d:
        inp, out = Path(d) / "in.jsonl", Path(d) / "out.jsonl"
        inp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
        return run_cli(inp, out, command=("-m", "doortastend.cli", "link"))


def baseline_rows(
    records: list[dict], truth: dict[str, str], splink: bool = True
) -> tuple[list[tuple[str, dict, float]], dict[str, str] | None]:
    """The baselines of the independent benchmarks' tables: (name, pairwise scores, seconds) for BSN-only and,
    with ``splink``, plain Splink; and plain Splink's clusters (None without it)."""
    pred, secs = run_bsn_only(records)
    rows = [("BSN-only", pairwise_scores(pred, truth), secs)]
    if not splink:
        return rows, None
    pred, secs = run_plain_splink(records)
    rows.append(("plain Splink", pairwise_scores(pred, truth), secs))
    return rows, pred


def run_bsn_only(records: list[dict]) -> tuple[dict[str, str], float]:
    from stdnum.nl import bsn

    t0 = time.perf_counter()
    pred = {}
    for r in records:
        b = str(r.get("bsn") or "").strip()
        pred[r["id"]] = ("bsn:" + b) if b and bsn.is_valid(b) else r["id"]
    return pred, time.perf_counter() - t0


def run_plain_splink(records: list[dict], threshold: float = 0.9) -> tuple[dict[str, str], float]:
    """Splink with simple default comparisons on the raw fields (no custom normalisation)."""
    import logging

    import duckdb
    import pyarrow as pa
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    cols = [
        "bsn",
        "first_name",
        "nickname",
        "last_name",
        "birth_date",
        "gender",
        "street",
        "house_number",
        "postcode",
        "city",
        "phone",
        "license_plate",
        "school",
    ]
    t0 = time.perf_counter()
    rows = [
        {"unique_id": r["id"], **{c: (str(r[c]) if r.get(c) is not None else None) for c in cols}}
        for r in records
    ]
    table = pa.Table.from_pylist(rows)
    db_api = DuckDBAPI(duckdb.connect())
    sdf = db_api.register(table, dataset_display_name="mentions")
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.ExactMatch("bsn"),
            cl.JaroWinklerAtThresholds("first_name"),
            cl.JaroWinklerAtThresholds("nickname"),
            cl.JaroWinklerAtThresholds("last_name"),
            cl.LevenshteinAtThresholds("birth_date", [1, 2]),
            cl.ExactMatch("gender"),
            cl.JaroWinklerAtThresholds("street"),
            cl.ExactMatch("house_number"),
            cl.ExactMatch("postcode"),
            cl.ExactMatch("city"),
            cl.ExactMatch("phone"),
            cl.ExactMatch("license_plate"),
            cl.ExactMatch("school"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("bsn"),
            block_on("last_name", "birth_date"),
            block_on("first_name", "street"),
            block_on("nickname", "street"),
            block_on("first_name", "last_name"),
            block_on("postcode", "house_number"),
            block_on("phone"),
        ],
    )
    linker = Linker(sdf, settings, log_level=logging.WARNING)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("bsn"), block_on("first_name", "last_name", "birth_date")], recall=0.5
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("last_name", "birth_date"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("street", "city"))
    preds = linker.inference.predict(threshold_match_probability=0.5)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(preds, threshold)
    pred = {str(r["unique_id"]): str(r["cluster_id"]) for r in clusters.as_record_list()}
    for r in records:
        pred.setdefault(r["id"], r["id"])
    return pred, time.perf_counter() - t0


def precision_at_auto_link(records: list[dict], truth: dict[str, str]) -> dict:
    """Pair-level precision of candidate pairs scored at or above AUTO_LINK_THRESHOLD (before the clustering
    guard, so lower than the clustered precision in the table)."""
    import numpy as np

    from doortastend.linkage.batch import candidate_pairs, prior_shift, score_pairs
    from doortastend.linkage.matcher import AUTO_LINK_THRESHOLD, REVIEW_THRESHOLD
    from doortastend.linkage.normalize import normalize_record
    from doortastend.linkage.scoring import Model, TermFrequencies

    recs = [normalize_record(r) for r in records]
    pairs = candidate_pairs(recs)
    model = Model.load()
    w = score_pairs(recs, pairs, model, tf=TermFrequencies(recs))
    w = w - prior_shift(model, len(recs), w)  # as the batch CLI does (prior re-estimated on the batch)
    ids = [r["id"] for r in records]
    out = {}
    for name, p in (("auto", AUTO_LINK_THRESHOLD), ("review", REVIEW_THRESHOLD)):
        tw = float(np.log2(p / (1 - p)))
        sel = np.nonzero(w >= tw)[0]
        tp = sum(1 for k in sel if truth[ids[pairs[k, 0]]] == truth[ids[pairs[k, 1]]])
        out[name] = {"threshold": p, "pairs": int(len(sel)), "precision": tp / len(sel) if len(sel) else 1.0}
    band = np.nonzero(
        (w >= float(np.log2(REVIEW_THRESHOLD / (1 - REVIEW_THRESHOLD))))
        & (w < float(np.log2(AUTO_LINK_THRESHOLD / (1 - AUTO_LINK_THRESHOLD))))
    )[0]
    out["review_band_pairs"] = int(len(band))
    return out


# ---------------------------------------------------------------------------------------------------------
# online latency on PostgreSQL
# ---------------------------------------------------------------------------------------------------------


def online_latency(n_persons: int, dsn: str, queries: int = 300, seed: int = 11) -> dict:
    import psycopg

    from doortastend.linkage.matcher import MAX_PER_KEY, Matcher, select_candidates
    from doortastend.linkage.normalize import (
        NormalizedRecord,
        blocking_keys,
        initial_lookup_keys,
        normalize_record,
    )
    from doortastend.linkage.scoring import TermFrequencies

    base = dsn.rstrip("/")
    admin = base + "/postgres"
    with psycopg.connect(admin, autocommit=True) as con:
        if not con.execute("SELECT 1 FROM pg_database WHERE datname='doortastend_bench'").fetchone():
            con.execute("CREATE DATABASE doortastend_bench")
    url = base + "/doortastend_bench"
    t0 = time.perf_counter()
    # the stored persons are normalised records with their blocking keys: load them again when the
    # normalisation (code or name table) changed since they were loaded
    import hashlib

    fingerprint = hashlib.sha256(_NORMALISATION_SOURCE + f"{n_persons}:{seed}:dob:tf".encode()).hexdigest()
    with psycopg.connect(url) as con:
        have = None
        try:
            have = con.execute("SELECT value FROM link_bench_meta WHERE key = 'fingerprint'").fetchone()
        except psycopg.Error:
            con.rollback()
        gen_people = None
        if not have or have[0] != fingerprint:
            con.execute("DROP TABLE IF EXISTS link_bench_meta")
            con.execute("DROP TABLE IF EXISTS link_person_keys")
            con.execute("DROP TABLE IF EXISTS link_persons")
            con.execute("DROP TABLE IF EXISTS link_name_counts")
            # data: the normalised record (NormalizedRecord.to_compact_dict), so scoring needs no re-normalising
            con.execute("CREATE UNLOGGED TABLE link_persons (id bigint PRIMARY KEY, data jsonb NOT NULL)")
            con.execute(
                "CREATE UNLOGGED TABLE link_person_keys (key text NOT NULL, person_id bigint NOT NULL)"
            )
            # One "professional" mention per person is the stored profile.
            g_recs, _, gen_people = generate(n_persons, seed=seed, mentions_per_person=1)
            with con.cursor() as cur:
                with cur.copy("COPY link_persons (id, data) FROM STDIN") as cp:
                    for i, r in enumerate(g_recs):
                        cp.write_row(
                            (i, json.dumps(normalize_record(r).to_compact_dict(), ensure_ascii=False))
                        )
                # the application's name counts (linkage.models.NameFrequency): persons per name value
                name_counts: Counter = Counter()
                with cur.copy("COPY link_person_keys (key, person_id) FROM STDIN") as cp:
                    for i, r in enumerate(g_recs):
                        rec = normalize_record(r)
                        for k in blocking_keys(rec):
                            cp.write_row((k, i))
                        if rec.birth_date:  # the application's index-only date key (service.DATE_KEY)
                            cp.write_row(("dob:" + rec.birth_date, i))
                        name_counts.update(TermFrequencies.counted_keys(TermFrequencies.value_keys(rec)))
                con.execute("CREATE UNLOGGED TABLE link_name_counts (key text PRIMARY KEY, persons int NOT NULL)")
                with cur.copy("COPY link_name_counts (key, persons) FROM STDIN") as cp:
                    for k, c in name_counts.items():
                        cp.write_row((k, c))
            con.execute("CREATE INDEX link_person_keys_key ON link_person_keys (key)")
            con.execute("ANALYZE link_persons")
            con.execute("ANALYZE link_person_keys")
            con.execute("ANALYZE link_name_counts")
            con.execute("CREATE TABLE link_bench_meta (key text PRIMARY KEY, value text NOT NULL)")
            con.execute("INSERT INTO link_bench_meta VALUES ('fingerprint', %s)", (fingerprint,))
            con.commit()
        load_s = time.perf_counter() - t0
        n_keys = con.execute("SELECT count(*) FROM link_person_keys").fetchone()[0]
        matcher = Matcher.load()
        # candidate retrieval: one indexed lookup per key; a key shared by more than MAX_PER_KEY persons is
        # not selective and skipped (other keys of the mention still retrieve the person)
        sql = (
            "SELECT x.ids FROM unnest(%s::text[]) AS q(key), LATERAL ("
            " SELECT array_agg(person_id) AS ids FROM ("
            "  SELECT person_id FROM link_person_keys WHERE key = q.key LIMIT %s) s) x"
        )

        def run(rng: random.Random, n: int) -> tuple[list[float], list[int], int]:
            # new (sparser) professional mentions of randomly chosen stored persons
            ids = [rng.randrange(n_persons) for _ in range(n)]
            rows = con.execute("SELECT id, data FROM link_persons WHERE id = ANY(%s)", (ids,)).fetchall()
            lat, cand_counts, hits = [], [], 0
            for pid, data in rows:
                q = dict(data)
                for f in ("bsn", "postcode", "phone", "license_plate", "house_number"):
                    if rng.random() < 0.6:
                        q.pop(f, None)
                q["id"] = "q"
                t = time.perf_counter()
                mention = NormalizedRecord.from_dict(q)  # as if just normalised by the web app
                keys = sorted(initial_lookup_keys(blocking_keys(mention)))
                if mention.birth_date:  # how many persons carry the date (service.default_birth_dates)
                    con.execute(
                        "SELECT count(*) FROM (SELECT 1 FROM link_person_keys WHERE key = %s LIMIT 4000) s",
                        ("dob:" + mention.birth_date,),
                    ).fetchone()
                # as service.term_frequencies: how common the mention's names are among the stored persons
                tf = TermFrequencies.for_record(
                    mention,
                    lambda wanted: dict(
                        con.execute("SELECT key, persons FROM link_name_counts WHERE key = ANY(%s)", (list(wanted),))
                    ),
                )
                # as service.candidate_person_ids: unselective keys skipped, most shared keys first
                rows = con.execute(sql, (keys, MAX_PER_KEY + 1)).fetchall()
                cand_ids = select_candidates(arr for (arr,) in rows)
                cands = con.execute(
                    "SELECT id, data FROM link_persons WHERE id = ANY(%s)", (cand_ids,)
                ).fetchall()
                best, best_w = None, -1e9
                for cid, cdata in cands:
                    w = matcher.weight(mention, NormalizedRecord.from_dict(cdata), tf)
                    if w > best_w:
                        best, best_w = cid, w
                lat.append((time.perf_counter() - t) * 1000)
                cand_counts.append(len(cands))
                hits += best == pid
            return sorted(lat), cand_counts, hits

        # a first pass on other persons, reported apart: after a restart or a machine busy with other work the
        # database's pages are on disk, not in memory (the first run after a 300,000-line batch on this machine:
        # p95 101 ms against 11-14 ms); a running service answers from memory
        cold, _, _ = run(random.Random(seed + 2), queries)
        lat, cand_counts, hits = run(random.Random(seed + 1), queries)
    return {
        "persons": n_persons,
        "keys": n_keys,
        "load_s": round(load_s, 1),
        "queries": len(lat),
        "p50_ms": round(statistics.median(lat), 2),
        "p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 2),
        "first_pass_p95_ms": round(cold[int(0.95 * (len(cold) - 1))], 2),
        "mean_candidates": round(statistics.mean(cand_counts), 1),
        "top1_correct": round(hits / len(lat), 3),
    }


# ---------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--persons", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--profile",
        default="default",
        choices=["default", "moderate"],
        help="generator profile: default (headline, adversarial) or moderate (fewer twins/namesakes, "
        "richer resident reports; plain Splink about 0.8)",
    )
    ap.add_argument("--online-persons", type=int, default=1_000_000)
    ap.add_argument("--dsn", default=os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1:5432"))
    ap.add_argument("--skip-splink", action="store_true")
    ap.add_argument("--skip-pprl", action="store_true")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args(argv)

    t = time.perf_counter()
    records, truth_list, _ = generate(args.persons, seed=args.seed, profile=args.profile)
    truth = {r["id"]: t_ for r, t_ in zip(records, truth_list, strict=True)}
    print(
        f"generated {len(records)} mentions of {args.persons} persons (seed {args.seed}, {args.profile}) "
        f"in {time.perf_counter() - t:.1f}s"
    )
    results: dict[str, dict] = {}

    pred, wall, log = run_project(records)
    results["doortastend"] = {**pairwise_scores(pred, truth), "seconds": wall}
    print("  " + log)
    pred, wall = run_bsn_only(records)
    results["bsn-only"] = {**pairwise_scores(pred, truth), "seconds": wall}
    if not args.skip_splink:
        try:
            pred, wall = run_plain_splink(records)
            results["plain splink"] = {**pairwise_scores(pred, truth), "seconds": wall}
        except Exception as exc:  # noqa: BLE001 - report, do not hide the other figures
            print(f"plain splink failed: {exc!r}")
    if not args.skip_pprl:
        try:
            from doortastend.linkage.pprl.bench import run as pprl_run

            r = pprl_run(records, truth)
            results["pprl"] = {k: r[k] for k in ("precision", "recall", "f1") if k in r}
            results["pprl"]["seconds"] = r.get("seconds", r.get("wall_s", float("nan")))
        except ImportError:
            print("pprl: not importable, skipped")
        except Exception as exc:  # noqa: BLE001
            print(f"pprl failed: {exc!r}")

    print()
    print(f"{'system':<14} {'precision':>9} {'recall':>8} {'F1':>8} {'seconds':>9}")
    for name, r in results.items():
        print(f"{name:<14} {r['precision']:>9.4f} {r['recall']:>8.4f} {r['f1']:>8.4f} {r['seconds']:>9.1f}")
    pa = precision_at_auto_link(records, truth)
    results["thresholds"] = pa
    print(
        f"\npair precision at auto-link threshold {pa['auto']['threshold']}: {pa['auto']['precision']:.4f} "
        f"({pa['auto']['pairs']} pairs); review band [{pa['review']['threshold']}, "
        f"{pa['auto']['threshold']}): {pa['review_band_pairs']} pairs"
    )
    if args.online_persons:
        try:
            ol = online_latency(args.online_persons, args.dsn)
            results["online"] = ol
            print(
                f"online: one mention against {ol['persons']} persons in PostgreSQL ({ol['keys']} keys, "
                f"load {ol['load_s']}s): p50 {ol['p50_ms']} ms, p95 {ol['p95_ms']} ms (first pass on other "
                f"persons: p95 {ol['first_pass_p95_ms']} ms), "
                f"{ol['mean_candidates']} candidates on average, top-1 correct {ol['top1_correct']}"
            )
        except Exception as exc:  # noqa: BLE001
            print(f"online latency failed: {exc!r}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, default=str), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
