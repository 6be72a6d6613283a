"""Where does a linker fail on the life-course benchmark?  Missed pairs by change/noise step, false pairs by kind.

    .venv/bin/python bench/linkgen_lifecourse/analyse.py --dir /tmp/lifecourse1 --pred /tmp/lifecourse1/pred_project.jsonl

--dir is a directory written by run.py --keep (mentions.jsonl, truth.json, side.json); --pred is a prediction
file, JSON Lines of {"id", "cluster"} or a JSON object id -> cluster (pred_splink.json).  Mentions without a
prediction count as singletons.

Missed pairs (two mentions of one person in different predicted clusters) are described by
  * what differs between the two mentions in the truth: the residence (``residence_differs``: a move
    between them), the name version (a naturalisation, a new passport, a transition), the marriage state
    (married name / divorced), the phone, the school, child vs adult, the years between them;
  * the steps applied to either mention (``step:...``, from side.json: ``moved``, ``married_name``,
    ``age_estimate``, ``nickname_only``, ``typo:last`` ...);
  * the pair of sources.
For each reason: the number of missed pairs with it, its share of all missed pairs, and its miss rate (the
share of all true pairs with that reason that were missed), so a reason that is merely common is told
apart from one that breaks the linker.

False pairs (mentions of two persons in one predicted cluster) are classified by the strongest relation
between the two persons: twin, junior (father and son with one name), sibling, parent_child, partner,
cousin_same_name, shared_hub (a shelter, a briefadres counter or an AZC, at any time), co_resident (same
dwelling at the same time: a labour-migrant house, a student house),
former_address (one lived where the other lived earlier: new tenants), shared_phone (a recycled number),
same_name (same first given name and surname), same_surname_town, same_street, other; plus the steps on
the falsely joined mentions and the largest impure clusters.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path


def _load_pred(path: Path) -> dict[str, str]:
    text = path.read_text("utf-8")
    try:
        obj = json.loads(text)
        if isinstance(obj, dict):
            return {str(k): str(v) for k, v in obj.items()}
    except json.JSONDecodeError:
        pass
    pred = {}
    for line in text.splitlines():
        if line.strip():
            o = json.loads(line)
            pred[str(o["id"])] = str(o["cluster"])
    return pred


def _norm(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def _years_bucket(d1: str, d2: str) -> str:
    y = abs(int(d1[:4]) - int(d2[:4]))
    if y >= 6:
        return "years_apart>=6"
    if y >= 3:
        return "years_apart_3-5"
    return "years_apart<3"


def pair_reasons(m1: dict, m2: dict) -> set[str]:
    """Why two mentions of one person may look different (truth-side differences and applied steps)."""
    s1, s2 = m1["state"], m2["state"]
    out = {_years_bucket(m1["date"], m2["date"])}
    if s1["seg"] != s2["seg"]:
        out.add("residence_differs")
    if s1["dw"] is not None and s2["dw"] is not None and s1["dw"] != s2["dw"]:
        out.add("written_address_differs")
    if s1["v"] != s2["v"]:
        out.add("name_version_differs")
    if s1["m"] != s2["m"] and "married_name" in (s1["m"], s2["m"]):
        out.add("married_vs_own_name")
    if s1["ph"] and s2["ph"] and s1["ph"] != s2["ph"]:
        out.add("phone_differs")
    if s1["sch"] and s2["sch"] and s1["sch"] != s2["sch"]:
        out.add("school_differs")
    if (s1["age"] < 18) != (s2["age"] < 18):
        out.add("child_vs_adult")
    for st in set(m1["steps"]) | set(m2["steps"]):
        out.add("step:" + st)
    return out


class Relations:
    """The strongest relation between two persons, from side.json."""

    ORDER = [
        "twin",
        "junior",
        "sibling",
        "parent_child",
        "partner",
        "cousin_same_name",
        "shared_hub",
        "co_resident",
        "former_address",
        "shared_phone",
        "same_name",
        "same_surname_town",
        "same_street",
        "other",
    ]

    def __init__(self, persons: dict, shared_phones: dict):
        self.p = persons
        self.phone_owners: dict[str, set] = defaultdict(set)
        for num, owners in shared_phones.items():
            for o in owners:
                self.phone_owners[o].add(num)
        self.dwell: dict[str, list[tuple]] = {}
        self.streets: dict[str, set] = {}
        self.towns: dict[str, set] = {}
        for pid, info in persons.items():
            spans = []
            res = info["residences"]
            for i, r in enumerate(res):
                end = res[i + 1]["from"] if i + 1 < len(res) else "9999-12-31"
                for key in ("registered", "actual"):
                    dw = r.get(key)
                    if dw:
                        spans.append((dw.get("site") or dw["id"], r["from"], end))
            self.dwell[pid] = spans
            self.streets[pid] = {
                (r[k]["street"], r[k]["city"]) for r in res for k in ("registered", "actual") if r.get(k)
            }
            self.towns[pid] = {c for _, c in self.streets[pid]}

    def _names(self, pid: str) -> set[tuple]:
        out = set()
        for v in self.p[pid]["names"]:
            out.add((_norm(v["given"][0] if v["given"] else ""), _norm(v["surname"])))
            out.add((_norm(v["roepnaam"]), _norm(v["surname"])))
        return out

    def kind(self, a: str, b: str) -> str:
        pa, pb = self.p[a], self.p[b]
        ra, rb = pa["relations"], pb["relations"]

        def rel(kind: str) -> bool:
            return b in ra.get(kind, []) or a in rb.get(kind, [])

        if rel("twin"):
            return "twin"
        if rel("junior_of") or rel("father_of_junior"):
            return "junior"
        if rel("sibling"):
            return "sibling"
        if a in pb.get("parents", []) or b in pa.get("parents", []):
            return "parent_child"
        if rel("partner"):
            return "partner"
        if rel("cousin_same_name"):
            return "cousin_same_name"
        da, db = self.dwell[a], self.dwell[b]
        shared = False
        for ida, fa, ta in da:
            for idb, fb, tb in db:
                if ida == idb:
                    if isinstance(ida, str):
                        return "shared_hub"
                    if fa < tb and fb < ta:
                        return "co_resident"
                    shared = True
        if shared:
            return "former_address"
        if self.phone_owners.get(a, set()) & self.phone_owners.get(b, set()):
            return "shared_phone"
        if self._names(a) & self._names(b):
            return "same_name"
        sa = {_norm(v["surname"]) for v in pa["names"]}
        sb = {_norm(v["surname"]) for v in pb["names"]}
        if sa & sb and self.towns[a] & self.towns[b]:
            return "same_surname_town"
        if self.streets[a] & self.streets[b]:
            return "same_street"
        return "other"


def analyse(d: Path, pred_path: Path, top: int = 30) -> str:
    truth: dict[str, str] = json.loads((d / "truth.json").read_text("utf-8"))
    side = json.loads((d / "side.json").read_text("utf-8"))
    ments: dict[str, dict] = side["mentions"]
    pred = _load_pred(pred_path)
    for m in truth:
        pred.setdefault(m, "single:" + m)
    lines: list[str] = []
    out = lines.append

    by_person: dict[str, list[str]] = defaultdict(list)
    for m, p in truth.items():
        by_person[p].append(m)
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for m, c in pred.items():
        if m in truth:
            by_cluster[c].append(m)

    # ---- missed pairs ----
    all_r: Counter = Counter()
    miss_r: Counter = Counter()
    miss_src: Counter = Counter()
    n_true = n_missed = 0
    for ms in by_person.values():
        for a, b in combinations(ms, 2):
            n_true += 1
            reasons = pair_reasons(ments[a], ments[b])
            all_r.update(reasons)
            if pred[a] != pred[b]:
                n_missed += 1
                miss_r.update(reasons)
                miss_src[" + ".join(sorted((ments[a]["source"], ments[b]["source"])))] += 1
    # ---- false pairs ----
    rels = Relations(side["persons"], side.get("shared_phones", {}))
    false_kind: Counter = Counter()
    false_steps: Counter = Counter()
    false_src: Counter = Counter()
    n_pred_pairs = n_false = 0
    impure = []
    for c, ms in by_cluster.items():
        n_pred_pairs += len(ms) * (len(ms) - 1) // 2
        per: dict[str, list[str]] = defaultdict(list)
        for m in ms:
            per[truth[m]].append(m)
        if len(per) < 2:
            continue
        fp = 0
        kinds_here: Counter = Counter()
        for pa, pb in combinations(sorted(per), 2):
            n = len(per[pa]) * len(per[pb])
            fp += n
            k = rels.kind(pa, pb)
            false_kind[k] += n
            kinds_here[k] += n
        n_false += fp
        impure.append((fp, len(ms), len(per), c, kinds_here.most_common(3)))
        # steps and source pairs on the falsely joined mentions (weighted by their false partners)
        for pm in per.values():
            others = len(ms) - len(pm)
            for m in pm:
                for st in set(ments[m]["steps"]):
                    false_steps[st] += others
        if len(ms) <= 60:
            for a, b in combinations(ms, 2):
                if truth[a] != truth[b]:
                    false_src[" + ".join(sorted((ments[a]["source"], ments[b]["source"])))] += 1

    tp = n_pred_pairs - n_false
    prec = tp / n_pred_pairs if n_pred_pairs else 1.0
    rec = tp / n_true if n_true else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    out(f"{len(truth)} mentions of {len(by_person)} persons; {len(by_cluster)} predicted clusters")
    out(f"pairwise precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    out(f"true pairs {n_true}, missed {n_missed}; predicted pairs {n_pred_pairs}, false {n_false}")
    out("")
    out(f"MISSED PAIRS by reason (top {top}; share of missed pairs, miss rate among true pairs with it)")
    out(f"{'reason':<36}{'missed':>9}{'share':>8}{'miss rate':>11}{'true pairs':>12}")
    for r, n in miss_r.most_common(top):
        out(f"{r:<36}{n:>9}{n / max(n_missed, 1):>8.1%}{n / all_r[r]:>11.1%}{all_r[r]:>12}")
    out("")
    out("MISSED PAIRS: highest miss rates (reasons on at least 0.5 % of true pairs)")
    rated = [(miss_r[r] / all_r[r], r) for r in all_r if all_r[r] >= 0.005 * n_true]
    for rate, r in sorted(rated, reverse=True)[:15]:
        out(f"  {r:<36}{rate:>8.1%}  ({miss_r[r]} of {all_r[r]})")
    out("")
    out("MISSED PAIRS by source pair (top 12)")
    for s, n in miss_src.most_common(12):
        out(f"  {s:<40}{n:>9}{n / max(n_missed, 1):>8.1%}")
    out("")
    out("FALSE PAIRS by relation between the two persons")
    for k in Relations.ORDER:
        if false_kind[k]:
            out(f"  {k:<22}{false_kind[k]:>9}{false_kind[k] / max(n_false, 1):>8.1%}")
    out("")
    out("FALSE PAIRS: steps on the falsely joined mentions (weighted by false partners, top 15)")
    tot = sum(false_steps.values()) or 1
    for st, n in false_steps.most_common(15):
        out(f"  {st:<36}{n:>9}{n / tot:>8.1%}")
    if false_src:
        out("")
        out("FALSE PAIRS by source pair (clusters up to 60 mentions, top 10)")
        for s, n in false_src.most_common(10):
            out(f"  {s:<40}{n:>9}")
    out("")
    out("LARGEST IMPURE CLUSTERS (false pairs, mentions, persons, top relations)")
    for fp, nm, npers, c, kinds in sorted(impure, reverse=True)[:8]:
        ks = ", ".join(f"{k} {n}" for k, n in kinds)
        out(f"  {c[:24]:<26}{fp:>8}{nm:>6}{npers:>5}  {ks}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", required=True, help="directory written by run.py --keep")
    ap.add_argument(
        "--pred", required=True, help="predictions: JSON Lines {id, cluster} or JSON id -> cluster"
    )
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args(argv)
    print(analyse(Path(args.dir), Path(args.pred), args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
