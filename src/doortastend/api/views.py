"""The REST API. Visibility comes from doortastend.access (the same policy as the UI); changes go through
doortastend.services (the same service layer as the UI)."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from doortastend import access, services
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.signals.models import Channel, IdempotencyRecord

from . import serializers as s

IDEMPOTENCY_PARAM = OpenApiParameter(
    "Idempotency-Key", OpenApiTypes.STR, OpenApiParameter.HEADER, required=False,
    description="Unieke sleutel per melding. Een herhaald verzoek met dezelfde sleutel geeft het eerste "
                "resultaat terug en slaat niets dubbel op.",
)


class VisibleMixin:
    kind: str = ""
    lookup_field = "reference"

    def get_queryset(self):
        return access.VISIBLE[self.kind](self.request.user)

    def get_object(self):
        return access.fetch(self.request.user, self.kind, {self.lookup_field: self.kwargs[self.lookup_field]},
                            channel="api")

    def list(self, request, *args, **kwargs):
        record(request.user, AuditAction.LIST, object_type=self.kind, channel="api")
        return super().list(request, *args, **kwargs)


class SignalViewSet(VisibleMixin, mixins.CreateModelMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin,
                    viewsets.GenericViewSet):
    """Signalen: melden, en de eigen signalen met hun status volgen."""

    kind = "signal"

    def get_queryset(self):
        qs = super().get_queryset().prefetch_related("feedback", "mentions")
        if self.action == "list":
            # "Mijn signalen": the caller's own signals only, also for a coordinator.
            qs = qs.filter(reporter=self.request.user)
        return qs

    def get_serializer_class(self):
        return s.SignalCreateSerializer if self.action == "create" else s.SignalSerializer

    @extend_schema(parameters=[IDEMPOTENCY_PARAM], request=s.SignalCreateSerializer,
                   responses={201: s.SignalSerializer, 200: s.SignalSerializer})
    def create(self, request, *args, **kwargs):
        key = (request.headers.get("Idempotency-Key") or "").strip()[:200] or None
        payload = self._payload_for_hash(request.data) if key else None
        if key:
            prior = IdempotencyRecord.objects.filter(principal=f"user:{request.user.pk}", key=key).first()
            if prior:
                if prior.request_hash != services.request_fingerprint(payload):
                    return Response(
                        {"detail": "Deze Idempotency-Key is al gebruikt voor een andere melding. "
                                   "Gebruik een nieuwe sleutel voor een nieuwe melding."},
                        status=status.HTTP_409_CONFLICT,
                    )
                return Response(s.SignalSerializer(prior.signal).data, status=status.HTTP_200_OK)
        serializer = s.SignalCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        mentions = [dict(m) for m in data.pop("mentions", [])]
        try:
            signal, created, _ = services.submit_signal(
                reporter=request.user, signal_data=data, mentions=mentions, channel=Channel.API,
                idempotency_key=key, fingerprint_data=payload,
            )
        except DjangoValidationError as exc:
            raise ValidationError(exc.message_dict if hasattr(exc, "message_dict") else exc.messages) from exc
        signal.refresh_from_db()
        return Response(s.SignalSerializer(signal).data,
                        status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)

    @staticmethod
    def _payload_for_hash(data) -> dict:
        return {k: data[k] for k in sorted(data)} if hasattr(data, "keys") else {"raw": str(data)}


class CaseViewSet(VisibleMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Casussen waarbij u betrokken bent (need-to-know)."""

    kind = "case"

    def get_serializer_class(self):
        return s.CaseListSerializer if self.action == "list" else s.CaseSerializer


class PersonViewSet(VisibleMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Een persoon, alleen voor wie need-to-know heeft (via een casus)."""

    kind = "person"
    serializer_class = s.PersonSerializer


class HandoverViewSet(VisibleMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Overdrachten die aan u zijn aangeboden of bij uw casussen horen."""

    kind = "handover"
    lookup_field = "id"
    serializer_class = s.HandoverSerializer
