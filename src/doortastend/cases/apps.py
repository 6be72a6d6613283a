from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "doortastend.cases"
    label = "cases"
