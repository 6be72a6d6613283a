"""Template helpers for the web UI: optional static assets, badges and evidence highlighting."""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from doortastend.triage.codes import PHENOMENON_LABELS, URGENCY_LABELS

register = template.Library()

URGENCY_BADGE = {"acuut": "danger", "spoed": "warning", "regulier": "neutral", "monitoren": "inactive"}


@lru_cache(maxsize=64)
def _static_url_if_present(path: str) -> str:
    if not finders.find(path):
        return ""
    try:
        return static(path)
    except ValueError:  # manifest storage without this file
        return ""


@register.simple_tag
def optional_static(path: str) -> str:
    """URL of a static file, or "" when it is not installed (e.g. node_modules missing): the page still works."""
    return _static_url_if_present(path)


@register.filter
def phenomenon_label(code: str) -> str:
    return PHENOMENON_LABELS.get(code, code).capitalize()


@register.filter
def urgency_label(code: str) -> str:
    return URGENCY_LABELS.get(code, code).capitalize() if code else "Onbekend"


@register.simple_tag
def urgency_badge(code: str):
    if not code:
        return mark_safe('<span class="utrecht-status-badge utrecht-status-badge--neutral dt-badge">'
                         "urgentie onbekend</span>")
    return format_html(
        '<span class="utrecht-status-badge utrecht-status-badge--{} dt-badge dt-badge--{}">{}</span>',
        URGENCY_BADGE.get(code, "neutral"), code, urgency_label(code),
    )


def highlight_spans(text: str, evidence: list[dict], labels: dict[str, str] | None = None) -> str:
    """HTML of `text` with each evidence span wrapped in <mark>; overlapping spans are merged into the first.

    Everything outside and inside the marks is escaped. Spans outside the text are ignored.
    """
    labels = labels or {}
    spans = []
    for e in evidence or []:
        try:
            start, end = int(e.get("start")), int(e.get("end"))
        except (TypeError, ValueError):
            continue
        if 0 <= start < end <= len(text):
            spans.append((start, end, e))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out, pos = [], 0
    for start, end, e in spans:
        if start < pos:
            continue  # overlaps a span already marked
        out.append(escape(text[pos:start]))
        code = str(e.get("indicator", ""))
        title = labels.get(code, code)
        classes = ["dt-evidence"]
        if e.get("negated"):
            classes.append("dt-evidence--negated")
            title = f"{title} (ontkend)"
        if e.get("past"):
            classes.append("dt-evidence--past")
            title = f"{title} (in het verleden)"
        out.append(format_html('<mark class="utrecht-mark {}" title="{}">{}</mark>', " ".join(classes), title,
                               text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(str(p) for p in out))


@register.simple_tag
def highlight_evidence(text: str, evidence, labels=None):
    return highlight_spans(text or "", evidence or [], labels or {})


@register.filter
def age(value) -> str:
    """How long ago, in one unit: "3 uur", "2 dagen"."""
    if not value:
        return ""
    from django.utils.timesince import timesince

    return timesince(value, depth=1)
