from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "doortastend.demo"
    label = "demo"
    verbose_name = "Demo (Gemeente Havenstad)"
