"""The one function that writes audit events."""

from __future__ import annotations

from typing import Any

from .models import AuditAction, AuditEvent


def record(
    actor,
    action: str,
    obj: Any = None,
    *,
    object_type: str | None = None,
    object_id: Any = None,
    reason: str = "",
    channel: str = "",
    actor_label: str = "",
    **detail: Any,
) -> AuditEvent:
    if obj is not None:
        object_type = object_type or obj._meta.model_name
        object_id = obj.pk if object_id is None else object_id
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        actor=user,
        actor_label=actor_label or (str(user) if user else "anoniem"),
        actor_role=getattr(user, "role", "") if user else "",
        action=action,
        object_type=object_type or "",
        object_id="" if object_id is None else str(object_id),
        object_ref=str(getattr(obj, "reference", "") or "") if obj is not None else "",
        channel=channel,
        reason=reason or "",
        detail=detail,
    )


__all__ = ["record", "AuditAction"]
