"""Error analysis of a clustering on the scenario benchmark: missed true pairs and false pairs, grouped.

    .venv/bin/python bench/linkgen_scenario/analyse.py --dir DIR [--pred pred_project.jsonl]
                                                       [--persons 20000] [--seed 1] [--examples 12]

DIR is a `run.py --keep DIR` directory. Missed pairs are grouped per split person: every pair of predicted
fragments of one true person is one "split"; it is described by its most similar cross pair (the pair the
linker came closest to joining) and counted with all its missed pairs. False pairs are grouped per wrongly
joined pair of persons, by their relation in the generated population, with the most similar cross pair as
the bridge. Field comparisons use a deliberately simple normalisation of this script's own (case,
diacritics, punctuation), only to describe how the two records differ.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from linkgen_scenario import Knobs, generate_detailed  # noqa: E402

FIELDS = (
    "bsn",
    "first_name",
    "nickname",
    "last_name",
    "birth_date",
    "age_estimate",
    "gender",
    "street",
    "house_number",
    "postcode",
    "city",
    "phone",
    "license_plate",
    "school",
)
_EXTRA = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "ß": "ss", "İ": "i"})


def norm(v) -> str:
    if v is None:
        return ""
    s = str(v).translate(_EXTRA)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^0-9a-z]", "", s)


def phone_norm(v) -> str:
    d = re.sub(r"\D", "", str(v or ""))
    if d.startswith("0031"):
        d = "0" + d[4:]
    elif d.startswith("31") and len(d) == 11:
        d = "0" + d[2:]
    return d[-9:]


def name_tokens(v) -> list[str]:
    s = str(v or "").translate(_EXTRA)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return [t for t in re.split(r"[^0-9a-z]+", s) if t]


TV = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "t",
    "in",
    "ter",
    "ten",
    "te",
    "op",
    "uit",
    "vd",
    "v",
    "d",
    "el",
    "al",
}


def surname_core(v) -> str:
    toks = [t for t in name_tokens(v) if t not in TV]
    return "".join(toks)


def lev(a: str, b: str) -> int:
    if a == b:
        return 0
    if abs(len(a) - len(b)) > 3:
        return 9
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def similarity(a: dict, b: dict) -> float:
    """Crude evidence score, only to pick a representative pair."""
    s = 0.0
    if a.get("bsn") is not None and norm(a.get("bsn")).zfill(9) == norm(b.get("bsn")).zfill(9):
        s += 5
    if norm(a.get("birth_date")) and norm(a.get("birth_date")) == norm(b.get("birth_date")):
        s += 3
    if surname_core(a.get("last_name")) and surname_core(a.get("last_name")) == surname_core(
        b.get("last_name")
    ):
        s += 2
    fa, fb = name_tokens(a.get("first_name")), name_tokens(b.get("first_name"))
    if fa and fb and fa[0] == fb[0]:
        s += 2
    if norm(a.get("postcode")) and norm(a.get("postcode")) == norm(b.get("postcode")):
        s += 1.5
    if norm(a.get("street")) and norm(a.get("street")) == norm(b.get("street")):
        s += 1
    if phone_norm(a.get("phone")) and phone_norm(a.get("phone")) == phone_norm(b.get("phone")):
        s += 2
    return s


def describe_pair(a: dict, b: dict, pa, pb=None) -> list[str]:
    """Tags for how two mentions differ or agree (pa/pb: generated Person objects)."""
    tags = []
    both = [a, b]
    sparse = [r for r in both if not r.get("last_name") and not r.get("birth_date") and r.get("bsn") is None]
    if sparse:
        tags.append("sparse mention (no surname, birth date or BSN)")
    if any(r.get("first_name") is None and r.get("last_name") is None for r in both):
        tags.append(
            "no name at all on one side" if not any(r.get("nickname") for r in both) else "nickname only"
        )
    # BSN
    ba, bb = a.get("bsn"), b.get("bsn")
    if ba is not None and bb is not None:
        if norm(ba).zfill(9) == norm(bb).zfill(9):
            tags.append("same BSN")
            if type(ba) is not type(bb) or str(ba) != str(bb):
                tags.append("same BSN, written differently (" + _bsn_form(ba) + " vs " + _bsn_form(bb) + ")")
        else:
            tags.append("different BSN")
    # names
    la, lb = a.get("last_name"), b.get("last_name")
    fa, fb = a.get("first_name"), b.get("first_name")
    if la and lb:
        ca, cb = surname_core(la), surname_core(lb)
        if norm(la) == norm(lb) and la != lb:
            tags.append("surname equal up to case/diacritics/punctuation")
        elif ca == cb and norm(la) != norm(lb):
            tags.append("surname equal up to prefix form")
        elif ca != cb:
            if fa and (surname_core(fa) == cb or surname_core(fb or "") == ca):
                tags.append("first/last name swapped")
            elif "-" in str(la) + str(lb) and (ca in cb or cb in ca):
                tags.append("surname: married/double name vs single")
            elif (
                ca.endswith(("ska", "cka", "ova", "eva")) or cb.endswith(("ska", "cka", "ova", "eva"))
            ) and (ca[:-1] == cb[:-1] or ca[:-1] == cb or cb[:-1] == ca):
                tags.append("surname: Polish/Bulgarian feminine vs masculine form")
            elif "," in str(la) + str(lb):
                tags.append("surname field holds 'Surname, initials'")
            elif lev(ca, cb) <= 2:
                tags.append("surname: small spelling difference (typo/transliteration)")
            else:
                tags.append("surname: different")
    if fa and fb:
        ta, tb = name_tokens(fa), name_tokens(fb)
        if ta == tb:
            if fa != fb:
                tags.append("first name equal up to case/diacritics")
        elif (
            all(len(t) == 1 for t in ta)
            or all(len(t) == 1 for t in tb)
            or re.fullmatch(r"[A-Z]{1,4}", fa + "")
            or (re.fullmatch(r"[A-Z]{1,4}", fb + ""))
        ):
            tags.append("first name: initials vs name")
        elif ta[0] == tb[0]:
            tags.append("first name: several given names vs one")
        elif set(ta) & set(tb):
            tags.append("first name: roepnaam is a later given name")
        elif lev(ta[0], tb[0]) <= 2:
            tags.append("first name: small spelling difference (typo/transliteration)")
        else:
            tags.append("first name: different name (roepnaam/house name/nickname vs official)")
    na, nb = a.get("nickname"), b.get("nickname")
    if (na and not fb and not nb) or (nb and not fa and not na):
        tags.append("nickname on one side, first name on the other")
    # dates
    da, db = a.get("birth_date"), b.get("birth_date")
    if da and db:
        if da == db:
            tags.append("same birth date")
        elif da[:4] == db[:4] and {da[5:], db[5:]} & {"01-01", "07-01"}:
            tags.append("birth date: partial date converted differently (01-01/07-01)")
        elif da[5:7] == db[8:10] and da[8:10] == db[5:7]:
            tags.append("birth date: day and month swapped")
        else:
            tags.append("birth date: other difference")
    elif (da or db) and (a.get("age_estimate") is not None or b.get("age_estimate") is not None):
        tags.append("birth date vs age estimate")
    # address
    sa, sb = norm(a.get("street")), norm(b.get("street"))
    pca, pcb = norm(a.get("postcode")), norm(b.get("postcode"))
    if (sa and sb and sa != sb) or (pca and pcb and pca != pcb):
        moved = pa is not None and len(pa.addresses) > 1
        tags.append("different address (person moved)" if moved else "different street/postcode")
    elif (sa and sa == sb) or (pca and pca == pcb):
        tags.append("same street or postcode")
    ha, hb = a.get("house_number"), b.get("house_number")
    if ha is not None and hb is not None and str(ha) != str(hb) and norm(ha) == norm(hb):
        tags.append("house number written differently")
    pha, phb = a.get("phone"), b.get("phone")
    if pha and phb:
        if phone_norm(pha) == phone_norm(phb):
            tags.append("same phone" + (" (written differently)" if pha != phb else ""))
        else:
            tags.append("different phone")
    if a.get("gender") is None or b.get("gender") is None:
        tags.append("gender missing on one side")
    return tags


def _bsn_form(v) -> str:
    if isinstance(v, int):
        return "JSON number"
    if "." in v:
        return "dotted"
    if " " in v:
        return "spaced"
    return "plain"


def relation(persons, pa: str, pb: str) -> str:
    a, b = persons[pa], persons[pb]
    rel = a.relations.get(pb)
    if rel:
        return rel
    if a.hh == b.hh:
        return "same household"
    fa = norm(a.given[0])
    if fa == norm(b.given[0]) and surname_core(a.surname) == surname_core(b.surname):
        return "unrelated namesakes (same first and last name)"
    if surname_core(a.surname) == surname_core(b.surname):
        return "unrelated, same surname"
    if fa == norm(b.given[0]) or norm(a.roep) == norm(b.roep):
        return "unrelated, same first name"
    return "unrelated"


def load_pred(path: Path) -> dict[str, str]:
    if path.suffix == ".json":
        return json.loads(path.read_text("utf-8"))
    return {o["id"]: o["cluster"] for o in map(json.loads, path.read_text("utf-8").splitlines())}


def show(r: dict) -> str:
    return json.dumps({k: v for k, v in r.items() if k != "id" and v is not None}, ensure_ascii=False)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", required=True)
    ap.add_argument("--pred", default="pred_project.jsonl")
    ap.add_argument("--persons", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--examples", type=int, default=12)
    ap.add_argument("--json", help="write the grouped counts here")
    args = ap.parse_args(argv)
    d = Path(args.dir)
    records, truth, persons = generate_detailed(args.persons, args.seed, Knobs())
    by_id = {r["id"]: r for r in records}
    stored = json.loads((d / "truth.json").read_text("utf-8"))
    assert stored == truth, "the directory was generated with other settings"
    pred = load_pred(d / args.pred)
    rng = random.Random(7)

    # ---- missed pairs, per split ------------------------------------------------------------------------
    by_person = collections.defaultdict(list)
    for m, p in truth.items():
        by_person[p].append(m)
    splits = []  # (n_missed_pairs, person, best_a, best_b, tags, source pair)
    for p, ms in by_person.items():
        frags = collections.defaultdict(list)
        for m in ms:
            frags[pred[m]].append(m)
        if len(frags) < 2:
            continue
        fl = list(frags.values())
        for f1, f2 in itertools.combinations(fl, 2):
            best = max(
                ((a, b) for a in f1 for b in f2), key=lambda ab: similarity(by_id[ab[0]], by_id[ab[1]])
            )
            a, b = by_id[best[0]], by_id[best[1]]
            tags = describe_pair(a, b, persons[p])
            splits.append((len(f1) * len(f2), p, a, b, tags, tuple(sorted((a["source"], b["source"])))))
    missed_total = sum(s[0] for s in splits)
    tag_pairs = collections.Counter()
    tag_splits = collections.Counter()
    src_pairs = collections.Counter()
    for n, _p, _a, _b, tags, sp in splits:
        for t in set(tags):
            tag_pairs[t] += n
            tag_splits[t] += 1
        src_pairs[sp] += n
    print(f"# missed true pairs: {missed_total} in {len(splits)} splits of {len(by_person)} persons")
    print("\n## missed pairs by tag of the closest cross pair (multi-label)")
    for t, n in tag_pairs.most_common():
        print(f"{n:7d} pairs {tag_splits[t]:6d} splits  {t}")
    print("\n## missed pairs by source pair")
    for sp, n in src_pairs.most_common(20):
        print(f"{n:7d}  {sp[0]} + {sp[1]}")

    # ---- false pairs, per joined person pair ------------------------------------------------------------
    by_cluster = collections.defaultdict(list)
    for m, c in pred.items():
        by_cluster[c].append(m)
    joins = []
    for _c, ms in by_cluster.items():
        pp = collections.defaultdict(list)
        for m in ms:
            pp[truth[m]].append(m)
        if len(pp) < 2:
            continue
        for p1, p2 in itertools.combinations(sorted(pp), 2):
            best = max(
                ((a, b) for a in pp[p1] for b in pp[p2]),
                key=lambda ab: similarity(by_id[ab[0]], by_id[ab[1]]),
            )
            a, b = by_id[best[0]], by_id[best[1]]
            joins.append(
                (
                    len(pp[p1]) * len(pp[p2]),
                    relation(persons, p1, p2),
                    p1,
                    p2,
                    a,
                    b,
                    describe_pair(a, b, None),
                )
            )
    fp_total = sum(j[0] for j in joins)
    rel_pairs = collections.Counter()
    rel_joins = collections.Counter()
    for n, rel, *_ in joins:
        rel_pairs[rel] += n
        rel_joins[rel] += 1
    print(f"\n# false pairs: {fp_total} from {len(joins)} wrongly joined person pairs")
    for rel, n in rel_pairs.most_common():
        print(f"{n:7d} pairs {rel_joins[rel]:6d} joins  {rel}")
    ftags = collections.Counter()
    for n, _rel, _p1, _p2, _a, _b, tags in joins:
        for t in set(tags):
            ftags[t] += n
    print("\n## false pairs by tag of the bridging pair")
    for t, n in ftags.most_common(25):
        print(f"{n:7d}  {t}")

    # ---- examples ---------------------------------------------------------------------------------------
    print("\n# examples of splits (closest cross pair)")
    for n, p, a, b, tags, _sp in rng.sample(splits, min(args.examples, len(splits))):
        print(f"- {p} ({persons[p].eth}), {n} missed pairs; {'; '.join(tags)}")
        print(f"    {show(a)}\n    {show(b)}")
    print("\n# examples of false joins (bridging pair)")
    for n, rel, p1, p2, a, b, _tags in rng.sample(joins, min(args.examples, len(joins))):
        print(f"- {p1} + {p2}: {rel}, {n} false pairs")
        print(f"    {show(a)}\n    {show(b)}")
    if args.json:
        out = {
            "missed_total": missed_total,
            "splits": len(splits),
            "missed_by_tag": dict(tag_pairs),
            "missed_splits_by_tag": dict(tag_splits),
            "missed_by_source_pair": {" + ".join(k): v for k, v in src_pairs.items()},
            "false_total": fp_total,
            "false_by_relation": dict(rel_pairs),
            "false_joins_by_relation": dict(rel_joins),
            "false_by_tag": dict(ftags),
        }
        Path(args.json).write_text(json.dumps(out, indent=1, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
