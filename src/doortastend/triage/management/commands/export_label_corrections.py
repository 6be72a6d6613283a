import json
import sys

from django.core.management.base import BaseCommand

from doortastend.triage.service import export_corrections


class Command(BaseCommand):
    help = "Export the coordinators' label corrections as JSON Lines training data (corpus format)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="File to write (default: stdout).")

    def handle(self, *args, output=None, **options):
        rows = export_corrections()
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        if output:
            out.close()
            self.stderr.write(f"{len(rows)} correcties geschreven naar {output}")
