"""Command-line entry points of the PPRL path.

``doortastend link encode [--input F] [--output F] (--secret-file F | env DOORTASTEND_LINK_SECRET)
[--project NAME]`` runs at each data holder; ``doortastend link --encoded [--input F] [--output F]`` runs at
the linkage unit. ``doortastend.linkage.cli`` routes both here. JSON Lines in and out; no database.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from .encode import EncodingParams, ProjectKeys, encode_records
from .link import link

SECRET_ENV = "DOORTASTEND_LINK_SECRET"

_NO_SECRET = (
    "doortastend link encode: geen geheime sleutel opgegeven. Gebruik --secret-file BESTAND of zet de "
    f"omgevingsvariabele {SECRET_ENV}. Alle deelnemers aan één koppelproject gebruiken dezelfde sleutel; "
    "zonder sleutel wordt niets versleuteld.\n"
    "(no secret given: use --secret-file FILE or set DOORTASTEND_LINK_SECRET)"
)


@contextmanager
def _open(path: str | None, mode: str, std: IO[str]) -> Iterator[IO[str]]:
    if not path or path == "-":
        yield std
        return
    with open(path, mode, encoding="utf-8") as fh:
        yield fh


def _read_lines(fh: IO[str], what: str) -> Iterator[dict]:
    for n, line in enumerate(fh, 1):
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{what}: line {n} is not valid JSON: {exc.msg}") from None
        if not isinstance(obj, dict) or "id" not in obj:
            raise SystemExit(f"{what}: line {n} is not an object with an \"id\"")
        yield obj


def encode_main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="doortastend link encode",
        description="Encode person mentions as hardened Bloom filters for privacy-preserving linkage.",
    )
    ap.add_argument("--input", help="JSON Lines with mentions (default: stdin)")
    ap.add_argument("--output", help="JSON Lines with encodings (default: stdout)")
    ap.add_argument("--secret-file", help=f"file with the project secret (or env {SECRET_ENV})")
    ap.add_argument("--project", default="default", help="name of the linkage project (part of the key)")
    ap.add_argument(
        "--salt", choices=("none", "birth-year"), default="none",
        help="salt name filters with the birth year (stronger against frequency attacks, lower recall for "
        "mentions without a birth year); all holders of a project must choose the same",
    )
    args = ap.parse_args(argv)

    secret: bytes | None = None
    if args.secret_file:
        try:
            with open(args.secret_file, "rb") as fh:
                secret = fh.read()
        except OSError as exc:
            print(f"doortastend link encode: kan sleutelbestand niet lezen: {exc.strerror}", file=sys.stderr)
            return 2
    elif os.environ.get(SECRET_ENV):
        secret = os.environ[SECRET_ENV].encode("utf-8")
    if not secret or not secret.strip():
        print(_NO_SECRET, file=sys.stderr)
        return 2
    try:
        keys = ProjectKeys(secret, args.project)
    except ValueError as exc:
        print(f"doortastend link encode: {exc}", file=sys.stderr)
        return 2

    params = EncodingParams(salt="birth_year" if args.salt == "birth-year" else "none")
    with _open(args.input, "r", sys.stdin) as fin, _open(args.output, "w", sys.stdout) as fout:
        # the whole file at once: a shared BSN or a default birth date shows only in the batch (encode_records)
        for enc in encode_records(list(_read_lines(fin, "doortastend link encode")), keys, params):
            fout.write(json.dumps(enc, separators=(",", ":")) + "\n")
    return 0


def link_main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="doortastend link --encoded",
        description="Link encoded mentions; writes only match groups {id, cluster}, never scores.",
    )
    ap.add_argument("--encoded", action="store_true", help="input holds encodings (required)")
    ap.add_argument("--input", help="JSON Lines with encodings (default: stdin)")
    ap.add_argument("--output", help="JSON Lines with {id, cluster} (default: stdout)")
    args = ap.parse_args(argv)
    class _NotEncoded(Exception):
        pass

    def checked(fin: IO[str]) -> Iterator[dict]:
        # streamed: the JSON objects are parsed into compact mentions one by one, never all held at once
        for x in _read_lines(fin, "doortastend link --encoded"):
            if not isinstance(x.get("enc"), dict):
                raise _NotEncoded(x["id"])
            yield x

    try:
        with _open(args.input, "r", sys.stdin) as fin:
            result = link(checked(fin))
    except _NotEncoded as exc:
        print(
            "doortastend link --encoded: invoer bevat geen versleutelde regels (geen \"enc\"); "
            f"maak ze eerst met 'doortastend link encode' (eerste: {exc.args[0]})",
            file=sys.stderr,
        )
        return 2
    with _open(args.output, "w", sys.stdout) as fout:
        for row in result:
            fout.write(json.dumps(row, separators=(",", ":")) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Convenience dispatcher: ``encode ...`` or ``--encoded ...``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "encode":
        return encode_main(argv[1:])
    return link_main(argv)


if __name__ == "__main__":
    sys.exit(main())
