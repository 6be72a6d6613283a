"""Audit log: who did or saw what, when, on which object, and why."""

from django.conf import settings
from django.db import models

from doortastend.history import AppendOnlyModel


class AuditAction(models.TextChoices):
    VIEW = "view", "Bekeken"
    LIST = "list", "Lijst bekeken"
    CREATE = "create", "Aangemaakt"
    CHANGE = "change", "Gewijzigd"
    TRANSITION = "transition", "Status gewijzigd"
    DECIDE = "decide", "Besluit genomen"
    LINK = "link", "Gekoppeld"
    EXPORT = "export", "Geëxporteerd"
    DENIED = "denied", "Toegang geweigerd"
    LOGIN = "login", "Ingelogd"
    LOGOUT = "logout", "Uitgelogd"
    PURGE = "purge", "Verwijderd na bewaartermijn"


class AuditEvent(AppendOnlyModel):
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="audit_events"
    )
    actor_label = models.CharField(max_length=200, blank=True, help_text="Bijv. 'bewoner met ontvangstcode'.")
    actor_role = models.CharField(max_length=20, blank=True)
    action = models.CharField(max_length=20, choices=AuditAction.choices)
    object_type = models.CharField(max_length=40, db_index=True)
    object_id = models.CharField(max_length=64, blank=True, db_index=True)
    object_ref = models.CharField(max_length=64, blank=True)
    channel = models.CharField(max_length=10, blank=True, help_text="ui of api")
    reason = models.TextField(blank=True)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = "auditregel"
        verbose_name_plural = "auditlog"
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label or self.actor_id} {self.action} {self.object_type}"
