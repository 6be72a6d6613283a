"""Analyst overview: aggregates only, no personal data, small numbers suppressed.

Roles analist and coordinator; everyone else gets the same 404 as for a page that does not exist. Nothing on
this page names a person, a signal text or a reference. Every count from 1 to 4 is shown as "<5", and a median
computed from fewer than 5 values is not shown (small-number suppression, so nobody can be recognised from a
count in a small buurt). This is cell suppression only: totals are shown rounded to the nearest 5 when any cell
of that table was suppressed, so the hidden cells cannot be worked out by subtraction.

Office hours for "answered outside office hours": Monday to Friday, 08:00 to 18:00, local time.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Min
from django.db.models.functions import TruncWeek
from django.shortcuts import render
from django.utils import timezone

from doortastend import workflow
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.cases.models import Case, CaseSignal, Handover
from doortastend.network.models import Neighbourhood, Role
from doortastend.signals.models import Signal
from doortastend.triage.codes import PHENOMENA, PHENOMENON_LABELS, URGENCIES, URGENCY_LABELS

from .cases import duration_nl, require_roles

THRESHOLD = 5
OFFICE_START, OFFICE_END = 8, 18  # hours, Monday to Friday
PERIODS = {"30": ("Laatste 30 dagen", 30), "90": ("Laatste 90 dagen", 90), "365": ("Laatste jaar", 365),
           "alle": ("Alles", None)}
WEEKS_SHOWN = 12


def suppress(n: int) -> str:
    """A count for display: 1–4 become "<5"; 0 and 5 or more are shown as they are."""
    return f"<{THRESHOLD}" if 0 < n < THRESHOLD else str(n)


def total_display(counts) -> str:
    """A table total; rounded to the nearest 5 (shown as "±N") when a cell was suppressed."""
    counts = list(counts)
    total = sum(counts)
    if total < THRESHOLD:
        return suppress(total)
    if any(0 < n < THRESHOLD for n in counts):
        return f"±{THRESHOLD * round(total / THRESHOLD)}"
    return str(total)


def median_display(deltas: list[timedelta]) -> dict:
    if len(deltas) < THRESHOLD:
        return {"value": "", "n": suppress(len(deltas)), "suppressed": True}
    seconds = statistics.median(d.total_seconds() for d in deltas)
    return {"value": duration_nl(timedelta(seconds=seconds)), "n": str(len(deltas)), "suppressed": False}


def is_office_hours(moment) -> bool:
    local = timezone.localtime(moment)
    return local.weekday() < 5 and OFFICE_START <= local.hour < OFFICE_END


def _table(pairs: list[tuple[str, int]]) -> dict:
    return {"rows": [{"label": label, "count": suppress(n), "raw_zero": n == 0} for label, n in pairs],
            "total": total_display(n for _label, n in pairs)}


def build_overview(since=None) -> dict:
    """All figures of the overview page. `since`: only signals received (and cases opened) from that moment."""
    signals = Signal.objects.all()
    cases = Case.objects.all()
    if since is not None:
        signals = signals.filter(created_at__gte=since)
        cases = cases.filter(created_at__gte=since)

    # Per wijk and buurt.
    by_buurt = dict(signals.values_list("buurt_code").annotate(n=Count("id")).values_list("buurt_code", "n"))
    districts: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    known = set()
    for nb in Neighbourhood.objects.order_by("district_code", "code"):
        districts[(nb.district_code, nb.district_name)].append((nb.name, by_buurt.get(nb.code, 0)))
        known.add(nb.code)
    unknown = sum(n for code, n in by_buurt.items() if code not in known)
    wijken = []
    for (_code, name), buurten in sorted(districts.items()):
        table = _table(buurten)
        # The heading shows the table's total, so a suppressed buurt cannot be worked out by subtraction.
        wijken.append({"name": name, "count": table["total"], **table})
    wijk_counts = [sum(n for _b, n in b) for b in districts.values()] + [unknown]

    # Per phenomenon (multi-label: one signal may count for several), urgency and week.
    phenomenon_counts: Counter = Counter()
    no_phenomenon = 0
    for ps in signals.values_list("phenomena", flat=True):
        phenomenon_counts.update(set(ps or []))
        no_phenomenon += not ps
    urgency_counts = dict(signals.values_list("urgency").annotate(n=Count("id")).values_list("urgency", "n"))
    week_start = timezone.localdate() - timedelta(days=timezone.localdate().weekday(), weeks=WEEKS_SHOWN - 1)
    weekly = dict(
        signals.filter(created_at__date__gte=week_start).annotate(week=TruncWeek("created_at"))
        .values("week").annotate(n=Count("id")).values_list("week", "n")
    )
    weekly_by_date = Counter()
    for week, n in weekly.items():
        weekly_by_date[week.date() if hasattr(week, "date") else week] += n
    weeks = []
    for i in range(WEEKS_SHOWN):
        start = week_start + timedelta(weeks=i)
        weeks.append((f"week {start.isocalendar()[1]} ({start:%d-%m})", weekly_by_date.get(start, 0)))

    # Cases per status.
    status_counts = dict(cases.values_list("status").annotate(n=Count("id")).values_list("status", "n"))

    # Speed: signal -> case, and first signal of a case -> first contact.
    first_link: dict[int, tuple] = {}
    links = CaseSignal.objects.filter(signal__in=signals).values_list("signal_id", "added_at", "signal__created_at")
    for signal_id, added_at, created_at in links:
        if signal_id not in first_link or added_at < first_link[signal_id][0]:
            first_link[signal_id] = (added_at, created_at)
    to_case = [added - created for added, created in first_link.values()]
    to_contact = [
        c.first_contact_at - c.first_signal_at
        for c in cases.exclude(first_contact_at=None).annotate(first_signal_at=Min("signals__created_at"))
        if c.first_signal_at is not None
    ]

    # Handovers answered (accepted or declined), inside or outside office hours.
    answered = Handover.objects.filter(case__in=cases, answered_at__isnull=False).values_list(
        "answered_at", "state", "created_at")
    outside = [(a, s) for a, s, _c in answered if not is_office_hours(a)]
    response_times = [a - c for a, _s, c in answered]

    return {
        "signal_total": suppress(signals.count()),
        "case_total": suppress(cases.count()),
        "wijken": wijken,
        "unknown_buurt": suppress(unknown),
        "wijk_total": total_display(wijk_counts),
        "phenomena": _table([(PHENOMENON_LABELS[p].capitalize(), phenomenon_counts.get(p, 0)) for p in PHENOMENA]
                            + [("Geen fenomeen herkend", no_phenomenon)]),
        "urgencies": _table([(URGENCY_LABELS[u].capitalize(), urgency_counts.get(u, 0)) for u in URGENCIES]
                            + [("Nog niet bepaald", urgency_counts.get("", 0))]),
        "weeks": _table(weeks),
        "statuses": _table([(s.label, status_counts.get(code, 0)) for code, s in workflow.CASE_STATES.items()]),
        "median_to_case": median_display(to_case),
        "median_to_contact": median_display(to_contact),
        "median_handover_response": median_display(response_times),
        "handovers_answered": suppress(len(answered)),
        "handovers_outside": suppress(len(outside)),
        "handovers_outside_accepted": suppress(sum(1 for _a, s in outside if s == workflow.HANDOVER_ACCEPTED)),
        "office_hours": f"maandag tot en met vrijdag {OFFICE_START}:00–{OFFICE_END}:00",
        "threshold": THRESHOLD,
    }


@login_required
def overview(request):
    require_roles(request, {Role.ANALIST, Role.COORDINATOR}, "overzicht")
    period = request.GET.get("periode", "alle")
    if period not in PERIODS:
        period = "alle"
    days = PERIODS[period][1]
    since = timezone.now() - timedelta(days=days) if days else None
    data = build_overview(since)
    record(request.user, AuditAction.LIST, object_type="overzicht", channel="ui", reason="geaggregeerd overzicht",
           period=period)
    return render(request, "web/overview/index.html", {
        **data, "period": period, "periods": [(k, label) for k, (label, _d) in PERIODS.items()],
    })
