"""Minimal pairs: which single change keeps `doortastend link` from linking two mentions of one person, and
which hard negatives it merges.

    .venv/bin/python bench/linkgen_febrl/probe.py [--persons 400] [--seed 3]

For each perturbation, every sampled person gets two mentions: A, a complete professional record (BSN,
official given names, birth date, full address, mobile phone) and B, the same person as another
organisation writes them (no BSN, roepnaam, same address and phone) with exactly one change.  Each
perturbation is linked in its own CLI run (so copies of one person in other perturbations cannot help),
and the table shows the share of pairs put in one cluster.  Hard negatives use pairs of different persons
from one household (or one flat block, or one name) and show how often they are merged.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))

import linkgen_febrl as G  # noqa: E402
from link_bench import run_cli  # noqa: E402
from linkgen_febrl import corrupt as C  # noqa: E402
from linkgen_febrl import names as N  # noqa: E402


def _last(p) -> str:
    return " ".join(x for x in p.surname if x)


def _hn(a) -> str:
    if a.suffix is None:
        return str(a.number)
    kind, val = a.suffix
    return (
        f"{a.number}{val}"
        if kind == "letter"
        else f"{a.number}-{val}"
        if kind == "floor"
        else f"{a.number}{kind}"
    )


def record_a(p) -> dict:
    return {
        "source": "ggd",
        "bsn": p.bsn,
        "first_name": " ".join(p.given),
        "last_name": _last(p),
        "birth_date": p.birth.isoformat(),
        "gender": p.gender,
        "street": p.addr.street,
        "house_number": _hn(p.addr),
        "postcode": f"{p.addr.postcode[:4]} {p.addr.postcode[4:]}",
        "city": p.addr.town,
        **({"phone": p.phone} if p.phone else {}),
    }


def record_b(p) -> dict:
    r = record_a(p)
    r.pop("bsn")
    r["source"] = "wijkteam"
    r["first_name"] = p.roepnaam
    return r


def _swap_dm(d: dt.date) -> dt.date | None:
    return C.valid_date(d.year, d.day, d.month) if d.day <= 12 and d.day != d.month else None


def _prefixed(p) -> bool:
    return bool(p.surname[0]) and p.surname[0] not in ("El", "Ait", "Ben", "Oulad")


def perturbations(rng: random.Random):
    """name -> function(person, A, B) returning (A, B) or None when it does not apply to this person."""

    def upd(b, **kw):
        b = dict(b)
        for k, v in kw.items():
            if v is None:
                b.pop(k, None)
            else:
                b[k] = v
        return b

    def age_on(p, d=dt.date(2026, 6, 1)):
        return p.age_on(d)

    P = {
        "none (baseline)": lambda p, a, b: (a, b),
        "B also carries the same BSN": lambda p, a, b: (a, upd(b, bsn=p.bsn)),
        "first and last name swapped": lambda p, a, b: (
            a,
            upd(b, first_name=b["last_name"], last_name=b["first_name"]),
        ),
        "swapped, and B carries the same BSN": lambda p, a, b: (
            a,
            upd(b, first_name=b["last_name"], last_name=b["first_name"], bsn=p.bsn),
        ),
        "gender wrong": lambda p, a, b: (a, upd(b, gender="f" if p.gender == "m" else "m")),
        "gender wrong, and B carries the same BSN": lambda p, a, b: (
            a,
            upd(b, gender="f" if p.gender == "m" else "m", bsn=p.bsn),
        ),
        "gender absent": lambda p, a, b: (a, upd(b, gender=None)),
        "roepnaam is not a given name (Hans / Johannes)": lambda p, a, b: (
            (a, b) if p.roepnaam not in p.given else None
        ),
        "first name = all given names on both": lambda p, a, b: (
            (a, upd(b, first_name=" ".join(p.given))) if len(p.given) > 1 else None
        ),
        "first name initials (J.P.)": lambda p, a, b: (
            a,
            upd(b, first_name="".join(g[0] + "." for g in p.given)),
        ),
        "first name spelling variant (Youssef / Joesoef)": lambda p, a, b: (
            (a, upd(b, first_name=rng.choice(G.VARIANTS[p.roepnaam]))) if p.roepnaam in G.VARIANTS else None
        ),
        "first name absent, nickname only": lambda p, a, b: (
            a,
            upd(b, first_name=None, nickname=rng.choice(p.nicks)),
        ),
        "first name keyboard typo": lambda p, a, b: (
            a,
            upd(b, first_name=C.keyboard_typo(b["first_name"], rng)),
        ),
        "last name keyboard typo": lambda p, a, b: (
            a,
            upd(b, last_name=C.keyboard_typo(b["last_name"], rng)),
        ),
        "last name phonetic (ij/y, ou/au, ch/g ...)": lambda p, a, b: (
            (a, upd(b, last_name=C.phonetic(b["last_name"], rng)))
            if C.phonetic(b["last_name"], random.Random(1)) != b["last_name"]
            else None
        ),
        "tussenvoegsel inverted (Meer, van der)": lambda p, a, b: (
            (a, upd(b, last_name=f"{p.surname[1]}, {p.surname[0]}")) if _prefixed(p) else None
        ),
        "tussenvoegsel abbreviated (vd Meer)": lambda p, a, b: (
            (
                a,
                upd(
                    b,
                    last_name="".join(w[0] for w in p.surname[0].replace("'t", "t").split())
                    + " "
                    + p.surname[1],
                ),
            )
            if _prefixed(p)
            else None
        ),
        "tussenvoegsel glued (Vandermeer)": lambda p, a, b: (
            (a, upd(b, last_name=(p.surname[0].replace(" ", "") + p.surname[1].lower()).capitalize()))
            if _prefixed(p)
            else None
        ),
        "tussenvoegsel dropped (Meer)": lambda p, a, b: (
            (a, upd(b, last_name=p.surname[1])) if _prefixed(p) else None
        ),
        "tussenvoegsel in first-name field (Jan van der / Meer)": lambda p, a, b: (
            (a, upd(b, first_name=f"{b['first_name']} {p.surname[0]}", last_name=p.surname[1]))
            if _prefixed(p)
            else None
        ),
        "El Amrani written Elamrani": lambda p, a, b: (
            (a, upd(b, last_name=p.surname[0] + p.surname[1].lower()))
            if p.surname[0] in ("El", "Ait", "Ben")
            else None
        ),
        "El Amrani written Amrani": lambda p, a, b: (
            (a, upd(b, last_name=p.surname[1])) if p.surname[0] in ("El", "Ait", "Ben") else None
        ),
        "married double name (Jansen-de Vries)": lambda p, a, b: (
            (a, upd(b, last_name=" ".join(x for x in p.spouse_surname if x) + "-" + _last(p)))
            if p.spouse_surname
            else None
        ),
        "spouse's name only (Jansen)": lambda p, a, b: (
            (a, upd(b, last_name=" ".join(x for x in p.spouse_surname if x))) if p.spouse_surname else None
        ),
        "Polish/Bulgarian female surname in male form": lambda p, a, b: (
            (a, upd(b, last_name=G._male_form(p.community, p.surname[1])))
            if p.community in ("pl", "bg")
            and p.gender == "f"
            and G._male_form(p.community, p.surname[1]) != p.surname[1]
            else None
        ),
        "Hindustani surname English spelling (Soekhoe / Sukhu)": lambda p, a, b: (
            (a, upd(b, last_name=N.HI_SURNAME_VARIANTS[p.surname[1]][0]))
            if p.surname[1] in N.HI_SURNAME_VARIANTS
            else None
        ),
        "diacritics folded (Yılmaz / Yilmaz)": lambda p, a, b: (
            (a, upd(b, first_name=C.fold(b["first_name"]), last_name=C.fold(b["last_name"])))
            if not (b["first_name"] + b["last_name"]).isascii()
            else None
        ),
        "diacritics German-folded (Öztürk / Oeztuerk)": lambda p, a, b: (
            (a, upd(b, first_name=C.fold_german(b["first_name"]), last_name=C.fold_german(b["last_name"])))
            if any(c in b["first_name"] + b["last_name"] for c in "öüÖÜşŞçä")
            else None
        ),
        "mojibake (Yılmaz / YÄ±lmaz)": lambda p, a, b: (
            (a, upd(b, first_name=C.mojibake(b["first_name"]), last_name=C.mojibake(b["last_name"])))
            if not (b["first_name"] + b["last_name"]).isascii()
            else None
        ),
        "all fields UPPER CASE": lambda p, a, b: (
            a,
            {k: v.upper() if isinstance(v, str) and k != "gender" else v for k, v in b.items()},
        ),
        "all fields lower case": lambda p, a, b: (
            a,
            {k: v.lower() if isinstance(v, str) else v for k, v in b.items()},
        ),
        "birth date day/month swapped": lambda p, a, b: (
            (a, upd(b, birth_date=_swap_dm(p.birth).isoformat())) if _swap_dm(p.birth) else None
        ),
        "birth year off by one": lambda p, a, b: (
            (a, upd(b, birth_date=C.valid_date(p.birth.year + 1, p.birth.month, p.birth.day).isoformat()))
            if C.valid_date(p.birth.year + 1, p.birth.month, p.birth.day)
            else None
        ),
        "birth year digits transposed (1987 / 1978)": lambda p, a, b: (
            (
                a,
                upd(
                    b,
                    birth_date=C.valid_date(
                        int(str(p.birth.year)[:2] + str(p.birth.year)[3] + str(p.birth.year)[2]),
                        p.birth.month,
                        p.birth.day,
                    ).isoformat(),
                ),
            )
            if str(p.birth.year)[2] != str(p.birth.year)[3]
            and C.valid_date(
                int(str(p.birth.year)[:2] + str(p.birth.year)[3] + str(p.birth.year)[2]),
                p.birth.month,
                p.birth.day,
            )
            and int(str(p.birth.year)[:2] + str(p.birth.year)[3] + str(p.birth.year)[2]) < 2026
            else None
        ),
        "birth day off by one": lambda p, a, b: (
            a,
            upd(b, birth_date=(p.birth + dt.timedelta(days=1)).isoformat()),
        ),
        "unknown birth date written 07-01 vs 01-01": lambda p, a, b: (
            upd(a, birth_date=f"{p.birth.year}-01-01"),
            upd(b, birth_date=f"{p.birth.year}-07-01"),
        ),
        "birth date replaced by age estimate": lambda p, a, b: (
            a,
            upd(b, birth_date=None, age_estimate=age_on(p)),
        ),
        "age estimate off by 2": lambda p, a, b: (a, upd(b, birth_date=None, age_estimate=age_on(p) + 2)),
        "moved: B at another address, other phone": lambda p, a, b: (
            a,
            upd(
                b,
                street=rng.choice(N.STREETS),
                house_number=str(rng.randint(1, 99)),
                postcode=None,
                phone=None,
            ),
        ),
        "street abbreviated (Burg. / Kon. / str.)": lambda p, a, b: (
            (a, upd(b, street=G._street(p.addr.street, random.Random(2), 1.0)))
            if any(x in p.addr.street for x, _ in N.STREET_ABBREV)
            else None
        ),
        "house number inside street field (Vlashof 12a)": lambda p, a, b: (
            a,
            upd(b, street=f"{p.addr.street} {_hn(p.addr)}", house_number=None),
        ),
        "house number suffix dropped": lambda p, a, b: (
            (a, upd(b, house_number=str(p.addr.number))) if p.addr.suffix else None
        ),
        "house number suffix as 12-II / 12 A": lambda p, a, b: (
            (
                a,
                upd(
                    b,
                    house_number=(f"{p.addr.number}-" + ["I", "II", "III", "IV"][int(p.addr.suffix[1]) - 1])
                    if p.addr.suffix[0] == "floor"
                    else f"{p.addr.number} {p.addr.suffix[1].upper()}",
                ),
            )
            if p.addr.suffix and p.addr.suffix[0] in ("floor", "letter")
            else None
        ),
        "house number as JSON number": lambda p, a, b: (
            (a, upd(b, house_number=p.addr.number)) if p.addr.suffix is None else None
        ),
        "postcode without space, lower case": lambda p, a, b: (a, upd(b, postcode=p.addr.postcode.lower())),
        "town written another way (Ijsselstein, De Meern)": lambda p, a, b: (
            a,
            upd(b, city=rng.choice(N.TOWNS[p.addr.town][2])),
        ),
        "phone as +31 6 ... / 0031...": lambda p, a, b: (
            (a, upd(b, phone=rng.choice(["+31 6 " + p.phone[2:], "0031" + p.phone[1:]]))) if p.phone else None
        ),
        "B: address and phone absent (name + birth date only)": lambda p, a, b: (
            a,
            upd(b, street=None, house_number=None, postcode=None, city=None, phone=None),
        ),
        "absent fields written as empty strings": lambda p, a, b: (
            a,
            {**{k: "" for k in ("bsn", "nickname", "age_estimate", "license_plate", "school")}, **b},
        ),
        "absent fields written as null": lambda p, a, b: (
            a,
            {**{k: None for k in ("bsn", "nickname", "age_estimate", "license_plate", "school")}, **b},
        ),
        "BSN as JSON number on A": lambda p, a, b: (upd(a, bsn=int(p.bsn)), b),
        "BSN written 1234.56.782 on A": lambda p, a, b: (
            upd(a, bsn=f"{p.bsn[:4]}.{p.bsn[4:6]}.{p.bsn[6:]}"),
            b,
        ),
        "resident report: nickname, age, street (B)": lambda p, a, b: (
            a,
            {
                "source": "bewoner",
                "nickname": rng.choice(p.nicks),
                "age_estimate": age_on(p),
                "gender": p.gender,
                "street": p.addr.street,
            },
        ),
        "resident report: first name, age, street + number (B)": lambda p, a, b: (
            a,
            {
                "source": "bewoner",
                "first_name": p.roepnaam,
                "age_estimate": age_on(p),
                "gender": p.gender,
                "street": p.addr.street,
                "house_number": _hn(p.addr),
            },
        ),
    }
    return P


def link(pairs: list[tuple[dict, dict]]) -> list[bool]:
    lines = []
    for i, (a, b) in enumerate(pairs):
        lines.append(json.dumps(dict(a, id=f"a{i}"), ensure_ascii=False))
        lines.append(json.dumps(dict(b, id=f"b{i}"), ensure_ascii=False))
    with tempfile.TemporaryDirectory() as d:
        inp, out = Path(d) / "in.jsonl", Path(d) / "out.jsonl"
        inp.write_text("\n".join(lines) + "\n", "utf-8")
        try:
            cl, _, _ = run_cli(inp, out, extra=("--quiet",))
        except RuntimeError as exc:
            raise SystemExit(f"CLI failed: {exc}") from exc
    return [cl[f"a{i}"] == cl[f"b{i}"] for i in range(len(pairs))]


def hard_negatives(people: list) -> dict[str, list[tuple[dict, dict]]]:
    by_h: dict[int, list] = {}
    for p in people:
        by_h.setdefault(p.household, []).append(p)
    out: dict[str, list] = {
        k: [] for k in ("twins", "siblings", "father and son, one first name", "parent and child", "couple")
    }
    for members in by_h.values():
        for i, x in enumerate(members):
            for y in members[i + 1 :]:
                if x.role == y.role == "child":
                    k = "twins" if x.birth == y.birth else "siblings"
                elif x.role == y.role == "adult":
                    k = "couple"
                elif x.extra.get("named_after_father") or y.extra.get("named_after_father"):
                    k = "father and son, one first name"
                else:
                    k = "parent and child"
                out[k].append((record_a(x), record_b(y)))
    flats: dict[tuple, list] = {}
    names: dict[tuple, list] = {}
    for p in people:
        if p.addr.suffix:
            flats.setdefault((p.addr.town, p.addr.street, p.addr.number), []).append(p)
        names.setdefault((p.given[0], p.surname), []).append(p)
    out["flat neighbours (same number, other suffix)"] = [
        (record_a(v[0]), record_b(v[1]))
        for v in flats.values()
        if len(v) > 1 and v[0].household != v[1].household
    ]
    out["namesakes (same first and last name, other household)"] = [
        (record_a(v[0]), record_b(v[1]))
        for v in names.values()
        if len(v) > 1 and v[0].household != v[1].household
    ]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--persons", type=int, default=400)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args(argv)
    knobs = dict(G.KNOBS)
    G.KNOBS["member_mentioned"] = 1.0  # whole households, for the hard negatives
    people: dict = {}
    try:
        G.generate(max(args.persons * 10, 4000), args.seed, people_out=people)
    finally:
        G.KNOBS.update(knobs)
    rng = random.Random(args.seed)
    pop = sorted(people.values(), key=lambda p: p.pid)
    adults_and_teens = [p for p in pop if p.age_on(G.REF_DATE) >= 12]
    print("| single change in mention B (A: complete record with BSN) | pairs | linked |")
    print("|---|---:|---:|")
    for name, f in perturbations(rng).items():
        pairs = []
        for p in rng.sample(adults_and_teens, len(adults_and_teens)):
            r = f(p, record_a(p), record_b(p))
            if r is not None:
                pairs.append(r)
            if len(pairs) >= args.persons:
                break
        if len(pairs) < 5:
            continue
        ok = link(pairs)
        print(f"| {name} | {len(pairs)} | {sum(ok) / len(ok):.1%} |", flush=True)
    print(
        "\n| hard negative (A: complete record with BSN, B: the other person without BSN) | pairs | merged |"
    )
    print("|---|---:|---:|")
    for name, pairs in hard_negatives(pop).items():
        pairs = pairs[: args.persons]
        if not pairs:
            continue
        ok = link(pairs)
        print(f"| {name} | {len(pairs)} | {sum(ok) / len(ok):.1%} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
