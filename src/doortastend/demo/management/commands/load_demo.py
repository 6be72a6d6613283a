from django.core.management.base import BaseCommand

from doortastend.demo import loader


class Command(BaseCommand):
    help = "Load the fictional Gemeente Havenstad demo (skipped when it is already there)."

    def handle(self, *args, **options):
        if loader.is_loaded():
            self.stdout.write("Demo Gemeente Havenstad staat al klaar.")
            return
        made = loader.load()
        self.stdout.write(f"Demo geladen: {made['signals']} signalen, {made['cases']} casussen, "
                          f"{made.get('merge_proposals', 0)} voorstel(len) tot samenvoegen.")
