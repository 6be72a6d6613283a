from django.core.management.base import BaseCommand

from doortastend.services import escalate_overdue_handovers


class Command(BaseCommand):
    help = "Escalate handover offers that were not answered in time (run every few minutes from cron)."

    def handle(self, *args, **options):
        escalated = escalate_overdue_handovers()
        self.stdout.write(f"{len(escalated)} overdracht(en) geëscaleerd.")
