"""Run the frontline-entry benchmark: generate, then BSN-only, plain Splink and the project's CLI side by side.

    .venv/bin/python bench/linkgen_frontline/run.py [--persons 20000] [--seed 1] [--skip-splink]
                                                      [--skip-project] [--keep DIR] [--knobs JSON]

--keep DIR writes mentions.jsonl, truth.json, side.json (entry mode, source and noise/habit tags per
mention, true values and relations per person) and the predictions of each system;
bench/linkgen_frontline/analyse.py reads such a directory.  --src DIR runs the linker from another source
tree.  The runner is shared with the other independent benchmarks (bench/independent_run.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from independent_run import main as run_main  # noqa: E402
from linkgen_frontline import Knobs, generate_detailed  # noqa: E402


def _keep_side(keep: Path, side: object) -> None:
    (keep / "side.json").write_text(json.dumps(side, ensure_ascii=False), "utf-8")


def main(argv: list[str] | None = None) -> int:
    return run_main(
        "frontline", __doc__.split("\n\n")[0], generate_detailed, Knobs, argv, keep_side=_keep_side
    )


if __name__ == "__main__":
    raise SystemExit(main())
