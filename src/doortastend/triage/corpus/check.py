"""Check the labelled corpus: format, codes, unique ids, and no copied sentences.

    python src/doortastend/triage/corpus/check.py [FILE ...]

Without arguments every ``raw/*.jsonl`` is checked. Exit code 1 when anything is wrong. Checks:

- every line is a JSON object with ``id``, ``text``, a known ``reporter_role``, ``phenomena`` (codes of
  the spec, no duplicates) and exactly one ``urgency``;
- ids are unique across all corpus files;
- no 7-word shingle is shared with the field reports in ``shared/seeds`` (never copy them);
- near-duplicates: a text that shares more than 40 % of its 5-word shingles with another corpus text.

Standard library only (plus the project's ``triage/codes.py``, read from this source tree), so a writer
can run it without the project installed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw"
SEEDS = [HERE.parents[4] / "shared" / "seeds", HERE.parents[4].parent / "shared" / "seeds"]

# the codes come from the engine's own list (codes.py has no Django or third-party imports)
sys.path.insert(0, str(HERE.parents[2]))
from doortastend.triage.codes import PHENOMENA, URGENCIES  # noqa: E402

ROLES = {
    "bewoner",
    "politie",
    "wijkagent",
    "jongerenwerker",
    "leerkracht",
    "zorgcoordinator_school",
    "huisarts",
    "ggd",
    "veilig_thuis",
    "wijkteam",
    "schuldhulp",
    "consulent_werk_inkomen",
    "woonconsulent",
    "handhaving",
    "buurtpreventie",
    "zorgaanbieder",
    "gemeente",
}
WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def main(argv: list[str]) -> int:
    targets = [Path(a).resolve() for a in argv] or sorted(RAW.glob("*.jsonl"))
    all_files = sorted(set(RAW.glob("*.jsonl")) | set(targets))
    problems: list[str] = []
    ids: dict[str, str] = {}
    texts: dict[str, str] = {}
    target_ids: set[str] = set()
    for path in all_files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not JSON ({exc})")
                continue
            if not isinstance(obj, dict):
                problems.append(f"{where}: not an object")
                continue
            item_id = obj.get("id")
            if not isinstance(item_id, str) or not item_id:
                problems.append(f"{where}: missing id")
                continue
            if item_id in ids:
                problems.append(f"{where}: id {item_id} also in {ids[item_id]}")
            ids[item_id] = where
            if path in targets:
                target_ids.add(item_id)
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{where}: empty text")
                continue
            texts[item_id] = text
            if obj.get("reporter_role") not in ROLES:
                problems.append(f"{where}: unknown reporter_role {obj.get('reporter_role')!r}")
            ph = obj.get("phenomena")
            if not isinstance(ph, list) or any(p not in PHENOMENA for p in ph) or len(set(ph)) != len(ph):
                problems.append(f"{where}: bad phenomena {ph!r}")
            if obj.get("urgency") not in URGENCIES:
                problems.append(f"{where}: bad urgency {obj.get('urgency')!r}")

    seed_shingles: set[tuple[str, ...]] = set()
    for seeds in SEEDS:
        if seeds.is_dir():
            for f in seeds.glob("*.txt"):
                seed_shingles |= shingles(f.read_text(encoding="utf-8", errors="replace"), 7)
            break
    five = {k: shingles(v, 5) for k, v in texts.items()}
    index: dict[tuple[str, ...], set[str]] = {}
    for k, sh in five.items():
        for s in sh:
            index.setdefault(s, set()).add(k)
    for k in sorted(target_ids & set(texts)):
        if seed_shingles and shingles(texts[k], 7) & seed_shingles:
            problems.append(f"{k}: shares a 7-word run with the field reports in shared/seeds")
        sh = five[k]
        if not sh:
            continue
        counts: dict[str, int] = {}
        for s in sh:
            for other in index[s]:
                if other != k:
                    counts[other] = counts.get(other, 0) + 1
        for other, c in counts.items():
            if c / len(sh) > 0.4:
                problems.append(f"{k}: near-duplicate of {other} ({c}/{len(sh)} five-word runs)")
                break
    for p in problems:
        print(p)
    print(f"{len(target_ids)} items checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
