from django.apps import AppConfig


class LinkageConfig(AppConfig):
    name = "doortastend.linkage"
    label = "linkage"
