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
        from doortastend.linkage.cli import end_process
        from doortastend.linkage.cli import main as link_main

        code = link_main(argv[1:])
        if as_command and code == 0 and argv[1:2] != ["encode"] and "--encoded" not in argv:
            end_process(code)  # the batch's objects need not be freed one by one
        return code
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "doortastend.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["doortastend", *argv])
    return 0


if __name__ == "__main__":
    sys.exit(main())
