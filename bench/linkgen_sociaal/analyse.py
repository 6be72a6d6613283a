"""Break down a linker's errors on a kept social-domain benchmark directory.

    .venv/bin/python bench/linkgen_sociaal/analyse.py --dir /tmp/keep/so1 [--pred FILE] [--examples 3]

Reads mentions.jsonl, truth.json, side.json and the predictions (default pred_project.jsonl; JSON Lines of
{"id", "cluster"} or a JSON object id -> cluster such as pred_splink.json) and prints:

  * missed true pairs (same person, different predicted clusters): per habit/noise tag the number of true
    pairs that carry it in either mention and how many of those were missed; per role of the person, per pair
    of sources, and per field-agreement signature (bsn / name / birth / address / phone: = agree, x differ,
    - missing in one or both), with example mention ids;
  * false pairs (different persons, one predicted cluster): per relation between the two persons (twin,
    junior/senior, partner, parent/child, sibling, exploiter at the address, mentor, housemate, co-resident,
    shared hub address, namesake, same surname, none), per tag and per field-agreement signature, with
    example mention ids.

Field agreement uses a light normalisation (lower case, letters and digits only, first token of the given
name, the surname's last word) so that a signature says roughly what a linker could see.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

REL_ORDER = ["twin_of", "junior_of", "senior_of", "partner_of", "parent_of", "child_of", "sibling_of",
             "grandchild_of", "grandparent_of", "exploiter_of", "exploited_by", "mentor_of", "mentored_by",
             "housemate_of"]
TITLE = re.compile(r"^(dhr|mw|mevr|mevrouw|de heer)\.?\s+", re.I)


def _load_pred(path: Path) -> dict[str, str]:
    text = path.read_text("utf-8")
    if path.suffix == ".json":
        return {k: str(v) for k, v in json.loads(text).items()}
    out = {}
    for line in text.splitlines():
        if line.strip():
            o = json.loads(line)
            out[o["id"]] = str(o["cluster"])
    return out


def _norm(s: str | None) -> str:
    return re.sub(r"[^0-9a-z]", "", (s or "").lower())


def _given(r: dict) -> str:
    f = TITLE.sub("", r.get("first_name") or "")
    return _norm(f.split(" ")[0].split(".")[0]) if f else ""


def _sur(r: dict) -> str:
    s = TITLE.sub("", r.get("last_name") or "")
    s = s.split(",")[0]
    parts = re.split(r"[\s-]+", s.strip())
    return _norm(parts[-1]) if parts and parts[-1] else ""


def _addr(r: dict) -> str:
    if not r.get("street"):
        return ""
    m = re.match(r"\d+", r.get("house_number") or "")
    return _norm(r["street"])[:6] + (m.group(0) if m else "")


def _phone(r: dict) -> str:
    p = re.sub(r"\D", "", r.get("phone") or "")
    return p[-9:] if p else ""


def signature(a: dict, b: dict) -> str:
    out = []
    for lab, f in (("bsn", lambda r: r.get("bsn", "")), ("first", _given), ("sur", _sur),
                   ("birth", lambda r: r.get("birth_date", "")), ("addr", _addr), ("phone", _phone)):
        x, y = f(a), f(b)
        if not x or not y:
            out.append(f"{lab}-")
        elif lab == "first" and (x.startswith(y) or y.startswith(x)):
            out.append(f"{lab}=")
        else:
            out.append(f"{lab}{'=' if x == y else 'x'}")
    return " ".join(out)


def brief(r: dict) -> str:
    keys = ("source", "bsn", "first_name", "nickname", "last_name", "birth_date", "age_estimate", "gender",
            "street", "house_number", "postcode", "city", "phone")
    return " | ".join(str(r[k]) for k in keys if r.get(k) not in (None, ""))


def relation(pa: dict, pb: dict, a_id: str, b_id: str) -> str:
    rel = pa["relations"]
    for kind in REL_ORDER:
        if b_id in rel.get(kind, []):
            return kind
    if pa.get("hangout") and pa["hangout"] in [x for _, x in pb["addresses"]] or pb.get("hangout") and \
            pb["hangout"] in [x for _, x in pa["addresses"]]:
        return "exploiter_at_address"
    aa = {x for _, x in pa["addresses"]}
    bb = {x for _, x in pb["addresses"]}
    shared = aa & bb
    if shared:
        return "shared_facility" if any("[" in x for x in shared) else "co_resident"
    if pa.get("bewindvoerder") and pa["bewindvoerder"] == pb.get("bewindvoerder"):
        same_office = True
    else:
        same_office = False
    sa, sb = _norm(pa["surname"].split(" ")[-1]), _norm(pb["surname"].split(" ")[-1])
    ga, gb = {_norm(pa["roepnaam"]), _norm(pa["given"][0])}, {_norm(pb["roepnaam"]), _norm(pb["given"][0])}
    if sa == sb and ga & gb:
        return "namesake"
    if same_office:
        return "same_bewindvoerder"
    if sa == sb:
        return "same_surname"
    if ga & gb:
        return "same_given_name"
    return "none"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", required=True)
    ap.add_argument("--pred", default=None, help="predictions file (default DIR/pred_project.jsonl)")
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--top", type=int, default=14)
    args = ap.parse_args(argv)
    d = Path(args.dir)
    recs = {}
    for line in (d / "mentions.jsonl").read_text("utf-8").splitlines():
        r = json.loads(line)
        recs[r["id"]] = r
    truth = json.loads((d / "truth.json").read_text("utf-8"))
    side = json.loads((d / "side.json").read_text("utf-8"))
    pred = _load_pred(Path(args.pred) if args.pred else d / "pred_project.jsonl")
    for m in truth:
        pred.setdefault(m, "missing:" + m)
    mside, persons = side["mentions"], side["persons"]
    tags = {m: set(v["tags"]) - {"same_file"} for m, v in mside.items()}

    by_person: dict[str, list[str]] = defaultdict(list)
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for m, p in truth.items():
        by_person[p].append(m)
        by_cluster[pred[m]].append(m)

    # --- missed true pairs ---------------------------------------------------------------------------------
    tag_all, tag_miss = Counter(), Counter()
    role_all, role_miss = Counter(), Counter()
    src_miss, sig_miss = Counter(), Counter()
    ex_tag: dict[str, list] = defaultdict(list)
    ex_sig: dict[str, list] = defaultdict(list)
    true_pairs = missed = 0
    for p, ms in by_person.items():
        role = persons[p]["roles"][0]
        for a, b in combinations(sorted(ms), 2):
            true_pairs += 1
            miss = pred[a] != pred[b]
            tg = tags[a] | tags[b]
            for t in tg:
                tag_all[t] += 1
            role_all[role] += 1
            if not miss:
                continue
            missed += 1
            role_miss[role] += 1
            for t in tg:
                tag_miss[t] += 1
                if len(ex_tag[t]) < args.examples:
                    ex_tag[t].append((a, b))
            src_miss[" + ".join(sorted((recs[a]["source"], recs[b]["source"])))] += 1
            s = signature(recs[a], recs[b])
            sig_miss[s] += 1
            if len(ex_sig[s]) < args.examples:
                ex_sig[s].append((a, b))

    # --- false pairs ----------------------------------------------------------------------------------------
    rel_fp, tag_fp, sig_fp = Counter(), Counter(), Counter()
    ex_rel: dict[str, list] = defaultdict(list)
    false_pairs = pred_pairs = 0
    rel_cache: dict[tuple, str] = {}
    big = 0
    for ms in by_cluster.values():
        n = len(ms)
        pred_pairs += n * (n - 1) // 2
        if len({truth[m] for m in ms}) < 2:
            continue
        if n > 1500:
            # a giant cluster: relations per pair of persons (weighted), no tags or signatures
            big += 1
            per: dict[str, list[str]] = defaultdict(list)
            for m in ms:
                per[truth[m]].append(m)
            for pa, pb in combinations(sorted(per), 2):
                w = len(per[pa]) * len(per[pb])
                false_pairs += w
                rel_fp[relation(persons[pa], persons[pb], pa, pb)] += w
            continue
        for a, b in combinations(ms, 2):
            pa, pb = truth[a], truth[b]
            if pa == pb:
                continue
            false_pairs += 1
            key = (pa, pb) if pa < pb else (pb, pa)
            rel = rel_cache.get(key)
            if rel is None:
                rel = rel_cache[key] = relation(persons[pa], persons[pb], pa, pb)
            rel_fp[rel] += 1
            for t in tags[a] | tags[b]:
                tag_fp[t] += 1
            sig_fp[signature(recs[a], recs[b])] += 1
            if len(ex_rel[rel]) < args.examples and (a, b) not in ex_rel[rel]:
                if not any(pa in x or pb in x for x in [(truth[u], truth[v]) for u, v in ex_rel[rel]]):
                    ex_rel[rel].append((a, b))

    tp = pred_pairs - false_pairs
    prec = tp / pred_pairs if pred_pairs else 0.0
    rec = tp / true_pairs if true_pairs else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"mentions {len(truth)}  persons {len(by_person)}  true pairs {true_pairs}  predicted pairs "
          f"{pred_pairs}  P {prec:.3f}  R {rec:.3f}  F1 {f1:.3f}")
    print(f"missed true pairs: {missed}   false pairs: {false_pairs}")
    if big:
        print(f"({big} predicted clusters over 1500 mentions: their false pairs are counted per relation only)")

    def show(a: str, b: str) -> None:
        print(f"      {a}: {brief(recs[a])}")
        print(f"      {b}: {brief(recs[b])}")

    print("\n== missed true pairs by tag (pairs with the tag in either mention: missed / all, miss rate)")
    for t, n in tag_miss.most_common(args.top):
        print(f"  {t:<26}{n:>8} / {tag_all[t]:<8}{n / tag_all[t]:>6.2f}")
        for a, b in ex_tag[t][: min(1, args.examples)]:
            show(a, b)
    print("\n== missed true pairs by role of the person (missed / all)")
    for t, n in role_miss.most_common():
        print(f"  {t:<26}{n:>8} / {role_all[t]:<8}{n / role_all[t]:>6.2f}")
    print("\n== missed true pairs by pair of sources")
    for t, n in src_miss.most_common(args.top):
        print(f"  {t:<40}{n:>8}")
    print("\n== missed true pairs by field signature")
    for t, n in sig_miss.most_common(args.top):
        print(f"  {t:<48}{n:>8}")
        for a, b in ex_sig[t][: args.examples]:
            show(a, b)
    print("\n== false pairs by relation between the two persons")
    for t, n in rel_fp.most_common():
        print(f"  {t:<26}{n:>8}")
        for a, b in ex_rel[t][: args.examples]:
            print(f"    persons {truth[a]} / {truth[b]}")
            show(a, b)
    print("\n== false pairs by tag (in either mention)")
    for t, n in tag_fp.most_common(args.top):
        print(f"  {t:<26}{n:>8}")
    print("\n== false pairs by field signature")
    for t, n in sig_fp.most_common(args.top):
        print(f"  {t:<48}{n:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
