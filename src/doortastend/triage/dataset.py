"""The labelled corpus (``corpus/raw/*.jsonl``) and its fixed train/held-out split."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
# DOORTASTEND_TRIAGE_CORPUS points training and the benchmark at another folder (e.g. a frozen snapshot)
RAW_DIR = Path(os.environ.get("DOORTASTEND_TRIAGE_CORPUS") or CORPUS_DIR / "raw")
DEV_EXTRA_PATH = CORPUS_DIR / "dev_extra.jsonl"


def is_heldout(item_id: str) -> bool:
    """An item is held-out iff sha1(id) mod 5 == 0. Held-out items are never used to train or tune."""
    return int(hashlib.sha1(item_id.encode("utf-8")).hexdigest(), 16) % 5 == 0


def read_jsonl(path: Path, field: str = "text") -> list[dict]:
    """JSON objects with an ``id`` and a ``field`` (the text of a signal, or e.g. the ``urgency`` of a
    label-only file); blank and malformed lines are skipped."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and isinstance(obj.get(field), str) and obj.get("id"):
                rows.append(obj)
    return rows


def load_corpus(raw_dir: Path = RAW_DIR) -> list[dict]:
    """All labelled items, sorted by id (deterministic), duplicates by id dropped."""
    seen = {}
    for path in sorted(raw_dir.glob("*.jsonl")):
        for row in read_jsonl(path):
            seen.setdefault(row["id"], row)
    return [seen[k] for k in sorted(seen)]


def split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    train = [r for r in rows if not is_heldout(r["id"])]
    held = [r for r in rows if is_heldout(r["id"])]
    return train, held
