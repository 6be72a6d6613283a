"""Opt-in: the same Splink model on Splink's Spark backend in local mode (the path to national scale).

Skipped unless ``DOORTASTEND_SPARK=1`` and pyspark (plus a Java runtime) is installed; pyspark is not a
project dependency. Run with::

    pip install pyspark==3.5.*   # into a scratch environment, with Java 17
    DOORTASTEND_SPARK=1 .venv/bin/pytest -m spark tests/spark

The test takes the comparison levels of ``doortastend.linkage.training`` (written in DuckDB SQL), transpiles
them to Spark SQL with sqlglot, loads the stored m/u parameters of ``linkage/data/model_v1.json`` into the
Splink settings, and predicts on a small generated sample with both backends. Spark must find the same
match pairs as DuckDB and reach the same pairwise quality against the generator's truth.
"""

from __future__ import annotations

import copy
import os
import re
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.spark

if os.environ.get("DOORTASTEND_SPARK") != "1":
    pytest.skip("Spark test is opt-in: set DOORTASTEND_SPARK=1", allow_module_level=True)
pyspark = pytest.importorskip("pyspark")

ROOT = Path(__file__).resolve().parents[2]
MATCH_PROBABILITY = 0.9


def _to_spark_sql(sql: str) -> str:
    import sqlglot

    out = sqlglot.transpile(sql, read="duckdb", write="spark")[0]
    out = out.replace("LIST_INTERSECT(", "ARRAY_INTERSECT(")
    out = out.replace("JAROWINKLER_SIMILARITY(", "jaro_winkler(")  # Splink's Spark UDF
    # LENGTH() of an array is SIZE() in Spark
    out = re.sub(r"LENGTH\((COALESCE\(|ARRAY_INTERSECT\()", r"SIZE(\1", out)
    # DuckDB indexes strings like lists ("name[1]" = first letter); Spark needs SUBSTRING
    out = re.sub(r"\b([a-z])\[0\]", r"SUBSTRING(\1, 1, 1)", out)
    return out


def _settings_with_model(dialect: str) -> dict:
    from doortastend.linkage.scoring import COMPARISONS, Model
    from doortastend.linkage.training import splink_settings

    model = Model.load()
    settings = copy.deepcopy(splink_settings())
    settings["probability_two_random_records_match"] = model.prior
    names = [c[0] for c in COMPARISONS]
    for comp in settings["comparisons"]:
        name = comp["output_column_name"]
        assert name in names
        for lvl, level in enumerate(comp["comparison_levels"]):
            if dialect == "spark":
                level["sql_condition"] = _to_spark_sql(level["sql_condition"])
            if lvl == 0:
                continue
            level["m_probability"] = max(model.m[name][lvl], 1e-6)
            level["u_probability"] = max(model.u[name][lvl], 1e-6)
    if dialect == "spark":
        for br in settings["blocking_rules_to_generate_predictions"]:
            br["blocking_rule"] = _to_spark_sql(br["blocking_rule"])
    return settings


def _sample(n_persons: int = 300):
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    try:
        from bench.linkgen import generate

        records, truth, _ = generate(n_persons, seed=5150)
        labels = list(truth)
    except ImportError:
        from doortastend.linkage.pprl.synth import generate

        records, tmap = generate(n_households=n_persons // 3, seed=5150)
        labels = [tmap[r["id"]] for r in records]
    from doortastend.linkage.normalize import normalize_record
    from doortastend.linkage.training import records_to_rows

    return records_to_rows([normalize_record(r) for r in records]), labels


def _pairs(df) -> set[tuple[int, int]]:
    return {(min(a, b), max(a, b)) for a, b in df}


def _f1(pairs: set[tuple[int, int]], labels: list[str]) -> float:
    true = {(i, j) for i in range(len(labels)) for j in range(i + 1, len(labels)) if labels[i] == labels[j]}
    tp = len(pairs & true)
    p = tp / len(pairs) if pairs else 1.0
    r = tp / len(true) if true else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def test_same_model_on_spark_local_matches_duckdb(tmp_path):
    import duckdb
    from pyspark.sql import SparkSession
    from pyspark.sql import types as T
    from splink import DuckDBAPI, Linker, SparkAPI
    from splink.backends.spark import similarity_jar_location

    rows, labels = _sample()

    # DuckDB reference
    con = duckdb.connect()
    try:
        con.execute("SET lambda_syntax='ENABLE_SINGLE_ARROW'")
    except duckdb.Error:
        pass
    import pyarrow as pa

    ddb = DuckDBAPI(con)
    dlinker = Linker(ddb.register(pa.Table.from_pylist(rows)), _settings_with_model("duckdb"))
    dpred = dlinker.inference.predict(threshold_match_probability=MATCH_PROBABILITY).as_record_list()
    duck_pairs = _pairs((r["unique_id_l"], r["unique_id_r"]) for r in dpred)

    # Spark, local mode
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("doortastend-splink-test")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.jars", similarity_jar_location())  # jaro_winkler & co. as Scala UDFs
        .getOrCreate()
    )
    spark.sparkContext.setCheckpointDir(str(tmp_path / "checkpoints"))  # Splink breaks lineage this way
    try:
        str_cols = [k for k, v in rows[0].items() if k not in ("unique_id", "by_min", "by_max", "house_number")]
        list_cols = {"names", "name_groups", "birth_dates"}
        schema = T.StructType(
            [T.StructField("unique_id", T.LongType())]
            + [
                T.StructField(c, T.ArrayType(T.StringType()) if c in list_cols else T.StringType())
                for c in str_cols
            ]
            + [T.StructField(c, T.LongType()) for c in ("by_min", "by_max", "house_number")]
        )
        ordered = [{f.name: r.get(f.name) for f in schema.fields} for r in rows]
        sdf = spark.createDataFrame(ordered, schema=schema)
        sapi = SparkAPI(spark_session=spark)
        slinker = Linker(sapi.register(sdf), _settings_with_model("spark"))
        spred = slinker.inference.predict(threshold_match_probability=MATCH_PROBABILITY).as_record_list()
        spark_pairs = _pairs((r["unique_id_l"], r["unique_id_r"]) for r in spred)
    finally:
        spark.stop()

    assert duck_pairs, "the DuckDB reference found no matches; the sample is broken"
    overlap = len(duck_pairs & spark_pairs) / len(duck_pairs | spark_pairs)
    assert overlap >= 0.98, f"Spark and DuckDB disagree on {1 - overlap:.1%} of match pairs"
    assert abs(_f1(spark_pairs, labels) - _f1(duck_pairs, labels)) < 0.01
