"""Online matching API for the Django side (pure functions, no database, no Django imports).

    from doortastend.linkage import Matcher, normalize_record, AUTO_LINK_THRESHOLD, REVIEW_THRESHOLD
    m = Matcher.load()
    c = m.score(normalize_record(new), normalize_record(stored))
    if c.match_probability >= AUTO_LINK_THRESHOLD: link
    elif c.match_probability >= REVIEW_THRESHOLD: show c.fields to the coordinator

Candidate retrieval: store ``blocking_keys(record)`` per person (indexed), look up the keys of a new
mention, then score it against the mentions of each candidate person with :meth:`Matcher.score_person`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from .normalize import NormalizedRecord
from .scoring import (
    COMPARISONS,
    Comparison,
    FieldExplanation,
    Model,
    TermFrequencies,
    compare,
    hard_conflict,
    probability,
    tf_adjustment,
)

__all__ = [
    "Matcher",
    "AUTO_LINK_THRESHOLD",
    "ONLINE_AUTO_LINK_THRESHOLD",
    "REVIEW_THRESHOLD",
    "AMBIGUITY_MARGIN",
    "MAX_PER_KEY",
    "MAX_CANDIDATES",
    "select_candidates",
    "person_profile",
]

# Match probabilities. AUTO_LINK_THRESHOLD is the lowest value at which clustered pairwise precision stays
# >= 0.97 on the training seed (7) at benchmark size (20k persons) with a margin (0.9745; 0.85 gave 0.9729),
# checked on seeds 1-3; it relies on the clustering guard and on ambiguous mentions not being auto-linked
# (batch: clustering.hold_ambiguous; online: service.match_mention). See docs/linkage.md.
AUTO_LINK_THRESHOLD = 0.87
# The application links one mention at a time, as it is stored, against persons linked before (service.
# match_mention): no clustering guard, no group evidence, no later mention to correct an early link. Replaying
# the benchmark that way (bench/link_online_replay.py, 20,000 persons, term frequencies on) gave auto-link
# precision 0.940 at 0.87, 0.964 at 0.95 and 0.972 / 0.973 at 0.97 on seeds 7 / 1 (13 % of the mentions to
# review), so the application links automatically from here; between REVIEW_THRESHOLD and this the coordinator
# decides. See docs/linkage.md, fifteenth round.
ONLINE_AUTO_LINK_THRESHOLD = 0.97
REVIEW_THRESHOLD = 0.5
# Two candidate persons whose match weights are this close (bits) make an automatic link ambiguous.
AMBIGUITY_MARGIN = 1.0
# Candidate retrieval (the application's service.candidates_for and the online benchmark): a blocking key that
# more than MAX_PER_KEY stored persons carry ("Mohamed" in a large town) selects nothing and is skipped; the
# mention's other keys still find the person. Of the rest, the persons sharing the most keys with the mention
# are scored, at most MAX_CANDIDATES.
MAX_PER_KEY = 200
MAX_CANDIDATES = 50


def select_candidates(id_lists: Iterable[Sequence[int]], exclude: int | None = None) -> list[int]:
    """The persons to score, from the ids found per key (each list holding at most MAX_PER_KEY + 1 ids): keys of
    more than MAX_PER_KEY persons skipped, the persons sharing the most keys first (then by id), at most
    MAX_CANDIDATES."""
    shared: Counter[int] = Counter()
    for ids in id_lists:
        if ids and len(ids) <= MAX_PER_KEY:
            shared.update(i for i in ids if i != exclude)
    return [i for i, _n in sorted(shared.items(), key=lambda x: (-x[1], x[0]))[:MAX_CANDIDATES]]


class Matcher:
    def __init__(self, model: Model):
        self.model = model

    @classmethod
    def load(cls, path: str | Path | None = None) -> Matcher:
        return cls(Model.load(path))

    def weight(self, a: NormalizedRecord, b: NormalizedRecord, tf: TermFrequencies | None = None) -> float:
        if hard_conflict(a, b):
            return -99.0
        vec = compare(a, b)
        return self.model.weight(vec) + tf_adjustment(self.model, vec, a, b, tf)

    def score(self, a: NormalizedRecord, b: NormalizedRecord, tf: TermFrequencies | None = None) -> Comparison:
        """Score two mentions, with a per-field explanation in plain Dutch. ``tf``: how common names are among
        the stored persons (the application's, linkage.service.term_frequencies); agreement on a rare name then
        weighs more and on a common one less, as in the batch, and the explanation says so."""
        vec = compare(a, b)
        conflict = hard_conflict(a, b)
        fields: list[FieldExplanation] = []
        total = self.model.prior_weight
        for i, lvl in enumerate(vec):
            name, levels = COMPARISONS[i]
            w = self.model.weights[i][lvl]
            total += w
            label, text = levels[lvl]
            fields.append(FieldExplanation(name, label, round(w, 2), text))
        adj = tf_adjustment(self.model, vec, a, b, tf)
        if adj:
            total += adj
            fields.append(
                FieldExplanation(
                    "naamfrequentie",
                    "zeldzaam" if adj > 0 else "veel voorkomend",
                    round(adj, 2),
                    "zeldzame naam onder de bekende personen: de overeenkomst telt zwaarder"
                    if adj > 0
                    else "veel voorkomende naam onder de bekende personen: de overeenkomst telt minder zwaar",
                )
            )
        if conflict:
            total = -99.0
            fields.append(
                FieldExplanation(
                    "controle",
                    "conflict",
                    -99.0,
                    "harde tegenstrijdigheid (ander BSN of geboortedatum jaren uit elkaar): nooit automatisch koppelen",
                )
            )
        return Comparison(probability(total), total, fields, vec, conflict)

    def score_person(
        self,
        mention: NormalizedRecord,
        person_mentions: Sequence[NormalizedRecord],
        tf: TermFrequencies | None = None,
    ) -> Comparison:
        """Score a mention against a person known through several mentions: the best-matching mention
        counts, but any hard conflict with one of the person's mentions (another BSN, a birth date years
        apart) blocks an automatic link. ``tf``: see :meth:`score`."""
        best: Comparison | None = None
        conflict = False
        for pm in person_mentions:
            c = self.score(mention, pm, tf)
            if c.conflict:
                conflict = True
                continue
            if best is None or c.match_weight > best.match_weight:
                best = c
        if best is None:
            return self.score(mention, person_mentions[0], tf) if person_mentions else Comparison(0.0, -99.0, [])
        if conflict:
            best.conflict = True
            best.match_probability = min(best.match_probability, REVIEW_THRESHOLD)
        return best


def person_profile(records: Iterable[NormalizedRecord]) -> NormalizedRecord:
    """Merge the mentions of one person into one profile (most frequent known value per field; all name
    variants). Useful for display and as a compact index entry; :meth:`Matcher.score_person` is the more
    precise way to score against a person."""
    recs = list(records)
    out = NormalizedRecord(id=recs[0].id if recs else "", source="profile")
    if not recs:
        return out

    def common(attr: str):
        vals = [getattr(r, attr) for r in recs if getattr(r, attr)]
        return Counter(vals).most_common(1)[0][0] if vals else None

    for attr in (
        "bsn",
        "first_name",
        "first_initial",
        "nickname",
        "last_name",
        "last_name_prefix",
        "last_name_core",
        "last_name_skeleton",
        "birth_date",
        "gender",
        "street",
        "house_number",
        "postcode",
        "city",
        "phone",
        "license_plate",
        "school",
    ):
        setattr(out, attr, common(attr))
    out.house_suffix = common("house_suffix") or ""
    names: list[str] = []
    for r in recs:
        for n in r.first_names:
            if n not in names:
                names.append(n)
    if out.first_name and out.first_name in names:
        names.remove(out.first_name)
        names.insert(0, out.first_name)
    out.first_names = tuple(names)
    groups: set[str] = set()
    for r in recs:
        groups |= r.name_groups
    out.name_groups = frozenset(groups)
    if out.birth_date:
        dates = {d for r in recs for d in r.birth_dates if r.birth_date == out.birth_date}
        out.birth_dates = (out.birth_date, *sorted(dates - {out.birth_date}))
        out.birth_year_min = out.birth_year_max = int(out.birth_date[:4])
    else:
        lo = [r.birth_year_min for r in recs if r.birth_year_min is not None]
        hi = [r.birth_year_max for r in recs if r.birth_year_max is not None]
        if lo:
            out.birth_year_min, out.birth_year_max = max(lo), min(hi)
            if out.birth_year_min > out.birth_year_max:
                out.birth_year_min, out.birth_year_max = min(lo), max(hi)
            out.age_estimated = True
    return out
