"""The `doortastend` console script.

`doortastend triage ...` and `doortastend link ...` are stable command-line contracts that need no
database; every other sub-command is passed to Django's manage.py machinery.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    as_command = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "triage":
        from doortastend.triage.cli import main as triage_main

        return triage_main(argv[1:])
    if argv and argv[0] == "link":
        from doortastend.linkage.cli import main as link_main

        return link_main(argv[1:], as_command=as_command)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "doortastend.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["doortastend", *argv])
    return 0


if __name__ == "__main__":
    sys.exit(main())
