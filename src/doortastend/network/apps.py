from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "doortastend.network"
    label = "network"
