"""Estimate Fellegi–Sunter weights for the PPRL linker on labelled generated data.

m- and u-probabilities per field level are counted over the blocked candidate pairs of a generated data
set (with Laplace smoothing), the prior is the share of true matches among candidates, and the threshold is
the one that maximises pairwise F1 after clustering on that training set. Run::

    python -m doortastend.linkage.pprl.train            # writes data/weights_v1.json

Training uses other seeds than the tests and the benchmark.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

from .encode import EncodingParams, ProjectKeys, encode_records
from .link import FIELDS, candidate_pairs, cluster, compare, parse, score
from .metrics import pairwise_scores

LEVELS = {"bsn": 2, "given": 5, "initial": 2, "fullname": 2, "last": 4, "dob": 4, "addr": 4, "phone": 2, "plate": 2, "school": 2, "gender": 2}


def estimate(
    records: list[dict],
    truth: dict[str, str],
    params: EncodingParams | None = None,
    secret: str = "training-secret-not-for-production",
) -> dict:
    params = params or EncodingParams()
    keys = ProjectKeys(secret, "training")
    ms = [parse(e) for e in encode_records(records, keys, params)]
    pairs = sorted(candidate_pairs(ms))
    vecs = [compare(ms[i], ms[j], params.name_k, params.street_k) for i, j in pairs]
    labels = [truth[ms[i].id] == truth[ms[j].id] for i, j in pairs]
    n_match = sum(labels)
    n_non = len(labels) - n_match
    mc: dict[str, Counter] = {f: Counter() for f in FIELDS}
    uc: dict[str, Counter] = {f: Counter() for f in FIELDS}
    for vec, lab in zip(vecs, labels, strict=True):
        for f, lv in vec.items():
            if lv is not None:
                (mc if lab else uc)[f][lv] += 1
    fields: dict[str, dict[str, float]] = {}
    for f in FIELDS:
        nl = LEVELS[f]
        tm, tu = sum(mc[f].values()), sum(uc[f].values())
        fields[f] = {}
        for lv in range(nl):
            m = (mc[f][lv] + 0.5) / (tm + 0.5 * nl)
            u = (uc[f][lv] + 0.5) / (tu + 0.5 * nl)
            fields[f][str(lv)] = round(math.log2(m / u), 4)
    weights = {
        "params": params.to_dict(),
        "prior_log2_odds": round(math.log2((n_match + 1) / (n_non + 1)), 4),
        "fields": fields,
        "threshold": 0.0,
        "cannot_link_below": -12.0,
        "trained_on": {"records": len(records), "candidate_pairs": len(pairs), "matches": n_match},
    }
    # choose the threshold that maximises pairwise F1 after clustering
    scored = [(score(v, weights), i, j) for v, (i, j) in zip(vecs, pairs, strict=True)]
    best = (-1.0, 0.0, -12.0)
    for neg in (-8.0, -12.0, -16.0):
        cannot = {(i, j) for w, i, j in scored if w < neg}
        for t in [x / 2 for x in range(-8, 21)]:
            roots = cluster(len(ms), scored, t, cannot, [m.bsn for m in ms])
            pred = {m.id: str(r) for m, r in zip(ms, roots, strict=True)}
            f1 = pairwise_scores(pred, truth)["f1"]
            if f1 > best[0]:
                best = (f1, t, neg)
    weights["threshold"] = best[1]
    weights["cannot_link_below"] = best[2]
    weights["trained_on"]["train_f1"] = round(best[0], 4)
    return weights


def main(argv: list[str] | None = None) -> int:
    from .synth import generate

    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else Path(__file__).parent / "data" / "weights_v1.json"
    records, truth = generate(n_households=600, seed=101)
    w = estimate(records, truth)
    out.write_text(json.dumps(w, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(w["trained_on"]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
