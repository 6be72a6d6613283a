"""The Splink comparison levels of training.py (DuckDB SQL, used to train the stored m/u) must give the level
that scoring.compare gives in Python (used to score): otherwise the trained weights belong to other levels.

Known difference, left out of these records: a roepnaam short form outside the name table (Nout / Arnout) is
"looks alike" in Python (scoring.short_form asks the table) and "different" in the SQL. On 4,800-13,000
sampled candidate pairs of each independent benchmark it is the only difference (1-6 pairs)."""

import duckdb
import pyarrow as pa

from doortastend.linkage import normalize_record
from doortastend.linkage.scoring import COMPARISONS, compare
from doortastend.linkage.training import _levels_sql, records_to_rows

RECORDS = [
    dict(first_name="Johannes", last_name="van der Meer", birth_date="1980-03-14", gender="m", bsn="111222333",
         street="Zwanenvechtlaan", house_number="12a", postcode="1503 AB", city="Zaandam", phone="0612345678"),
    dict(first_name="Jan", last_name="Meer, v.d.", birth_date="1980-03-14", gender="m", bsn="111222333",
         street="Zwanenuechtlaan",
         house_number="12", city="Zaandam"),
    dict(first_name="J.", last_name="v.d. Meer", birth_date="1981-03-14", street="Zwanenvechtlaan 12a"),
    dict(first_name="Hans", last_name="Vandermeer", birth_date="1980-03-15", postcode="1503AB", house_number="12"),
    dict(first_name="Johanis", last_name="Meer", birth_date="1980-14-03", city="Krommenie"),
    dict(first_name="C.", last_name="Bakker-de Vries", birth_date="1950-06-02", gender="f", street="Dorpsstraat",
         house_number="3", city="Emmen"),
    dict(first_name="Kees", last_name="de Vries", age_estimate=70, street="Dorpsstraat", city="Emmen"),
    dict(first_name="Riet", last_name="Bakker", age_estimate=74, gender="f", street="Dorpstraat"),
    dict(first_name="Mohamed", last_name="El Amrani", birth_date="2009-03-14", gender="m", bsn="123456782",
         street="Vlashof", house_number="12", city="Zaandam", school="Zaan College"),
    dict(nickname="Mo", age_estimate=16, street="Vlashof", city="Zaandam", school="zaan college"),
    dict(first_name="Mohammed", last_name="Elamrani", birth_date="2009-03-14", phone="+31 6 12345678"),
    dict(first_name="Yassin", last_name="El Amrani", birth_date="2010-08-30", street="Vlashof", house_number="12",
         city="Zaandam", license_plate="12-AB-34", phone="0687654321", school="Saenredam College"),
    dict(first_name="Yasin", last_name="Amrani", age_estimate=15, license_plate="12AB34", school="Zaan College"),
    dict(first_name="Fatima", last_name="Yilmaz", gender="f", license_plate="99-XY-99", phone="0612345678",
         bsn="123456782"),
    # one skeleton for two table names in different groups, and skeletons one slip apart (scoring.sounds_alike)
    dict(first_name="Susanna", last_name="Wojcik", birth_date="1986-03-07", gender="f"),
    dict(first_name="Zuzanna", last_name="Wójcik", birth_date="1986-03-07", gender="f"),
    dict(first_name="Iris", last_name="Mulder", gender="f", street="Vlashof"),
    dict(first_name="Itys", last_name="Mulder", gender="f", street="Vlashof"),
    dict(first_name="Khadija", last_name="Mulder", gender="f", street="Vlashof"),
    dict(first_name="Nadia", last_name="Mulder", gender="f", street="Vlashof"),
    # the same day a decade apart across 2000 (near), and two decades (different)
    dict(first_name="Eva", last_name="Huisman", birth_date="1999-02-07"),
    dict(first_name="Eva", last_name="Huisman", birth_date="2009-02-07"),
    dict(first_name="Eva", last_name="Huisman", birth_date="2019-02-07"),
]


def test_sql_levels_match_the_python_comparison():
    recs = [normalize_record({"id": str(i), **r}) for i, r in enumerate(RECORDS)]
    rows = records_to_rows(recs)
    con = duckdb.connect()
    con.execute("SET lambda_syntax = 'ENABLE_SINGLE_ARROW'")  # the SQL is written for Splink, which sets it
    con.register("t", pa.Table.from_pylist(rows))
    cols = list(rows[0])
    both = ", ".join(f"l.{c} AS {c}_l, r.{c} AS {c}_r" for c in cols)
    levels = _levels_sql()
    cases = ", ".join(
        "CASE " + " ".join(f"WHEN {c} THEN {i}" for i, c in enumerate(levels[name])) + f" END AS {name}"
        for name, _ in COMPARISONS
    )
    sql = (
        f"WITH j AS (SELECT l.unique_id AS a, r.unique_id AS b, {both} FROM t l JOIN t r "
        f"ON l.unique_id < r.unique_id) SELECT a, b, {cases} FROM j ORDER BY a, b"
    )
    seen = set()
    for row in con.execute(sql).fetchall():
        a, b, sql_levels = row[0], row[1], tuple(row[2:])
        assert compare(recs[a], recs[b]) == sql_levels, (RECORDS[a], RECORDS[b])
        seen |= {(name, lvl) for (name, _), lvl in zip(COMPARISONS, sql_levels, strict=True)}
    # the pairs reach most levels of every comparison
    for name, labels in COMPARISONS:
        assert len({lvl for n, lvl in seen if n == name}) >= min(3, len(labels)), name
