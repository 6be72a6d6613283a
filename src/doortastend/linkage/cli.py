"""`doortastend link` — batch deduplication of person mentions, JSON Lines in and out, no database.

    doortastend link [--input FILE] [--output FILE]
        in:  {"id": str, "source": str, "bsn"?, "first_name"?, "nickname"?, "last_name"?, "birth_date"?,
              "age_estimate"?, "gender"?, "street"?, "house_number"?, "postcode"?, "city"?, "phone"?,
              "license_plate"?, "school"?}
        out: {"id": str, "cluster": str} for every input line, in input order
    doortastend link encode ...     privacy-preserving encodings (doortastend.linkage.pprl)
    doortastend link --encoded ...  link encodings without identities (doortastend.linkage.pprl)

Robustness contract: every line whose id can be recovered gets exactly one output line; a malformed line
becomes its own singleton cluster; the command never crashes on bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterable
from typing import NoReturn

_ID_RE = re.compile(r'"id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+))')


def _parse_line(line: str) -> tuple[str | None, dict | None]:
    """(id, record) — record None when the line is malformed but its id could be recovered."""
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        obj = None
    if isinstance(obj, dict):
        rid = obj.get("id")
        if rid is None or isinstance(rid, dict | list):
            return None, None
        return str(rid), obj
    m = _ID_RE.search(line)
    if not m:
        return None, None
    if m.group(1) is not None:
        try:
            return json.loads('"' + m.group(1) + '"'), None
        except ValueError:
            return m.group(1), None
    return m.group(2), None


def link_lines(lines: Iterable[str], threshold: float | None = None, workers: int | None = None,
               model_path: str | None = None, log=None) -> list[tuple[str, str]]:
    """Core of the CLI, usable from Python: returns (id, cluster) per recoverable input line. The whole run,
    reading included, has the cycle collector paused (batch.cyclic_gc_paused): switched back on between
    normalising and linking, its first full collection walked every normalised record (0.4 s of 4.4 s on the
    Faker benchmark)."""
    from .batch import cyclic_gc_paused, deduplicate, normalize_lines
    from .scoring import Model

    with cyclic_gc_paused():
        t0 = time.perf_counter()
        recs, keys, skipped = normalize_lines([line for line in lines if line.strip()], _parse_line, workers)
        ids = [r.id for r in recs]
        t1 = time.perf_counter()
        model = Model.load(model_path) if model_path else Model.load()
        res = deduplicate(normalized=recs, model=model, threshold=threshold, workers=workers, keys=keys)
        t2 = time.perf_counter()
        # cluster name: id of the first member in input order (stable, readable)
        first: dict[int, str] = {}
        out = []
        for i, root in enumerate(res.roots):
            name = first.setdefault(root, ids[i])
            out.append((ids[i], name))
    if log:
        n_clusters = len(first)
        log(
            f"doortastend link: {len(ids)} mentions ({skipped} unrecoverable lines skipped), "
            f"{len(res.pairs)} candidate pairs, {n_clusters} clusters; "
            f"read+normalise {t1 - t0:.1f}s, block+score+cluster {t2 - t1:.1f}s"
        )
    return out


# a character that json.dumps(..., ensure_ascii=False) writes as an escape
_JSON_ESCAPED = re.compile(r'[\x00-\x1f"\\]')


def _output_text(result: list[tuple[str, str]]) -> str:
    """The output lines, as json.dumps({"id": i, "cluster": c}, ensure_ascii=False) writes them. When no id or
    cluster name holds a character that JSON escapes (one search over them all), each is put between quotes
    as it is; otherwise each id is quoted once by json.dumps (a cluster name is the id of its first
    mention)."""
    if _JSON_ESCAPED.search("".join(x for pair in result for x in pair)) is None:
        return "".join(f'{{"id": "{i}", "cluster": "{c}"}}\n' for i, c in result)
    quoted = {i: json.dumps(i, ensure_ascii=False) for i, _ in result}
    return "".join(
        f'{{"id": {quoted[i]}, "cluster": {quoted.get(c) or json.dumps(c, ensure_ascii=False)}}}\n'
        for i, c in result
    )


def end_process(code: int) -> NoReturn:
    """End the command-line process once its output is written, without the interpreter's teardown: freeing a
    batch's millions of small objects one by one took 0.1 s of a 4 s run. Only for the process that runs the
    command (``main()`` without arguments, as the console script and ``python -m`` call it), never when
    ``main`` is called from Python."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(argv: list[str] | None = None, as_command: bool | None = None) -> int:
    """``as_command``: this process runs the command and ends once the output is written (end_process);
    by default when ``argv`` is not given, as the console script and ``python -m`` call it."""
    as_command = argv is None if as_command is None else as_command
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "encode":
        from doortastend.linkage.pprl.cli import encode_main

        return encode_main(argv[1:])
    if "--encoded" in argv:
        from doortastend.linkage.pprl.cli import link_main

        return link_main(argv)

    ap = argparse.ArgumentParser(prog="doortastend link", description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", help="JSON Lines with mentions (default: stdin)")
    ap.add_argument("--output", help="JSON Lines with {id, cluster} (default: stdout)")
    ap.add_argument("--threshold", type=float, default=None,
                    help="match probability for linking (default: AUTO_LINK_THRESHOLD)")
    ap.add_argument("--workers", type=int, default=None, help="processes (1: no helper process; default: the CPU count, at most 4)")
    ap.add_argument("--model", default=None, help="model JSON (default: the versioned model_v1.json)")
    ap.add_argument("--quiet", action="store_true", help="no summary on stderr")
    args = ap.parse_args(argv)

    def log(msg: str) -> None:
        if not args.quiet:
            print(msg, file=sys.stderr)

    try:
        if args.input and args.input != "-":
            with open(args.input, encoding="utf-8", errors="replace") as fh:
                lines = fh.readlines()
        else:
            lines = sys.stdin.read().splitlines()
    except OSError as exc:
        print(f"doortastend link: cannot read input: {exc}", file=sys.stderr)
        return 2
    from .batch import cyclic_gc_paused

    # paused also while the output is built and written, and, for the command, until the process ends: the
    # collection that switching it back on sets off walks the whole batch (0.06 s)
    with cyclic_gc_paused():
        result = link_lines(lines, args.threshold, args.workers, args.model, log)
        text = _output_text(result)
        if args.output and args.output != "-":
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.write(text)
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
        if as_command:
            end_process(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
