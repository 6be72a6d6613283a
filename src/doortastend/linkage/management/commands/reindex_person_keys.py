from django.core.management.base import BaseCommand

from doortastend.linkage.service import reindex_person_keys


class Command(BaseCommand):
    help = (
        "Recompute the blocking keys of all persons from their mentions. Run once after an upgrade that changes "
        "the key scheme (docs/linkage.md, Blocking keys), so stored persons are found by the new key kinds."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, **options):
        persons, keys = reindex_person_keys(options["batch_size"])
        self.stdout.write(f"Zoeksleutels opnieuw berekend: {persons} personen, {keys} sleutels.")
