from django.core.management.base import BaseCommand

from doortastend.linkage.consolidate import propose_merges


class Command(BaseCommand):
    help = (
        "Compare all stored mentions at once with the batch linker and propose to merge persons it takes for one "
        "and to unlink mentions it puts apart from their person (for the coordinator's review; nothing changes "
        "automatically). Run nightly from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--threshold", type=float, default=None,
                            help="match probability for the batch (default: its auto-link threshold)")

    def handle(self, *args, **options):
        r = propose_merges(threshold=options["threshold"])
        self.stdout.write(
            f"{r.mentions} vermeldingen vergeleken; {r.groups} groep(en) met meer dan één persoon; "
            f"{r.proposed} nieuw(e) voorstel(len) tot samenvoegen, {r.open_already} stond(en) al open, "
            f"{r.decided_before} eerder afgewezen; {r.split_proposed} nieuw(e) voorstel(len) tot ontkoppelen."
        )
