"""Audit events for logging in and out, connected to Django's auth signals (see WebConfig.ready)."""

from __future__ import annotations

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from doortastend.audit.log import record
from doortastend.audit.models import AuditAction


@receiver(user_logged_in, dispatch_uid="doortastend_web_audit_login")
def audit_login(sender, request, user, **kwargs):
    record(user, AuditAction.LOGIN, object_type="sessie", channel="ui")


@receiver(user_logged_out, dispatch_uid="doortastend_web_audit_logout")
def audit_logout(sender, request, user, **kwargs):
    if user is not None:
        record(user, AuditAction.LOGOUT, object_type="sessie", channel="ui")


@receiver(user_login_failed, dispatch_uid="doortastend_web_audit_login_failed")
def audit_login_failed(sender, credentials, request=None, **kwargs):
    # Never store the password; the username helps to spot guessing.
    record(None, AuditAction.DENIED, object_type="sessie", channel="ui", reason="inloggen mislukt",
           username=str((credentials or {}).get("username", ""))[:150])
