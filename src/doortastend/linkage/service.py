"""Online matching in the application: score a new mention against stored persons.

Candidates come from an index of blocking keys (PersonKey), so one mention costs a handful of indexed look-ups
plus scoring of the few persons that share a key, also with millions of persons. Above the auto-link threshold
the mention is linked; in the review band the coordinator gets candidates with a per-field explanation; below it
a new person is created. Decisions on candidates are stored and usable as labels.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from django.db import connection, transaction
from django.db.models import Count, F

from doortastend import services
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.people.models import Mention, MentionLink, Person

from . import matcher as candidate_rules  # MAX_PER_KEY, MAX_CANDIDATES, select_candidates
from .models import MatchCandidate, MatchDecision, NameFrequency, PersonKey, stored_key
from .scoring import TermFrequencies  # imported with matcher above already

# A mention needs at least one of these to become a person of its own (a bare description does not).
ANCHOR_FIELDS = ("bsn", "first_name", "nickname", "last_name", "phone", "license_plate", "birth_date")

_matcher_cache: dict = {}


def _engine():
    from doortastend.linkage import matcher, normalize

    if "matcher" not in _matcher_cache:
        _matcher_cache["matcher"] = matcher.Matcher.load()
    return normalize, matcher, _matcher_cache["matcher"]


def normalized(mention: Mention):
    normalize, _scoring, _m = _engine()
    return normalize.normalize_record(mention.identifying_dict())


def keys_for(mention: Mention) -> set[str]:
    normalize, _scoring, _m = _engine()
    return set(normalize.blocking_keys(normalized(mention)))


# An index-only key per birth date ("dob:" + date; never looked up for candidates): how many stored persons carry
# a date, so that a system's default date (1970-01-01 on everyone it has no date for) is recognised online too
# (default_birth_dates). Persons indexed before this key need `manage.py reindex_person_keys`.
DATE_KEY = "dob:"
# rows counted per date key at most: enough to see a default date next to real dates of a national register
DATE_COUNT_LIMIT = 4000


# Index-only keys of a person's name values ("tf:" + scoring.TermFrequencies.value_keys; never looked up for
# candidates): what NameFrequency counts, per person once however many mentions carry the name.
TF_KEY = "tf:"


def index_keys(mention: Mention) -> set[str]:
    """The keys a person is indexed by for this mention: its blocking keys, its birth-date key and its name-value
    keys."""
    rec = normalized(mention)
    normalize, _scoring, _m = _engine()
    keys = set(normalize.blocking_keys(rec))
    if rec.birth_date:
        keys.add(DATE_KEY + rec.birth_date)
    keys.update(TF_KEY + k for k in TermFrequencies.value_keys(rec))
    return keys


def _name_values(keys) -> set[str]:
    """The counted name values among a person's stored keys, with a total key (#g, #l, #j) per kind present."""
    return TermFrequencies.counted_keys({k[len(TF_KEY) :] for k in keys if k.startswith(TF_KEY)})


def _count_name_values(delta: Counter) -> None:
    """Add ``delta`` (count key -> persons gained or lost) to NameFrequency; a count that reaches zero goes."""
    delta = Counter({k: n for k, n in delta.items() if n})
    if not delta:
        return
    NameFrequency.objects.bulk_create([NameFrequency(key=k, persons=0) for k in delta], ignore_conflicts=True)
    for n in set(delta.values()):
        NameFrequency.objects.filter(key__in=[k for k, d in delta.items() if d == n]).update(persons=F("persons") + n)
    NameFrequency.objects.filter(key__in=list(delta), persons__lte=0).delete()


def _name_value_delta(before, after) -> Counter:
    b, a = _name_values(before), _name_values(after)
    return Counter({**{k: 1 for k in a - b}, **{k: -1 for k in b - a}})


def index_person(person: Person, mention: Mention) -> None:
    existing = set(person.blocking_keys.values_list("key", flat=True))
    new = {stored_key(k) for k in index_keys(mention)} - existing
    with transaction.atomic():
        PersonKey.objects.bulk_create([PersonKey(person=person, key=k) for k in new], ignore_conflicts=True)
        _count_name_values(_name_value_delta(existing, existing | new))


def reindex_persons(person_ids) -> int:
    """Replace the blocking keys of these persons by the keys of the mentions they have now, in one transaction;
    returns the number of keys stored. A person's keys are derived from its mentions (names, a phone number, an
    address), so they go when the mention they came from goes: retention (signals.retention) calls this for the
    persons that keep other mentions. The name counts (NameFrequency) follow."""
    ids = list(person_ids)
    with transaction.atomic():
        before: dict[int, set[str]] = {i: set() for i in ids}
        for pid, key in PersonKey.objects.filter(person_id__in=ids).values_list("person_id", "key"):
            before[pid].add(key)
        after: dict[int, set[str]] = {i: set() for i in ids}
        for mention in Mention.objects.filter(person_id__in=ids).order_by("pk"):
            after[mention.person_id].update(stored_key(k) for k in index_keys(mention))
        PersonKey.objects.filter(person_id__in=ids).delete()
        PersonKey.objects.bulk_create(
            [PersonKey(person_id=pid, key=k) for pid, keys in after.items() for k in sorted(keys)],
            ignore_conflicts=True,
        )
        delta: Counter = Counter()
        for pid in ids:
            delta.update(_name_value_delta(before[pid], after[pid]))
        _count_name_values(delta)
    return sum(len(keys) for keys in after.values())


def refresh_name_frequencies() -> int:
    """Count NameFrequency again from the persons' ``tf:`` keys (after reindex_person_keys: persons indexed before
    the counts existed); returns the number of counts."""
    per_person: dict[int, set[str]] = {}
    for pid, key in PersonKey.objects.filter(key__startswith=TF_KEY).values_list("person_id", "key").iterator():
        per_person.setdefault(pid, set()).add(key)
    counts: Counter = Counter()
    for keys in per_person.values():
        counts.update(_name_values(keys))
    with transaction.atomic():
        NameFrequency.objects.all().delete()
        NameFrequency.objects.bulk_create([NameFrequency(key=k, persons=n) for k, n in counts.items()], batch_size=2000)
    return len(counts)


def term_frequencies(rec) -> TermFrequencies:
    """How common the names of a normalised record are among the stored persons (for the online matcher), from
    one look-up of its name values and the totals (TermFrequencies.for_record)."""

    def lookup(keys: set[str]) -> dict[str, int]:
        stored = {stored_key(TF_KEY + k)[len(TF_KEY) :]: k for k in keys}  # as _name_values reads the tf: keys
        return {stored[s]: n for s, n in NameFrequency.objects.filter(key__in=list(stored)).values_list("key", "persons")}

    return TermFrequencies.for_record(rec, lookup)


def reindex_person_keys(batch_size: int = 500) -> tuple[int, int]:
    """Recompute every person's blocking keys from the mentions linked to it, after the key scheme changed
    (a new key kind, a normalisation rule): keys of an older scheme would leave stored persons unfindable by the
    new kinds. Per person in one transaction: the old keys go, the keys of its current mentions come; the name
    counts are counted again at the end. Returns (persons, keys)."""
    persons = keys = 0
    ids = list(Person.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch_size):
        chunk = ids[start : start + batch_size]
        keys += reindex_persons(chunk)
        persons += len(chunk)
    refresh_name_frequencies()
    return persons, keys


def score_against_person(rec, person: Person, others=None, tf=None):
    """Best comparison of a normalised record against the mentions of one person (``others``: their normalised
    records, when the caller has them; ``tf``: term_frequencies(rec)), with its explanation."""
    _normalize, _thresholds, matcher = _engine()
    if others is None:
        others = [normalized(m) for m in person.mentions.all()]
    return matcher.score_person(rec, others, tf) if others else None


def shared_bsns(bsns) -> set[str]:
    """The BSNs among ``bsns`` that SHARED_BSN_MIN_PEOPLE or more stored persons carry. Those are people the
    matcher kept apart in spite of the number (a dummy that passes the 11-proef, a parent's number in several
    children's files), so the number identifies none of them; the batch drops such numbers the same way
    (batch.drop_shared_bsns)."""
    from doortastend.linkage.batch import SHARED_BSN_MIN_PEOPLE

    by_key = {stored_key(f"b:{b}"): b for b in bsns if b}
    if not by_key:
        return set()
    rows = (
        PersonKey.objects.filter(key__in=list(by_key))
        .values("key")
        .annotate(persons=Count("person_id", distinct=True))
        .filter(persons__gte=SHARED_BSN_MIN_PEOPLE)
    )
    return {by_key[row["key"]] for row in rows}


# SQLite allows 500 terms in one compound SELECT (SQLITE_MAX_COMPOUND_SELECT); look-ups go in parts of this many
_KEYS_PER_QUERY = 200


def persons_by_key(keys, limit: int) -> dict[str, list[int]]:
    """Stored key -> the ids of at most ``limit`` persons carrying it, one indexed look-up per key (a UNION ALL of
    LIMIT subqueries, on PostgreSQL and SQLite alike): a key carried by a hundred thousand persons costs no more
    than ``limit`` rows."""
    keys = sorted({stored_key(k) for k in keys})
    table = connection.ops.quote_name(PersonKey._meta.db_table)
    col_key, col_person = connection.ops.quote_name("key"), connection.ops.quote_name("person_id")
    out: dict[str, list[int]] = {k: [] for k in keys}
    for start in range(0, len(keys), _KEYS_PER_QUERY):
        part = keys[start : start + _KEYS_PER_QUERY]
        sql = " UNION ALL ".join(
            f"SELECT * FROM (SELECT {col_key}, {col_person} FROM {table} WHERE {col_key} = %s LIMIT %s) AS q{i}"
            for i in range(len(part))
        )
        with connection.cursor() as cur:
            cur.execute(sql, [x for k in part for x in (k, limit)])
            for key, person_id in cur.fetchall():
                out[key].append(person_id)
    return out


def candidate_person_ids(keys, exclude: int | None = None) -> list[int]:
    """The stored persons to score a mention against: those sharing a selective key with it (a key that more
    than MAX_PER_KEY persons carry is skipped), most shared keys first, at most MAX_CANDIDATES. (Taking any 50
    persons of all keys, as before, let a common name in a large town crowd out the person itself.)"""
    found = persons_by_key(keys, candidate_rules.MAX_PER_KEY + 1)
    return candidate_rules.select_candidates(found.values(), exclude)


def default_birth_dates(dates) -> set[str]:
    """The birth dates among ``dates`` that look like a system's default: carried by DEFAULT_DATE_MIN_NAMES or
    more stored persons and DEFAULT_DATE_RATIO times as many as carry the same day and month in the years around
    it (the batch's rule, batch.drop_default_dates, counted in persons from the "dob:" keys)."""
    from doortastend.linkage.batch import DEFAULT_DATE_MIN_NAMES, is_default_date, same_day_around

    def counts(ds) -> dict[str, int]:
        found = persons_by_key([DATE_KEY + d for d in ds], DATE_COUNT_LIMIT)
        return {d: len(found.get(stored_key(DATE_KEY + d), ())) for d in ds}

    dates = {d for d in dates if d}
    if not dates:
        return set()
    suspect = {d: n for d, n in counts(dates).items() if n >= DEFAULT_DATE_MIN_NAMES}
    if not suspect:
        return set()
    around = counts({x for d in suspect for x in same_day_around(d)})
    return {d for d, n in suspect.items() if is_default_date(n, [around[x] for x in same_day_around(d)])}


# Candidates' birth dates checked for defaults besides the mention's own (the most frequent first)
MAX_CANDIDATE_DATES = 8


def candidates_for(mention: Mention) -> list[tuple[Person, object]]:
    from doortastend.linkage.batch import without_birth_date

    normalize, _scoring, _m = _engine()
    rec = normalized(mention)
    keys = normalize.initial_lookup_keys(set(normalize.blocking_keys(rec)))
    defaults = default_birth_dates([rec.birth_date])
    if defaults:  # a default date finds no one: its date keys are not looked up
        keys = {k for k in keys if not k.startswith("d:")}
    if not keys:
        return []
    person_ids = candidate_person_ids(keys, mention.person_id)
    persons = list(
        Person.objects.filter(id__in=person_ids).prefetch_related("mentions__signal__reporter_organisation")
    )
    others = {p.pk: [normalized(m) for m in p.mentions.all()] for p in persons}
    their_dates = Counter(r.birth_date for recs in others.values() for r in recs if r.birth_date)
    their_dates.pop(rec.birth_date, None)
    defaults |= default_birth_dates([d for d, _n in their_dates.most_common(MAX_CANDIDATE_DATES)])
    if defaults:  # a default date is no date: neither evidence nor a conflict
        rec = without_birth_date(rec) if rec.birth_date in defaults else rec
        others = {k: [without_birth_date(r) if r.birth_date in defaults else r for r in v] for k, v in others.items()}
    shared = shared_bsns({rec.bsn} | {r.bsn for recs in others.values() for r in recs})
    if shared:  # no link and no conflict through a number several people carry
        rec = replace(rec, bsn=None) if rec.bsn in shared else rec
        others = {k: [replace(r, bsn=None) if r.bsn in shared else r for r in v] for k, v in others.items()}
    tf = term_frequencies(rec)
    scored = []
    for person in persons:
        comparison = score_against_person(rec, person, others[person.pk], tf)
        if comparison is not None:
            scored.append((person, comparison))
    scored.sort(key=lambda pc: pc[1].match_probability, reverse=True)
    return scored


def has_anchor(mention: Mention) -> bool:
    return any(getattr(mention, f) not in (None, "") for f in ANCHOR_FIELDS)


def explanation_json(comparison) -> list[dict]:
    return [
        {
            "field": f.field,
            "level": str(f.level),
            "weight": round(float(f.weight), 2),
            "explanation": f.explanation_nl,
        }
        for f in comparison.fields
    ]


def match_mention(mention: Mention) -> str:
    """Link, propose or create. Returns 'linked', 'review', 'new' or 'skipped'."""
    _normalize, scoring, _matcher = _engine()
    if mention.person_id:
        return "skipped"
    scored = candidates_for(mention)
    # two persons about equally likely (namesakes on one street, "E. Demir" at Elif's and Emre's address):
    # never an automatic link, the coordinator decides
    ambiguous = len(scored) > 1 and (
        scored[1][1].match_weight >= scored[0][1].match_weight - scoring.AMBIGUITY_MARGIN
    )
    if scored and not ambiguous and scored[0][1].match_probability >= scoring.ONLINE_AUTO_LINK_THRESHOLD:
        person, comparison = scored[0]
        services.link_mention(
            mention,
            person,
            method=MentionLink.Method.AUTO,
            score=comparison.match_probability,
            reason="automatisch gekoppeld",
        )
        return "linked"
    in_band = [(p, c) for p, c in scored if c.match_probability >= scoring.REVIEW_THRESHOLD]
    if in_band:
        for person, comparison in in_band[:5]:
            MatchCandidate.objects.get_or_create(
                mention=mention,
                person=person,
                defaults={
                    "probability": comparison.match_probability,
                    "explanation": explanation_json(comparison),
                },
            )
        return "review"
    if not has_anchor(mention):
        return "skipped"
    services.create_person_for(mention, method=MentionLink.Method.AUTO, reason="geen bekende persoon")
    return "new"


def label_pair(candidate: MatchCandidate, *, same_person: bool, by, reason: str) -> None:
    """Store the coordinator's decision on a mention–person pair: the candidate's state and a MatchDecision, the
    label that training (labelled_pairs) and the consolidation (which proposes no decided pair again) read."""
    MatchDecision.objects.create(candidate=candidate, same_person=same_person, by=by, reason=reason)
    candidate.state = MatchCandidate.State.CONFIRMED if same_person else MatchCandidate.State.REJECTED
    candidate.save(update_fields=["state"])


def decide_candidate(candidate: MatchCandidate, *, by, same_person: bool, reason: str = "") -> None:
    from doortastend import access

    access.require(access.is_coordinator(by), "Alleen een coördinator kan koppelingen beoordelen.")
    with transaction.atomic():
        label_pair(candidate, same_person=same_person, by=by, reason=reason)
        mention = candidate.mention
        record(
            by,
            AuditAction.DECIDE,
            candidate,
            object_type="matchcandidate",
            reason=reason,
            same_person=same_person,
        )
        if same_person:
            services.link_mention(
                mention,
                candidate.person,
                by=by,
                method=MentionLink.Method.REVIEW,
                score=candidate.probability,
                reason=reason or "bevestigd door coördinator",
            )
            mention.match_candidates.filter(state=MatchCandidate.State.OPEN).update(
                state=MatchCandidate.State.REJECTED
            )
        elif (
            not mention.match_candidates.filter(state=MatchCandidate.State.OPEN).exists()
            and not mention.person_id
        ):
            if has_anchor(mention):
                services.create_person_for(
                    mention,
                    by=by,
                    method=MentionLink.Method.REVIEW,
                    reason="geen van de kandidaten is dezelfde persoon",
                )


def unlink_mention(mention: Mention, *, by, reason: str) -> Person | None:
    """The coordinator takes a mention away from the person it was linked to ("not this person"). The decision is
    stored as a rejected candidate pair (a label, and the consolidation does not propose the two again); the
    mention becomes a person of its own when it has something to find it by, else it waits unlinked. Returns the
    new person (or None)."""
    from doortastend import access, workflow

    access.require(access.is_coordinator(by), "Alleen een coördinator kan een koppeling ongedaan maken.")
    if not reason.strip():
        raise workflow.TransitionError("Geef kort aan waarom deze vermelding niet bij deze persoon hoort.")
    with transaction.atomic():
        # lock the mention row only (PostgreSQL locks no nullable side of an outer join)
        mention = Mention.objects.select_for_update(of=("self",)).select_related("person", "signal").get(pk=mention.pk)
        person = mention.person
        if person is None:
            raise workflow.TransitionError("Deze vermelding is aan geen persoon gekoppeld.")
        if not person.mentions.exclude(pk=mention.pk).exists():
            raise workflow.TransitionError("Dit is de enige vermelding van deze persoon; er valt niets te ontkoppelen.")
        candidate, _ = MatchCandidate.objects.get_or_create(
            mention=mention, person=person, defaults={"probability": 1.0, "explanation": []}
        )
        label_pair(candidate, same_person=False, by=by, reason=reason)
        record(by, AuditAction.DECIDE, candidate, object_type="matchcandidate", reason=reason, same_person=False,
               unlinked_from=person.reference)
        mention.match_candidates.filter(state=MatchCandidate.State.OPEN).update(state=MatchCandidate.State.REJECTED)
        why = f"ontkoppeld van {person.reference}: {reason}"
        if has_anchor(mention):
            return services.create_person_for(mention, by=by, method=MentionLink.Method.UNLINK, reason=why)
        services.link_mention(mention, None, by=by, method=MentionLink.Method.UNLINK, reason=why)
        return None


def labelled_pairs() -> list[dict]:
    """Coordinator decisions as labelled pairs (for training and evaluation of the model)."""
    out = []
    for d in MatchDecision.objects.select_related(
        "candidate__mention__signal__reporter_organisation", "candidate__person"
    ):
        c = d.candidate
        others = [m.identifying_dict() for m in c.person.mentions.exclude(pk=c.mention_id)]
        out.append(
            {
                "mention": c.mention.identifying_dict(),
                "person_mentions": others,
                "same_person": d.same_person,
                "decided_at": d.at.isoformat(),
            }
        )
    return out


def organisation_overview(person: Person) -> dict:
    """What a coordinator may know about a person's signals without need-to-know of their content."""
    from collections import Counter

    types = Counter(
        m.signal.reporter_organisation.get_type_display() if m.signal.reporter_organisation else "Bewoner"
        for m in person.mentions.select_related("signal__reporter_organisation")
    )
    return {
        "signal_count": person.mentions.values("signal").distinct().count(),
        "by_organisation_type": dict(types),
    }
