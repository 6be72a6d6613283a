"""Handovers (warme overdracht): offers to me or my team, and the decision page for one offer.

Before acceptance the recipient is not a member of the case, so the offer page shows only what is needed to
decide: the case reference, urgency, phenomena, the message of whoever offered it and the respond-before time —
never the case title, persons, signals or notes. After acceptance the case page takes over.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Case as SqlCase
from django.db.models import IntegerField, Q, Value, When
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from doortastend import access, services, workflow
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction

from .cases import CASEWORK_ROLES, ERRORS, require_roles

OPEN_FIRST = SqlCase(
    When(state=workflow.HANDOVER_ESCALATED, then=Value(0)),
    When(state=workflow.HANDOVER_OFFERED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)
RECENT_ANSWERED = 20


class RespondForm(forms.Form):
    decision = forms.ChoiceField(
        label="Uw besluit", widget=forms.RadioSelect,
        choices=[("accepteren", "Accepteren: ik neem de casus aan"), ("weigeren", "Weigeren")],
        error_messages={"required": "Kies accepteren of weigeren."},
    )
    reason = forms.CharField(label="Reden", help_text="Verplicht als u weigert.", required=False, max_length=1000,
                             widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self):
        data = super().clean()
        if data.get("decision") == "weigeren" and not (data.get("reason") or "").strip():
            self.add_error("reason", "Geef een reden op voor het weigeren, zodat de coördinator verder kan.")
        return data


def _base_queryset(user):
    return access.handovers_visible_to(user).select_related(
        "case", "from_professional__organisation", "to_professional__organisation", "to_team__organisation")


@login_required
def handover_list(request):
    require_roles(request, CASEWORK_ROLES, "overdrachten")
    user = request.user
    qs = _base_queryset(user)
    if access.is_coordinator(user):
        open_qs = qs.filter(state__in=workflow.HANDOVER_OPEN_STATES)
        answered_qs = qs.exclude(state__in=workflow.HANDOVER_OPEN_STATES)
    else:
        mine = Q(to_professional=user)
        if user.team_id:
            mine |= Q(to_team_id=user.team_id)
        qs = qs.filter(mine)
        open_qs = qs.filter(state__in=workflow.HANDOVER_OPEN_STATES)
        answered_qs = qs.exclude(state__in=workflow.HANDOVER_OPEN_STATES)
    open_rows = list(open_qs.annotate(open_order=OPEN_FIRST).order_by("open_order", "respond_before", "id"))
    answered_rows = list(answered_qs.order_by("-created_at", "-id")[:RECENT_ANSWERED])
    record(user, AuditAction.LIST, object_type="handover", channel="ui", reason="overdrachten",
           count=len(open_rows) + len(answered_rows))
    return render(request, "web/handovers/list.html", {
        "open_rows": open_rows, "answered_rows": answered_rows, "is_coordinator": access.is_coordinator(user),
    })


def _detail_context(request, h, form=None) -> dict:
    user = request.user
    return {
        "handover": h,
        "history": h.status_history.select_related("by"),
        "is_recipient": access.is_handover_recipient(user, h),
        "can_respond": access.is_handover_recipient(user, h) and h.is_open,
        "can_see_case": access.cases_visible_to(user).filter(pk=h.case_id).exists(),
        "form": form or RespondForm(),
    }


@login_required
def handover_detail(request, pk: int):
    # Roles without handovers get the 404 from access.fetch, audited as a refused "handover".
    h = access.fetch(request.user, "handover", {"pk": pk}, channel="ui")
    return render(request, "web/handovers/detail.html", _detail_context(request, h))


@login_required
@require_POST
def handover_respond(request, pk: int):
    h = access.fetch(request.user, "handover", {"pk": pk}, channel="ui", audit=False)
    form = RespondForm(request.POST)
    if form.is_valid():
        accept = form.cleaned_data["decision"] == "accepteren"
        try:
            services.respond_handover(h, by=request.user, accept=accept, reason=form.cleaned_data["reason"].strip())
        except ERRORS as exc:
            form.add_error(None, str(exc))
        else:
            if accept:
                messages.success(request, f"U heeft casus {h.case.reference} aangenomen. U bent nu casusregisseur.")
                return redirect("web:case_detail", reference=h.case.reference)
            messages.success(request, "U heeft de overdracht geweigerd. De coördinator ziet uw reden.")
            return redirect("web:handover_list")
    h.refresh_from_db()
    return render(request, "web/handovers/detail.html", _detail_context(request, h, form), status=400)
