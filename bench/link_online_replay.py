"""Replay a generated benchmark through the online matcher, one mention at a time, as the application links
signals when they are stored (linkage.service.match_mention), without a database.

    .venv/bin/python bench/link_online_replay.py [--persons 5000] [--seed 1] [--profile default] [--no-tf]

The mentions arrive in a random order (fixed seed). Each one looks up its blocking keys in an in-memory index
of the persons linked so far (the application's PersonKey), the persons sharing selective keys are scored with
Matcher.score_person (the best of their mentions; a hard conflict with any caps it below auto-link), with the
term frequencies of the stored persons (the application's NameFrequency) unless --no-tf, and then, as in the
application: linked above the auto-link threshold when no second person is about as likely; in the review band
it waits for the coordinator; below it, a new person. Pairwise precision and recall of the persons are printed
twice: automatic links only (mentions waiting for review stay apart), and with a coordinator who decides every
review correctly (links to the right candidate when it is among them, else a new person).

Then the nightly consolidation (linkage.consolidate.propose_merges): the batch over all mentions, and a merge
proposal for every pair of a batch group's largest person and another person in the group. Printed: how many
proposals, how many of them join one true person (the majority of each person's mentions), and the figures after a
coordinator who decides every proposal correctly.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from doortastend.linkage.batch import deduplicate  # noqa: E402
from doortastend.linkage.matcher import (  # noqa: E402
    AMBIGUITY_MARGIN,
    MAX_PER_KEY,
    ONLINE_AUTO_LINK_THRESHOLD,
    REVIEW_THRESHOLD,
    Matcher,
    select_candidates,
)
from doortastend.linkage.normalize import blocking_keys, initial_lookup_keys, normalize_record  # noqa: E402
from doortastend.linkage.scoring import TermFrequencies  # noqa: E402
from link_bench import pairwise_scores  # noqa: E402
from linkgen import generate  # noqa: E402

ANCHORS = ("bsn", "first_name", "nickname", "last_name", "phone", "license_plate", "birth_date")


def replay(
    records: list[dict], use_tf: bool, oracle_review: bool, truth: dict[str, str], auto: float = ONLINE_AUTO_LINK_THRESHOLD
) -> tuple[dict, Counter]:
    matcher = Matcher.load()
    index: dict[str, list[int]] = defaultdict(list)
    persons: list[list] = []
    person_keys: list[set[str]] = []
    person_truth: list[Counter] = []
    counts: Counter = Counter()
    pred: dict[str, str] = {}
    outcome: Counter = Counter()

    def add(pid: int, rec, rid: str) -> None:
        before = TermFrequencies.counted_keys(name_keys[pid])  # each value once per person, as NameFrequency
        name_keys[pid] |= TermFrequencies.value_keys(rec)
        counts.update(TermFrequencies.counted_keys(name_keys[pid]) - before)
        for k in blocking_keys(rec):
            if k not in person_keys[pid]:
                person_keys[pid].add(k)
                index[k].append(pid)
        persons[pid].append(rec)
        person_truth[pid][truth[rid]] += 1
        pred[rid] = f"p{pid}"

    def new_person(rec, rid: str) -> None:
        persons.append([])
        person_keys.append(set())
        person_truth.append(Counter())
        name_keys.append(set())
        add(len(persons) - 1, rec, rid)

    name_keys: list[set[str]] = []
    for raw in records:
        rid = raw["id"]
        rec = normalize_record(raw)
        keys = initial_lookup_keys(set(blocking_keys(rec)))
        found = [index.get(k, [])[: MAX_PER_KEY + 1] for k in keys]
        cands = select_candidates(found)
        tf = TermFrequencies.for_record(rec, lambda wanted: {k: counts[k] for k in wanted if k in counts}) if use_tf else None
        scored = sorted(
            ((pid, matcher.score_person(rec, persons[pid], tf)) for pid in cands),
            key=lambda pc: pc[1].match_probability,
            reverse=True,
        )
        ambiguous = len(scored) > 1 and scored[1][1].match_weight >= scored[0][1].match_weight - AMBIGUITY_MARGIN
        if scored and not ambiguous and scored[0][1].match_probability >= auto:
            outcome["auto"] += 1
            outcome["auto wrong"] += person_truth[scored[0][0]].most_common(1)[0][0] != truth[rid]
            add(scored[0][0], rec, rid)
            continue
        band = [pid for pid, c in scored if c.match_probability >= REVIEW_THRESHOLD][:5]
        if band:
            outcome["review"] += 1
            if oracle_review:
                right = [pid for pid in band if person_truth[pid].most_common(1)[0][0] == truth[rid]]
                if right:
                    add(right[0], rec, rid)
                else:
                    new_person(rec, rid)
            else:
                pred[rid] = rid  # waits for the coordinator: no person yet
            continue
        if any(raw.get(f) not in (None, "") for f in ANCHORS):
            outcome["new"] += 1
            new_person(rec, rid)
        else:
            outcome["no anchor"] += 1
            pred[rid] = rid
    return pred, outcome


def consolidate(pred: dict[str, str], truth: dict[str, str], roots: dict[str, int]) -> tuple[dict, Counter]:
    """The merge proposals of linkage.consolidate.propose_merges on the replay's persons (batch group -> persons,
    the largest kept), decided by a coordinator who knows the truth."""
    members: dict[str, list[str]] = defaultdict(list)
    for rid, p in pred.items():
        if p.startswith("p"):
            members[p].append(rid)
    major = {p: Counter(truth[r] for r in rids).most_common(1)[0][0] for p, rids in members.items()}
    groups: dict[int, set[str]] = defaultdict(set)
    for rid, p in pred.items():
        if p in members:
            groups[roots[rid]].add(p)
    merged: dict[str, str] = {}
    outcome: Counter = Counter()
    for ps in groups.values():
        if len(ps) < 2:
            continue
        keep, *others = sorted(ps, key=lambda p: (-len(members[p]), int(p[1:])))
        for other in others:
            outcome["proposed"] += 1
            if major[other] == major[keep]:
                outcome["right"] += 1
                merged[other] = keep
    return {rid: merged.get(p, p) for rid, p in pred.items()}, outcome


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--persons", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", default="default", choices=["default", "moderate"])
    ap.add_argument("--no-tf", action="store_true", help="score without the stored persons' term frequencies")
    ap.add_argument("--auto", type=float, default=ONLINE_AUTO_LINK_THRESHOLD, help="auto-link probability to try")
    args = ap.parse_args(argv)
    records, truth_list, _ = generate(args.persons, seed=args.seed, profile=args.profile)
    truth = {r["id"]: t for r, t in zip(records, truth_list, strict=True)}
    random.Random(args.seed).shuffle(records)
    print(f"{len(records)} mentions of {args.persons} persons (seed {args.seed}, {args.profile}), "
          f"term frequencies {'off' if args.no_tf else 'on'}, auto-link at {args.auto}")
    t = time.perf_counter()
    res = deduplicate(records, workers=1)
    roots = {r.id: root for r, root in zip(res.records, res.roots, strict=True)}
    batch_s = time.perf_counter() - t
    for oracle in (False, True):
        t = time.perf_counter()
        pred, outcome = replay(records, not args.no_tf, oracle, truth, args.auto)
        s = pairwise_scores(pred, truth)
        label = "automatic links, reviews waiting" if not oracle else "reviews decided correctly"
        print(f"  {label:<34} P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}  "
              f"{dict(outcome)}  {time.perf_counter() - t:.0f}s")
        merged, proposals = consolidate(pred, truth, roots)
        s = pairwise_scores(merged, truth)
        print(f"  {'  + merges decided correctly':<34} P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}  "
              f"{dict(proposals)}  (batch {batch_s:.0f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
