"""The batch's shortcuts give the results of the plain per-pair code: the array screen for BSN and birth-date
conflicts, the first-name levels kept per pair of name signatures, scoring in worker processes and
normalising with a forked helper process."""

import json
import os
import random
from collections import defaultdict
from dataclasses import replace
from itertools import combinations

import numpy as np

from doortastend.linkage import batch, normalize_record, pairs_arrays
from doortastend.linkage.normalize import INITIAL_KINDS, blocking_keys
from doortastend.linkage.scoring import (
    COMPARISONS,
    Model,
    TermFrequencies,
    compare,
    hard_conflict,
    near_dates,
    same_fingerprint,
    tf_adjustment,
)

FIRST = ["Mohamed", "Mo", "Mohammed", "Hendrik", "Henk", "Johannes", "Jan", "Hans", "Kasia", "Katarzyna", "Emma",
         "Sanne", "Senna", "Daan", "Dana", "Fatima", "Ayse", "Ayşe", "Rik", "Joris", "Jris", "Ivan", "Iwan"]
LAST = ["el Amrani", "El-Amrani", "van der Meer", "Meer, van der", "Yilmaz", "Kowalski", "Bakker", "de Boer",
        "Ivanov", "Pinas", "Mahabier", "Jansen", "Meer", "Bakkar", "Yilmas", "Jansen de Vries"]
STREETS = ["Vlashof", "Kerkstraat", "Tulpstraat", "Zwanenvechtlaan", "Zwanenuechtlaan", "Trumanlaa", "Trumanlaan"]
TOWNS = ["Utrecht", "Zaandam", "Breda", None]
BSNS = ["111222333", "123456782", "232323231", "100000009", "999999990"]


# levels the generated batch cannot show: (comparison index -> levels)
MISSING_LEVELS: dict[int, set[int]] = {}


def _date(rng):
    y, m, d = rng.randint(1950, 2015), rng.randint(1, 12), rng.randint(1, 28)
    s = f"{y:04d}-{m:02d}-{d:02d}"
    roll = rng.random()
    if roll < 0.15:
        s = f"{y:04d}-01-01"  # a register's stand-in for an unknown date
    elif roll < 0.3:
        s = f"{d:02d}-{m:02d}-{y:04d}"  # Dutch order, possibly a day/month swap
    return s


def _records(n=1500, seed=7):
    """Mentions of a few hundred people drawn from small name, street and BSN lists, so that blocks hold
    namesakes, siblings, parents' BSNs, digit slips and swapped dates."""
    rng = random.Random(seed)
    people = []
    for _ in range(250):
        people.append(dict(first_name=rng.choice(FIRST), last_name=rng.choice(LAST), birth_date=_date(rng),
                           street=rng.choice(STREETS), house_number=rng.choice(["3", "3a", "3 A", "12", "12bis"]),
                           city=rng.choice(TOWNS), bsn=rng.choice(BSNS), gender=rng.choice(["m", "f", None]),
                           postcode=rng.choice(["1503 AB", "1503AC", "3511 AB", None, None]),
                           phone=rng.choice(["06-12345678", "+31 6 87654321", None, None]),
                           license_plate=rng.choice(["12-ABC-3", "XX-99-YY", None, None, None]),
                           school=rng.choice(["Het Baken", "Baken College", "De Ring", None, None])))
    out = []
    for i in range(n):
        p = dict(rng.choice(people))
        if rng.random() < 0.3:
            p["bsn"] = rng.choice(BSNS)  # a parent's or sibling's BSN in the file
        if rng.random() < 0.3:
            d = p["birth_date"]
            j = rng.randrange(len(d) - 1)
            if d[j].isdigit() and d[j + 1].isdigit():
                d = d[:j] + d[j + 1] + d[j] + d[j + 2:]  # two digits swapped (1987 / 1978)
            p["birth_date"] = d
        if rng.random() < 0.2:
            p["birth_date"] = _date(rng)
        for f in ("bsn", "birth_date", "last_name", "street", "house_number", "gender", "city", "postcode"):
            if rng.random() < 0.2:
                p.pop(f)
        if rng.random() < 0.2:
            p["first_name"] = p["first_name"][0] + "."
        if rng.random() < 0.15:  # a street report: a name or nickname, an age guess, no surname
            p.pop("last_name", None)
            p.pop("birth_date", None)
            p["age_estimate"] = rng.randint(12, 60)
            if rng.random() < 0.5:
                p["nickname"] = p.pop("first_name")
        if rng.random() < 0.04:
            p.pop("first_name", None)  # a surname only
        out.append(normalize_record({"id": f"m{i}", "source": "test", **p}))
    # dates a day apart across a month or a year (converted across midnight), the same day a decade apart
    # across 2000 (near) and twenty years apart (not near)
    for k, d in enumerate(("1999-12-31", "2000-01-01", "2004-02-29", "2004-03-01", "1994-04-22", "2004-04-22",
                           "2024-04-22")):
        out.append(normalize_record({"id": f"d{k}", "first_name": "Noor", "last_name": "Pinas", "birth_date": d}))
    return out


def _reference_weights(records, pairs, model, tf):
    out = np.empty(len(pairs))
    for k, (i, j) in enumerate(pairs):
        a, b = records[i], records[j]
        if hard_conflict(a, b, second_bsn=True):
            out[k] = -99.0
            continue
        vec = compare(a, b)
        w = model.prior_weight
        for f, lvl in enumerate(vec):
            w += model.weights[f][lvl]
        out[k] = w + tf_adjustment(model, vec, a, b, tf)
    return out


def _reference_pairs(records, max_block):
    """Candidate pairs the plain way: a dictionary of blocks, every pair of a block; the asymmetric key kinds
    share a block with their other spelling and pair only when one side wrote the lower-case kind."""
    blocks = defaultdict(list)
    for i, r in enumerate(records):
        for k in blocking_keys(r):
            if k[0] in INITIAL_KINDS:
                blocks[k[0].lower() + k[1:]].append((i, k[0].islower()))
            else:
                blocks[k].append((i, True))
    pairs = set()
    for key, members in blocks.items():
        if 2 <= len(members) <= min(max_block, batch.KEY_CAPS.get(key[0], max_block)):
            pairs.update((i, j) for (i, bare_i), (j, bare_j) in combinations(members, 2) if bare_i or bare_j)
    return sorted(pairs)


def test_candidate_pairs_are_the_pairs_of_the_blocks(monkeypatch):
    records = _records()
    kinds = {k[0] for r in records for k in blocking_keys(r)}
    assert {"t", "T", "c", "C", "u", "U", "n", "y"} <= kinds
    for max_block in (batch.MAX_BLOCK, 8):  # 8: the caps leave out many blocks
        expected = _reference_pairs(records, max_block)
        assert batch.candidate_pairs(records, max_block=max_block).tolist() == [list(p) for p in expected]
    monkeypatch.setattr(batch, "KEY_CAPS", {"c": 3, "n": 4, "y": 5})  # caps per kind, "C:" in a "c:" block
    expected = _reference_pairs(records, batch.MAX_BLOCK)
    assert batch.candidate_pairs(records).tolist() == [list(p) for p in expected]
    assert batch.candidate_pairs([]).shape == (0, 2)


def test_conflict_screen_is_the_bsn_and_date_part_of_hard_conflict():
    records = _records()
    pairs = batch.candidate_pairs(records)
    screen = batch.conflict_screen(records, pairs)
    assert 100 < screen.sum() < len(pairs)  # the data has both kinds
    for k, (i, j) in enumerate(pairs):
        a, b = records[i], records[j]
        bsn = bool(a.bsn and b.bsn and a.bsn != b.bsn and not same_fingerprint(a, b))
        dates = bool(
            a.birth_date
            and b.birth_date
            and a.birth_date != b.birth_date
            and abs(int(a.birth_date[:4]) - int(b.birth_date[:4])) > 2
            and not near_dates(a.birth_date, b.birth_date)
        )
        assert screen[k] == (bsn or dates), (a, b)
        if screen[k]:
            assert hard_conflict(a, b, second_bsn=True)


def test_digit_slips_in_far_dates_pass_the_screen():
    a = normalize_record({"id": "a", "first_name": "Jan", "birth_date": "1987-05-04"})
    pairs = np.array([[0, 1], [0, 2], [0, 3], [0, 4]])
    others = ["1978-05-04", "1997-05-04", "1976-05-04", "1957-08-04", "1977-05-04", "1995-05-04", "2007-05-04"]
    records = [a, *(normalize_record({"id": d, "first_name": "Jan", "birth_date": d}) for d in others)]
    pairs = np.array([[0, k] for k in range(1, len(records))])
    # two swapped, one wrong: near dates; two wrong, or swapped but not neighbours: conflicts; a decade apart on
    # the same day: near (one wrong within a century); two decades: a conflict
    assert batch.conflict_screen(records, pairs).tolist() == [False, False, True, True, False, True, True]
    b = normalize_record({"id": "b", "first_name": "Jan", "birth_date": "1996-09-17"})
    c = normalize_record({"id": "c", "first_name": "Jan", "birth_date": "2006-09-17"})
    assert batch.conflict_screen([b, c], np.array([[0, 1]])).tolist() == [False]


def test_score_pairs_equals_the_per_pair_reference(monkeypatch):
    records = _records()
    pairs = batch.candidate_pairs(records)
    model = Model.load()
    tf = TermFrequencies(records)
    tf.active = True  # the adjustment normally waits for 3,000 records
    expected = _reference_weights(records, pairs, model, tf)
    # every level of every comparison occurs
    vectors = np.array([compare(records[i], records[j]) for i, j in pairs])
    for f, (_, levels) in enumerate(COMPARISONS):
        assert set(vectors[:, f]) == set(range(len(levels))) - MISSING_LEVELS.get(f, set()), f
    assert np.array_equal(batch.score_pairs(records, pairs, model, workers=1, tf=tf), expected)  # arrays
    assert np.array_equal(pairs_arrays.score_arrays(records, pairs, model, tf, chunk=997), expected)  # in chunks
    # the first-name levels and crossed name fields from a helper process
    with monkeypatch.context() as m:
        m.setattr(batch, "SCORE_POOL_MIN", 10)
        assert np.array_equal(batch.score_pairs(records, pairs, model, workers=2, tf=tf), expected)
    monkeypatch.setattr(batch, "ARRAY_SCORING", False)  # pair by pair
    assert np.array_equal(batch.score_pairs(records, pairs, model, workers=1, tf=tf), expected)
    monkeypatch.setattr(batch, "SCORE_POOL_MIN", 10)  # worker processes, each with its own level cache
    assert np.array_equal(batch.score_pairs(records, pairs, model, workers=2, tf=tf), expected)


def test_array_scoring_leaves_unusual_dates_to_the_per_pair_code():
    records = _records(200)
    pairs = batch.candidate_pairs(records)
    assert pairs_arrays.score_arrays(records, pairs, Model.load(), None) is not None
    odd = replace(records[0], birth_date="1987-5-4", birth_dates=("1987-5-4",))
    assert pairs_arrays.score_arrays([odd, *records[1:]], pairs, Model.load(), None) is None


def _items(n=600):
    return [(f"m{i}", {"id": f"m{i}", "first_name": FIRST[i % len(FIRST)], "last_name": LAST[i % len(LAST)],
                       "street": STREETS[i % len(STREETS)], "birth_date": f"19{50 + i % 50}-0{1 + i % 9}-1{i % 10}"})
            for i in range(n)] + [("bad", None)]


def test_forked_normalising_gives_the_same_records(monkeypatch):
    items = _items()
    one_recs, one_keys = batch.normalize_many(items, workers=1)
    monkeypatch.setattr(batch, "FORK_MIN", 10)
    recs, keys = batch.normalize_many(items, workers=2)
    assert [r.to_dict() for r in recs] == [r.to_dict() for r in one_recs]
    assert keys == one_keys == [sorted(blocking_keys(r)) for r in one_recs]
    assert recs[-1].id == "bad" and recs[-1].first_name is None


def test_a_failing_helper_process_loses_nothing(monkeypatch):
    items = _items()
    parent = os.getpid()
    plain = batch._normalize_chunk

    def fails_in_the_helper(chunk, parse=None):
        if os.getpid() != parent:
            raise MemoryError
        return plain(chunk, parse)

    monkeypatch.setattr(batch, "_normalize_chunk", fails_in_the_helper)
    monkeypatch.setattr(batch, "FORK_MIN", 10)
    recs, _ = batch.normalize_many(items, workers=2)
    assert [r.id for r in recs] == [rid for rid, _ in items]
    assert recs[0].first_name == "mohamed"


def test_lines_are_read_and_normalised_in_both_processes(monkeypatch):
    from doortastend.linkage.cli import _parse_line

    items = _items()
    lines = [json.dumps(obj) for _, obj in items[:-1]]
    lines[5:5] = ["{broken", '{"id": "half", "first_name": ', '{"first_name": "zonder id"}']
    expected, expected_keys = batch.normalize_many(
        [_parse_line(x) for x in lines if _parse_line(x)[0] is not None], workers=1
    )
    monkeypatch.setattr(batch, "FORK_MIN", 10)
    recs, keys, skipped = batch.normalize_lines(lines, _parse_line, workers=2)
    assert skipped == 2  # "{broken" and the line without an id; "half" keeps its id as an empty record
    assert [r.to_dict() for r in recs] == [r.to_dict() for r in expected]
    assert keys == expected_keys
    assert recs[5].id == "half" and recs[5].first_name is None


def _block_and_score_alone(records, model):
    pairs = batch.candidate_pairs(records)
    return pairs, batch.score_pairs(records, pairs, model, workers=1, tf=TermFrequencies(records))


def test_blocking_in_a_helper_process_gives_the_same_pairs_and_weights(monkeypatch):
    records = _records()
    model = Model.load()
    expected_pairs, expected = _block_and_score_alone(records, model)
    monkeypatch.setattr(batch, "BLOCK_HELPER_MIN", 10)
    pairs, weights = batch._block_and_score(records, None, model, 2, True)
    assert np.array_equal(pairs, expected_pairs)
    assert np.array_equal(weights, expected)
    keys = [sorted(blocking_keys(r)) for r in records]
    pairs, weights = batch._block_and_score(records, keys, model, 2, True)
    assert np.array_equal(pairs, expected_pairs) and np.array_equal(weights, expected)


def test_a_blocking_helper_that_fails_loses_nothing(monkeypatch):
    records = _records(600)
    model = Model.load()
    expected_pairs, expected = _block_and_score_alone(records, model)
    monkeypatch.setattr(batch, "BLOCK_HELPER_MIN", 10)
    parent = os.getpid()
    for module, name in ((batch, "candidate_pairs"), (pairs_arrays, "first_name_levels"),
                         (pairs_arrays, "crossed_names")):  # before each of its three results
        plain = getattr(module, name)
        done_here = []

        def fails_in_the_helper(*args, plain=plain, done_here=done_here, **kwargs):
            if os.getpid() != parent:
                raise MemoryError
            done_here.append(1)
            return plain(*args, **kwargs)

        with monkeypatch.context() as m:
            m.setattr(module, name, fails_in_the_helper)
            pairs, weights = batch._block_and_score(records, None, model, 2, True)
        assert done_here, name  # this process did the helper's work
        assert np.array_equal(pairs, expected_pairs) and np.array_equal(weights, expected), name


def _late(send, delay):
    import time

    time.sleep(delay)
    send("result")
    send(list(range(200_000)))  # fills the pipe: waits until the parent reads


def test_a_waiting_parent_takes_idle_steps_and_reads_as_soon_as_there_is_something():
    import itertools
    import time

    from doortastend.linkage.forked import Helper

    steps = itertools.count()

    def idle():
        for _ in steps:
            time.sleep(0.001)
            yield

    helper = Helper(_late, 0.2, idle=idle())
    try:
        t0 = time.perf_counter()
        assert helper.get() == "result"  # an endless idle iterator does not keep the result waiting
        assert time.perf_counter() - t0 < 2
        taken = next(steps)
        assert taken > 20  # steps were taken while the helper slept
        assert helper.get() == list(range(200_000))
    finally:
        helper.close()
    finite = Helper(_late, 0.05, idle=iter([None] * 3))
    try:
        assert finite.get() == "result" and finite.idle is None  # all steps done, then waited
    finally:
        finite.close()


def test_the_blocking_wait_prepares_the_clustering_and_changes_nothing(monkeypatch):
    records = _records()
    model = Model.load()
    expected_pairs, expected = _block_and_score_alone(records, model)
    tw = float(np.log2(0.97 / 0.03))
    plain_roots = batch.cluster(records, expected_pairs, expected, tw, model=model)
    monkeypatch.setattr(batch, "BLOCK_HELPER_MIN", 10)
    infos: dict = {}
    pairs, weights = batch._block_and_score(records, None, model, 2, True, batch.cluster_summaries(records, infos, 50))
    assert np.array_equal(pairs, expected_pairs) and np.array_equal(weights, expected)
    assert infos and set(infos) <= set(range(len(records)))
    assert all(infos[i] == batch._info(records[i]) for i in infos)
    assert batch.cluster(records, pairs, weights, tw, model=model, infos=infos) == plain_roots


def _slip(rng, s):
    """``s`` with one OSA edit: a letter changed, added or dropped, or two neighbours swapped."""
    i = rng.randrange(len(s))
    kind = rng.randrange(4)
    if kind == 0:
        return s[:i] + rng.choice("aeiouynkr") + s[i + 1:]
    if kind == 1:
        return s[:i] + rng.choice("aeiouynkr") + s[i:]
    if kind == 2 and len(s) > 1:
        return s[:i] + s[i + 1:]
    return s[:i] + s[i + 1:i + 2] + s[i] + s[i + 2:] if i + 1 < len(s) else s


def test_crossing_forms_never_miss_a_crossing():
    """scoring.crossing_forms is a filter in front of names_crossed: wherever _given_as_surname sees a fit, the
    forms meet, so the filter only spares comparisons (the clusters stay the same)."""
    from doortastend.linkage.scoring import _given_as_surname, crossing_forms, names_crossed

    rng = random.Random(3)
    givens = FIRST + ["Cornelia Hendrika", "Patrick Johannes", "Abd el Kader", "Corrie", "Ahmet", "Uçar", "Nabil"]
    lasts = LAST + ["Uçar", "El Bakkali", "Brinkhuis", "Ahmet", "Jonker", "Corrie"]
    records = []
    for _ in range(400):
        g, last = rng.choice(givens), rng.choice(lasts)
        a = {"first_name": g, "last_name": last}
        # the same person with the fields swapped, often with a slip, a given name dropped or a roepnaam
        g2, last2 = last, g
        if rng.random() < 0.5:
            g2 = _slip(rng, g2)
        if rng.random() < 0.5:
            last2 = _slip(rng, last2)
        if rng.random() < 0.3 and " " in last2:
            last2 = last2.split()[0]
        records += [normalize_record(a), normalize_record({"first_name": g2, "last_name": last2})]
    fits = crossings = 0
    for a in records:
        for b in rng.sample(records, 40):
            (given_a, surname_a), (given_b, surname_b) = crossing_forms(a), crossing_forms(b)
            if a.first_name and b.last_name_core and _given_as_surname(a, b):
                fits += 1
                assert not given_a.isdisjoint(surname_b), (a.first_names, b.last_name)
            if names_crossed(a, b):
                crossings += 1
                assert not given_b.isdisjoint(surname_a)
    for i in range(0, len(records), 2):
        a, b = records[i], records[i + 1]
        if names_crossed(a, b):
            crossings += 1
            assert not crossing_forms(a)[0].isdisjoint(crossing_forms(b)[1])
            assert not crossing_forms(b)[0].isdisjoint(crossing_forms(a)[1])
    assert fits > 300 and crossings > 150  # the test sees many fits and crossings, not only strangers


def test_copy_record_is_replace():
    for r in _records(50):
        changes = {"city": "zaandam", "bsn": None, "extra": {**r.extra, "town_inferred": True}}
        copied = batch.copy_record(r, **changes)
        assert copied == replace(r, **changes) and copied is not r
        assert batch.copy_record(r) == r


def test_combined_codes_tell_the_same_tuples_apart():
    rng = random.Random(3)
    rows = [(rng.choice("abc"), rng.choice([None, "x", "y"]), frozenset(rng.sample("pqr", rng.randint(0, 2))))
            for _ in range(500)]
    by_tuple = pairs_arrays.value_codes(rows, False)
    columns = [pairs_arrays.value_codes([r[k] for r in rows], False) for k in range(3)]
    combined = pairs_arrays.combined_codes(*columns)
    # one code per distinct tuple, both ways round
    both = set(zip(by_tuple.tolist(), combined.tolist(), strict=True))
    assert len(both) == len(set(rows)) == len(set(combined.tolist()))
    one = pairs_arrays.combined_codes(pairs_arrays.value_codes([r[0] for r in rows], False))
    assert sorted(set(one.tolist())) == [0, 1, 2]


def _hold_ambiguous_plain(pairs, weights, threshold, conflict, margin, witness=None):
    """The rule of clustering.hold_ambiguous written out with a list of links per mention (its first version)."""
    held, links, strong = set(), defaultdict(list), set()
    for k in np.flatnonzero(weights >= threshold).tolist():
        i, j, w = int(pairs[k, 0]), int(pairs[k, 1]), float(weights[k])
        links[i].append((w, j, k))
        links[j].append((w, i, k))
        strong.add((min(i, j), max(i, j)))

    def one_person(m, a, b):
        if (min(a, b), max(a, b)) in strong:
            return True
        na = {x for _, x, _ in links[a]}
        return witness is not None and any(x != m and witness(x, a, b) for _, x, _ in links[b] if x in na)

    out = weights.copy()
    for m, ls in links.items():
        ls.sort(reverse=True)
        top, first, _ = ls[0]
        for w, other, _ in ls[1:]:
            if w < top - margin:
                break
            if conflict(first, other) and not one_person(m, first, other):
                held.add(m)
                for _, _, k in ls:
                    out[k] = min(out[k], np.nextafter(threshold, -np.inf))
                break
    return out, held


def test_hold_ambiguous_equals_the_plain_rule():
    from doortastend.linkage.clustering import hold_ambiguous

    rng = random.Random(5)
    for _ in range(30):
        n = 60
        pairs = np.array(sorted({tuple(sorted(rng.sample(range(n), 2))) for _ in range(200)}))
        weights = np.array([rng.choice([4.0, 5.0, 5.5, 6.0, 6.0, 7.0, 9.0]) for _ in pairs])  # many ties
        bad = {(a, b) for a in range(n) for b in range(n) if rng.random() < 0.3}
        witnesses = {(w, a, b) for w in range(n) for a, b in list(bad)[:50] if rng.random() < 0.2}
        args = (pairs, weights, 5.0, lambda a, b, bad=bad: (a, b) in bad, 1.0,
                lambda w, a, b, witnesses=witnesses: (w, a, b) in witnesses)
        out, held = hold_ambiguous(*args)
        expected_out, expected_held = _hold_ambiguous_plain(*args)
        assert held == expected_held and np.array_equal(out, expected_out)
        assert held  # the draw holds some mentions


def test_root_array_gives_the_roots_find_gives():
    from doortastend.linkage.clustering import GuardedUnion

    rng = random.Random(11)
    uf = GuardedUnion(300, lambda i: {i}, lambda a, b: True, lambda a, b: a | b)
    for _ in range(250):
        ri, rj = uf.find(rng.randrange(300)), uf.find(rng.randrange(300))
        if ri != rj:
            uf.join(ri, rj, uf.group(ri), uf.group(rj))
    expected = [uf.find(i) for i in range(300)]
    assert uf.root_array().tolist() == expected == uf.roots()
    assert len(set(expected)) < 150  # the draw joins most elements


def test_raw_values_are_remembered_only_while_a_batch_is_normalised():
    from doortastend.linkage import normalize

    cached = normalize._name_part_of_texts
    items = [(f"m{i}", {"id": f"m{i}", "first_name": "Fatima", "last_name": "el Amrani", "bsn": "111222333",
                        "phone": "06-12345678"}) for i in range(50)]
    normalize_record(items[0][1])  # outside a batch (the online matcher): nothing is kept
    assert cached.cache_info().currsize == 0
    seen = []
    plain = normalize._compute_name_part

    def counting(*args):
        seen.append(args)
        return plain(*args)

    try:
        normalize._compute_name_part = counting
        recs, _ = batch.normalize_many(items, workers=1)
    finally:
        normalize._compute_name_part = plain
    assert len(seen) == 1 and {r.last_name for r in recs} == {"el amrani"}  # 50 mentions, one combination
    assert cached.cache_info().currsize == 0  # and forgotten after the batch
    with normalize.batch_caches():
        normalize.normalize_bsn("111222333")
        normalize.normalize_phone("06-12345678")
        assert normalize.normalize_bsn.cache_info().currsize == normalize.normalize_phone.cache_info().currsize == 1
    assert normalize.normalize_bsn.cache_info().currsize == normalize.normalize_phone.cache_info().currsize == 0
    assert normalize.normalize_bsn("111222333") == "111222333"
    assert normalize.normalize_bsn.cache_info().currsize == 0
