"""Case work: the case list and the case page with its timeline, and the small views behind its actions.

Visibility comes from doortastend.access only (cases_visible_to, fetch); every change goes through
doortastend.services, which checks the workflow, writes the history rows and the audit log. Action views post
a small form, show a Dutch message and return to the case page; on an error the case page is rendered again
with the form as the user filled it in (status 400).
"""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Case as SqlCase
from django.db.models import IntegerField, Min, Value, When
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from doortastend import access, services, workflow
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.cases.models import CaseMembership, ContactMethod, Handover
from doortastend.network.models import Professional, Role, Team
from doortastend.triage import meldcode
from doortastend.triage.codes import PHENOMENA, PHENOMENON_LABELS, URGENCIES, URGENCY_LABELS

CASEWORK_ROLES = {Role.COORDINATOR, Role.PROFESSIONAL}
ERRORS = (workflow.TransitionError, access.NotAllowed)

URGENCY_ORDER = SqlCase(
    When(urgency="acuut", then=Value(0)),
    When(urgency="spoed", then=Value(1)),
    When(urgency="regulier", then=Value(2)),
    When(urgency="monitoren", then=Value(3)),
    default=Value(4),
    output_field=IntegerField(),
)


# --- Shared helpers (also used by the handover, person, meldcode and overview views) ----------------------------


def deny(user, what: str, object_id: str = "") -> access.NotVisible:
    """Audit a refused page and return the 404 to raise: the same answer as for something that does not exist."""
    record(user, AuditAction.DENIED, object_type=what, object_id=object_id, channel="ui",
           reason="niet gevonden of geen need-to-know")
    return access.NotVisible(f"Niet gevonden: {what}")


def require_roles(request, roles, what: str) -> None:
    if access.role(request.user) not in roles:
        raise deny(request.user, "pagina", what)


def duration_nl(delta: timedelta | None) -> str:
    """A duration in plain Dutch with at most two units: "45 minuten", "3 uur 10 minuten", "2 dagen 4 uur"."""
    if delta is None:
        return ""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days} dag" if days == 1 else f"{days} dagen")
    if hours:
        parts.append(f"{hours} uur")
    if mins and not days:
        parts.append(f"{mins} minuut" if mins == 1 else f"{mins} minuten")
    return " ".join(parts[:2]) or "minder dan een minuut"


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


# --- Forms --------------------------------------------------------------------------------------------------------


class NoteForm(forms.Form):
    text = forms.CharField(label="Notitie", widget=forms.Textarea(attrs={"rows": 3}), max_length=5000,
                           error_messages={"required": "Schrijf eerst een notitie."})


class ContactForm(forms.Form):
    contact_at = forms.DateTimeField(
        label="Moment van contact", widget=LocalDateTimeInput,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%d-%m-%Y %H:%M"],
        error_messages={"required": "Vul in wanneer het contact was.",
                        "invalid": "Vul een datum en tijd in, bijvoorbeeld 14-03-2026 15:30."},
    )
    method = forms.ChoiceField(label="Hoe", choices=ContactMethod.choices, widget=forms.RadioSelect,
                               error_messages={"required": "Kies hoe het contact was."})
    with_whom = forms.CharField(label="Met wie", max_length=200, required=False,
                                help_text="Bijvoorbeeld: de jongere en zijn moeder.")
    summary = forms.CharField(label="Korte samenvatting", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    is_first_contact = forms.BooleanField(label="Dit was het eerste contact met de persoon", required=False)

    def clean_contact_at(self):
        value = self.cleaned_data["contact_at"]
        if value and value > timezone.now() + timedelta(minutes=5):
            raise forms.ValidationError("Het moment van contact kan niet in de toekomst liggen.")
        return value


class StatusForm(forms.Form):
    target = forms.ChoiceField(label="Nieuwe status", widget=forms.RadioSelect,
                               error_messages={"required": "Kies een nieuwe status.",
                                               "invalid_choice": "Deze status kan nu niet gekozen worden."})
    reason = forms.CharField(label="Reden", required=False, widget=forms.Textarea(attrs={"rows": 2}),
                             help_text="Verplicht bij sluiten, heropenen en overdragen aan een andere organisatie.")

    def __init__(self, *args, case=None, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = workflow.CASE_TRANSITIONS.get(case.status, set()) - {case.status}
        self.fields["target"].choices = [
            (code, s.label + (" (reden verplicht)" if ("case", code) in workflow.REASON_REQUIRED else ""))
            for code, s in workflow.CASE_STATES.items() if code in allowed
        ]

    def clean(self):
        data = super().clean()
        target = data.get("target")
        if target and ("case", target) in workflow.REASON_REQUIRED and not (data.get("reason") or "").strip():
            self.add_error("reason", f"Geef een reden op voor '{workflow.CASE_STATES[target].label}'.")
        return data


def _professional_label(p) -> str:
    extra = p.job_title or ("casusregisseur" if p.is_case_owner else "")
    return f"{p.display_name}{' – ' + extra if extra else ''}"


class MemberForm(forms.Form):
    professional = forms.ModelChoiceField(
        label="Professional", queryset=Professional.objects.none(), empty_label="Kies een professional",
        error_messages={"required": "Kies een professional.", "invalid_choice": "Kies een professional uit de lijst."},
    )
    reason = forms.CharField(
        label="Waarom heeft deze professional toegang nodig? (need-to-know)", max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Geef aan waarom deze professional toegang nodig heeft (need-to-know)."},
    )

    def __init__(self, *args, case=None, **kwargs):
        super().__init__(*args, **kwargs)
        active = case.memberships.filter(ended_at__isnull=True).values("professional_id")
        self.fields["professional"].queryset = (
            Professional.objects.filter(role=Role.PROFESSIONAL, is_active=True).exclude(id__in=active)
            .select_related("organisation")
        )
        self.fields["professional"].label_from_instance = _professional_label


class EndMemberForm(forms.Form):
    membership = forms.ModelChoiceField(
        label="Toegang beëindigen van", queryset=CaseMembership.objects.none(), empty_label="Kies een professional",
        error_messages={"required": "Kies wiens toegang stopt.", "invalid_choice": "Kies een professional uit de lijst."},
    )
    reason = forms.CharField(label="Reden", max_length=1000, error_messages={"required": "Geef een reden op."})

    def __init__(self, *args, case=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["membership"].queryset = case.memberships.filter(ended_at__isnull=True).select_related(
            "professional__organisation")
        self.fields["membership"].label_from_instance = (
            lambda m: f"{m.professional.display_name} ({m.get_role_display().lower()})")


class HandoverForm(forms.Form):
    to_professional = forms.ModelChoiceField(
        label="Aan een casusregisseur", queryset=Professional.objects.none(), required=False,
        empty_label="Kies een professional",
        error_messages={"invalid_choice": "Kies een professional uit de lijst."},
    )
    to_team = forms.ModelChoiceField(
        label="Of aan een team met bereikbaarheidsdienst", queryset=Team.objects.none(), required=False,
        empty_label="Kies een team", error_messages={"invalid_choice": "Kies een team uit de lijst."},
    )
    message = forms.CharField(
        label="Toelichting voor de ontvanger", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
        help_text="Wat moet de ontvanger weten om te beslissen? Zet hier geen namen of adressen in.",
        error_messages={"required": "Schrijf een korte toelichting voor de ontvanger."},
    )
    respond_within_hours = forms.IntegerField(
        label="Antwoord binnen (uren)", min_value=1, max_value=24 * 14, required=False,
        error_messages={"min_value": "Kies minstens 1 uur.", "max_value": "Kies hoogstens 336 uur (twee weken).",
                        "invalid": "Vul een aantal uren in."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["respond_within_hours"].help_text = (
            f"Leeg laten: {settings.DOORTASTEND_HANDOVER_ESCALATION_HOURS} uur. Daarna ziet de coördinator de "
            "overdracht als geëscaleerd.")
        self.fields["to_professional"].queryset = Professional.objects.filter(
            role=Role.PROFESSIONAL, is_case_owner=True, is_active=True).select_related("organisation")
        self.fields["to_professional"].label_from_instance = _professional_label
        self.fields["to_team"].queryset = Team.objects.filter(on_call=True).select_related("organisation")

    def clean(self):
        data = super().clean()
        if bool(data.get("to_professional")) == bool(data.get("to_team")):
            if not self.errors.get("to_professional") and not self.errors.get("to_team"):
                self.add_error(None, "Kies één professional of één team om de casus aan te bieden.")
        return data


class WithdrawForm(forms.Form):
    reason = forms.CharField(label="Waarom trekt u de overdracht terug?", max_length=1000,
                             error_messages={"required": "Geef een reden op voor het terugtrekken."})


# --- Case list ----------------------------------------------------------------------------------------------------

STATUS_FILTERS = {
    "open": ("Open", workflow.CASE_OPEN_STATES),
    "afgesloten": ("Afgesloten", workflow.CASE_END_STATES),
    "alle": ("Alle", set(workflow.CASE_STATES)),
}


def _case_rows(qs):
    qs = qs.select_related("owner__organisation").annotate(
        urgency_order=URGENCY_ORDER, first_signal_at=Min("signals__created_at"))
    return qs


@login_required
def case_list(request, mine: bool = False):
    require_roles(request, CASEWORK_ROLES, "casussen")
    user = request.user
    qs = access.cases_visible_to(user)
    if mine:
        qs = qs.filter(id__in=access.active_case_ids(user))
    which = request.GET.get("status", "open")
    if which in workflow.CASE_STATES:
        qs = qs.filter(status=which)
    else:
        which = which if which in STATUS_FILTERS else "open"
        qs = qs.filter(status__in=STATUS_FILTERS[which][1])
    urgency = request.GET.get("urgentie", "")
    if urgency in URGENCIES:
        qs = qs.filter(urgency=urgency)
    phenomenon = request.GET.get("fenomeen", "")
    rows = _case_rows(qs).order_by("urgency_order", "-created_at", "id")
    if phenomenon in PHENOMENA:
        # JSON list membership, evaluated in Python so it works the same on SQLite and PostgreSQL.
        rows = [c for c in rows if phenomenon in (c.phenomena or [])]
    page = Paginator(rows, 50).get_page(request.GET.get("pagina"))
    open_handovers = set(
        Handover.objects.filter(case__in=[c.pk for c in page.object_list],
                                         state__in=workflow.HANDOVER_OPEN_STATES).values_list("case_id", flat=True))
    record(user, AuditAction.LIST, object_type="case", channel="ui", reason="casuslijst",
           count=len(page.object_list), status=which)
    return render(request, "web/cases/list.html", {
        "page": page, "cases": page.object_list, "open_handovers": open_handovers, "mine": mine,
        "status": which, "urgency": urgency, "phenomenon": phenomenon,
        "status_filters": [(k, label) for k, (label, _s) in STATUS_FILTERS.items()],
        "status_choices": workflow.choices(workflow.CASE_STATES),
        "urgency_choices": [(u, URGENCY_LABELS[u].capitalize()) for u in URGENCIES],
        "phenomenon_choices": [(p, PHENOMENON_LABELS[p].capitalize()) for p in PHENOMENA],
        "is_coordinator": access.is_coordinator(user),
    })


@login_required
def my_cases(request):
    return case_list(request, mine=True)


# --- Case page ----------------------------------------------------------------------------------------------------


def _timeline(case) -> list[dict]:
    """Everything that happened in the case, newest first, each with who, when and why."""
    items: list[dict] = []
    for cs in case.casesignal_set.select_related("signal", "added_by"):
        items.append({"at": cs.added_at, "kind": "signal", "label": f"Signaal {cs.signal.reference} toegevoegd",
                      "who": cs.added_by, "why": cs.reason})
    for row in case.status_history.select_related("by"):
        items.append({"at": row.at, "kind": "status", "label": f"Status: {workflow.CASE_STATES[row.state].label}",
                      "who": row.by, "why": row.reason})
    for h in case.handovers.select_related("to_professional__organisation", "to_team__organisation"):
        for row in h.status_history.select_related("by"):
            items.append({"at": row.at, "kind": "handover", "handover": h,
                          "label": f"Overdracht aan {h.recipient_display}: {workflow.HANDOVER_STATES[row.state].label}",
                          "who": row.by, "why": row.reason})
    for c in case.contacts.select_related("professional"):
        label = f"Contact ({c.get_method_display().lower()})"
        if c.with_whom:
            label += f" met {c.with_whom}"
        items.append({"at": c.contact_at, "kind": "contact", "label": label, "who": c.professional,
                      "why": c.summary, "first": c.is_first_contact, "logged_at": c.logged_at})
    for n in case.notes.select_related("author"):
        items.append({"at": n.at, "kind": "note", "label": "Notitie", "who": n.author, "why": n.text})
    for m in case.memberships.select_related("professional__organisation", "added_by", "ended_by"):
        items.append({"at": m.added_at, "kind": "member",
                      "label": f"{m.professional.display_name} kreeg toegang ({m.get_role_display().lower()})",
                      "who": m.added_by, "why": m.reason})
        if m.ended_at:
            items.append({"at": m.ended_at, "kind": "member",
                          "label": f"Toegang van {m.professional.display_name} beëindigd",
                          "who": m.ended_by, "why": m.end_reason})
    for a in case.meldcode_assessments.select_related("by"):
        items.append({"at": a.at, "kind": "meldcode",
                      "label": f"Meldcode doorlopen: {meldcode.ADVICE_LABELS.get(a.advice, a.advice)}",
                      "who": a.by, "why": a.notes})
    items.sort(key=lambda i: i["at"], reverse=True)
    return items


def _case_context(request, case, bound: dict | None = None) -> dict:
    user = request.user
    bound = bound or {}
    signals = list(case.signals.select_related("reporter__organisation", "reporter_organisation")
                   .prefetch_related("mentions").order_by("created_at"))
    first_signal_at = signals[0].created_at if signals else None
    can_manage = access.can_manage_case(user, case)
    can_work = access.can_work_on_case(user, case)
    open_handover = case.handovers.filter(state__in=workflow.HANDOVER_OPEN_STATES).select_related(
        "to_professional__organisation", "to_team__organisation").first()
    ctx = {
        "case": case,
        "timeline": _timeline(case),
        "signals": signals,
        "persons": case.persons.all().order_by("reference"),
        "members": case.memberships.select_related("professional__organisation", "added_by", "ended_by"),
        "open_handover": open_handover,
        "first_signal_at": first_signal_at,
        "time_to_first_contact": duration_nl(case.first_contact_at - first_signal_at)
        if case.first_contact_at and first_signal_at else "",
        # Only when the contact came after the case was opened (a contact may also predate the case).
        "time_case_to_first_contact": duration_nl(case.first_contact_at - case.created_at)
        if case.first_contact_at and case.first_contact_at > case.created_at else "",
        "can_manage": can_manage,
        "can_work": can_work,
        "show_meldcode": meldcode.applies_to(case.phenomena),
    }
    if can_work:
        ctx["note_form"] = bound.get("note") or NoteForm()
        ctx["contact_form"] = bound.get("contact") or ContactForm(initial={
            "contact_at": timezone.localtime().replace(second=0, microsecond=0),
            "is_first_contact": case.first_contact_at is None,
        })
    if can_manage:
        ctx["status_form"] = bound.get("status") or StatusForm(case=case)
        ctx["member_form"] = bound.get("member") or MemberForm(case=case)
        ctx["end_member_form"] = bound.get("end_member") or EndMemberForm(case=case)
        ctx["handover_form"] = bound.get("handover") or HandoverForm()
        ctx["withdraw_form"] = bound.get("withdraw") or WithdrawForm()
    ctx["open_form"] = next(iter(bound), "")
    visible = set()
    if can_work:
        visible |= {"note", "contact"}
    if can_manage:
        visible |= {"member", "end_member"}
        if ctx["status_form"].fields["target"].choices:
            visible.add("status")
        visible.add("withdraw" if open_handover else ("handover" if case.is_open else ""))
    # Errors of a form that is not on the page (e.g. no right to use it, or the situation changed meanwhile).
    ctx["action_errors"] = [e for key, form in bound.items() if key not in visible for e in form.non_field_errors()]
    return ctx


def _fetch_case(request, reference: str, *, audit: bool):
    return access.fetch(request.user, "case", {"reference": reference}, channel="ui", audit=audit)


@login_required
def case_detail(request, reference: str):
    case = _fetch_case(request, reference, audit=True)
    return render(request, "web/cases/detail.html", _case_context(request, case))


def _render_with_errors(request, case, key: str, form):
    return render(request, "web/cases/detail.html", _case_context(request, case, {key: form}), status=400)


def _done(request, case, message: str):
    messages.success(request, message)
    return redirect("web:case_detail", reference=case.reference)


@login_required
@require_POST
def case_note(request, reference: str):
    case = _fetch_case(request, reference, audit=False)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.add_note(case, by=request.user, text=form.cleaned_data["text"])
        except ERRORS as exc:
            form.add_error(None, str(exc))
        else:
            return _done(request, case, "Uw notitie is toegevoegd.")
    return _render_with_errors(request, case, "note", form)


@login_required
@require_POST
def case_contact(request, reference: str):
    case = _fetch_case(request, reference, audit=False)
    form = ContactForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            services.log_contact(case, by=request.user, contact_at=d["contact_at"], method=d["method"],
                                 with_whom=d["with_whom"].strip(), summary=d["summary"].strip(),
                                 is_first_contact=d["is_first_contact"])
        except ERRORS as exc:
            form.add_error(None, str(exc))
        else:
            return _done(request, case, "Het contactmoment is vastgelegd.")
    return _render_with_errors(request, case, "contact", form)


@login_required
@require_POST
def case_status(request, reference: str):
    case = _fetch_case(request, reference, audit=False)
    form = StatusForm(request.POST, case=case)
    if form.is_valid():
        target = form.cleaned_data["target"]
        try:
            services.transition_case(case, target, by=request.user, reason=form.cleaned_data["reason"].strip())
        except ERRORS as exc:
            form.add_error(None, str(exc))
        else:
            return _done(request, case, f"De status is nu: {workflow.CASE_STATES[target].label}.")
    return _render_with_errors(request, case, "status", form)


@login_required
@require_POST
def case_member_add(request, reference: str):
    case = _fetch_case(request, reference, audit=False)
    form = MemberForm(request.POST, case=case)
    if form.is_valid():
        p = form.cleaned_data["professional"]
        try:
            services.add_member(case, p, by=request.user, reason=form.cleaned_data["reason"].strip())
        except ERRORS as exc:
            form.add_error(None, str(exc))
        else:
            return _done(request, case, f"{p.display_name} heeft nu toegang tot deze casus.")
    return _render_with_errors(request, case, "member", form)


@login_required
@require_POST
def case_member_end(request, reference: str):
    case = _fetch_case(request, reference, audit=False)
    form = EndMemberForm(request.POST, case=case)
    if form.is_valid():
        m = form.cleaned_data["membership"]
        try:
            if access.is_owner(m.professional, case):
                raise workflow.TransitionError(
                    "De toegang van de casusregisseur kan niet worden beëindigd. Draag de casus eerst over.")
            services.end_member(m, by=request.user, reason=form.cleaned_data["reason"].strip())
        except ERRORS as exc:
            form.add_error(None, str(exc))
        else:
            return _done(request, case, f"De toegang van {m.professional.display_name} is beëindigd.")
    return _render_with_errors(request, case, "end_member", form)


@login_required
@require_POST
def case_handover_offer(request, reference: str):
    case = _fetch_case(request, reference, audit=False)
    form = HandoverForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            h = services.offer_handover(case, by=request.user, to_professional=d["to_professional"],
                                        to_team=d["to_team"], message=d["message"],
                                        respond_within_hours=d["respond_within_hours"])
        except ERRORS as exc:
            form.add_error(None, str(exc))
        else:
            return _done(request, case, f"De casus is aangeboden aan {h.recipient_display}. Antwoord uiterlijk "
                                        f"{timezone.localtime(h.respond_before):%d-%m-%Y %H:%M}.")
    return _render_with_errors(request, case, "handover", form)


@login_required
@require_POST
def case_handover_withdraw(request, reference: str, pk: int):
    case = _fetch_case(request, reference, audit=False)
    form = WithdrawForm(request.POST)
    h = case.handovers.filter(pk=pk).first()
    if h is None:
        raise deny(request.user, "handover", str(pk))
    if form.is_valid():
        try:
            services.withdraw_handover(h, by=request.user, reason=form.cleaned_data["reason"].strip())
        except ERRORS as exc:
            form.add_error(None, str(exc))
        else:
            return _done(request, case, "De overdracht is teruggetrokken.")
    return _render_with_errors(request, case, "withdraw", form)
