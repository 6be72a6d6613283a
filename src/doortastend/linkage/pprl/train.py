"""Estimate Fellegi–Sunter weights for the PPRL linker on labelled generated data.

m- and u-probabilities per field level are counted over the blocked candidate pairs of a generated data
set (with Laplace smoothing), the prior is the share of true matches among candidates, and the threshold is
the one that maximises pairwise F1 after clustering on that training set. Run::

    python -m doortastend.linkage.pprl.train            # writes data/weights_v2.json (with the joint table)
    python -m doortastend.linkage.pprl.train --salted   # writes data/weights_v2_salted.json

Training uses other seeds than the tests and the benchmark.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from .encode import EncodingParams, ProjectKeys, encode_records
from .link import (
    DEFAULT_WEIGHTS,
    FIELDS,
    LEVELS,
    SALTED_WEIGHTS,
    candidate_pairs,
    cluster,
    estimate_match_share_em,
    joint_key,
    parse,
    rescale_prior,
    score,
    score_all,
)
from .metrics import pairwise_scores

# Fields whose agreement levels get one weight per combination (link.score): given name, last name and address
# are strongly dependent among candidate pairs. Measured (docs/pprl.md, Figures): F1 +1.3 to +1.7 points at
# 20,000 persons, +3.7 at 300,000 lines.
JOINT = (("given", "last", "addr"),)
# A combination seen fewer times than this among the training candidate pairs gets no joint weight (the
# per-field weights apply); 5 or 20 gave the same F1 as keeping every seen combination.
JOINT_MIN_COUNT = 5


def joint_tables(
    vecs: list[dict[str, int | None]], labels: list[bool], joint: tuple[tuple[str, ...], ...]
) -> list[dict]:
    """log2(m/u) per combination of levels of each field tuple in ``joint`` (Laplace smoothing over the
    combinations seen); combinations where every field is not comparable are left out (weight 0 anyway)."""
    out = []
    for fs in joint:
        mc: Counter = Counter()
        uc: Counter = Counter()
        for vec, lab in zip(vecs, labels, strict=True):
            if all(vec[f] is None for f in fs):
                continue
            (mc if lab else uc)[joint_key(vec, fs)] += 1
        keys = [k for k in set(mc) | set(uc) if mc[k] + uc[k] >= JOINT_MIN_COUNT]
        tm, tu, nk = sum(mc.values()), sum(uc.values()), len(set(mc) | set(uc))
        table = {
            k: round(math.log2(((mc[k] + 0.5) / (tm + 0.5 * nk)) / ((uc[k] + 0.5) / (tu + 0.5 * nk))), 4)
            for k in sorted(keys)
        }
        out.append({"fields": list(fs), "table": table})
    return out


def estimate(
    records: list[dict],
    truth: dict[str, str],
    params: EncodingParams | None = None,
    secret: str = "training-secret-not-for-production",
    use_tf: bool = False,
    joint: tuple[tuple[str, ...], ...] = (),
) -> dict:
    params = params or EncodingParams()
    keys = ProjectKeys(secret, "training")
    ms = [parse(e) for e in encode_records(records, keys, params)]
    pairs = candidate_pairs(ms)
    zero = {"prior_log2_odds": 0.0, "fields": {}, "threshold": 0.0}
    conflict_scores, vecs = score_all(ms, pairs, zero, params, use_tf=False)
    # term-frequency part of each weight (optional; see main() for where it is used)
    tf_only = score_all(ms, pairs, zero, params, use_tf=True)[0] if use_tf else np.zeros(len(pairs))
    labels = [truth[ms[int(i)].id] == truth[ms[int(j)].id] for i, j in pairs]
    # m and u are counted over all candidate pairs, hard conflicts included: leaving them out would remove
    # the "different BSN" / "different given name" mass from u and distort every other weight.
    usable = [True] * len(labels)
    n_match = sum(lab for lab, ok in zip(labels, usable, strict=True) if ok)
    n_non = sum(1 for lab, ok in zip(labels, usable, strict=True) if ok and not lab)
    mc: dict[str, Counter] = {f: Counter() for f in FIELDS}
    uc: dict[str, Counter] = {f: Counter() for f in FIELDS}
    for vec, lab, ok in zip(vecs, labels, usable, strict=True):
        if not ok:
            continue
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
        "use_tf": use_tf,
        "joint": joint_tables(vecs, labels, joint),
        "trained_on": {"records": len(records), "candidate_pairs": int(len(pairs)), "matches": n_match},
    }
    # choose the threshold that maximises pairwise F1 after clustering
    weights["trained_on"]["records"] = len(ms)
    weights = rescale_prior(weights, len(ms), len(pairs))  # the same prior formula as at link time
    weights["prior_log2_odds"] = round(weights["prior_log2_odds"], 4)
    scores = np.array([
        -math.inf if math.isinf(c) else score(v, weights) + t
        for c, t, v in zip(conflict_scores, tf_only, vecs, strict=True)
    ])
    # EM estimate of the match share on the training pairs, for calibrating the same estimate at link time
    # (link.em_prior): its true value here is the trained prior
    em = estimate_match_share_em(scores, weights["prior_log2_odds"])
    weights["trained_on"]["em_share"] = round(em, 6)
    weights["trained_on"]["prior_log2_odds"] = weights["prior_log2_odds"]
    best = (-1.0, 0.0)
    for t in [x / 2 for x in range(-10, 25)]:
        roots = cluster(ms, pairs, scores, t, params.name_k)
        pred = {m.id: str(r) for m, r in zip(ms, roots, strict=True)}
        f1 = pairwise_scores(pred, truth)["f1"]
        if f1 > best[0]:
            best = (f1, t)
    weights["threshold"] = best[1]
    weights["trained_on"]["train_f1"] = round(best[0], 4)
    return weights


def training_data(n: int = 20000, seed: int = 777) -> tuple[list[dict], dict[str, str]]:
    """Labelled training data: the shared benchmark generator (``bench/linkgen``, run from the repository
    root) with a seed the benchmark does not use; falls back to the package's own small generator."""
    try:
        from bench.linkgen import generate as shared_generate
    except ImportError:
        from .synth import generate

        return generate(n_households=n // 3, seed=seed)
    records, truth_list, _ = shared_generate(n, seed=seed)
    return records, {r["id"]: p for r, p in zip(records, truth_list, strict=True)}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    salt = "birth_year" if "--salted" in argv else "none"
    argv = [a for a in argv if a != "--salted"]
    default = SALTED_WEIGHTS if salt == "birth_year" else DEFAULT_WEIGHTS
    out = Path(argv[0]) if argv else Path(__file__).parent / "data" / default
    records, truth = training_data()
    # the term-frequency adjustment helps unsalted encodings (measured), not salted ones; the joint table both
    w = estimate(records, truth, EncodingParams(salt=salt), use_tf=salt == "none", joint=JOINT)
    out.write_text(json.dumps(w, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(w["trained_on"]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
