"""Residents, without an account: report something (get a receipt code once) and look up its status.

The status page answers with the public feedback messages only, gives the same message for every code it
cannot use, accepts the code by POST (so it is not in URLs or logs) and limits attempts per client.
"""

from __future__ import annotations

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from doortastend import services
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.signals.models import Channel

from ..forms.common import new_token
from ..forms.public import ReceiptLookupForm, ResidentSignalForm

SESSION_RECEIPT = "doortastend_receipt_code"
RESIDENT_LABEL = "bewoner (ontvangstcode)"
LOOKUP_LIMIT = 20  # attempts per client per window
LOOKUP_WINDOW = 15 * 60
UNKNOWN_CODE = ("We kunnen bij deze code geen melding laten zien. Controleer de code en probeer het opnieuw. "
                "Let op: de code bestaat uit letters en cijfers, bijvoorbeeld ABCD-2345.")
TOO_MANY = "U heeft het te vaak geprobeerd. Wacht een kwartier en probeer het dan opnieuw."


def _client_key(request) -> str:
    return f"doortastend:status-lookup:{request.META.get('REMOTE_ADDR', '')}"


def _too_many_attempts(request) -> bool:
    key = _client_key(request)
    cache.add(key, 0, LOOKUP_WINDOW)
    try:
        attempts = cache.incr(key)
    except ValueError:
        cache.set(key, 1, LOOKUP_WINDOW)
        attempts = 1
    return attempts > LOOKUP_LIMIT


@never_cache
def resident_report(request):
    if request.method == "POST":
        form = ResidentSignalForm(request.POST)
        if form.is_valid():
            try:
                _signal, created, code = services.submit_signal(
                    reporter=None, resident=True, channel=Channel.RESIDENT, signal_data=form.signal_data(),
                    idempotency_key=form.cleaned_data["token"],
                )
            except ValidationError as exc:
                for message in exc.messages:
                    form.add_error(None, message)
            else:
                if created:
                    request.session[SESSION_RECEIPT] = code
                return redirect("web:resident_received")
    else:
        form = ResidentSignalForm(initial={"token": new_token()})
    return render(request, "web/public/report.html", {"form": form})


@never_cache
def resident_received(request):
    """Shows the receipt code once: it is taken out of the session when shown (only its hash is stored)."""
    code = request.session.pop(SESSION_RECEIPT, None)
    return render(request, "web/public/received.html", {"code": code})


@never_cache
def status_lookup(request):
    signal = None
    error = ""
    if request.method == "POST":
        form = ReceiptLookupForm(request.POST)
        if form.is_valid():
            if _too_many_attempts(request):
                error = TOO_MANY
            else:
                signal = services.signal_for_receipt(form.cleaned_data["code"])
                if signal is None:
                    error = UNKNOWN_CODE
                    record(None, AuditAction.DENIED, object_type="signal", channel="ui",
                           actor_label=RESIDENT_LABEL, reason="onbekende ontvangstcode")
                else:
                    record(None, AuditAction.VIEW, signal, channel="ui", actor_label=RESIDENT_LABEL,
                           reason="status opgevraagd met ontvangstcode")
            if signal is None:
                form = ReceiptLookupForm()  # never echo a wrong code back
    else:
        form = ReceiptLookupForm()
    return render(request, "web/public/status.html", {
        "form": form, "error": error,
        "feedback": list(signal.feedback.values_list("at", "message")) if signal else None,
    }, status=200)
