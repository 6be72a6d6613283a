"""Reporter views: "Nieuw signaal" (with mentioned persons), the confirmation with guidance, "Mijn signalen"."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from doortastend import access, services
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.signals.models import Channel

from ..forms.common import new_token, now_local_minutes
from ..forms.signals import MENTIONS_PREFIX, MentionFormSet, SignalForm, mention_formset
from .common import guidance_for, may_report, not_found


def _own_signal(request, reference: str, *, audit: bool = True):
    """The reporter's own signal; anything else is 'not found' (and audited by access.fetch)."""
    return access.fetch(request.user, "signal", {"reference": reference, "reporter": request.user},
                        channel="ui", audit=audit)


def _with_extra_mention(post):
    """No-JavaScript fallback for "Persoon toevoegen": the same data with one more (empty) person form."""
    data = post.copy()
    key = f"{MENTIONS_PREFIX}-TOTAL_FORMS"
    try:
        total = int(data.get(key, 0))
    except ValueError:
        total = 0
    data[key] = str(min(total + 1, MentionFormSet.max_num))
    return data


@login_required
def signal_new(request):
    if not may_report(request.user):
        raise not_found(request.user, "pagina", "signaal-nieuw")
    if request.method == "POST":
        if "add_mention" in request.POST:
            data = _with_extra_mention(request.POST)
            form, formset = SignalForm(data), mention_formset(data)
            return render(request, "web/signals/new.html", {"form": form, "formset": formset, "adding": True})
        form, formset = SignalForm(request.POST), mention_formset(request.POST)
        if form.is_valid() and formset.is_valid():
            try:
                signal, created, _code = services.submit_signal(
                    reporter=request.user, signal_data=form.signal_data(), mentions=formset.mentions(),
                    channel=Channel.WEB, idempotency_key=form.cleaned_data["token"],
                )
            except ValidationError as exc:
                for message in exc.messages:
                    form.add_error(None, message)
            else:
                if not created:
                    messages.info(request, "Dit signaal was al ontvangen. Het is één keer opgeslagen.")
                return redirect("web:signal_received", reference=signal.reference)
        return render(request, "web/signals/new.html", {"form": form, "formset": formset}, status=200)
    form = SignalForm(initial={"token": new_token(), "observed_at": now_local_minutes()})
    return render(request, "web/signals/new.html", {"form": form, "formset": mention_formset()})


@login_required
@require_GET
def mention_form_row(request):
    """htmx: one more empty person form, plus the formset's TOTAL_FORMS counter (swapped out of band)."""
    if not may_report(request.user):
        raise not_found(request.user, "pagina", "signaal-persoon")
    try:
        index = max(0, int(request.GET.get(f"{MENTIONS_PREFIX}-TOTAL_FORMS", "0")))
    except ValueError:
        index = 0
    if index >= MentionFormSet.max_num:
        return HttpResponse("")
    formset = mention_formset()
    form = formset._construct_form(index, empty_permitted=True)
    html = render_to_string("web/signals/_mention_form.html", {"mform": form, "index": index, "focus": True},
                            request=request)
    counter = (f'<input type="hidden" name="{MENTIONS_PREFIX}-TOTAL_FORMS" value="{index + 1}" '
               f'id="id_{MENTIONS_PREFIX}-TOTAL_FORMS" hx-swap-oob="true">')
    return HttpResponse(html + counter)


@login_required
def signal_received(request, reference: str):
    signal = _own_signal(request, reference)
    return render(request, "web/signals/received.html", {"signal": signal, "guidance": guidance_for(signal)})


@login_required
def my_signals(request):
    if not may_report(request.user):
        raise not_found(request.user, "pagina", "mijn-signalen")
    signals = (
        access.signals_visible_to(request.user).filter(reporter=request.user)
        .prefetch_related("feedback").order_by("-created_at")
    )
    signals = list(signals)
    for s in signals:
        messages_ = list(s.feedback.all())
        s.last_feedback = messages_[-1] if messages_ else None
    record(request.user, AuditAction.LIST, object_type="signal", channel="ui", reason="mijn signalen")
    return render(request, "web/signals/mine.html", {"signals": signals})


@login_required
def signal_detail(request, reference: str):
    """One URL for a signal. The coordinator gets the working page; the reporter the view of their own signal
    (public status only); a professional who may see it through a case gets the signal with links to the case."""
    if access.is_coordinator(request.user):
        from .inbox import coordinator_signal

        return coordinator_signal(request, reference)
    signal = access.fetch(request.user, "signal", {"reference": reference}, channel="ui")
    if signal.reporter_id == request.user.id:
        return render(request, "web/signals/detail_reporter.html", {
            "signal": signal, "mentions": signal.mentions.all(), "feedback": signal.feedback.all(),
            "guidance": guidance_for(signal),
        })
    cases = access.cases_visible_to(request.user).filter(signals=signal)
    return render(request, "web/signals/detail_professional.html", {
        "signal": signal, "mentions": signal.mentions.all(), "cases": cases,
    })
