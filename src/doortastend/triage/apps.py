from django.apps import AppConfig
from django.db.models.signals import post_migrate


class TriageConfig(AppConfig):
    name = "doortastend.triage"
    label = "triage"
    verbose_name = "Triage"

    def ready(self):
        post_migrate.connect(_load_default_indicators, sender=self)


def _load_default_indicators(sender, using="default", **kwargs):
    from doortastend.triage.catalogue_sync import sync_default_indicators

    sync_default_indicators(using=using)
