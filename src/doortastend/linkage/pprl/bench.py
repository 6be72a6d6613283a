"""PPRL benchmark: pairwise precision/recall/F1 and wall time of encode + link on generated data.

``bench/link_bench.py`` calls :func:`run` with the same records and truth as the plaintext path, so the
figures are side by side. Standalone::

    python -m doortastend.linkage.pprl.bench [N_HOUSEHOLDS]
"""

from __future__ import annotations

import json
import secrets
import sys
import time

from .encode import EncodingParams, ProjectKeys, encode_records
from .link import link
from .metrics import pairwise_scores


def run(
    records: list[dict],
    truth: dict[str, str],
    params: EncodingParams | None = None,
    weights: dict | None = None,
) -> dict:
    """Encode with a fresh random project secret, link, and score against ``truth`` (id -> entity)."""
    params = params or EncodingParams()
    keys = ProjectKeys(secrets.token_bytes(32), "bench")
    t0 = time.perf_counter()
    encoded = list(encode_records(records, keys, params))
    t1 = time.perf_counter()
    result = link(encoded, weights, params)
    t2 = time.perf_counter()
    pred = {r["id"]: r["cluster"] for r in result}
    s = pairwise_scores(pred, truth)
    size = sum(len(json.dumps(e, separators=(",", ":"))) + 1 for e in encoded)
    return {
        "name": "pprl",
        "records": len(records),
        "precision": round(s["precision"], 4),
        "recall": round(s["recall"], 4),
        "f1": round(s["f1"], 4),
        "encode_seconds": round(t1 - t0, 3),
        "link_seconds": round(t2 - t1, 3),
        "seconds": round(t2 - t0, 3),
        "encoded_bytes_per_record": round(size / max(1, len(records))),
        "params": params.to_dict(),
    }


def main(argv: list[str] | None = None) -> int:
    from .synth import generate

    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 2000
    records, truth = generate(n_households=n, seed=20261123)
    print(json.dumps(run(records, truth)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
