"""Training the Fellegi–Sunter parameters (m, u, prior).

Two estimators share the comparison levels of :mod:`doortastend.linkage.scoring`:

* :func:`train_splink` — the reference: Splink 5 on DuckDB with custom SQL comparison levels mirroring
  ``scoring.compare``; u by random sampling, m from the label column (synthetic ground truth) or by EM
  over blocking rules when no labels are available. Writes ``data/model_v1.json``.
* :func:`estimate_from_labels` — the same estimators in plain Python (used by tests and as a fallback).

Retrain: ``python -m doortastend.linkage.training --persons 20000 --out src/doortastend/linkage/data/model_v1.json``
(needs ``bench/`` on the path for the generator; see docs/linkage.md).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence

from .normalize import NormalizedRecord, name_skeleton
from .scoring import COMPARISONS, NEAR_YEARS, Model, compare

__all__ = ["estimate_from_labels", "train_splink", "records_to_rows", "splink_settings"]


def estimate_from_labels(
    records: Sequence[NormalizedRecord], labels: Sequence[str], max_u_pairs: int = 300_000, seed: int = 7
) -> Model:
    """m from all pairs within a label cluster (capped), u from random pairs; prior from cluster sizes."""
    rng = random.Random(seed)
    n = len(records)
    ncomp = len(COMPARISONS)
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        by_label[lab].append(i)
    m_counts = [[0.0] * len(lv) for _, lv in COMPARISONS]
    u_counts = [[0.0] * len(lv) for _, lv in COMPARISONS]
    n_match_pairs = 0
    for members in by_label.values():
        k = len(members)
        n_match_pairs += k * (k - 1) // 2
        pairs = [(members[x], members[y]) for x in range(k) for y in range(x + 1, k)]
        if len(pairs) > 50:
            pairs = rng.sample(pairs, 50)
        for i, j in pairs:
            for f, lvl in enumerate(compare(records[i], records[j])):
                m_counts[f][lvl] += 1
    for _ in range(max_u_pairs):
        i, j = rng.randrange(n), rng.randrange(n)
        if i == j or labels[i] == labels[j]:
            continue
        for f, lvl in enumerate(compare(records[i], records[j])):
            u_counts[f][lvl] += 1
    m: dict[str, list[float]] = {}
    u: dict[str, list[float]] = {}
    for f in range(ncomp):
        name = COMPARISONS[f][0]
        # probabilities over the non-null levels (level 0 contributes no evidence)
        mt = sum(m_counts[f][1:]) or 1.0
        ut = sum(u_counts[f][1:]) or 1.0
        m[name] = [0.0] + [(c + 0.5) / (mt + 0.5 * (len(m_counts[f]) - 1)) for c in m_counts[f][1:]]
        u[name] = [0.0] + [(c + 0.5) / (ut + 0.5 * (len(u_counts[f]) - 1)) for c in u_counts[f][1:]]
    total_pairs = n * (n - 1) / 2
    prior = max(n_match_pairs / total_pairs, 1e-9)
    return Model(prior=prior, m=m, u=u, meta={"trained_by": "estimate_from_labels", "records": n})


# ---------------------------------------------------------------------------------------------------------
# Splink
# ---------------------------------------------------------------------------------------------------------


def records_to_rows(records: Sequence[NormalizedRecord], labels: Sequence[str] | None = None) -> list[dict]:
    """Flatten normalised records into columns for Splink (lists become DuckDB lists)."""
    rows = []
    for i, r in enumerate(records):
        names = list(r.first_names[:2]) + ([r.nickname] if r.nickname else [])
        rows.append(
            {
                "unique_id": i,
                "bsn": r.bsn,
                "first_name": r.first_name,
                "names": names or None,
                "name_skels": [name_skeleton(x) for x in names] or None,
                "name_groups": sorted(r.name_groups) or None,
                "first_initial": r.first_initial,
                "last_name": r.last_name,
                "last_core": r.last_name_core,
                "last_skel": r.last_name_skeleton,
                "birth_date": r.birth_date,
                "birth_dates": list(r.birth_dates) or None,
                "by_min": r.birth_year_min,
                "by_max": r.birth_year_max,
                "gender": r.gender,
                "street": r.street,
                "street_skel": _skel(r.street),
                "house_number": r.house_number,
                "house_suffix": r.house_suffix,
                "postcode": r.postcode,
                "city": r.city,
                "phone": r.phone,
                "plate": r.license_plate,
                "school": r.school,
                "label": labels[i] if labels is not None else None,
            }
        )
    return rows


def _skel(s: str | None) -> str | None:
    return name_skeleton(s) if s else None


def _levels_sql() -> dict[str, list[str]]:
    """SQL conditions per comparison level (index 0 = null), mirroring scoring.compare."""
    jw = "jaro_winkler_similarity"
    names_l = "coalesce(names_l, [])"
    names_r = "coalesce(names_r, [])"
    city_conflict = "(city_l IS NOT NULL AND city_r IS NOT NULL AND city_l <> city_r AND NOT coalesce(postcode_l = postcode_r, false))"
    same_street = (
        "(coalesce(postcode_l = postcode_r, false) OR coalesce(street_l = street_r, false) "
        "OR coalesce(street_skel_l = street_skel_r, false) "
        "OR coalesce(len(street_skel_l) >= 8 AND len(street_skel_r) >= 8 "
        "AND damerau_levenshtein(street_skel_l, street_skel_r) <= 1, false))"
    )
    # initials of the registered names behind the other side's roepnamen (scoring.cmp_first_name)
    official_l, official_r = (
        f"list_transform(list_filter(coalesce(name_groups_{side}, []), g -> g[1] <> '~'), g -> g[1])"
        for side in "lr"
    )
    # a street on one side and only a postcode on the other cannot be compared ("street unknown")
    comparable = (
        "(street_l IS NOT NULL AND street_r IS NOT NULL OR postcode_l IS NOT NULL AND postcode_r IS NOT NULL)"
    )
    return {
        "bsn": ["bsn_l IS NULL OR bsn_r IS NULL", "bsn_l = bsn_r", "TRUE"],
        "voornaam": [
            f"(len({names_l}) = 0 AND first_initial_l IS NULL) OR (len({names_r}) = 0 AND first_initial_r IS NULL)",
            f"len({names_l}) > 0 AND len({names_r}) > 0 AND (first_name_l = first_name_r OR len(list_intersect(names_l, names_r)) > 0)",
            f"len({names_l}) > 0 AND len({names_r}) > 0 AND len(list_intersect(name_groups_l, name_groups_r)) > 0",
            f"len({names_l}) > 0 AND len({names_r}) > 0 AND (list_max(list_transform(names_l, x -> list_max(list_transform(names_r, y -> {jw}(x, y))))) >= 0.88 "
            "OR list_min(list_transform(list_filter(names_l, x -> len(x) > 2), x -> list_min(list_transform(list_filter(names_r, y -> len(y) > 2), y -> damerau_levenshtein(x, y))))) <= 1 "
            # one skeleton, or skeletons of four or more letters one slip apart (scoring.sounds_alike)
            "OR len(list_intersect(name_skels_l, name_skels_r)) > 0 "
            "OR list_min(list_transform(list_filter(name_skels_l, x -> len(x) > 3), x -> list_min(list_transform(list_filter(name_skels_r, y -> len(y) > 3), y -> CASE WHEN x[1] = y[1] THEN damerau_levenshtein(x, y) ELSE 9 END)))) <= 1)",
            f"(len({names_l}) = 0 AND (list_contains(list_transform({names_r}, y -> y[1]), first_initial_l) "
            f"OR list_contains({official_r}, first_initial_l))) "
            f"OR (len({names_r}) = 0 AND (list_contains(list_transform({names_l}, x -> x[1]), first_initial_r) "
            f"OR list_contains({official_l}, first_initial_r))) "
            f"OR (len({names_l}) = 0 AND len({names_r}) = 0 AND first_initial_l = first_initial_r)",
            "TRUE",
        ],
        "achternaam": [
            "last_name_l IS NULL OR last_name_r IS NULL",
            "last_name_l = last_name_r",
            "last_core_l = last_core_r OR replace(last_name_l, ' ', '') = replace(last_name_r, ' ', '')",
            f"last_skel_l = last_skel_r OR {jw}(last_core_l, last_core_r) >= 0.9 "
            "OR (len(last_core_l) > 3 AND len(last_core_r) > 3 AND damerau_levenshtein(last_core_l, last_core_r) <= 1) "
            "OR split_part(last_core_l, ' ', 1) = split_part(last_core_r, ' ', 1) "
            "OR string_split(last_core_l, ' ')[-1] = string_split(last_core_r, ' ')[-1]",
            "TRUE",
        ],
        "geboorte": [
            "by_min_l IS NULL OR by_min_r IS NULL",
            "birth_date_l = birth_date_r",
            "birth_date_l IS NOT NULL AND birth_date_r IS NOT NULL AND len(list_intersect(birth_dates_l, birth_dates_r)) > 0",
            "birth_date_l IS NOT NULL AND birth_date_r IS NOT NULL AND (damerau_levenshtein(birth_date_l, birth_date_r) <= 1 "
            "OR (substr(birth_date_l, 5) = substr(birth_date_r, 5) "
            "AND abs(try_cast(substr(birth_date_l, 1, 4) AS INTEGER) - try_cast(substr(birth_date_r, 1, 4) AS INTEGER)) "
            f"IN ({', '.join(map(str, NEAR_YEARS))})) "
            "OR abs(date_diff('day', try_cast(birth_date_l AS DATE), try_cast(birth_date_r AS DATE))) <= 1)",
            "(birth_date_l IS NULL OR birth_date_r IS NULL) AND by_min_l <= by_max_r AND by_min_r <= by_max_l "
            "AND abs(by_min_l + by_max_l - by_min_r - by_max_r) <= 2",
            "(birth_date_l IS NULL OR birth_date_r IS NULL) AND by_min_l <= by_max_r AND by_min_r <= by_max_l",
            "(birth_date_l IS NULL OR birth_date_r IS NULL) AND greatest(by_min_l - by_max_r, by_min_r - by_max_l) <= 5",
            "(birth_date_l IS NULL OR birth_date_r IS NULL)",
            "TRUE",
        ],
        "geslacht": ["gender_l IS NULL OR gender_r IS NULL", "gender_l = gender_r", "TRUE"],
        "adres": [
            f"NOT {comparable} AND (city_l IS NULL OR city_r IS NULL)",
            f"{same_street} AND NOT {city_conflict} AND house_number_l = house_number_r AND house_suffix_l = house_suffix_r",
            f"{same_street} AND NOT {city_conflict} AND house_number_l = house_number_r",
            f"{same_street} AND NOT {city_conflict} AND (house_number_l IS NULL OR house_number_r IS NULL) "
            "AND (coalesce(postcode_l = postcode_r, false) OR coalesce(city_l = city_r, false))",
            f"{same_street} AND NOT {city_conflict} AND (house_number_l IS NULL OR house_number_r IS NULL)",
            f"{same_street} AND NOT {city_conflict}",
            f"city_l = city_r AND NOT {comparable}",
            f"coalesce(city_l = city_r, true) AND {comparable}",
            "TRUE",
        ],
        "telefoon": ["phone_l IS NULL OR phone_r IS NULL", "phone_l = phone_r", "TRUE"],
        "kenteken": ["plate_l IS NULL OR plate_r IS NULL", "plate_l = plate_r", "TRUE"],
        "school": [
            "school_l IS NULL OR school_r IS NULL",
            f"school_l = school_r OR {jw}(school_l, school_r) >= 0.92",
            "TRUE",
        ],
    }


def splink_settings(blocking_rules: list[str] | None = None) -> dict:
    levels = _levels_sql()
    comparisons = []
    for name, labels in COMPARISONS:
        conds = levels[name]
        cl = []
        for lvl, cond in enumerate(conds):
            d = {"sql_condition": cond, "label_for_charts": labels[lvl][0]}
            if lvl == 0:
                d["is_null_level"] = True
            cl.append(d)
        comparisons.append({"output_column_name": name, "comparison_levels": cl})
    return {
        "link_type": "dedupe_only",
        "unique_id_column_name": "unique_id",
        "comparisons": comparisons,
        "blocking_rules_to_generate_predictions": [
            {"blocking_rule": br} for br in (blocking_rules or SPLINK_BLOCKING_RULES)
        ],
        "retain_intermediate_calculation_columns": False,
        "retain_matching_columns": False,
    }


# Splink-side equivalents of normalize.blocking_keys (used for EM training and the Splink evaluation).
SPLINK_BLOCKING_RULES = [
    "l.bsn = r.bsn",
    "l.phone = r.phone",
    "l.plate = r.plate",
    "l.postcode = r.postcode AND l.house_number = r.house_number",
    "l.last_skel = r.last_skel AND l.by_min <= r.by_max AND r.by_min <= l.by_max",
    "len(list_intersect(l.name_groups, r.name_groups)) > 0 AND l.street_skel = r.street_skel",
    "len(list_intersect(l.name_groups, r.name_groups)) > 0 AND l.school = r.school",
    "len(list_intersect(l.name_groups, r.name_groups)) > 0 AND l.last_skel = r.last_skel",
]


def _to_arrow(rows: list[dict]):
    import pyarrow as pa

    return pa.Table.from_pylist(rows)


def train_splink(
    records: Sequence[NormalizedRecord],
    labels: Sequence[str] | None = None,
    max_u_pairs: float = 2e6,
    seed: int = 42,
) -> Model:
    """Train m/u with Splink (DuckDB backend) and return them as a :class:`Model`.

    With ``labels`` m is estimated from the label column (supervised, synthetic ground truth); without,
    by expectation maximisation on two blocking rules (name+birth year and address), each leaving the
    blocked fields to the other session, as Splink recommends.
    """
    import logging

    import duckdb
    from splink import DuckDBAPI, Linker

    con = duckdb.connect()
    try:  # DuckDB 2 deprecates "x -> expr" lambdas; Splink passes our SQL through sqlglot unchanged
        con.execute("SET lambda_syntax='ENABLE_SINGLE_ARROW'")
    except duckdb.Error:
        pass
    db_api = DuckDBAPI(con)
    table = _to_arrow(records_to_rows(records, labels))
    sdf = db_api.register(table, dataset_display_name="mentions")
    linker = Linker(sdf, splink_settings(), log_level=logging.WARNING)
    if labels is not None:
        linker.training.estimate_probability_two_random_records_match(["l.label = r.label"], recall=1.0)
    else:
        linker.training.estimate_probability_two_random_records_match(
            ["l.bsn = r.bsn", "l.phone = r.phone"], recall=0.5
        )
    linker.training.estimate_u_using_random_sampling(max_pairs=max_u_pairs, seed=seed)
    if labels is not None:
        linker.training.estimate_m_from_label_column("label")
    else:
        linker.training.estimate_parameters_using_expectation_maximisation(
            "l.last_skel = r.last_skel AND l.by_min = r.by_min", fix_u_probabilities=True
        )
        linker.training.estimate_parameters_using_expectation_maximisation(
            "l.postcode = r.postcode AND l.house_number = r.house_number", fix_u_probabilities=True
        )
    saved = linker.misc.save_model_to_json(out_path=None)
    return model_from_splink_json(
        saved,
        meta={
            "trained_by": "splink",
            "splink_version": _splink_version(),
            "records": len(records),
            "supervised": labels is not None,
        },
    )


def _splink_version() -> str:
    import splink

    return splink.__version__


# Lower bounds for m on "different" levels. The generator gives every person one phone, one car and one
# school, so Splink learns m ~ 0 there and a -20 weight; real people have several phones, borrow cars and
# change school, and registrations contain gender errors. These floors keep one such field from vetoing a
# link (BSN conflicts are handled as hard rules, not by weight).
M_FLOORS = {
    ("telefoon", 2): 0.15,
    ("kenteken", 2): 0.30,
    ("school", 2): 0.10,
    ("geslacht", 2): 0.01,
    ("achternaam", 4): 0.02,
    ("adres", 8): 0.05,
}


# Lower bounds for u on "same" levels of shared identifiers: relatives borrow each other's car and phone,
# which the generator's random pairs never show (u would be ~1e-6, i.e. +20 bits from a plate alone).
U_FLOORS = {
    ("kenteken", 1): 0.002,
    ("telefoon", 1): 0.0005,
}
# u set outright: random sampling counts true matches among "random" pairs, which for a unique identifier
# dominates (u ~ prior). Two different people share a valid BSN only through a typo that survives the
# 11-proef.
U_FIXED = {
    ("bsn", 1): 1e-6,
}


def apply_m_floors(model: Model) -> Model:
    m = {k: list(v) for k, v in model.m.items()}
    u = {k: list(v) for k, v in model.u.items()}
    for (name, lvl), floor in M_FLOORS.items():
        if name in m and m[name][lvl] < floor:
            m[name][lvl] = floor
    for (name, lvl), floor in U_FLOORS.items():
        if name in u and u[name][lvl] < floor:
            u[name][lvl] = floor
    for (name, lvl), value in U_FIXED.items():
        if name in u:
            u[name][lvl] = value
    meta = dict(
        model.meta,
        m_floors={f"{n}[{lvl}]": f for (n, lvl), f in M_FLOORS.items()},
        u_floors={f"{n}[{lvl}]": f for (n, lvl), f in U_FLOORS.items()},
        u_fixed={f"{n}[{lvl}]": f for (n, lvl), f in U_FIXED.items()},
    )
    return Model(prior=model.prior, m=m, u=u, version=model.version, meta=meta)


def model_from_splink_json(saved: dict, meta: dict | None = None) -> Model:
    """Convert a Splink settings/model dict into our Model (levels matched by position)."""
    m: dict[str, list[float]] = {}
    u: dict[str, list[float]] = {}
    for comp in saved["comparisons"]:
        name = comp["output_column_name"]
        ms, us = [0.0], [0.0]
        for lvl in comp["comparison_levels"]:
            if lvl.get("is_null_level"):
                continue
            ms.append(float(lvl.get("m_probability") or 1e-6))
            us.append(float(lvl.get("u_probability") or 1e-6))
        m[name], u[name] = ms, us
    return Model(prior=float(saved["probability_two_random_records_match"]), m=m, u=u, meta=meta or {})


def em_prior_on(records: Sequence[NormalizedRecord], model: Model) -> float:
    """The batch linker's EM estimate of lambda on the training data (blocked, scored with term frequencies
    as in batch mode). Stored as ``meta["em_prior"]``: the batch compares its own estimate with this one, so
    the bias of the estimator (unblocked true pairs count as non-matches) cancels."""
    from .batch import candidate_pairs, estimate_prior_em, score_pairs
    from .scoring import TermFrequencies

    pairs = candidate_pairs(records)
    weights = score_pairs(records, pairs, model, tf=TermFrequencies(records))
    return estimate_prior_em(weights, model.prior_weight, len(records))


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys
    from pathlib import Path

    ap = argparse.ArgumentParser(description="Retrain the linkage model on synthetic data with Splink")
    ap.add_argument("--persons", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=str(Path(__file__).with_name("data") / "model_v1.json"))
    ap.add_argument("--unsupervised", action="store_true", help="EM instead of the label column")
    args = ap.parse_args(argv)
    root = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(root / "bench"))
    from linkgen import generate  # type: ignore[import-not-found]

    from .normalize import normalize_record

    raw, truth, _ = generate(args.persons, seed=args.seed)
    recs = [normalize_record(r) for r in raw]
    model = apply_m_floors(train_splink(recs, None if args.unsupervised else truth))
    model.meta["em_prior"] = em_prior_on(recs, model)
    model.meta.update({"generator_seed": args.seed, "persons": args.persons})
    model.save(args.out)
    print(
        f"wrote {args.out}: prior={model.prior:.3g}, EM prior on the training batch={model.meta['em_prior']:.3g}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
