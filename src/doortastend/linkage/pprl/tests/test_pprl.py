"""Tests for the privacy-preserving linkage path (no database)."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, date, datetime

import pytest

from doortastend.linkage.pprl import cli
from doortastend.linkage.pprl.encode import (
    GUESS_WINDOW,
    EncodingParams,
    ProjectKeys,
    bigrams,
    bloom,
    encode_record,
    encode_records,
    harden,
)
from doortastend.linkage.pprl.link import (
    AGE_SLACK,
    GUESS_FAR,
    cluster,
    compare,
    dice,
    estimate_age_slack,
    filter_level,
    guess_gap,
    link,
    parse,
)
from doortastend.linkage.pprl.metrics import pairwise_scores
from doortastend.linkage.pprl.reident import (
    ReidentificationRefused,
    ReidentificationRequest,
    decide,
)
from doortastend.linkage.pprl.synth import generate

SECRET_A = "project-secret-aaaaaaaaaaaaaaaa"
SECRET_B = "project-secret-bbbbbbbbbbbbbbbb"
REF = date(2026, 6, 1)

MOHAMED = {
    "id": "s1",
    "source": "school",
    "bsn": "111222333",
    "first_name": "Mohamed",
    "last_name": "el Amrani",
    "birth_date": "2009-03-14",
    "gender": "m",
    "street": "Vlashof",
    "house_number": "12a",
    "postcode": "1234 AB",
    "city": "Rotterdam",
    "phone": "06-12345678",
    "license_plate": "12-ABC-3",
    "school": "Het Baken",
}


def enc(raw: dict, secret: str = SECRET_A, **params) -> dict:
    return encode_record(raw, ProjectKeys(secret, "test"), EncodingParams(**params), REF)


def _strings(obj) -> list[str]:
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in (str(k), *_strings(v))]
    if isinstance(obj, list):
        return [s for v in obj for s in _strings(v)]
    return [str(obj)]


# -- encoding ---------------------------------------------------------------------------------------------


def test_encoding_is_deterministic_per_secret_and_differs_across_secrets():
    a1, a2, b = enc(MOHAMED), enc(MOHAMED), enc(MOHAMED, SECRET_B)
    assert a1 == a2
    assert a1["enc"]["bsn"] != b["enc"]["bsn"]
    assert a1["enc"]["n"][0]["f"] != b["enc"]["n"][0]["f"]
    assert a1["enc"]["bk"] != b["enc"]["bk"]
    other_project = encode_record(MOHAMED, ProjectKeys(SECRET_A, "other"), None, REF)
    assert other_project["enc"]["bsn"] != a1["enc"]["bsn"]


def test_output_contains_no_plaintext_or_unkeyed_hash():
    import hashlib

    out = enc(MOHAMED)
    assert set(out) == {"id", "source", "enc"}
    blob = json.dumps(out["enc"]).lower()
    for v in ("mohamed", "amrani", "vlashof", "rotterdam", "baken", "111222333", "612345678", "2009",
              "1234ab", "12abc3"):
        assert v not in blob
    plain_hashes = {
        hashlib.sha256(v.encode()).hexdigest()[:16] for v in ("111222333", "+31612345678", "mohamed", "12ABC3")
    }
    strings = _strings(out["enc"])
    assert not any(h in s for s in strings for h in plain_hashes)


def test_invalid_bsn_is_not_encoded_as_identifier():
    bad = dict(MOHAMED, bsn="111222334")  # fails the 11-proef
    assert "bsn" not in enc(bad)["enc"]
    assert "bsn" in enc(MOHAMED)["enc"]


def test_secret_must_be_long_enough():
    with pytest.raises(ValueError):
        ProjectKeys("short")


def test_balanced_filters_have_constant_weight_and_keep_distances():
    key = b"k" * 32
    f1 = bloom(key, bigrams("jansen"), 256, 8)
    f2 = bloom(key, bigrams("bakker"), 256, 8)
    h1, n1 = harden(f1, 256, "balance", key)
    h2, _ = harden(f2, 256, "balance", key)
    assert n1 == 512 and h1.bit_count() == h2.bit_count() == 256
    assert (h1 ^ h2).bit_count() == 2 * (f1 ^ f2).bit_count()
    folded, nf = harden(f1, 256, "xor-fold", key)
    assert nf == 128 and folded < (1 << 128)


def test_dice_is_typo_tolerant():
    key = b"k" * 32
    def f(s: str) -> int:
        return bloom(key, bigrams(s), 256, 8)
    assert dice(f("jansen"), f("jansen")) == 1.0
    assert dice(f("jansen"), f("janssen")) > 0.8
    assert dice(f("amrani"), f("amarni")) > 0.6
    assert dice(f("jansen"), f("bakker")) < 0.3


def test_hardened_name_filters_give_graded_levels():
    def lvl(x: str, y: str, **p) -> int:
        a, b = parse(enc(dict(MOHAMED, last_name=x), **p)), parse(enc(dict(MOHAMED, last_name=y), **p))
        return compare(a, b)["last"]

    for hardening in ("balance", "xor-fold", "none"):
        assert lvl("de Vries", "de Vries", hardening=hardening) == 3
        assert lvl("Vries, de", "de Vries", hardening=hardening) == 3
        assert lvl("Jansen", "Janssen", hardening=hardening) >= 1
        assert lvl("Amrani", "Amarni", hardening="balance") >= 1
        assert lvl("de Vries", "Bakker", hardening=hardening) == 0


def test_nickname_meets_full_name_and_age_guess_meets_birth_date():
    street = {"id": "r1", "source": "buurt", "nickname": "Mo", "age_estimate": 17, "street": "Vlashof"}
    salted = {"salt": "birth_year"}
    a, b = parse(enc(MOHAMED, **salted)), parse(enc(street, **salted))
    vec = compare(a, b)
    assert vec["given"] == 5  # variant group, under a shared birth-year salt
    assert vec["dob"] == 2  # age guess fits
    assert vec["addr"] == 3  # same street, number unknown
    far = parse(enc(dict(street, age_estimate=40), **salted))
    # no shared salt, but the keyed blocking key "name group + street" is shared
    assert compare(a, far)["given"] == 5
    elsewhere = parse(enc(dict(street, age_estimate=40, street="Kerkstraat"), **salted))
    assert compare(a, elsewhere)["given"] is None  # no shared salt, no shared key: not comparable
    # without salting (the default) the names are always comparable
    plain = compare(parse(enc(MOHAMED)), parse(enc(dict(street, age_estimate=40, street="Kerkstraat"))))
    assert plain["given"] == 5 and plain["dob"] == 6  # variant group; age guess far off


def test_filter_level_identical_and_far():
    a = parse(enc(MOHAMED)).names
    ent = next(iter(a.values()))
    assert filter_level(ent.given, ent.given, "balance", 8) == 3


# -- linking ----------------------------------------------------------------------------------------------


def _link(raws: list[dict]) -> dict[str, str]:
    out = link([enc(r) for r in raws])
    assert [o["id"] for o in out] == [r["id"] for r in raws]
    assert all(set(o) == {"id", "cluster"} for o in out)
    return {o["id"]: o["cluster"] for o in out}


def test_one_person_across_organisations_is_linked():
    police = {
        "id": "p1", "source": "politie", "first_name": "M.", "last_name": "El-Amrani", "birth_date": "14-03-2009",
        "license_plate": "12abc3",
    }
    housing = {
        "id": "w1", "source": "woningcorporatie", "first_name": "Mohammed", "last_name": "Amrani",
        "street": "Vlashof", "house_number": "12 A", "postcode": "1234AB", "phone": "+31 6 1234 5678",
    }
    got = _link([MOHAMED, police, housing])
    assert got["s1"] == got["p1"] == got["w1"]


def test_salted_encodings_link_the_same_person():
    street = {"id": "r1", "source": "buurt", "nickname": "Mo", "last_name": "Amrani", "age_estimate": 17,
              "street": "Vlashof"}
    out = link([enc(MOHAMED, salt="birth_year"), enc(street, salt="birth_year")])
    assert out[0]["cluster"] == out[1]["cluster"]


def test_twins_are_not_merged():
    twin = dict(MOHAMED, id="s2", first_name="Yassin", bsn=None, phone=None, license_plate=None)
    got = _link([MOHAMED, twin])
    assert got["s1"] != got["s2"]


def test_father_and_son_with_one_name_are_not_merged():
    father = dict(MOHAMED, id="f1", bsn=None, birth_date="1978-06-02", school=None, phone=None,
                  license_plate=None)
    got = _link([MOHAMED, father])
    assert got["s1"] != got["f1"]


def test_different_valid_bsns_never_merge():
    other = dict(MOHAMED, id="s3", bsn="123456782")
    got = _link([MOHAMED, other])
    assert got["s1"] != got["s3"]


def test_generated_data_links_well():
    records, truth = generate(n_households=120, seed=4242)
    keys = ProjectKeys(SECRET_A, "test")
    from doortastend.linkage.pprl.encode import encode_records

    out = link(list(encode_records(records, keys)))
    s = pairwise_scores({o["id"]: o["cluster"] for o in out}, truth)
    assert s["precision"] > 0.75 and s["recall"] > 0.6, s


# -- CLI --------------------------------------------------------------------------------------------------


def _run(fn, argv, stdin: str, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    rc = fn(argv)
    return rc, out.getvalue(), err.getvalue()


def test_encode_refuses_without_secret(monkeypatch):
    monkeypatch.delenv(cli.SECRET_ENV, raising=False)
    rc, out, err = _run(cli.encode_main, [], json.dumps(MOHAMED) + "\n", monkeypatch)
    assert rc == 2 and out == ""
    assert "geheime sleutel" in err and "--secret-file" in err


def test_encode_refuses_short_secret(monkeypatch, tmp_path):
    sf = tmp_path / "secret"
    sf.write_text("tiny\n")
    rc, out, _ = _run(cli.encode_main, ["--secret-file", str(sf)], json.dumps(MOHAMED) + "\n", monkeypatch)
    assert rc == 2 and out == ""


def test_cli_contract_encode_then_link(monkeypatch, tmp_path):
    sf = tmp_path / "secret"
    sf.write_text(SECRET_A + "\n")
    twin = dict(MOHAMED, id="s2", first_name="Yassin", bsn=None, phone=None, license_plate=None)
    nick = {"id": "r1", "source": "buurt", "nickname": "Mo", "last_name": "Amrani", "age_estimate": 17,
            "street": "Vlashof", "house_number": "12a"}
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in (MOHAMED, twin, nick)))
    encf = tmp_path / "enc.jsonl"
    rc, _, err = _run(
        cli.encode_main,
        ["--input", str(inp), "--output", str(encf), "--secret-file", str(sf), "--project", "p"],
        "",
        monkeypatch,
    )
    assert rc == 0, err
    lines = [json.loads(x) for x in encf.read_text().splitlines()]
    assert [set(x) for x in lines] == [{"id", "source", "enc"}] * 3
    assert "Mohamed" not in encf.read_text()

    # secret from the environment gives the same encodings
    monkeypatch.setenv(cli.SECRET_ENV, SECRET_A)
    rc, out, _ = _run(cli.encode_main, ["--input", str(inp), "--project", "p"], "", monkeypatch)
    assert rc == 0 and [json.loads(x) for x in out.splitlines()] == lines

    rc, out, err = _run(cli.link_main, ["--encoded"], encf.read_text(), monkeypatch)
    assert rc == 0, err
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in rows] == ["s1", "s2", "r1"]
    assert all(set(r) == {"id", "cluster"} for r in rows)  # no scores leave the linker
    got = {r["id"]: r["cluster"] for r in rows}
    assert got["s1"] == got["r1"] != got["s2"]


def test_link_refuses_plaintext_input(monkeypatch):
    rc, out, err = _run(cli.link_main, ["--encoded"], json.dumps(MOHAMED) + "\n", monkeypatch)
    assert rc == 2 and out == "" and "enc" in err


# -- re-identification ------------------------------------------------------------------------------------


def _req(**kw) -> ReidentificationRequest:
    base = dict(
        match_group="g000001",
        legal_basis="Jeugdwet art. 7.4.0",
        requested_by="prof-17",
        reason="Zorgen over criminele uitbuiting; casusoverleg heeft koppeling nodig om hulp te bieden.",
        member_ids=(("school", "s1"), ("politie", "p1"), ("school", "s9")),
    )
    base.update(kw)
    return ReidentificationRequest(**base)


@pytest.mark.parametrize("basis", ["", "   ", "omdat het moet", "AVG"])
def test_reidentification_refused_without_valid_legal_basis(basis):
    with pytest.raises(ReidentificationRefused):
        decide(_req(legal_basis=basis), approved_by="coord-3")


def test_reidentification_needs_four_eyes_and_a_reason():
    with pytest.raises(ReidentificationRefused):
        decide(_req(), approved_by="prof-17")
    with pytest.raises(ReidentificationRefused):
        decide(_req(reason="nodig"), approved_by="coord-3")


def test_reidentification_with_legal_basis_returns_ids_per_holder_only():
    d = decide(_req(), approved_by="coord-3", now=datetime(2026, 6, 1, tzinfo=UTC))
    assert d.holder_ids == {"politie": ("p1",), "school": ("s1", "s9")}
    rec = d.to_record()
    assert rec["legal_basis"] == "Jeugdwet art. 7.4.0" and rec["approved_by"] == "coord-3"
    json.dumps(rec)  # serialisable for the audit log


def test_token_lists_do_not_reveal_order():
    raw = {"id": "r", "source": "buurt", "nickname": "Mo", "last_name": "Amrani", "age_estimate": 16}
    assert len(enc(raw)["enc"]["n"]) == 1  # default: one unsalted name entry
    e = enc(raw, salt="birth_year")["enc"]
    assert len(e["y"]) >= 4 and e["y"] == sorted(e["y"])
    assert e["yw"] == sorted(e["yw"])
    # the one deliberate exception: an age guess's widened years in year order (docs/pprl.md, the age slack)
    assert e["yo"][GUESS_WINDOW : len(e["yo"]) - GUESS_WINDOW] == [t for t in e["yo"] if t in e["y"]]
    assert [x["s"] for x in e["n"]] == sorted(x["s"] for x in e["n"])
    assert len(e["n"]) == len(e["y"]) + 4  # one salted copy per plausible year, widened by two each side
    d = enc(MOHAMED, salt="birth_year")["enc"]
    assert d["yn"] == sorted(d["yn"]) and d["dw"] == sorted(d["dw"])


def test_cli_salt_option(monkeypatch):
    monkeypatch.setenv(cli.SECRET_ENV, SECRET_A)
    line = json.dumps(dict(MOHAMED, birth_date=None, age_estimate=16)) + "\n"
    rc, out, _ = _run(cli.encode_main, [], line, monkeypatch)
    assert rc == 0 and [e["s"] for e in json.loads(out)["enc"]["n"]] == [""]
    rc, out, _ = _run(cli.encode_main, ["--salt", "birth-year"], line, monkeypatch)
    salts = [e["s"] for e in json.loads(out)["enc"]["n"]]
    assert rc == 0 and len(salts) > 1 and all(salts)


# -- batch-estimated prior and blocking caps --------------------------------------------------------------


def test_em_match_share_follows_the_run():
    import numpy as np

    from doortastend.linkage.pprl.link import estimate_match_share_em

    rng = np.random.default_rng(7)
    prior = -3.0
    # 10 % clear matches (+12 bits), the rest clear non-matches (-12 bits), some hard conflicts
    bf = np.where(rng.random(50_000) < 0.10, 12.0, -12.0)
    bf[:500] = -np.inf
    lam = estimate_match_share_em(bf + prior, prior)
    assert 0.09 < lam < 0.11
    bf_sparse = np.where(rng.random(50_000) < 0.01, 12.0, -12.0)
    assert estimate_match_share_em(bf_sparse + prior, prior) < 0.02


def test_em_prior_is_calibrated_and_never_more_lenient_than_training():
    import numpy as np

    from doortastend.linkage.pprl.link import EM_MIN_PAIRS, em_prior, estimate_match_share_em

    prior = -3.0
    bf = np.where(np.arange(EM_MIN_PAIRS * 2) % 10 == 0, 12.0, -12.0)
    em_train = estimate_match_share_em(bf + prior, prior)
    w = {"prior_log2_odds": prior, "threshold": 0.0, "trained_on": {"em_share": em_train, "prior_log2_odds": prior}}
    # the same density as in training keeps the trained prior
    w2, s2 = em_prior(w, bf + prior)
    assert abs(w2["prior_log2_odds"] - prior) < 0.01 and np.allclose(s2, bf + prior)
    # a run with a tenth of the match share gets a prior about log2(10) bits lower, scores shifted with it
    sparse = np.where(np.arange(EM_MIN_PAIRS * 2) % 100 == 0, 12.0, -12.0)
    w3, s3 = em_prior(w, sparse + prior)
    assert -prior + 2.8 < -w3["prior_log2_odds"] < -prior + 3.8
    assert np.allclose(s3 - sparse, w3["prior_log2_odds"])
    # a denser run keeps the trained prior (conservative); small runs and old weights files are untouched
    dense = np.where(np.arange(EM_MIN_PAIRS * 2) % 3 == 0, 12.0, -12.0)
    assert em_prior(w, dense + prior)[0]["prior_log2_odds"] == prior
    assert em_prior(w, (sparse + prior)[: EM_MIN_PAIRS - 1])[0] is w
    old = {"prior_log2_odds": prior, "threshold": 0.0, "trained_on": {"records": 10}}
    assert em_prior(old, sparse + prior)[0] is old



# -- joint name x address weights -------------------------------------------------------------------------


def test_joint_table_replaces_the_fields_it_covers_and_falls_back_when_unseen():
    from doortastend.linkage.pprl.link import joint_key, score

    fields = {"given": {"6": 1.0}, "last": {"3": 2.0}, "addr": {"3": 4.0}, "gender": {"1": 0.5}}
    w = {"prior_log2_odds": -4.0, "fields": fields, "joint": [{"fields": ["given", "last", "addr"], "table": {}}]}
    vec = {"given": 6, "last": None, "addr": 3, "gender": 1, "bsn": None}
    assert joint_key(vec, ["given", "last", "addr"]) == "6,-,3"
    # unseen combination: the independent per-field weights apply
    assert score(vec, w) == -4.0 + 1.0 + 4.0 + 0.5
    # a seen combination gives one weight instead of the sum of its fields' weights
    w["joint"][0]["table"]["6,-,3"] = 1.25
    assert score(vec, w) == -4.0 + 1.25 + 0.5
    # a weights file without a joint table (v1) scores as before
    assert score(vec, {"prior_log2_odds": -4.0, "fields": fields}) == -4.0 + 1.0 + 4.0 + 0.5


def test_joint_tables_learn_the_dependence_between_fields():
    from doortastend.linkage.pprl.train import JOINT_MIN_COUNT, joint_tables

    # Same first name + same street: a match when the last name is unknown (sparse reports of one person),
    # a non-match when the last names differ (housemates); independent weights cannot express both.
    vecs, labels = [], []
    for _ in range(40):
        vecs.append({"given": 6, "last": None, "addr": 3})
        labels.append(True)
        vecs.append({"given": 6, "last": 0, "addr": 3})
        labels.append(False)
        vecs.append({"given": 0, "last": None, "addr": 3})
        labels.append(False)
    for _ in range(JOINT_MIN_COUNT - 1):  # too rare for a weight of its own
        vecs.append({"given": 4, "last": 3, "addr": 0})
        labels.append(True)
    vecs.append({"given": None, "last": None, "addr": None})
    labels.append(False)
    (spec,) = joint_tables(vecs, labels, (("given", "last", "addr"),))
    t = spec["table"]
    assert spec["fields"] == ["given", "last", "addr"]
    assert t["6,-,3"] > 3 and t["6,0,3"] < -3 and t["0,-,3"] < -3
    assert "4,3,0" not in t and "-,-,-" not in t


@pytest.mark.parametrize("name", ["DEFAULT_WEIGHTS", "SALTED_WEIGHTS"])
def test_default_weights_carry_the_joint_table(name):
    from doortastend.linkage.pprl import link as pprl_link

    w = pprl_link.load_weights(getattr(pprl_link, name))
    assert w["params"]["salt"] == ("birth_year" if name == "SALTED_WEIGHTS" else "none")
    (spec,) = w["joint"]
    assert spec["fields"] == ["given", "last", "addr"] and len(spec["table"]) > 20
    # a first name on the right street without a last name is match evidence, one with a different last
    # name is not (the dependence the independent weights could not express)
    assert spec["table"]["6,-,3"] > 0 > spec["table"]["6,0,3"]


def test_guard_keeps_apart_groups_whose_age_guesses_do_not_overlap():
    import numpy as np

    from doortastend.linkage.pprl.link import cluster

    young = {"id": "a", "source": "buurt", "nickname": "Mo", "age_estimate": 14, "street": "Vlashof"}
    middle = {"id": "b", "source": "buurt", "nickname": "Mo", "street": "Vlashof"}  # no age at all
    older = {"id": "c", "source": "buurt", "nickname": "Mo", "age_estimate": 30, "street": "Vlashof"}
    close = {"id": "d", "source": "buurt", "nickname": "Mo", "age_estimate": 16, "street": "Vlashof"}
    ms = [parse(enc(r)) for r in (young, middle, older, close)]
    pairs = np.array([[0, 1], [1, 2], [1, 3]])
    # strongest first: young + middle, then the 30-year-old must not join through the middle mention,
    # while a guess of 16 still overlaps 14 and joins
    roots = cluster(ms, pairs, np.array([10.0, 9.0, 8.0]), 0.0)
    assert roots[0] == roots[1] == roots[3] != roots[2]


def test_guard_allows_the_runs_age_slack_for_a_guess_against_a_date():
    import numpy as np

    # a resident guesses 20 for a young man born in 2009 (17 on the reference date)
    guess = {"id": "g", "source": "buurt", "first_name": "Mohamed", "last_name": "el Amrani", "age_estimate": 20,
             "street": "Vlashof"}
    ms = [parse(enc(MOHAMED)), parse(enc(guess))]
    # a guess of 20 reads as born 2004-2007 (normalize: a year either side); 2009 lies two years outside
    assert guess_gap(ms[1], ms[0].years) == 2
    far = parse(enc(dict(guess, age_estimate=40)))
    assert guess_gap(far, ms[0].years) == GUESS_FAR
    pairs, w = np.array([[0, 1]]), np.array([10.0])
    wide = dict(guess, age_estimate=23)  # born 2001-2004: five years before 2009
    ms = [parse(enc(MOHAMED)), parse(enc(wide))]
    gap = guess_gap(ms[1], ms[0].years)
    assert gap == 5 > AGE_SLACK
    kept_apart = cluster(ms, pairs, w, 0.0, slack=AGE_SLACK)
    joined = cluster(ms, pairs, w, 0.0, slack=gap)
    assert kept_apart[0] != kept_apart[1] and joined[0] == joined[1]


def test_age_slack_is_estimated_from_certain_pairs_and_bounded():
    import numpy as np

    from doortastend.linkage.batch import AGE_SLACK_MAX
    from doortastend.linkage.pprl.link import AGE_SLACK_MIN_PAIRS, load_weights

    weights = load_weights("weights_v2.json")
    dated = parse(enc(MOHAMED))
    ms = [dated]
    for k in range(AGE_SLACK_MIN_PAIRS + 10):
        age = 17 + (4 if k % 10 == 0 else 0)  # every tenth guess four years too old
        raw = {"id": f"g{k}", "source": "buurt", "first_name": "Mohamed", "age_estimate": age}
        ms.append(parse(enc(raw)))
    pairs = np.array([[0, i] for i in range(1, len(ms))])
    sure = np.full(len(pairs), weights["threshold"] + 50.0)  # certain on the other fields
    slack = estimate_age_slack(ms, pairs, sure, weights, weights["threshold"])
    assert AGE_SLACK < slack <= AGE_SLACK_MAX
    assert slack == max(guess_gap(m, dated.years) for m in ms[1:])
    # too few certain pairs say nothing: the floor
    assert estimate_age_slack(ms[:10], pairs[:9], sure[:9], weights, weights["threshold"]) == AGE_SLACK
    # pairs below the threshold are not counted
    assert estimate_age_slack(ms, pairs, sure * 0 - 100, weights, weights["threshold"]) == AGE_SLACK


def test_a_wrong_gender_does_not_split_one_name_and_date_but_keeps_twins_apart():
    wrong = dict(MOHAMED, id="p1", source="politie", gender="f", bsn=None, phone=None, license_plate=None,
                 school=None)
    got = _link([MOHAMED, wrong])
    assert got["s1"] == got["p1"]
    sister = dict(MOHAMED, id="s2", first_name="Yasmina", gender="f", bsn=None, phone=None, license_plate=None)
    got = _link([MOHAMED, sister])
    assert got["s1"] != got["s2"]


def test_encoding_a_batch_drops_shared_bsns_and_default_dates():
    keys = ProjectKeys(SECRET_A, "test")
    # one BSN on the files of three people with unlike birth dates (a dummy number of one system)
    shared = [
        {"id": f"b{k}", "source": "zorg", "bsn": "123456782", "first_name": f, "last_name": "Jansen",
         "birth_date": d}
        for k, (f, d) in enumerate([("Piet", "1961-02-03"), ("Kees", "1985-07-21"), ("Anna", "2001-11-30")])
    ]
    own = [dict(MOHAMED, id=f"m{k}") for k in range(2)]  # one person's BSN twice stays
    # a system's default birth date on 25 unrelated people
    surnames = ("Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Kok Jacobs Vermeulen "
                "Willems Koster Prins Huisman Kuipers Postma Yilmaz Kaya Nowak Bouzid Tahiri").split()
    default = [
        {"id": f"d{k}", "source": "zorg", "first_name": "Sam", "last_name": name, "birth_date": "1970-01-01"}
        for k, name in enumerate(surnames)
    ]
    out = {e["id"]: e["enc"] for e in encode_records(shared + own + default, keys, None, REF)}
    assert all("bsn" not in out[f"b{k}"] for k in range(3))
    assert out["m0"]["bsn"] == out["m1"]["bsn"]
    assert all("d0" not in out[f"d{k}"] for k in range(25))
    assert "d0" in out["m0"] and "d0" in out["b0"]


def test_age_offset_of_old_guesses_is_estimated_and_removed():
    import numpy as np

    from doortastend.linkage.pprl.link import (
        AGE_OFFSET_MIN_PAIRS,
        estimate_age_offset,
        guess_error,
        load_weights,
        shift_age_guesses,
    )

    weights = load_weights("weights_v2.json")
    dated = parse(enc(MOHAMED))
    ms = [dated]
    for k in range(AGE_OFFSET_MIN_PAIRS + 10):
        # guesses written down years ago and read against today: all point at birth years too late
        age = 17 - (8 if k % 2 else 10)
        raw = {"id": f"g{k}", "source": "buurt", "first_name": "Mohamed", "age_estimate": age}
        ms.append(parse(enc(raw)))
    pairs = np.array([[0, i] for i in range(1, len(ms))])
    sure = np.full(len(pairs), weights["threshold"] + 50.0)
    assert guess_error(ms[1], dated.years) > 0
    offset = estimate_age_offset(ms, pairs, sure, weights, weights["threshold"])
    assert 8 <= offset <= 10
    assert guess_gap(ms[1], dated.years) > AGE_SLACK
    shift_age_guesses(ms, pairs, sure, weights, offset)
    assert all(guess_gap(m, dated.years) <= AGE_SLACK for m in ms[1:])
    # a run whose guesses fit (median error under a year) keeps them where they are
    fit = [dated] + [parse(enc({"id": f"f{k}", "source": "buurt", "first_name": "Mohamed", "age_estimate": 17}))
                     for k in range(AGE_OFFSET_MIN_PAIRS + 10)]
    assert estimate_age_offset(fit, pairs, sure, weights, weights["threshold"]) == 0


def test_swapped_name_fields_are_crossed_not_twins():
    from doortastend.linkage.pprl.link import compare, crossed, hard_conflict

    a = parse(enc({"id": "a", "source": "x", "first_name": "Bereket", "last_name": "Ghebreyesus",
                   "birth_date": "2007-11-18"}))
    b = parse(enc({"id": "b", "source": "y", "first_name": "Gebreyesus", "last_name": "Bereket",
                   "birth_date": "2007-11-18"}))
    c = parse(enc({"id": "c", "source": "y", "first_name": "Daniel", "last_name": "Bereket",
                   "birth_date": "2007-11-18"}))
    assert crossed(a, b) and not crossed(a, c)
    vec = compare(a, b)
    assert vec["given"] >= 4 and vec["last"] >= 1 and not hard_conflict(a, b, vec)
