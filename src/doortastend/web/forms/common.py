"""Shared form helpers: Dutch validation of places and moments, and widgets that work well on a phone."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

from django import forms
from django.utils import timezone

DATETIME_INPUT_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%d-%m-%Y %H:%M", "%d-%m-%Y"]
POSTCODE_RE = re.compile(r"^([1-9][0-9]{3})\s?([A-Za-z]{2})$")
BUURT_RE = re.compile(r"^BU[0-9]{8}$")


def new_token() -> str:
    """A one-off token per form, used as idempotency key so a double submit stores the signal once."""
    return uuid.uuid4().hex


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


def now_local_minutes():
    return timezone.localtime().replace(second=0, microsecond=0)


def clean_postcode(value: str) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    m = POSTCODE_RE.match(value)
    if not m:
        raise forms.ValidationError("Een postcode bestaat uit 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.")
    return f"{m.group(1)}{m.group(2).upper()}"


def clean_not_in_future(value):
    if value and value > timezone.now() + timedelta(minutes=5):
        raise forms.ValidationError("Dit moment ligt in de toekomst. Vul in wanneer u het zag of hoorde.")
    return value


class TokenMixin(forms.Form):  # styled by subclasses via StyledMixin
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_token(self):
        return (self.cleaned_data.get("token") or "").strip()[:200] or new_token()


def style_fields(form) -> None:
    """Give every widget the NL Design System (Utrecht) class for its kind; the page also works without it."""
    for field in form.fields.values():
        w = field.widget
        if isinstance(w, forms.HiddenInput):
            continue
        if isinstance(w, forms.CheckboxSelectMultiple):
            css = "utrecht-checkbox utrecht-checkbox--html-input"
        elif isinstance(w, forms.RadioSelect):
            css = "utrecht-radio-button utrecht-radio-button--html-input"
        elif isinstance(w, forms.CheckboxInput):
            css = "utrecht-checkbox utrecht-checkbox--html-input"
        elif isinstance(w, forms.Textarea):
            css = "utrecht-textarea utrecht-textarea--html-textarea"
        elif isinstance(w, forms.Select):
            css = "utrecht-select utrecht-select--html-select"
        else:
            css = "utrecht-textbox utrecht-textbox--html-input"
        w.attrs["class"] = f"{w.attrs.get('class', '')} {css}".strip()


class StyledMixin:
    # Validation happens on the server with Dutch messages; no browser :invalid styling on an empty form.
    use_required_attribute = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        style_fields(self)
