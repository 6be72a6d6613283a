"""Forms for residents (no login): report something, and look up the status with a receipt code."""

from __future__ import annotations

from django import forms

from .common import DATETIME_INPUT_FORMATS, LocalDateTimeInput, StyledMixin, TokenMixin, clean_not_in_future


class ResidentSignalForm(StyledMixin, TokenMixin):
    text = forms.CharField(
        label="Wat is er aan de hand?",
        help_text="Vertel wat u zag of hoorde. U hoeft geen namen te noemen.",
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Schrijf op wat u zag of hoorde."},
    )
    where = forms.CharField(
        label="Waar was het?", max_length=200, required=False,
        help_text="Een adres, straat of plek. Bijvoorbeeld: het pleintje bij de bibliotheek.",
    )
    observed_at = forms.DateTimeField(
        label="Wanneer was het?", required=False, input_formats=DATETIME_INPUT_FORMATS,
        widget=LocalDateTimeInput, help_text="Weet u het niet precies? Laat dit dan leeg.",
        error_messages={"invalid": "Vul een datum en tijd in, bijvoorbeeld 23-11-2026 21:30."},
    )
    contact = forms.CharField(
        label="Hoe kunnen we u bereiken?", max_length=200, required=False,
        help_text="Alleen als u wilt dat iemand contact met u opneemt. Een telefoonnummer of e-mailadres.",
    )

    def clean_observed_at(self):
        return clean_not_in_future(self.cleaned_data.get("observed_at"))

    def signal_data(self) -> dict:
        d = self.cleaned_data
        return {"text": d["text"], "location_description": d["where"], "observed_at": d["observed_at"],
                "resident_contact": d["contact"]}


class ReceiptLookupForm(StyledMixin, forms.Form):
    code = forms.CharField(
        label="Uw code", max_length=20,
        help_text="De code die u kreeg na het melden, bijvoorbeeld ABCD-2345.",
        error_messages={"required": "Vul uw code in."},
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )
