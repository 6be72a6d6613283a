"""Load the shipped indicator catalogue into the database, without overwriting a beheerder's edits."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).with_name("data") / "indicators.json"


def shipped_catalogue() -> list[dict]:
    return json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else []


def sync_default_indicators(using: str = "default") -> int:
    """Create indicators that are missing in the database. Returns how many were created."""
    from doortastend.triage.models import Indicator

    existing = set(Indicator.objects.using(using).values_list("code", flat=True))
    fields = ["label", "phenomena", "meaning", "enrich", "conversation", "route", "sources", "triggers"]
    new = [
        Indicator(code=item["code"], urgency_hint=item.get("urgency_hint") or "",
                  **{f: item.get(f, [] if f in {"phenomena", "sources", "triggers"} else "") for f in fields})
        for item in shipped_catalogue()
        if item.get("code") and item["code"] not in existing
    ]
    Indicator.objects.using(using).bulk_create(new)
    return len(new)
