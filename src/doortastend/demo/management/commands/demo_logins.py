from django.core.management.base import BaseCommand

from doortastend.demo import data, loader


class Command(BaseCommand):
    help = "Print the demo logins."

    def handle(self, *args, **options):
        w = self.stdout.write
        w("")
        w("Doortastend demo — Gemeente Havenstad: http://127.0.0.1:8000/")
        w(f"Wachtwoord voor alle demo-accounts: {data.DEMO_PASSWORD}")
        w("")
        for username, first, last, role, org, _team, title, _owner in data.PROFESSIONALS:
            w(f"  {username:<16} {role:<13} {first} {last}, {title} ({org})")
        w("")
        w(f"Bewonersformulier: http://127.0.0.1:8000/melden/  ·  status van een melding: /status/ "
          f"(demo-ontvangstcode {loader.DEMO_RECEIPT_CODE})")
        w("API-documentatie: http://127.0.0.1:8000/api/docs/")
        w("")
