from django.apps import AppConfig


class SignalsConfig(AppConfig):
    name = "doortastend.signals"
    label = "signals"
    verbose_name = "Signalen"
