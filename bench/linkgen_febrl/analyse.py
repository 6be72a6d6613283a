"""Error analysis of `doortastend link` on the Febrl/GeCo-style benchmark.

    .venv/bin/python bench/linkgen_febrl/run.py --persons 20000 --keep /tmp/febrl
    .venv/bin/python bench/linkgen_febrl/analyse.py --dir /tmp/febrl --persons 20000 [--seed 1] > report.md

Regenerates the same data (same persons and seed) to know each mention's person, household and what the
generator did to it (tags), reads the CLI's clusters (ours.jsonl), and writes Markdown:
  * split mentions: mentions not in the cluster that holds most of their person's mentions, with the tags
    that are over-represented among them (lift against all mentions of persons with 2+ mentions), the
    source pairs of the missed pairs, and what the missed pairs share after a plain normalisation;
  * merged persons: pairs of different persons put in one cluster, by relation (twins, siblings, parent and
    child, couple, flat neighbours, namesakes, ...), with the pair of mentions that look most alike;
  * examples of both, the two JSON records side by side.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from linkgen_febrl import generate  # noqa: E402
from linkgen_febrl.corrupt import fold  # noqa: E402

PREFIX_WORDS = {
    "van",
    "der",
    "den",
    "de",
    "het",
    "t",
    "'t",
    "in",
    "op",
    "ten",
    "ter",
    "te",
    "vd",
    "v",
    "d",
    "el",
    "ben",
    "ait",
    "oulad",
    "aït",
    "ouled",
    "v/d",
    "v.d.",
}


def _s(v) -> str:
    return "" if v is None else str(v)


def norm_name(v) -> str:
    return re.sub(r"[^a-z ]", "", fold(_s(v)).lower()).strip()


def surname_core(v) -> str:
    words = [w for w in re.split(r"[\s,\-./]+", fold(_s(v)).lower()) if w]
    core = [w for w in words if w not in PREFIX_WORDS]
    return "".join(core)


def norm_phone(v) -> str:
    d = re.sub(r"\D", "", _s(v))
    if d.startswith("0031"):
        d = "0" + d[4:]
    elif d.startswith("31") and len(d) >= 11:
        d = "0" + d[2:]
    return d.replace("0060", "06", 1) if d.startswith("0060") else d


def norm_pc(v) -> str:
    return re.sub(r"\s", "", _s(v)).upper()


def norm_bsn(v) -> str:
    d = re.sub(r"\D", "", _s(v))
    return d.zfill(9) if d else ""


def shared(a: dict, b: dict) -> list[str]:
    out = []
    if norm_bsn(a.get("bsn")) and norm_bsn(a.get("bsn")) == norm_bsn(b.get("bsn")):
        out.append("bsn")
    if a.get("birth_date") and a.get("birth_date") == b.get("birth_date"):
        out.append("birth_date")
    if norm_phone(a.get("phone")) and norm_phone(a.get("phone")) == norm_phone(b.get("phone")):
        out.append("phone")
    if norm_pc(a.get("postcode")) and norm_pc(a.get("postcode")) == norm_pc(b.get("postcode")):
        out.append("postcode")
    sa, sb = norm_name(a.get("street")), norm_name(b.get("street"))
    if sa and sa == sb:
        out.append("street")
    la, lb = surname_core(a.get("last_name")), surname_core(b.get("last_name"))
    if la and la == lb:
        out.append("last_name")
    fa = set(norm_name(a.get("first_name")).split()) | set(norm_name(a.get("nickname")).split())
    fb = set(norm_name(b.get("first_name")).split()) | set(norm_name(b.get("nickname")).split())
    if fa & fb:
        out.append("first_or_nick")
    pa = re.sub(r"\W", "", _s(a.get("license_plate"))).upper()
    if pa and pa == re.sub(r"\W", "", _s(b.get("license_plate"))).upper():
        out.append("plate")
    return out


def relation(pa, pb) -> str:
    if pa.household == pb.household:
        if pa.birth == pb.birth and pa.role == pb.role == "child":
            return "twins"
        if pa.role == pb.role == "child":
            return "siblings"
        if pa.role == pb.role == "adult":
            return "couple"
        named = pa.extra.get("named_after_father") or pb.extra.get("named_after_father")
        return "father and son, one first name" if named else "parent and child"
    same_addr = (pa.addr.town, pa.addr.street, pa.addr.number) == (
        pb.addr.town,
        pb.addr.street,
        pb.addr.number,
    )
    prev = [x for x in (pa.prev_addr, pb.prev_addr) if x is not None]
    if any(
        (x.town, x.street, x.number)
        in {(pa.addr.town, pa.addr.street, pa.addr.number), (pb.addr.town, pb.addr.street, pb.addr.number)}
        for x in prev
    ):
        return "lived at the same address (mover)"
    if same_addr:
        return "flat neighbours (same number, other suffix)"
    same_fn = pa.given[0] == pb.given[0] or pa.roepnaam == pb.roepnaam
    if same_fn and pa.surname[1] == pb.surname[1]:
        return "namesakes (same first and last name)"
    if pa.surname[1] == pb.surname[1]:
        return "same surname, other household"
    if pa.addr.street == pb.addr.street and pa.addr.town == pb.addr.town:
        return "same street"
    if same_fn:
        return "same first name only"
    return "other"


def side_by_side(a: dict, b: dict) -> str:
    return "    " + json.dumps(a, ensure_ascii=False) + "\n    " + json.dumps(b, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", required=True)
    ap.add_argument("--persons", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--examples", type=int, default=15)
    args = ap.parse_args(argv)
    d = Path(args.dir)
    people: dict = {}
    tags: dict = {}
    records, truth = generate(args.persons, args.seed, people_out=people, tags_out=tags)
    stored = [json.loads(x) for x in (d / "records.jsonl").read_text("utf-8").splitlines()]
    if stored != records:
        raise SystemExit(
            "records.jsonl differs from a fresh generation: wrong --persons/--seed or changed knobs"
        )
    pred = {}
    for line in (d / "ours.jsonl").read_text("utf-8").splitlines():
        o = json.loads(line)
        pred[o["id"]] = o["cluster"]
    byid = {r["id"]: r for r in records}
    rng = random.Random(7)
    w = print

    # ---------------------------------------------------------------- split mentions (recall)
    by_person: dict[str, list[str]] = defaultdict(list)
    for rid, pid in truth.items():
        by_person[pid].append(rid)
    split: list[tuple[str, str]] = []  # (split-off id, an id of the main cluster)
    base_tags: Counter = Counter()
    base_n = 0
    missed_pairs = Counter()
    missed_src = Counter()
    all_src = Counter()
    shared_missed = Counter()
    strong_missed: list[tuple[str, str, list[str]]] = []
    for ids in by_person.values():
        if len(ids) < 2:
            continue
        for rid in ids:
            base_tags.update(set(tags[rid]) | {"source:" + byid[rid]["source"]})
            base_n += 1
        cl = Counter(pred[i] for i in ids)
        main_c = cl.most_common(1)[0][0]
        main_ids = [i for i in ids if pred[i] == main_c]
        for rid in ids:
            if pred[rid] != main_c:
                split.append((rid, main_ids[0]))
        for a, b in itertools.combinations(ids, 2):
            k = " + ".join(sorted((byid[a]["source"], byid[b]["source"])))
            all_src[k] += 1
            if pred[a] != pred[b]:
                missed_src[k] += 1
                sh = shared(byid[a], byid[b])
                shared_missed[", ".join(sh) or "(nothing after plain normalisation)"] += 1
                strong = [
                    x
                    for x in sh
                    if x in ("bsn", "birth_date", "phone", "postcode", "last_name", "first_or_nick")
                ]
                if len(strong) >= 3 or "bsn" in sh:
                    strong_missed.append((a, b, sh))
                missed_pairs["x"] += 1
    split_tags: Counter = Counter()
    for rid, _m in split:
        split_tags.update(set(tags[rid]) | {"source:" + byid[rid]["source"]})
    total_true = sum(all_src.values())
    w("## Missed true pairs (recall)\n")
    w(
        f"{missed_pairs['x']} of {total_true} true pairs missed; {len(split)} of {base_n} mentions of persons with "
        f"2+ mentions are not in the cluster that holds most of their person's mentions.\n"
    )
    w("### Tags over-represented among split-off mentions (lift = share among split / share among all)\n")
    w("| tag | split-off mentions | share of split | share of all | lift | excess |")
    w("|---|---:|---:|---:|---:|---:|")
    rows = []
    for t, n in split_tags.items():
        ss, sa = n / max(1, len(split)), base_tags[t] / max(1, base_n)
        rows.append((ss / sa if sa else 0, t, n, ss, sa))
    for lift, t, n, ss, sa in sorted(rows, key=lambda x: (-x[0], -x[2])):
        if n >= 10:
            w(f"| {t} | {n} | {ss:.3f} | {sa:.3f} | {lift:.2f} | {n - sa * len(split):.0f} |")
    w("\n### Missed pairs by source pair\n")
    w("| sources | true pairs | missed | missed share |")
    w("|---|---:|---:|---:|")
    for k, v in sorted(all_src.items(), key=lambda x: -missed_src[x[0]]):
        if missed_src[k]:
            w(f"| {k} | {v} | {missed_src[k]} | {missed_src[k] / v:.2f} |")
    w(
        "\n### What the missed pairs share (after a plain normalisation: case, diacritics, phone to 0..., "
        "postcode without space, surname without tussenvoegsel)\n"
    )
    w("| shared fields | missed pairs |")
    w("|---|---:|")
    for k, v in shared_missed.most_common(25):
        w(f"| {k} | {v} |")

    w(
        "\n### Missed pairs with strong shared evidence (same BSN, or 3+ of BSN, birth date, phone, postcode, "
        "surname, first name/nickname)\n"
    )
    w(f"{len(strong_missed)} such missed pairs.  Tags of the two mentions (union), most frequent first:\n")
    w("| tag | missed strong pairs |")
    w("|---|---:|")
    st = Counter()
    for a, b, _sh in strong_missed:
        st.update(set(tags[a]) | set(tags[b]))
    for t, v in st.most_common(30):
        w(f"| {t} | {v} |")
    w("\nExamples:\n")
    ex = list(strong_missed)
    rng.shuffle(ex)
    for a, b, sh in ex[: args.examples]:
        w(
            f"* shared: {', '.join(sh)}; tags A: {', '.join(tags[a]) or '-'}; tags B: {', '.join(tags[b]) or '-'}"
        )
        w("```")
        w(side_by_side(byid[a], byid[b]))
        w("```")

    # ---------------------------------------------------------------- merged persons (precision)
    clusters: dict[str, list[str]] = defaultdict(list)
    for rid, c in pred.items():
        clusters[c].append(rid)
    rel_pairs = Counter()
    rel_persons = Counter()
    merge_examples: dict[str, list] = defaultdict(list)
    false_pairs = 0
    for _c, ids in clusters.items():
        per = defaultdict(list)
        for i in ids:
            per[truth[i]].append(i)
        if len(per) < 2:
            continue
        for pa, pb in itertools.combinations(sorted(per), 2):
            r = relation(people[pa], people[pb])
            n = len(per[pa]) * len(per[pb])
            false_pairs += n
            rel_pairs[r] += n
            rel_persons[r] += 1
            best = max((len(shared(byid[x], byid[y])), x, y) for x in per[pa] for y in per[pb])
            merge_examples[r].append((best[1], best[2], len(ids)))
    w("\n## False pairs (precision)\n")
    w(f"{false_pairs} false pairs from {sum(rel_persons.values())} merged person pairs.\n")
    w("| relation of the two persons | person pairs merged | false mention pairs |")
    w("|---|---:|---:|")
    for r, v in rel_pairs.most_common():
        w(f"| {r} | {rel_persons[r]} | {v} |")

    # ---------------------------------------------------------------- examples
    w("\n## Examples: split-off mention beside a mention of the same person in the main cluster\n")
    rng.shuffle(split)
    for rid, other in split[: args.examples]:
        w(
            f"* tags of the split mention: {', '.join(tags[rid]) or '-'}; shared: "
            f"{', '.join(shared(byid[rid], byid[other])) or 'nothing'}"
        )
        w("```")
        w(side_by_side(byid[rid], byid[other]))
        w("```")
    w("\n## Examples: mentions of two different persons in one cluster\n")
    for r, _v in rel_pairs.most_common():
        ex = merge_examples[r]
        rng.shuffle(ex)
        w(f"### {r}\n")
        for x, y, size in ex[: max(3, args.examples // 3)]:
            w(f"* cluster size {size}; shared: {', '.join(shared(byid[x], byid[y])) or 'nothing'}")
            w("```")
            w(side_by_side(byid[x], byid[y]))
            w("```")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
