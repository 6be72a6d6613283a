"""The `doortastend link` contract: JSON Lines in/out, one line per id, input order, never crash."""

import io
import json
import subprocess
import sys
from pathlib import Path

from doortastend.linkage.cli import main

SRC = Path(__file__).resolve().parents[3]

MENTIONS = [
    {"id": "a", "source": "school", "first_name": "Mohamed", "last_name": "el Amrani", "birth_date": "2009-03-14",
     "street": "Vlashof", "house_number": "12a", "city": "Zaandam", "gender": "m"},
    {"id": "b", "source": "politie", "first_name": "M.", "last_name": "El-Amrani", "birth_date": "2009-03-14",
     "street": "Vlashof", "house_number": "12 A", "postcode": "1501 AB", "gender": "m"},
    {"id": "c", "source": "gemeente", "first_name": "Sanne", "last_name": "de Vries", "birth_date": "1990-01-01",
     "city": "Utrecht"},
]


def run(tmp_path, lines, *extra):
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text("\n".join(lines) + "\n", "utf-8")
    assert main(["--input", str(inp), "--output", str(out), "--quiet", *extra]) == 0
    return [json.loads(x) for x in out.read_text("utf-8").splitlines()]


def test_every_id_gets_one_line_in_input_order(tmp_path):
    out = run(tmp_path, [json.dumps(m) for m in MENTIONS])
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert all(set(o) == {"id", "cluster"} and isinstance(o["cluster"], str) for o in out)
    clusters = {o["id"]: o["cluster"] for o in out}
    assert clusters["a"] == clusters["b"] != clusters["c"]


def test_singletons_get_their_own_cluster(tmp_path):
    lines = [json.dumps({"id": f"s{i}", "source": "x", "first_name": n}) for i, n in enumerate(["An", "Bo", "Cor"])]
    out = run(tmp_path, lines)
    assert len({o["cluster"] for o in out}) == 3


def test_malformed_lines_never_crash(tmp_path):
    lines = [
        json.dumps(MENTIONS[0]),
        '{"id": "broken", "first_name": "Jan", ',  # truncated JSON, id recoverable
        json.dumps({"id": 7, "first_name": ["x"], "birth_date": {"y": 1}, "age_estimate": "oud"}),  # wrong types
        "",  # blank line: ignored
        "this is not json",  # no id at all: skipped
        json.dumps(["a", "list"]),
        json.dumps({"id": "ok", "source": "x", "house_number": 12, "phone": 612345678, "bsn": 111222333}),
        json.dumps(MENTIONS[1]),
    ]
    out = run(tmp_path, lines)
    assert [o["id"] for o in out] == ["a", "broken", "7", "ok", "b"]
    clusters = {o["id"]: o["cluster"] for o in out}
    assert clusters["broken"] not in (clusters["a"], clusters["7"], clusters["ok"])
    assert clusters["a"] == clusters["b"]


def test_duplicate_ids_each_get_a_line(tmp_path):
    out = run(tmp_path, [json.dumps(MENTIONS[0]), json.dumps(MENTIONS[0])])
    assert [o["id"] for o in out] == ["a", "a"]


def test_stdin_stdout(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(json.dumps(m) + "\n" for m in MENTIONS)))
    assert main(["--quiet"]) == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]


def test_console_script_dispatch(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(m) + "\n" for m in MENTIONS), "utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "doortastend.cli", "link", "--input", str(inp)],
        capture_output=True, text=True, check=True, env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
    )
    assert [json.loads(x)["id"] for x in proc.stdout.splitlines()] == ["a", "b", "c"]
    assert "mentions" in proc.stderr  # summary on stderr, never on stdout


def test_output_lines_are_what_json_writes_for_any_id(tmp_path):
    from doortastend.linkage.cli import _output_text

    plain = [("m1", "m1"), ("m2", "m1"), ("é-ü", "é-ü")]
    odd = [*plain, ('quote"d', 'quote"d'), ("back\\slash", "m1"), ("tab\tnewline\n", "m2"), ("\u2028", "\u2028")]
    for result in (plain, odd):
        assert _output_text(result) == "".join(
            json.dumps({"id": i, "cluster": c}, ensure_ascii=False) + "\n" for i, c in result
        )
    out = run(tmp_path, [json.dumps({**MENTIONS[0], "id": 'a "quoted" id\\'}), json.dumps(MENTIONS[1])])
    assert [o["id"] for o in out] == ['a "quoted" id\\', "b"]
    assert out[0]["cluster"] == out[1]["cluster"]
