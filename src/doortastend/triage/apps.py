from django.apps import AppConfig


class TriageConfig(AppConfig):
    name = "doortastend.triage"
    label = "triage"
