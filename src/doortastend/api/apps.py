from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "doortastend.api"
    label = "api"
