"""Linkage in the database: blocking keys for online candidate retrieval, review candidates and decisions."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from doortastend.history import AppendOnlyModel

# Longest stored blocking key; longer keys (a long street and town) are stored and looked up cut to this length.
KEY_MAX_LENGTH = 120


def stored_key(key: str) -> str:
    """A blocking key as PersonKey stores it and as look-ups ask for it."""
    return key[:KEY_MAX_LENGTH]


class PersonKey(models.Model):
    """A blocking key of a person (derived from its mentions): the index used to find candidates fast."""

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="blocking_keys")
    key = models.CharField(max_length=KEY_MAX_LENGTH, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "key"], name="unique_person_key")]


class NameFrequency(models.Model):
    """How many stored persons carry a name value: a first-name group (``g:``), a surname core (``l:``), the two
    together (``j:``), and per kind how many persons carry any (``#g``, ``#l``, ``#j``); the online matcher's term
    frequencies (scoring.TermFrequencies.from_counts). Kept in step with the persons' index-only ``tf:`` keys in
    PersonKey (service.index_person, service.reindex_persons); a count, not personal data of anyone in
    particular, but a name carried by one person is that person's name: it goes when its last person goes."""

    key = models.CharField(max_length=KEY_MAX_LENGTH, unique=True)
    persons = models.IntegerField(default=0)


class MatchCandidate(models.Model):
    """A mention–person pair in the review band, waiting for the coordinator's decision."""

    class State(models.TextChoices):
        OPEN = "open", "Te beoordelen"
        CONFIRMED = "bevestigd", "Zelfde persoon"
        REJECTED = "afgewezen", "Andere persoon"

    mention = models.ForeignKey("people.Mention", on_delete=models.CASCADE, related_name="match_candidates")
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="match_candidates")
    probability = models.FloatField()
    explanation = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN, db_index=True)

    class Meta:
        ordering = ["-probability"]
        constraints = [models.UniqueConstraint(fields=["mention", "person"], name="unique_match_candidate")]


class Decision(AppendOnlyModel):
    """A coordinator's decision whether two things are one person: kept as a label for training and evaluation."""

    same_person = models.BooleanField()
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(blank=True)

    class Meta:
        abstract = True
        ordering = ["at", "id"]


class MatchDecision(Decision):
    """The coordinator's decision on a candidate pair."""

    candidate = models.ForeignKey(MatchCandidate, on_delete=models.CASCADE, related_name="decisions")


class MergeProposal(models.Model):
    """Two stored persons that the nightly batch comparison (linkage.consolidate) takes for one, waiting for the
    coordinator's decision. ``person`` is the one kept on a merge (the one with more mentions), ``other`` the one
    whose mentions would move. ``probability`` and ``explanation`` are the online model's best comparison of one
    of ``other``'s mentions with ``person``'s mentions; ``batch_mentions`` how many mentions the batch put in the
    group that held both. One row per pair of persons, whichever way round (``pair``)."""

    class State(models.TextChoices):
        OPEN = "open", "Te beoordelen"
        MERGED = "samengevoegd", "Samengevoegd"
        REJECTED = "afgewezen", "Andere personen"
        VOID = "vervallen", "Vervallen"

    pair = models.CharField(max_length=40, unique=True)
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="merge_proposals")
    other = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="+")
    probability = models.FloatField()
    explanation = models.JSONField(default=list)
    batch_mentions = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=12, choices=State.choices, default=State.OPEN, db_index=True)

    class Meta:
        ordering = ["-probability", "id"]

    @staticmethod
    def pair_of(a: int, b: int) -> str:
        return f"{min(a, b)}-{max(a, b)}"


class MergeDecision(Decision):
    """The coordinator's decision on a merge proposal."""

    proposal = models.ForeignKey(MergeProposal, on_delete=models.CASCADE, related_name="decisions")


class SplitProposal(models.Model):
    """A mention linked automatically to a person that the nightly batch comparison (linkage.consolidate) puts
    apart from all of that person's other mentions: perhaps someone else. The coordinator keeps the link or unlinks
    the mention (service.unlink_mention). ``probability`` and ``explanation`` are the online model's comparison of
    the mention with the person's other mentions."""

    class State(models.TextChoices):
        OPEN = "open", "Te beoordelen"
        KEPT = "behouden", "Hoort bij deze persoon"
        UNLINKED = "ontkoppeld", "Ontkoppeld"
        VOID = "vervallen", "Vervallen"

    mention = models.ForeignKey("people.Mention", on_delete=models.CASCADE, related_name="split_proposals")
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="split_proposals")
    probability = models.FloatField()
    explanation = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=12, choices=State.choices, default=State.OPEN, db_index=True)

    class Meta:
        ordering = ["probability", "id"]
        constraints = [models.UniqueConstraint(fields=["mention", "person"], name="unique_split_proposal")]


class SplitDecision(Decision):
    """The coordinator's decision on a split proposal (``same_person`` True when the link was kept)."""

    proposal = models.ForeignKey(SplitProposal, on_delete=models.CASCADE, related_name="decisions")
