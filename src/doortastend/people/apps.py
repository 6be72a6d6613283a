from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "doortastend.people"
    label = "people"
