"""Coordinator: the inbox of new and monitored signals, the signal working page, label correction, decision."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Case as SqlCase
from django.db.models import Count, IntegerField, Prefetch, Value, When
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from doortastend import access, services, workflow
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.linkage.service import organisation_overview
from doortastend.network.models import Organisation
from doortastend.people.models import Mention
from doortastend.signals.models import TriageState

from ..forms.inbox import DecisionForm, LabelCorrectionForm
from .common import indicators_for, not_found

INBOX_STATES = [workflow.SIGNAL_NEW, workflow.SIGNAL_MONITORING]
DECIDABLE_STATES = {workflow.SIGNAL_NEW, workflow.SIGNAL_MONITORING, workflow.SIGNAL_REFERRED}

# Sort orders offered in the inbox (?sorteer=...). Untriaged signals come right after the acute ones: their
# urgency is unknown, so a coordinator must look at them before the rest.
SORTS = {
    "urgentie": ("Urgentie (acuut eerst)", ["urgency_order", "created_at"]),
    "oudste": ("Oudste eerst", ["created_at"]),
    "nieuwste": ("Nieuwste eerst", ["-created_at"]),
}
URGENCY_ORDER = SqlCase(
    When(urgency="acuut", then=Value(0)),
    When(urgency="", then=Value(1)),
    When(urgency="spoed", then=Value(2)),
    When(urgency="regulier", then=Value(3)),
    When(urgency="monitoren", then=Value(4)),
    default=Value(5),
    output_field=IntegerField(),
)


def _require_coordinator(request, what: str):
    if not access.is_coordinator(request.user):
        raise not_found(request.user, "pagina", what)


def _linked_persons(mentions, cache: dict) -> list[dict]:
    """Known persons among the mentions, with how many signals (by organisation type) exist about them."""
    out = []
    for m in mentions:
        if not m.person_id:
            continue
        if m.person_id not in cache:
            cache[m.person_id] = organisation_overview(m.person)
        overview = cache[m.person_id]
        out.append({
            "mention": m, "person": m.person, "other_signals": max(0, overview["signal_count"] - 1),
            "by_organisation_type": overview["by_organisation_type"],
        })
    return out


@login_required
def inbox(request):
    _require_coordinator(request, "inbox")
    sort = request.GET.get("sorteer", "urgentie")
    if sort not in SORTS:
        sort = "urgentie"
    qs = (
        access.signals_visible_to(request.user)
        .filter(status__in=INBOX_STATES)
        .select_related("reporter_organisation")
        .annotate(mention_count=Count("mentions", distinct=True), urgency_order=URGENCY_ORDER)
        .prefetch_related(Prefetch("mentions", queryset=Mention.objects.select_related("person")))
        .order_by(*SORTS[sort][1], "id")
    )
    page = Paginator(qs, 50).get_page(request.GET.get("pagina"))
    cache: dict = {}
    rows = [{"signal": s, "linked": _linked_persons(s.mentions.all(), cache)} for s in page.object_list]
    record(request.user, AuditAction.LIST, object_type="signal", channel="ui", reason="inbox",
           count=len(rows), sort=sort)
    return render(request, "web/inbox/list.html", {
        "rows": rows, "page": page, "sort": sort,
        "sorts": [(key, label) for key, (label, _order) in SORTS.items()],
        "total": page.paginator.count,
    })


def _decision_form(user, data=None) -> DecisionForm:
    return DecisionForm(
        data,
        cases=access.cases_visible_to(user).filter(status__in=workflow.CASE_OPEN_STATES).order_by("-created_at"),
        organisations=Organisation.objects.filter(is_partner=True),
    )


def coordinator_signal(request, reference: str, *, decision_form=None, label_form=None, status=200):
    """The coordinator's working page for one signal (reached through signals.signal_detail)."""
    _require_coordinator(request, "signaal")
    signal = access.fetch(request.user, "signal", {"reference": reference}, channel="ui",
                          audit=request.method == "GET")
    result = signal.triage_results.first()
    codes = list(dict.fromkeys(result.indicators if result else []))
    evidence_codes = [e.get("indicator") for e in (result.evidence if result else [])]
    indicators = {i.code: i for i in indicators_for(codes + evidence_codes)}
    mentions = list(signal.mentions.select_related("person"))
    linked = {item["mention"].pk: item for item in _linked_persons(mentions, {})}
    last_correction = signal.label_corrections.select_related("by").order_by("-at", "-id").first()
    return render(request, "web/inbox/signal.html", {
        "signal": signal,
        "result": result,
        "triage_failed": signal.triage_state == TriageState.FAILED,
        "triage_pending": signal.triage_state == TriageState.PENDING,
        "indicators": [indicators[c] for c in codes if c in indicators],
        "indicator_labels": {code: i.label for code, i in indicators.items()},
        "mentions": [{"mention": m, "linked": linked.get(m.pk)} for m in mentions],
        "history": signal.status_history.select_related("by"),
        "referrals": signal.referrals.select_related("organisation", "by"),
        "cases": signal.cases.all(),
        "last_correction": last_correction,
        "label_form": label_form or LabelCorrectionForm(
            initial={"phenomena": signal.phenomena, "urgency": signal.urgency or (result.urgency if result else "")}
        ),
        "decision_form": decision_form or _decision_form(request.user),
        "can_decide": signal.status in DECIDABLE_STATES,
    }, status=status)


@login_required
@require_POST
def signal_decide(request, reference: str):
    _require_coordinator(request, "signaal-besluit")
    signal = access.fetch(request.user, "signal", {"reference": reference}, channel="ui", audit=False)
    form = _decision_form(request.user, request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            case = services.decide_signal(
                signal, d["decision"], by=request.user, reason=d["reason"].strip(), case=d["case"],
                case_title=d["case_title"].strip(), organisation=d["organisation"],
                legal_basis=d["legal_basis"].strip(),
            )
        except (workflow.TransitionError, access.NotAllowed) as exc:
            form.add_error(None, str(exc))
        else:
            label = workflow.SIGNAL_DECISIONS[d["decision"]][0]
            if case is not None:
                messages.success(request, f"{label}: signaal {signal.reference} hoort nu bij casus {case.reference}.")
                return redirect("web:case_detail", reference=case.reference)
            messages.success(request, f"{label}: besluit over signaal {signal.reference} is vastgelegd.")
            return redirect("web:inbox")
    return coordinator_signal(request, reference, decision_form=form, status=400)


@login_required
@require_POST
def signal_correct_labels(request, reference: str):
    from doortastend.triage.service import correct_labels

    _require_coordinator(request, "signaal-labels")
    signal = access.fetch(request.user, "signal", {"reference": reference}, channel="ui", audit=False)
    form = LabelCorrectionForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            correct_labels(signal, by=request.user, phenomena=d["phenomena"], urgency=d["urgency"],
                           reason=d["reason"].strip())
        except (ValueError, access.NotAllowed) as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "De fenomenen en urgentie zijn aangepast. Uw correctie is bewaard.")
            return redirect("web:signal_detail", reference=signal.reference)
    return coordinator_signal(request, reference, label_form=form, status=400)
