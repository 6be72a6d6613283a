"""``doortastend triage [--input FILE] [--output FILE]``: JSON Lines in, JSON Lines out, no database.

Input objects ``{"id": str, "text": str, "reporter_role": str?}``; output objects
``{"id", "phenomena", "urgency", "indicators", "evidence": [{"indicator", "start", "end"}]}``, one per
non-blank input line, in the same order. A malformed line gives ``{"id": <id or null>, "error": "..."}``
and the run continues. Exit code 0.
"""

from __future__ import annotations

import argparse
import io
import json
import sys

from .engine import TriageEngine, get_engine


def process_line(engine: TriageEngine, line: str) -> dict | None:
    """The output object for one input line, or None for a blank line."""
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, ValueError) as exc:
        return {"id": None, "error": f"ongeldige JSON: {exc.msg if hasattr(exc, 'msg') else exc}"}
    if not isinstance(obj, dict):
        return {"id": None, "error": "regel is geen JSON-object"}
    raw_id = obj.get("id")
    # echo the id as given (a string per the contract; a number is passed through unchanged)
    out_id = raw_id if isinstance(raw_id, (str, int, float)) and not isinstance(raw_id, bool) else None
    text = obj.get("text")
    if "text" not in obj:
        return {"id": out_id, "error": "veld 'text' ontbreekt"}
    if not isinstance(text, str):
        return {"id": out_id, "error": "veld 'text' is geen tekst"}
    role = obj.get("reporter_role")
    if not isinstance(role, str):
        role = None
    try:
        return engine.triage(text, role, explain=False).to_contract_dict(out_id)
    except Exception as exc:  # one bad signal must never stop the run
        return {"id": out_id, "error": f"triage mislukt: {type(exc).__name__}"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="doortastend triage", description="Triage Dutch signals (JSON Lines).")
    ap.add_argument("--input", help="JSON Lines input file (default: stdin)")
    ap.add_argument("--output", help="JSON Lines output file (default: stdout)")
    args = ap.parse_args(argv)

    engine = get_engine()
    if args.input:
        fin = open(args.input, encoding="utf-8", errors="replace", newline="\n")  # noqa: SIM115
    else:
        fin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")
    if args.output:
        fout = open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    else:
        fout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", write_through=True)
    try:
        for line in _lines(fin):
            result = process_line(engine, line)
            if result is None:
                continue
            fout.write(json.dumps(result, ensure_ascii=False) + "\n")
            fout.flush()
    finally:
        if args.input:
            fin.close()
        if args.output:
            fout.close()
        else:
            fout.flush()
            fout.detach()
    return 0


def _lines(fh):
    """Lines split on \\n only (a stray \\r or U+2028 inside a JSON string must not split a record)."""
    buf = ""
    while True:
        chunk = fh.readline()
        if not chunk:
            break
        buf += chunk
        if buf.endswith("\n"):
            yield buf.rstrip("\r\n")
            buf = ""
    if buf:
        yield buf.rstrip("\r\n")


if __name__ == "__main__":
    sys.exit(main())
