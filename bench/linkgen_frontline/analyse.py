"""Where does a linker fail on the frontline-entry benchmark?  Missed pairs by entry step, false pairs by relation.

    .venv/bin/python bench/linkgen_frontline/analyse.py --dir /tmp/keep/fl1 [--pred FILE] [--examples 3]

--dir is a directory written by run.py --keep (mentions.jsonl, truth.json, side.json); --pred is a prediction
file, JSON Lines ``{"id", "cluster"}`` or a JSON object id -> cluster (default: DIR/pred_project.jsonl).

Missed true pairs (same person, different predicted clusters) are broken down by
  * tag: every noise/habit step on either mention (``phonetic:first``, ``addr:in_street``, ``dob:age_only``
    ...), with the miss rate among all true pairs carrying that tag;
  * entry-mode pair and source pair;
  * shared evidence: whether the two records share a normalised BSN, birth date, phone, plate or postcode.
False pairs (different persons, one predicted cluster) are broken down by the relation of the two persons
(twin, sibling, junior, parent/child, partner, household, coresident, crew, namesake, parent's BSN, other)
and, for "other", by what the two records share.  A few examples with mention ids follow each class.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path


def _load_pred(path: Path) -> dict[str, str]:
    text = path.read_text("utf-8")
    if path.suffix == ".json":
        return {k: str(v) for k, v in json.loads(text).items()}
    out = {}
    for line in text.splitlines():
        if line.strip():
            d = json.loads(line)
            out[d["id"]] = str(d["cluster"])
    return out


def _digits(s) -> str:
    return re.sub(r"\D", "", str(s or ""))


def _norm(s) -> str:
    s = unicodedata.normalize("NFKD", str(s or "")).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", s)


def _phone(s) -> str:
    d = _digits(s)
    return d[-9:] if len(d) >= 9 else d


def _keys(r: dict) -> dict[str, str]:
    return {
        "bsn": _digits(r.get("bsn")).zfill(9) if r.get("bsn") else "",
        "dob": r.get("birth_date") or "",
        "phone": _phone(r.get("phone")),
        "plate": _norm(r.get("license_plate")),
        "postcode": _norm(r.get("postcode"))[:6],
    }


def _shared(a: dict, b: dict) -> list[str]:
    ka, kb = _keys(a), _keys(b)
    return [k for k in ka if ka[k] and ka[k] == kb[k]]


def _short(r: dict) -> str:
    return json.dumps({k: v for k, v in r.items() if k != "id"}, ensure_ascii=False)


def _relation(pa: str, pb: str, persons: dict, ma: dict, mb: dict, side_m: dict) -> str:
    ra, rb = persons[pa]["relations"], persons[pb]["relations"]
    if ra.get("twin_of") == pb:
        return "twin"
    if ra.get("junior_of") == pb or rb.get("junior_of") == pa:
        return "junior (father/son, same name)"
    if pb in ra.get("sibling_of", []):
        return "sibling"
    if pb in ra.get("child_of", []) or pa in rb.get("child_of", []):
        ta, tb = side_m[ma["id"]]["tags"], side_m[mb["id"]]["tags"]
        if ("bsn:parent" in ta or "bsn:parent" in tb) and "bsn" in _shared(ma, mb):
            return "parent/child via parent's BSN"
        return "parent/child"
    if ra.get("partner_of") == pb:
        return "partner"
    if pb in ra.get("coresident_of", []):
        return "coresident (labour house)"
    if pb in ra.get("household_of", []):
        return "household other"
    if pb in ra.get("crew_of", []):
        return "crew (shared car)"
    if pb in ra.get("namesake_of", []):
        return "namesake"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", required=True)
    ap.add_argument("--pred")
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)
    d = Path(args.dir)
    recs = {}
    for line in (d / "mentions.jsonl").read_text("utf-8").splitlines():
        r = json.loads(line)
        recs[r["id"]] = r
    truth = json.loads((d / "truth.json").read_text("utf-8"))
    side = json.loads((d / "side.json").read_text("utf-8"))
    side_m, persons = side["mentions"], side["persons"]
    pred = _load_pred(Path(args.pred) if args.pred else d / "pred_project.jsonl")
    for m in truth:
        pred.setdefault(m, "missing:" + m)

    by_person: dict[str, list[str]] = defaultdict(list)
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for m, p in truth.items():
        by_person[p].append(m)
        by_cluster[pred[m]].append(m)

    # ---- missed pairs ------------------------------------------------------------------------------------
    tag_all, tag_miss = Counter(), Counter()
    mode_all, mode_miss, src_miss, ev_miss, ev_all = Counter(), Counter(), Counter(), Counter(), Counter()
    examples_tag: dict[str, list] = defaultdict(list)
    true_pairs = missed = 0
    for ms in by_person.values():
        for a, b in combinations(ms, 2):
            true_pairs += 1
            is_miss = pred[a] != pred[b]
            tags = {t for t in side_m[a]["tags"]} | {t for t in side_m[b]["tags"]}
            modes = "-".join(sorted((side_m[a]["mode"], side_m[b]["mode"])))
            sh = _shared(recs[a], recs[b])
            ev = "+".join(sh) if sh else "none"
            ev1 = "strong key shared" if sh else "no shared key"
            mode_all[modes] += 1
            ev_all[ev1] += 1
            for t in tags:
                tag_all[t] += 1
            if not is_miss:
                continue
            missed += 1
            mode_miss[modes] += 1
            ev_miss[ev] += 1
            src_miss["-".join(sorted((side_m[a]["source"], side_m[b]["source"])))] += 1
            for t in tags:
                tag_miss[t] += 1
                if len(examples_tag[t]) < args.examples and len(tags) <= 3:
                    examples_tag[t].append((a, b))
    # ---- false pairs -------------------------------------------------------------------------------------
    rel_false: Counter = Counter()
    other_sub: Counter = Counter()
    examples_rel: dict[str, list] = defaultdict(list)
    pred_pairs = false_pairs = 0
    big = []
    for cid, ms in by_cluster.items():
        pred_pairs += len(ms) * (len(ms) - 1) // 2
        groups: dict[str, list[str]] = defaultdict(list)
        for m in ms:
            groups[truth[m]].append(m)
        if len(groups) < 2:
            continue
        big.append((len(groups), len(ms), cid))
        plist = list(groups)
        for pa, pb in combinations(plist, 2):
            w = len(groups[pa]) * len(groups[pb])
            false_pairs += w
            ma, mb = recs[groups[pa][0]], recs[groups[pb][0]]
            rel = _relation(pa, pb, persons, ma, mb, side_m)
            rel_false[rel] += w
            if rel == "other":
                best = max(
                    ((x, y) for x in groups[pa] for y in groups[pb]), key=lambda xy: len(_shared(recs[xy[0]], recs[xy[1]]))
                )
                ma, mb = recs[best[0]], recs[best[1]]
                sh = _shared(ma, mb)
                fa, fb = _norm(ma.get("first_name")), _norm(mb.get("first_name"))
                la, lb = _norm(ma.get("last_name")), _norm(mb.get("last_name"))
                what = sh + (["first"] if fa and fa == fb else []) + (["last"] if la and la == lb else [])
                if _norm(ma.get("street"))[:8] and _norm(ma.get("street"))[:8] == _norm(mb.get("street"))[:8]:
                    what.append("street")
                other_sub["+".join(what) or "nothing exact"] += w
            if len(examples_rel[rel]) < args.examples:
                examples_rel[rel].append((groups[pa][0], groups[pb][0]))

    tp = pred_pairs - false_pairs
    prec = tp / pred_pairs if pred_pairs else 0.0
    rec = tp / true_pairs if true_pairs else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"{len(recs)} mentions, {len(by_person)} persons, {len(by_cluster)} predicted clusters")
    print(f"true pairs {true_pairs}, predicted {pred_pairs}, P {prec:.3f} R {rec:.3f} F1 {f1:.3f}")
    print(f"\n== missed true pairs: {missed} ({missed / max(true_pairs, 1):.1%} of true pairs)")
    print("-- by shared evidence (normalised bsn/dob/phone/plate/postcode in both records)")
    for k, v in ev_miss.most_common(10):
        print(f"  {v:7d}  {v / missed:6.1%}  {k}")
    for k in ("strong key shared", "no shared key"):
        print(f"  (all true pairs with {k}: {ev_all[k]})")
    print("-- by entry-mode pair (missed / all, miss rate)")
    for k, v in mode_miss.most_common():
        print(f"  {v:7d} / {mode_all[k]:7d}  {v / mode_all[k]:6.1%}  {k}")
    print("-- by source pair (top)")
    for k, v in src_miss.most_common(10):
        print(f"  {v:7d}  {k}")
    print(f"-- by tag on either mention (missed / all pairs with tag, miss rate; top {args.top} by missed)")
    for t, v in tag_miss.most_common(args.top):
        print(f"  {v:7d} / {tag_all[t]:7d}  {v / tag_all[t]:6.1%}  {t}")
    print("-- examples (pairs with few tags)")
    for t, _v in tag_miss.most_common(8):
        for a, b in examples_tag[t][: args.examples]:
            print(f"  [{t}] {a} {side_m[a]['mode']}/{side_m[a]['tags']}: {_short(recs[a])}")
            print(f"  {' ' * (len(t) + 2)} {b} {side_m[b]['mode']}/{side_m[b]['tags']}: {_short(recs[b])}")

    print(f"\n== false pairs: {false_pairs} ({false_pairs / max(pred_pairs, 1):.1%} of predicted pairs)")
    for k, v in rel_false.most_common():
        print(f"  {v:8d}  {v / max(false_pairs, 1):6.1%}  {k}")
    if other_sub:
        print("-- 'other' by what the closest two records share exactly")
        for k, v in other_sub.most_common(10):
            print(f"  {v:8d}  {k}")
    big.sort(reverse=True)
    print("-- predicted clusters with most persons: " + ", ".join(f"{n}p/{m}m" for n, m, _ in big[:8]))
    print("-- examples")
    for rel, _v in rel_false.most_common(8):
        for a, b in examples_rel[rel][: args.examples]:
            print(f"  [{rel}] {a} ({truth[a]}): {_short(recs[a])}")
            print(f"  {' ' * (len(rel) + 2)} {b} ({truth[b]}): {_short(recs[b])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
