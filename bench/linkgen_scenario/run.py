"""Run the scenario benchmark: generate, then BSN-only, plain Splink and the project's CLI side by side.

    .venv/bin/python bench/linkgen_scenario/run.py [--persons 20000] [--seed 1] [--skip-splink]
                                                    [--skip-project] [--keep DIR]

--keep DIR writes mentions.jsonl, truth.json and the predictions of each system (for error analysis);
--src DIR runs the linker from another source tree (e.g. an exported commit) instead of this one.
The runner is shared with the Faker benchmark (bench/independent_run.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from independent_run import main as run_main  # noqa: E402
from linkgen_scenario import Knobs, generate_detailed  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    return run_main("scenario", __doc__.split("\n\n")[0], generate_detailed, Knobs, argv)


if __name__ == "__main__":
    raise SystemExit(main())
