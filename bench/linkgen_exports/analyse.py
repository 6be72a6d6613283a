"""Error analysis on the messy-exports benchmark: which noise steps the mentions split from their person's main
cluster carry, and which steps and relations the wrongly merged pairs carry, each against all mentions.

    .venv/bin/python bench/linkgen_exports/run.py --persons 20000 --seed 1 --keep /tmp/exports_s1
    .venv/bin/python bench/linkgen_exports/analyse.py --dir /tmp/exports_s1 [--pred FILE] [--top 15]
                                                      [--examples 3]

--pred defaults to the project's predictions (pred_project.jsonl in the keep directory); pass
pred_splink.json to analyse plain Splink instead.  Examples are anonymised: names and streets keep their
first two letters, digits all but the last two, dates only their year unless they are a known dummy.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

KEEP_WORDS = {"onbekend", "nn", "n.n.", "-", "?", "x", "n.v.t.", "fam.", "dhr.", "mevr.", "mw.", "van", "der",
              "den", "de", "het", "ten", "ter", "el", "ben", "ait", "ou", "geen", "vaste", "woon-", "of",
              "verblijfplaats", "moeder", "vader", "mam", "voogd", "oma", "/"}
DUMMY_VALUES = {"123456782", "111222333", "1900-01-01", "1899-12-30", "1970-01-01", "0612345678",
                "06-12345678", "0000000000", "0600000000"}


def _load_pred(path: Path) -> dict[str, str]:
    text = path.read_text("utf-8")
    if path.suffix == ".jsonl":
        out = {}
        for line in text.splitlines():
            if line.strip():
                o = json.loads(line)
                out[o["id"]] = str(o["cluster"])
        return out
    return {k: str(v) for k, v in json.loads(text).items()}


def _mask_word(w: str) -> str:
    if w.lower() in KEEP_WORDS or w in DUMMY_VALUES:
        return w
    out, letters = [], 0
    digits_total = sum(c.isdigit() for c in w)
    seen_digits = 0
    for c in w:
        if c.isalpha():
            letters += 1
            out.append(c if letters <= 2 else "*")
        elif c.isdigit():
            seen_digits += 1
            out.append(c if seen_digits > digits_total - 2 else "#")
        else:
            out.append(c)
    return "".join(out)


def mask(field: str, v) -> str:
    if v is None:
        return "None"
    s = str(v)
    if field in ("id", "source", "gender", "age_estimate"):
        return s
    if s in DUMMY_VALUES:
        return s
    if field == "birth_date" and re.fullmatch(r"\d{4}-\d\d-\d\d", s):
        return s if s[5:] in ("01-01", "07-01") else s[:4] + "-**-**"
    return " ".join(_mask_word(w) for w in s.split(" "))


def _show(rec: dict, side_m: dict) -> str:
    fields = [f"{k}={mask(k, v)!r}" for k, v in rec.items() if k not in ("id",)]
    return "      " + ", ".join(fields) + f"\n        noise: {', '.join(side_m['noise']) or '-'}"


def _table(title: str, counts: Counter, total: int, base: Counter, base_total: int, top: int, min_n: int):
    print(f"\n{title}")
    print(f"  {'noise step':<46}{'here':>8}{'share':>8}{'all':>8}{'lift':>7}{'excess':>9}")
    rows = []
    for step, n in counts.items():
        if n < min_n:
            continue
        share = n / total if total else 0.0
        bshare = base[step] / base_total if base_total else 0.0
        lift = share / bshare if bshare else float("inf")
        rows.append((n - bshare * total, step, n, share, bshare, lift))
    rows.sort(reverse=True)
    for excess, step, n, share, bshare, lift in rows[:top]:
        print(f"  {step:<46}{n:>8.0f}{share:>8.3f}{bshare:>8.3f}{lift:>7.1f}{excess:>9.0f}")
    return [r[1] for r in rows]


def _relation(a: dict, b: dict, pa: str, pb: str, ra: list, rb: list) -> str:
    if a["household"] == b["household"]:
        if a.get("twin_of") == pb or b.get("twin_of") == pa:
            return "twins"
        if a.get("junior_of") == pb or b.get("junior_of") == pa:
            return "father and junior"
        roles = {a["role"], b["role"]}
        if roles == {"child"}:
            return "siblings"
        if "child" in roles:
            return "parent and child"
        if roles == {"labour"}:
            return "housemates (labour migrants)"
        return "partners"
    if a.get("hub") is not None and a.get("hub") == b.get("hub"):
        return "same hub address"
    ba = {r.get("bsn") for r in ra} & {r.get("bsn") for r in rb}
    if ba & {"123456782", "111222333"}:
        return "same dummy BSN"
    if (a["sn"] == b["sn"] and a["given"][:1] == b["given"][:1]) or (a["roep"] and a["roep"] == b["roep"]
                                                                     and a["sn"] == b["sn"]):
        return "namesakes"
    if a["addr"]["street"] == b["addr"]["street"] and a["addr"]["muni"] == b["addr"]["muni"]:
        return "same street"
    if a["given"][:1] == b["given"][:1] or (a["roep"] and a["roep"] == b["roep"]):
        return "same first name"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", required=True, help="a --keep directory of bench/linkgen_exports/run.py")
    ap.add_argument("--pred", help="predictions file (default: pred_project.jsonl in --dir)")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--min", type=int, default=10, help="ignore steps seen fewer times among the errors")
    ap.add_argument("--seed", type=int, default=7, help="for picking examples")
    args = ap.parse_args(argv)
    d = Path(args.dir)
    records = {}
    for line in (d / "mentions.jsonl").read_text("utf-8").splitlines():
        r = json.loads(line)
        records[r["id"]] = r
    truth = json.loads((d / "truth.json").read_text("utf-8"))
    side = json.loads((d / "side.json").read_text("utf-8"))
    sm, persons = side["mentions"], side["persons"]
    pred = _load_pred(Path(args.pred) if args.pred else d / "pred_project.jsonl")
    for m in truth:
        pred.setdefault(m, "missing:" + m)
    rng = random.Random(args.seed)
    print(f"{len(records)} mentions, {len(set(truth.values()))} persons, predictions {args.pred or 'project'}")

    by_person = defaultdict(list)
    for m, p in truth.items():
        by_person[p].append(m)
    by_cluster = defaultdict(list)
    for m, c in pred.items():
        by_cluster[c].append(m)

    # ---- splits: mentions outside their person's main cluster ----
    base, base_n = Counter(), 0
    split, split_n = Counter(), 0
    split_src, base_src = Counter(), Counter()
    split_examples = defaultdict(list)
    for ms in by_person.values():
        if len(ms) < 2:
            continue
        cl = Counter(pred[m] for m in ms)
        main_c = max(cl.items(), key=lambda kv: (kv[1], kv[0]))[0]
        anchor = next(m for m in ms if pred[m] == main_c)
        for m in ms:
            steps = set(sm[m]["noise"]) | {f"source:{sm[m]['source']}"}
            base.update(steps)
            base_n += 1
            base_src[sm[m]["source"]] += 1
            if pred[m] != main_c:
                split.update(steps)
                split_n += 1
                split_src[sm[m]["source"]] += 1
                for s in steps:
                    split_examples[s].append((m, anchor))
    pairs_missed = 0
    for ms in by_person.values():
        cl = Counter(pred[m] for m in ms)
        n = len(ms)
        pairs_missed += n * (n - 1) // 2 - sum(k * (k - 1) // 2 for k in cl.values())
    print(f"\nSPLITS: {split_n} of {base_n} mentions of persons with 2+ mentions lie outside their person's main "
          f"cluster ({split_n / max(base_n, 1):.1%}); {pairs_missed} true pairs missed")
    order = _table("noise steps over-represented among split mentions (share vs all mentions of those persons)",
                   split, split_n, base, base_n, args.top, args.min)
    print("\n  examples (split mention, then a mention of the same person in the main cluster):")
    for step in [s for s in order if not s.startswith("source:")][:6]:
        ex = split_examples[step]
        print(f"    [{step}]")
        for m, a in rng.sample(ex, min(args.examples, len(ex))):
            print(_show(records[m], sm[m]))
            print(_show(records[a], sm[a]).replace("      ", "    ~ ", 1))

    # ---- merges: pairs of different persons in one predicted cluster ----
    wrong_of = {}
    rel = Counter()
    merge_examples = defaultdict(list)
    wrong_total = 0
    for ms in by_cluster.values():
        if len(ms) < 2:
            continue
        per = Counter(truth[m] for m in ms)
        if len(per) < 2:
            for m in ms:
                wrong_of[m] = 0
            continue
        for m in ms:
            wrong_of[m] = len(ms) - per[truth[m]]
        wrong_total += (len(ms) * (len(ms) - 1) // 2) - sum(k * (k - 1) // 2 for k in per.values())
        plist = list(per)
        if len(plist) > 300:
            plist = rng.sample(plist, 300)
        pm = defaultdict(list)
        for m in ms:
            pm[truth[m]].append(m)
        for i, pa in enumerate(plist):
            for pb in plist[i + 1 :]:
                ra = [records[m] for m in pm[pa]]
                rb = [records[m] for m in pm[pb]]
                r = _relation(persons[pa], persons[pb], pa, pb, ra, rb)
                rel[r] += per[pa] * per[pb]
                merge_examples[r].append((pm[pa][0], pm[pb][0]))
    step_w, all_steps = Counter(), Counter()
    for m in records:
        steps = set(sm[m]["noise"]) | {f"source:{sm[m]['source']}"}
        all_steps.update(steps)
        w = wrong_of.get(m, 0)
        if w:
            for s in steps:
                step_w[s] += w
                if len(merge_examples[s]) < 200:
                    c = pred[m]
                    other = next((x for x in by_cluster[c] if truth[x] != truth[m]), None)
                    if other:
                        merge_examples[s].append((m, other))
    w_total = sum(wrong_of.values())
    print(f"\nMERGES: {wrong_total} wrongly merged pairs")
    print("\n  relation of the two persons in a wrong pair (pairs):")
    for r, n in rel.most_common():
        print(f"    {r:<34}{n:>9}{n / max(wrong_total, 1):>8.1%}")
    order = _table("noise steps over-represented among wrongly merged mentions (weighted by wrong partners)",
                   step_w, w_total, all_steps, len(records), args.top, args.min)
    print("\n  examples (two mentions of different persons in one cluster):")
    shown = [r for r, _ in rel.most_common(3)] + [s for s in order if not s.startswith("source:")][:5]
    for key in shown:
        ex = merge_examples[key]
        if not ex:
            continue
        print(f"    [{key}]")
        for a, b in rng.sample(ex, min(args.examples, len(ex))):
            print(_show(records[a], sm[a]))
            print(_show(records[b], sm[b]).replace("      ", "    ~ ", 1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
