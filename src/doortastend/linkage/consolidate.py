"""Consolidation: the batch's second look at the stored persons, as merge proposals for the coordinator.

The application links one mention at a time (service.match_mention) against what is stored at that moment, with a
strict automatic threshold. Two things follow: a person whose first signals had too little in common stays two
persons, and a later signal that bridges them does not join them (it joins one). The batch (batch.deduplicate, the
engine of `doortastend link`) sees all mentions at once, with its group-level evidence, and links more of them.

``propose_merges`` runs the batch over every stored mention (``manage.py consolidate_persons``, nightly from
cron) and, for every group of the batch that holds mentions of two or more stored persons, proposes to merge them
(MergeProposal). A mention linked automatically that the batch puts apart from all of its person's other mentions
(while those hold together) is proposed for unlinking (SplitProposal, ``decide_split``). Nothing is merged
automatically: a merge moves signals between persons, so a coordinator decides (``decide_merge``), with the same
per-field explanation as for a match candidate. A pair the coordinator
called two people (a rejected proposal, or a rejected match candidate between a mention of one and the other) is
not proposed again. A merge moves every mention of one person to the other (appended link history, method
"samengevoegd"), adds the kept person to the cases of the other, and leaves the emptied person as a reference that
points to the kept one (Person.merged_into).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q

from doortastend import access, services, workflow
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.people.models import Mention, MentionLink, Person

from .models import MatchCandidate, MatchDecision, MergeDecision, MergeProposal, SplitDecision, SplitProposal


@dataclass
class ConsolidationResult:
    mentions: int = 0  # mentions the batch compared
    groups: int = 0  # batch groups holding mentions of two or more stored persons
    proposed: int = 0  # new proposals
    open_already: int = 0  # pairs with an open proposal already
    decided_before: int = 0  # pairs a coordinator decided before (not proposed again)
    split_proposed: int = 0  # new proposals to unlink a mention linked automatically


def _stored_mentions() -> list[Mention]:
    """Every mention the batch should see: linked to a current person, or not linked yet (in review). Mentions of
    signals removed by retention are gone with them."""
    return list(
        Mention.objects.filter(Q(person__isnull=True) | Q(person__merged_into__isnull=True))
        .select_related("signal__reporter_organisation")
        .order_by("pk")
    )


def _rejected_pairs(person_ids: set[int]) -> set[str]:
    """Pairs of persons (MergeProposal.pair_of) a coordinator called two people: a rejected merge proposal, or a
    rejected match candidate between a mention now of one person and the other person."""
    pairs = set(
        MergeProposal.objects.filter(state=MergeProposal.State.REJECTED).values_list("pair", flat=True)
    )
    for mention_person, person in MatchDecision.objects.filter(
        same_person=False, candidate__person_id__in=person_ids
    ).values_list("candidate__mention__person_id", "candidate__person_id"):
        if mention_person is not None and mention_person != person:
            pairs.add(MergeProposal.pair_of(mention_person, person))
    return pairs


def _evidence(keep: Person, other: Person):
    """The online model's best comparison of one of ``other``'s mentions with ``keep``'s mentions (the
    explanation the coordinator reads)."""
    from .service import normalized, score_against_person

    theirs = [normalized(m) for m in keep.mentions.all()]
    best = None
    for m in other.mentions.all():
        c = score_against_person(normalized(m), keep, theirs)
        if c is not None and (best is None or c.match_weight > best.match_weight):
            best = c
    return best


def _scored(comparison) -> dict:
    """A proposal's probability and per-field explanation from the online model's comparison (none: 0, empty)."""
    from .service import explanation_json

    if comparison is None:
        return {"probability": 0.0, "explanation": []}
    return {"probability": comparison.match_probability, "explanation": explanation_json(comparison)}


def propose_merges(threshold: float | None = None) -> ConsolidationResult:
    """Run the batch over the stored mentions, propose to merge the persons it puts in one group and to unlink
    the automatic links it puts apart. The run reads every stored mention: it is audited, whatever it finds."""
    result = ConsolidationResult()
    mentions = _stored_mentions()
    result.mentions = len(mentions)
    if len(mentions) >= 2:
        _propose(mentions, threshold, result)
    record(
        None, AuditAction.LINK, object_type="mergeproposal", actor_label="systeem (samenvoegvoorstellen)",
        reason="nachtelijke vergelijking van alle vermeldingen", mentions=result.mentions, proposed=result.proposed,
        split_proposed=result.split_proposed,
    )
    return result


def _propose(mentions: list[Mention], threshold: float | None, result: ConsolidationResult) -> None:
    from . import batch

    # one process: forking a web or cron process with an open database connection is not worth the second core
    res = batch.deduplicate([m.identifying_dict() for m in mentions], threshold=threshold, workers=1)
    groups: dict[int, set[int]] = defaultdict(set)
    for m, root in zip(mentions, res.roots, strict=True):
        if m.person_id is not None:
            groups[root].add(m.person_id)
    result.split_proposed = _propose_splits(mentions, res.roots)
    groups = {r: ids for r, ids in groups.items() if len(ids) > 1}
    result.groups = len(groups)
    if not groups:
        return
    involved = set().union(*groups.values())
    sizes = Counter(
        dict(Person.objects.filter(pk__in=involved).annotate(n=Count("mentions")).values_list("pk", "n"))
    )
    rejected = _rejected_pairs(involved)
    # open, or decided as one person (a merge that went through cannot come back: the merged person has no
    # mentions left, so only a stale row could match)
    existing = set(
        MergeProposal.objects.filter(state__in=[MergeProposal.State.OPEN, MergeProposal.State.MERGED])
        .values_list("pair", flat=True)
    )
    persons = Person.objects.in_bulk(involved)
    batch_size = Counter(res.roots)
    for root, ids in groups.items():
        # the person with the most mentions is kept (the oldest of equals); the others are proposed to join it
        keep_id, *others = sorted(ids, key=lambda pk: (-sizes[pk], pk))
        for other_id in others:
            pair = MergeProposal.pair_of(keep_id, other_id)
            if pair in rejected:
                result.decided_before += 1
                continue
            if pair in existing:
                result.open_already += 1
                continue
            keep, other = persons[keep_id], persons[other_id]
            # a proposal that lapsed (one of its persons was merged with a third) opens again, now current
            MergeProposal.objects.update_or_create(
                pair=pair,
                defaults={
                    "person": keep,
                    "other": other,
                    **_scored(_evidence(keep, other)),
                    "batch_mentions": batch_size[root],
                    "state": MergeProposal.State.OPEN,
                },
            )
            existing.add(pair)
            result.proposed += 1


def _propose_splits(mentions: list[Mention], roots: list[int]) -> int:
    """Split proposals: a mention linked automatically (its last link) whose batch group holds none of its person's
    other mentions while two or more of those share one group. Links a coordinator made or confirmed, and pairs
    decided before, are left alone."""
    from .service import normalized, score_against_person

    by_person: dict[int, list[tuple[Mention, int]]] = defaultdict(list)
    for m, root in zip(mentions, roots, strict=True):
        if m.person_id is not None:
            by_person[m.person_id].append((m, root))
    flagged: list[tuple[Mention, list[Mention]]] = []
    for items in by_person.values():
        if len(items) < 3:
            continue
        in_group = Counter(root for _m, root in items)
        if in_group.most_common(1)[0][1] < 2:
            continue
        for m, root in items:
            if in_group[root] == 1:
                flagged.append((m, [o for o, _r in items if o.pk != m.pk]))
    proposed = 0
    for m, others in flagged:
        last = MentionLink.objects.filter(mention=m).order_by("-at", "-id").values_list("method", flat=True).first()
        if last != MentionLink.Method.AUTO:
            continue
        if SplitProposal.objects.filter(mention=m, person_id=m.person_id).exclude(
            state=SplitProposal.State.VOID
        ).exists() or MatchDecision.objects.filter(
            candidate__mention=m, candidate__person_id=m.person_id, same_person=True
        ).exists():
            continue
        c = score_against_person(normalized(m), m.person, [normalized(o) for o in others])
        SplitProposal.objects.update_or_create(
            mention=m, person_id=m.person_id, defaults={**_scored(c), "state": SplitProposal.State.OPEN}
        )
        proposed += 1
    return proposed


def decide_split(proposal: SplitProposal, *, by, same_person: bool, reason: str = "") -> None:
    """The coordinator's decision on a split proposal: keep the link (a confirmed pair, a label) or unlink the
    mention (service.unlink_mention)."""
    from .service import label_pair, unlink_mention

    access.require(access.is_coordinator(by), "Alleen een coördinator kan koppelingen beoordelen.")
    with transaction.atomic():
        proposal = SplitProposal.objects.select_for_update().select_related("mention", "person").get(pk=proposal.pk)
        if proposal.state != SplitProposal.State.OPEN:
            raise workflow.TransitionError("Over dit voorstel is al besloten.")
        if proposal.mention.person_id != proposal.person_id:
            raise workflow.TransitionError("Deze vermelding hoort intussen al bij een andere persoon.")
        SplitDecision.objects.create(proposal=proposal, same_person=same_person, by=by, reason=reason)
        proposal.state = SplitProposal.State.KEPT if same_person else SplitProposal.State.UNLINKED
        proposal.save(update_fields=["state"])
        record(by, AuditAction.DECIDE, proposal, object_type="splitproposal", reason=reason,
               same_person=same_person, person=proposal.person.reference)
        if same_person:
            candidate, _ = MatchCandidate.objects.get_or_create(
                mention=proposal.mention, person=proposal.person,
                defaults={"probability": proposal.probability, "explanation": proposal.explanation},
            )
            label_pair(candidate, same_person=True, by=by, reason=reason or "koppeling behouden na vergelijking")
        else:
            unlink_mention(proposal.mention, by=by, reason=reason)


def decide_merge(proposal: MergeProposal, *, by, same_person: bool, reason: str = "") -> None:
    """The coordinator's decision: merge ``proposal.other`` into ``proposal.person``, or record that they are two
    people (a label; the pair is not proposed again)."""
    access.require(access.is_coordinator(by), "Alleen een coördinator kan personen samenvoegen.")
    with transaction.atomic():
        proposal = MergeProposal.objects.select_for_update().select_related("person", "other").get(pk=proposal.pk)
        if proposal.state != MergeProposal.State.OPEN:
            raise workflow.TransitionError("Over dit voorstel is al besloten.")
        keep, other = proposal.person, proposal.other
        if same_person and (keep.merged_into_id or other.merged_into_id):
            raise workflow.TransitionError("Een van beide personen is intussen al samengevoegd met een ander.")
        MergeDecision.objects.create(proposal=proposal, same_person=same_person, by=by, reason=reason)
        proposal.state = MergeProposal.State.MERGED if same_person else MergeProposal.State.REJECTED
        proposal.save(update_fields=["state"])
        record(by, AuditAction.DECIDE, proposal, object_type="mergeproposal", reason=reason,
               same_person=same_person, person=keep.reference, other=other.reference)
        if same_person:
            merge_persons(keep, other, by=by, reason=reason or "samengevoegd door coördinator")


def merge_persons(keep: Person, other: Person, *, by, reason: str) -> None:
    """Move every mention of ``other`` to ``keep`` and leave ``other`` as a pointer to ``keep``."""
    access.require(access.is_coordinator(by), "Alleen een coördinator kan personen samenvoegen.")
    if keep.pk == other.pk:
        raise workflow.TransitionError("Een persoon kan niet met zichzelf worden samengevoegd.")
    with transaction.atomic():
        for mention in other.mentions.select_related("signal").order_by("pk"):
            services.link_mention(mention, keep, by=by, method=MentionLink.Method.MERGE,
                                  reason=f"samengevoegd met {keep.reference}: {reason}")
        for case in other.cases.all():  # a case the other person was added to without a signal of theirs
            services.add_person_to_case(case, keep, by=by)
        # the emptied person keeps its reference (history points to it) but no name: it holds no personal data
        Person.objects.filter(pk=other.pk).update(merged_into=keep, display_name="")
        other.merged_into, other.display_name = keep, ""
        # candidates waiting for a decision about the other person are now about the kept one
        for c in MatchCandidate.objects.filter(person=other, state=MatchCandidate.State.OPEN):
            if c.mention.person_id == keep.pk or MatchCandidate.objects.filter(mention=c.mention, person=keep).exists():
                c.delete()
            else:
                MatchCandidate.objects.filter(pk=c.pk).update(person=keep)
        SplitProposal.objects.filter(person=other, state=SplitProposal.State.OPEN).update(
            state=SplitProposal.State.VOID
        )
        # open proposals with the other person lapse; the next run proposes against the kept person if still due
        MergeProposal.objects.filter(state=MergeProposal.State.OPEN).filter(
            Q(person=other) | Q(other=other)
        ).update(state=MergeProposal.State.VOID)
        record(by, AuditAction.LINK, keep, object_type="person", reason=reason, merged=other.reference)
