"""Small helpers shared by the view modules. Visibility is decided by doortastend.access only."""

from __future__ import annotations

from doortastend import access
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.network.models import Role

REPORTING_ROLES = {Role.MELDER, Role.COORDINATOR, Role.PROFESSIONAL}


def may_report(user) -> bool:
    return access.role(user) in REPORTING_ROLES


def not_found(user, what: str, object_id: str = "") -> access.NotVisible:
    """Audit a refused page and return the 404 to raise (same answer as for a missing object)."""
    record(user, AuditAction.DENIED, object_type=what, object_id=object_id, channel="ui",
           reason="niet gevonden of geen need-to-know")
    return access.NotVisible(f"Niet gevonden: {what}")


GUIDANCE_FIELDS = ("code", "label", "meaning", "enrich", "conversation", "route")


def _shipped_indicators() -> dict:
    try:
        from doortastend.triage.catalogue_sync import shipped_catalogue
    except ImportError:  # pragma: no cover - catalogue module not present
        return {}
    return {item["code"]: item for item in shipped_catalogue() if item.get("code")}


def indicators_for(codes) -> list:
    """Indicator guidance for `codes`, in that order: the database (editable by a beheerder) first, the catalogue
    shipped with the package for codes not (yet) loaded into the database."""
    from types import SimpleNamespace

    from doortastend.triage.models import Indicator

    codes = list(dict.fromkeys(c for c in codes if c))
    found = {i.code: i for i in Indicator.objects.filter(code__in=codes)}
    missing = [c for c in codes if c not in found]
    if missing:
        shipped = _shipped_indicators()
        for c in missing:
            if c in shipped:
                found[c] = SimpleNamespace(**{f: shipped[c].get(f, "") or "" for f in GUIDANCE_FIELDS})
    return [found[c] for c in codes if c in found]


def guidance_for(signal) -> dict:
    """What the reporter sees after submitting: the indicators found, each with its guidance, or a calm 'later'."""
    from doortastend.signals.models import TriageState

    result = signal.triage_results.first()
    if signal.triage_state != TriageState.DONE or result is None:
        return {"state": "later", "indicators": [], "result": None}
    return {"state": "done", "indicators": indicators_for(result.indicators or []), "result": result}
