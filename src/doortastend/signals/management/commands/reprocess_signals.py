from django.core.management.base import BaseCommand

from doortastend.signals.processing import failed_signal_ids, process_signal


class Command(BaseCommand):
    help = "Retry post-storage processing (triage, matching) for signals whose last attempt failed or never ran."

    def add_arguments(self, parser):
        parser.add_argument("--step", action="append", help="Only this step (triage, linkage). Repeatable.")

    def handle(self, *args, step=None, **options):
        ids = failed_signal_ids()
        ok = 0
        for sid in ids:
            results = process_signal(sid, only=step)
            ok += all(results.values())
        self.stdout.write(f"{len(ids)} signalen opnieuw verwerkt, {ok} zonder fouten.")
