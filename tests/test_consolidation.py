"""Consolidation: the batch's look at all stored mentions proposes merges; the coordinator decides."""

from datetime import date

import pytest
from django.core.management import call_command

from doortastend import services, workflow
from doortastend.audit.models import AuditEvent
from doortastend.cases.models import CasePerson
from doortastend.linkage.consolidate import decide_merge, propose_merges
from doortastend.linkage.models import MatchCandidate, MatchDecision, MergeDecision, MergeProposal, PersonKey
from doortastend.linkage.service import decide_candidate
from doortastend.people.models import MentionLink, Person


def stored(reporter, mention, text="zorgen"):
    """A signal with one mention that became a person of its own (as when the online matcher kept it apart)."""
    signal, _, _ = services.submit_signal(reporter=reporter, signal_data={"text": text}, mentions=[mention])
    m = signal.mentions.get()
    services.create_person_for(m, method=MentionLink.Method.AUTO, reason="test")
    m.refresh_from_db()
    return m


BOY = {"roles": [], "first_name": "Mohamed", "last_name": "el Amrani", "birth_date": date(2010, 3, 14),
       "street": "Vlashof", "house_number": "12a", "postcode": "3511 AB", "city": "Havenstad"}


@pytest.fixture
def split_boy(network):
    """One boy stored as two persons (school and police), and his twin brother as a third."""
    n = network
    a = stored(n["melder"], {**BOY, "phone": "06-12345678"})
    b = stored(n["prof2"], {**BOY, "first_name": "Mohammed", "last_name": "El-Amrani", "house_number": "12 A"})
    twin = stored(n["melder2"], {**BOY, "first_name": "Yassin"})
    return a, b, twin


def test_batch_proposes_merging_one_person_stored_twice(split_boy):
    a, b, twin = split_boy
    assert len({a.person_id, b.person_id, twin.person_id}) == 3
    result = propose_merges()
    assert result.mentions == 3
    assert result.proposed == 1
    p = MergeProposal.objects.get()
    assert {p.person_id, p.other_id} == {a.person_id, b.person_id}
    assert twin.person_id not in (p.person_id, p.other_id)
    assert p.state == MergeProposal.State.OPEN
    assert p.probability > 0.5 and p.explanation  # the per-field explanation the coordinator reads
    assert {e["field"] for e in p.explanation} >= {"voornaam", "achternaam"}
    # a second run proposes nothing new
    again = propose_merges()
    assert again.proposed == 0 and again.open_already == 1
    assert MergeProposal.objects.count() == 1
    # every run read all stored mentions: each is audited, also one that proposes nothing
    runs = AuditEvent.objects.filter(object_type="mergeproposal", actor_label="systeem (samenvoegvoorstellen)")
    assert runs.count() == 2


def test_a_run_without_proposals_is_audited(network):
    stored(network["melder"], {**BOY})
    stored(network["melder2"], {**BOY, "first_name": "Yassin"})  # the twin: nothing to propose
    result = propose_merges()
    assert result.groups == 0 and result.proposed == 0
    assert AuditEvent.objects.filter(object_type="mergeproposal", actor_label="systeem (samenvoegvoorstellen)").exists()


def test_merge_moves_mentions_keys_and_cases(split_boy, network):
    a, b, _twin = split_boy
    case = services.open_case(by=network["coordinator"], title="Zorgen om M.", signals=[b.signal])
    propose_merges()
    p = MergeProposal.objects.get()
    keep, other = p.person, p.other
    with pytest.raises(PermissionError):
        decide_merge(p, by=network["prof"], same_person=True)
    decide_merge(p, by=network["coordinator"], same_person=True, reason="zelfde jongen, school bevestigt")
    p.refresh_from_db()
    other.refresh_from_db()
    assert p.state == MergeProposal.State.MERGED
    assert other.merged_into_id == keep.pk
    assert not other.mentions.exists()
    assert set(keep.mentions.values_list("pk", flat=True)) == {a.pk, b.pk}
    # history is appended, not overwritten: the earlier link of the moved mention stays
    moved = a if a.person_id == other.pk else b
    methods = list(MentionLink.objects.filter(mention=moved).values_list("method", "person_id"))
    assert methods == [(MentionLink.Method.AUTO, other.pk), (MentionLink.Method.MERGE, keep.pk)]
    # the search keys went with the mentions; the emptied person has none
    assert not PersonKey.objects.filter(person=other).exists()
    assert PersonKey.objects.filter(person=keep).exists()
    # the kept person is in the case the other was in; the case history keeps the other person too
    assert CasePerson.objects.filter(case=case, person=keep).exists()
    assert MergeDecision.objects.filter(proposal=p, same_person=True).count() == 1
    assert AuditEvent.objects.filter(object_type="mergeproposal", action="decide").exists()
    with pytest.raises(workflow.TransitionError):
        decide_merge(p, by=network["coordinator"], same_person=True)
    # the next run proposes nothing: the merged person has no mentions, and the others are one person now
    assert propose_merges().proposed == 0


def test_rejected_merge_is_not_proposed_again(split_boy, network):
    propose_merges()
    p = MergeProposal.objects.get()
    decide_merge(p, by=network["coordinator"], same_person=False, reason="neven met dezelfde naam")
    p.refresh_from_db()
    assert p.state == MergeProposal.State.REJECTED
    assert p.other.merged_into_id is None and p.other.mentions.exists()
    result = propose_merges()
    assert result.proposed == 0 and result.decided_before == 1


def test_rejected_match_candidate_blocks_the_proposal(split_boy, network):
    a, b, _twin = split_boy
    # the coordinator already said once that b's mention is not a's person
    c = MatchCandidate.objects.create(mention=b, person=a.person, probability=0.8, explanation=[])
    decide_candidate(c, by=network["coordinator"], same_person=False, reason="andere jongen")
    assert MatchDecision.objects.filter(same_person=False).count() == 1
    result = propose_merges()
    assert result.proposed == 0 and result.decided_before == 1


def test_open_candidates_follow_the_merge(split_boy, network):
    a, b, twin = split_boy
    propose_merges()
    p = MergeProposal.objects.get()
    waiting = MatchCandidate.objects.create(mention=twin, person=p.other, probability=0.6, explanation=[])
    decide_merge(p, by=network["coordinator"], same_person=True, reason="zelfde jongen")
    waiting.refresh_from_db()
    assert waiting.person_id == p.person_id and waiting.state == MatchCandidate.State.OPEN


def test_management_command(split_boy, capsys):
    call_command("consolidate_persons")
    out = capsys.readouterr().out
    assert "3 vermeldingen vergeleken" in out and "1 nieuw(e) voorstel(len)" in out
    assert Person.objects.filter(merge_proposals__state=MergeProposal.State.OPEN).count() == 1


def test_unlink_mention_rules(split_boy, network):
    from doortastend.linkage.consolidate import merge_persons
    from doortastend.linkage.service import unlink_mention

    a, b, _twin = split_boy
    with pytest.raises(workflow.TransitionError):  # the only mention of its person
        unlink_mention(a, by=network["coordinator"], reason="niet hem")
    merge_persons(a.person, b.person, by=network["coordinator"], reason="zelfde jongen")
    b.refresh_from_db()
    with pytest.raises(PermissionError):
        unlink_mention(b, by=network["prof"], reason="niet hem")
    with pytest.raises(workflow.TransitionError):
        unlink_mention(b, by=network["coordinator"], reason=" ")
    new = unlink_mention(b, by=network["coordinator"], reason="toch de neef")
    b.refresh_from_db()
    assert b.person == new and new != a.person
    assert MentionLink.objects.filter(mention=b).last().method == MentionLink.Method.UNLINK
    # the two are not proposed for merging again
    assert propose_merges().proposed == 0


@pytest.fixture
def twin_linked_wrongly(network):
    """The boy's person holds two of his mentions and, linked automatically by mistake, one of his twin brother."""
    n = network
    a = stored(n["melder"], {**BOY, "phone": "06-12345678"})
    person = a.person
    mentions = [a]
    for reporter, extra in [("prof2", {"first_name": "Mohammed"}), ("melder2", {"first_name": "Yassin"})]:
        signal, _, _ = services.submit_signal(reporter=n[reporter], signal_data={"text": "zorgen"},
                                              mentions=[{**BOY, **extra}])
        m = signal.mentions.get()
        services.link_mention(m, person, method=MentionLink.Method.AUTO, score=0.98, reason="automatisch")
        mentions.append(m)
    return person, mentions


def test_batch_proposes_to_unlink_a_mention_it_puts_apart(twin_linked_wrongly, network):
    from doortastend.linkage.consolidate import decide_split
    from doortastend.linkage.models import SplitDecision, SplitProposal

    person, (a, b, twin) = twin_linked_wrongly
    result = propose_merges()
    assert result.split_proposed == 1 and result.proposed == 0
    p = SplitProposal.objects.get()
    assert (p.mention_id, p.person_id) == (twin.pk, person.pk)
    assert any(e["field"] == "voornaam" for e in p.explanation)
    assert propose_merges().split_proposed == 0  # not twice
    with pytest.raises(PermissionError):
        decide_split(p, by=network["prof"], same_person=False, reason="tweelingbroer")
    decide_split(p, by=network["coordinator"], same_person=False, reason="tweelingbroer")
    twin.refresh_from_db()
    p.refresh_from_db()
    assert p.state == SplitProposal.State.UNLINKED and twin.person_id not in (None, person.pk)
    assert SplitDecision.objects.get(proposal=p).same_person is False
    assert MatchDecision.objects.get(candidate__mention=twin, candidate__person=person).same_person is False
    assert propose_merges().proposed == 0  # the twins are not proposed for merging either


def test_kept_link_is_a_label_and_not_proposed_again(twin_linked_wrongly, network):
    from doortastend.linkage.consolidate import decide_split
    from doortastend.linkage.models import SplitProposal

    person, (a, b, twin) = twin_linked_wrongly
    propose_merges()
    p = SplitProposal.objects.get()
    decide_split(p, by=network["coordinator"], same_person=True, reason="roepnaam, school bevestigt")
    twin.refresh_from_db()
    assert twin.person_id == person.pk
    assert MatchDecision.objects.get(candidate__mention=twin, candidate__person=person).same_person is True
    assert propose_merges().split_proposed == 0
    with pytest.raises(workflow.TransitionError):
        decide_split(p, by=network["coordinator"], same_person=False, reason="toch niet")


def test_links_made_by_the_coordinator_are_not_proposed_for_unlinking(network):
    n = network
    a = stored(n["melder"], {**BOY, "phone": "06-12345678"})
    for reporter, extra in [("prof2", {"first_name": "Mohammed"}), ("melder2", {"first_name": "Yassin"})]:
        signal, _, _ = services.submit_signal(reporter=n[reporter], signal_data={"text": "zorgen"},
                                              mentions=[{**BOY, **extra}])
        services.link_mention(signal.mentions.get(), a.person, by=n["coordinator"], reason="ken ik")
    assert propose_merges().split_proposed == 0
