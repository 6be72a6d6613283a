from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "doortastend.audit"
    label = "audit"
