from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "doortastend.web"
    label = "web"
