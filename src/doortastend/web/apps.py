from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "doortastend.web"
    label = "web"

    def ready(self) -> None:
        # Log in / log out / failed log-in attempts go to the audit log.
        from . import auth_audit  # noqa: F401
