"""Meldcode walk-through for a signal or a case: the five questions, the advice, and earlier assessments.

Who may do it: for a signal, anyone who may see it through access.fetch (the reporter, the coordinator, members
of a case it belongs to); for a case, whoever may work on it (access.can_work_on_case). Each assessment is an
append-only MeldcodeAssessment row (answers, advice, date, who) plus an audit event.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from doortastend import access
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.network.models import Role
from doortastend.triage import meldcode
from doortastend.triage.models import MeldcodeAssessment

from .cases import deny, require_roles

YES_NO = [("ja", "Ja"), ("nee", "Nee")]


class MeldcodeForm(forms.Form):
    notes = forms.CharField(label="Toelichting (wat heeft u gezien, met wie overlegd?)", required=False,
                            max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fields = {}
        for q in meldcode.QUESTIONS:
            fields[q.key] = forms.ChoiceField(
                label=f"{q.number}. {q.text}", help_text=q.help, choices=YES_NO, widget=forms.RadioSelect,
                required=False,
            )
        fields["notes"] = self.fields["notes"]
        self.fields = fields

    def clean(self):
        data = super().clean()
        answers = {q.key: data.get(q.key) or None for q in meldcode.QUESTIONS}
        try:
            self.advice = meldcode.advise(answers)
        except meldcode.IncompleteAnswers as exc:
            self.add_error(exc.question.key, str(exc))
        return data


def record_assessment(*, by, answers_form: MeldcodeForm, signal=None, case=None) -> MeldcodeAssessment:
    advice = answers_form.advice
    a = MeldcodeAssessment.objects.create(
        signal=signal, case=case, by=by, answers=dict(advice.used_answers), advice=advice.code,
        advice_text=advice.text, notes=answers_form.cleaned_data.get("notes", "").strip(),
    )
    target = signal if signal is not None else case
    record(by, AuditAction.CREATE, a, object_type="meldcode", channel="ui", advice=advice.code,
           **{"signal" if signal is not None else "case": target.reference})
    return a


def _page(request, *, obj, kind: str, form=None, status=200):
    assessments = obj.meldcode_assessments.select_related("by")
    return render(request, "web/meldcode/page.html", {
        "obj": obj, "kind": kind, "signal": obj if kind == "signal" else None, "case": obj if kind == "case" else None,
        "form": form or MeldcodeForm(), "assessments": assessments, "questions": meldcode.QUESTIONS,
        "applies": meldcode.applies_to(obj.phenomena), "advice_labels": meldcode.ADVICE_LABELS,
    }, status=status)


def _handle(request, *, obj, kind: str, back_url: str):
    if request.method == "POST":
        form = MeldcodeForm(request.POST)
        if form.is_valid():
            a = record_assessment(by=request.user, answers_form=form, **{kind: obj})
            messages.success(request, f"Meldcode vastgelegd. Advies: {meldcode.ADVICE_LABELS[a.advice]}. {a.advice_text}")
            return redirect(back_url)
        return _page(request, obj=obj, kind=kind, form=form, status=400)
    return _page(request, obj=obj, kind=kind)


@login_required
def signal_meldcode(request, reference: str):
    require_roles(request, {Role.COORDINATOR, Role.PROFESSIONAL, Role.MELDER}, "meldcode")
    signal = access.fetch(request.user, "signal", {"reference": reference}, channel="ui",
                          reason="meldcode", audit=request.method == "GET")
    return _handle(request, obj=signal, kind="signal", back_url=request.path)


@login_required
def case_meldcode(request, reference: str):
    require_roles(request, {Role.COORDINATOR, Role.PROFESSIONAL}, "meldcode")
    case = access.fetch(request.user, "case", {"reference": reference}, channel="ui", reason="meldcode",
                        audit=request.method == "GET")
    if not access.can_work_on_case(request.user, case):
        raise deny(request.user, "meldcode", reference)
    return _handle(request, obj=case, kind="case", back_url=request.path)


@login_required
@require_GET
def meldcode_preview(request):
    """htmx: the advice so far for the answers in the query string, or which question is needed next.

    Pure: it reads no signal or case and stores nothing; the real assessment is recorded on submit.
    """
    require_roles(request, {Role.COORDINATOR, Role.PROFESSIONAL, Role.MELDER}, "meldcode")
    answers = {q.key: request.GET.get(q.key) for q in meldcode.QUESTIONS}
    advice, next_question = None, None
    try:
        advice = meldcode.advise(answers)
    except meldcode.IncompleteAnswers as exc:
        next_question = exc.question
    skipped = []
    if advice is not None and advice.decided_by:
        decided = next(q.number for q in meldcode.QUESTIONS if q.key == advice.decided_by)
        skipped = [q.number for q in meldcode.QUESTIONS if q.number > decided]
    return render(request, "web/meldcode/_preview.html", {
        "advice": advice, "next_question": next_question, "skipped": skipped,
    })
