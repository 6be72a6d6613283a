from django.core.management.base import BaseCommand

from doortastend.signals.retention import purge_expired_signals


class Command(BaseCommand):
    help = "Remove signals without a case whose retention period has passed (run daily from cron)."

    def handle(self, *args, **options):
        removed = purge_expired_signals()
        self.stdout.write(f"{len(removed)} signalen verwijderd na de bewaartermijn.")
