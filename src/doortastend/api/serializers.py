"""API representations. Reporter-facing serializers never include case details."""

from __future__ import annotations

from rest_framework import serializers

from doortastend import workflow
from doortastend.cases.models import Case, Handover
from doortastend.people.models import IDENTIFYING_FIELDS, Mention, MentionRole, Person
from doortastend.signals.models import Feedback, Signal

LOCATION_FIELDS = ["street", "house_number", "postcode", "city", "bag_id", "buurt_code", "location_description"]


class MentionSerializer(serializers.ModelSerializer):
    roles = serializers.ListField(
        child=serializers.ChoiceField(choices=MentionRole.choices), allow_empty=True, required=False,
        help_text="Een of meer rollen; slachtoffer en dader kunnen allebei gelden.",
    )

    class Meta:
        model = Mention
        fields = ["roles", "description", *IDENTIFYING_FIELDS]

    def validate(self, attrs):
        attrs.setdefault("roles", [MentionRole.UNKNOWN])
        if not attrs["roles"]:
            attrs["roles"] = [MentionRole.UNKNOWN]
        return attrs


class FeedbackSerializer(serializers.ModelSerializer):
    class Meta:
        model = Feedback
        fields = ["at", "message"]


class SignalCreateSerializer(serializers.ModelSerializer):
    mentions = MentionSerializer(many=True, required=False)

    class Meta:
        model = Signal
        fields = ["text", "observed_at", "reporter_role", *LOCATION_FIELDS, "mentions"]
        extra_kwargs = {"text": {"error_messages": {"blank": "Beschrijf wat u heeft gezien of gehoord."}}}


class SignalSerializer(serializers.ModelSerializer):
    """A signal as its reporter (or someone with need-to-know) sees it."""

    status_label = serializers.CharField(read_only=True)
    feedback = FeedbackSerializer(many=True, read_only=True)
    mentions = MentionSerializer(many=True, read_only=True)

    class Meta:
        model = Signal
        fields = ["reference", "text", "observed_at", "created_at", "channel", *LOCATION_FIELDS, "status",
                  "status_label", "phenomena", "urgency", "triage_state", "mentions", "feedback"]
        read_only_fields = fields


class PersonSerializer(serializers.ModelSerializer):
    mentions = MentionSerializer(many=True, read_only=True)
    merged_into = serializers.SlugRelatedField(
        slug_field="reference", read_only=True,
        help_text="Set when a coordinator merged this person into another: its mentions are there now.",
    )

    class Meta:
        model = Person
        fields = ["reference", "display_name", "created_at", "merged_into", "mentions"]
        read_only_fields = fields


class HandoverSerializer(serializers.ModelSerializer):
    state_label = serializers.CharField(read_only=True)
    case = serializers.SlugRelatedField(slug_field="reference", read_only=True)
    to = serializers.CharField(source="recipient_display", read_only=True)

    class Meta:
        model = Handover
        fields = ["id", "case", "to", "message", "created_at", "respond_before", "state", "state_label",
                  "answered_at"]
        read_only_fields = fields


class CaseSerializer(serializers.ModelSerializer):
    status_label = serializers.CharField(read_only=True)
    owner = serializers.CharField(source="owner.display_name", default=None, read_only=True)
    signals = SignalSerializer(many=True, read_only=True)
    persons = PersonSerializer(many=True, read_only=True)
    handovers = HandoverSerializer(many=True, read_only=True)
    status_history = serializers.SerializerMethodField()

    class Meta:
        model = Case
        fields = ["reference", "title", "created_at", "status", "status_label", "urgency", "phenomena", "owner",
                  "first_contact_at", "signals", "persons", "handovers", "status_history"]
        read_only_fields = fields

    def get_status_history(self, case) -> list[dict]:
        return [
            {"state": r.state, "label": workflow.CASE_STATES[r.state].label, "at": r.at, "reason": r.reason}
            for r in case.status_history.all()
        ]


class CaseListSerializer(serializers.ModelSerializer):
    status_label = serializers.CharField(read_only=True)

    class Meta:
        model = Case
        fields = ["reference", "title", "created_at", "status", "status_label", "urgency", "phenomena"]
        read_only_fields = fields
