"""The "Nieuw signaal" form for professionals: the signal, its location and 0..n mentioned persons."""

from __future__ import annotations

import re

from django import forms

from doortastend.network import models as network_models
from doortastend.people.models import Gender, Mention, MentionRole

from .common import (
    BUURT_RE,
    DATETIME_INPUT_FORMATS,
    DateInput,
    LocalDateTimeInput,
    StyledMixin,
    TokenMixin,
    clean_not_in_future,
    clean_postcode,
)

MENTIONS_PREFIX = "personen"


def neighbourhood_choices() -> list[tuple[str, str]]:
    """Known CBS buurten (not personal data) for the datalist next to the free buurt code field."""
    model = getattr(network_models, "Neighbourhood", None)
    if model is None:
        return []
    try:
        return [(n.code, f"{n.name} ({n.district_name})") for n in model.objects.all()]
    except Exception:  # noqa: BLE001 - table may not exist yet on an old database; the field stays free text
        return []


class SignalForm(StyledMixin, TokenMixin):
    text = forms.CharField(
        label="Wat heeft u gezien of gehoord?",
        help_text="Schrijf op wat u zelf zag of hoorde, in uw eigen woorden. Wie, wat, waar en hoe vaak.",
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Beschrijf wat u zag of hoorde."},
    )
    observed_at = forms.DateTimeField(
        label="Wanneer was dit?", input_formats=DATETIME_INPUT_FORMATS, widget=LocalDateTimeInput,
        error_messages={"required": "Vul in wanneer u het zag of hoorde.",
                        "invalid": "Vul een datum en tijd in, bijvoorbeeld 23-11-2026 02:15."},
    )
    street = forms.CharField(label="Straat", max_length=120, required=False)
    house_number = forms.CharField(label="Huisnummer", max_length=20, required=False)
    postcode = forms.CharField(label="Postcode", max_length=8, required=False)
    city = forms.CharField(label="Plaats", max_length=80, required=False)
    buurt_code = forms.CharField(
        label="Buurt (als u die weet)", max_length=120, required=False,
        help_text="Kies een buurt uit de lijst of typ de buurtcode, bijvoorbeeld BU99990101.",
    )
    location_description = forms.CharField(
        label="Omschrijving van de plek", max_length=200, required=False,
        help_text="Bijvoorbeeld: parkje achter de school, bij de snackbar.",
    )

    def __init__(self, *args, neighbourhoods=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.neighbourhoods = neighbourhood_choices() if neighbourhoods is None else neighbourhoods
        if self.neighbourhoods:
            self.fields["buurt_code"].widget.attrs["list"] = "buurten"
        self.fields["postcode"].widget.attrs.update({"autocapitalize": "characters", "size": "8"})
        self.fields["house_number"].widget.attrs.update({"size": "6"})

    def clean_postcode(self):
        return clean_postcode(self.cleaned_data.get("postcode", ""))

    def clean_observed_at(self):
        return clean_not_in_future(self.cleaned_data.get("observed_at"))

    def clean_buurt_code(self):
        value = (self.cleaned_data.get("buurt_code") or "").strip().upper().replace(" ", "")
        if not value:
            return ""
        known = dict(self.neighbourhoods)
        if value in known or BUURT_RE.match(value):
            return value
        # Typed a buurt name? Accept it when it is unambiguous.
        by_name = [code for code, label in self.neighbourhoods if label.upper().startswith(value)]
        if len(by_name) == 1:
            return by_name[0]
        raise forms.ValidationError(
            "Deze buurt kennen we niet. Kies een buurt uit de lijst, typ een buurtcode als BU99990101, "
            "of laat het veld leeg."
        )

    def signal_data(self) -> dict:
        d = self.cleaned_data
        return {k: d[k] for k in ["text", "observed_at", "street", "house_number", "postcode", "city",
                                    "buurt_code", "location_description"]}


MENTION_FIELDS = [
    "roles", "description", "first_name", "nickname", "last_name", "age_estimate", "gender", "birth_date",
    "bsn", "phone", "street", "house_number", "postcode", "city", "license_plate", "school",
]
# Fields shown only after "Meer gegevens" (collapsed on a phone).
MENTION_MORE_FIELDS = ["birth_date", "bsn", "phone", "street", "house_number", "postcode", "city",
                       "license_plate", "school"]


class MentionForm(StyledMixin, forms.ModelForm):
    roles = forms.MultipleChoiceField(
        label="Rol (meer dan één kan)", choices=MentionRole.choices, required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Iemand kan tegelijk slachtoffer én dader zijn.",
    )
    gender = forms.ChoiceField(
        label="Geslacht", required=False, choices=[("", "Weet ik niet")] + list(Gender.choices),
    )
    bsn = forms.CharField(
        label="BSN", max_length=20, required=False, help_text="Alleen als u het zeker weet: 9 cijfers.",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    age_estimate = forms.IntegerField(
        label="Leeftijd (schatting)", required=False, min_value=0, max_value=120,
        error_messages={"invalid": "Vul een leeftijd in cijfers in.",
                        "min_value": "Een leeftijd kan niet negatief zijn.",
                        "max_value": "Vul een leeftijd tot 120 jaar in."},
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )

    class Meta:
        model = Mention
        fields = MENTION_FIELDS
        labels = {
            "description": "Omschrijving",
            "first_name": "Voornaam",
            "nickname": "Bijnaam",
            "last_name": "Achternaam",
            "birth_date": "Geboortedatum",
            "bsn": "BSN",
            "phone": "Telefoonnummer",
            "street": "Straat",
            "house_number": "Huisnummer",
            "postcode": "Postcode",
            "city": "Plaats",
            "license_plate": "Kenteken (bijv. van een auto waarin iemand wordt opgehaald)",
            "school": "School",
        }
        help_texts = {
            "description": "Hoe ziet de persoon eruit? Bijvoorbeeld: jongen, ±15, rode jas, scooter.",
            "bsn": "Alleen als u het zeker weet: 9 cijfers.",
        }
        widgets = {
            "birth_date": DateInput,
            "bsn": forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
            "phone": forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"}),
        }
        error_messages = {"birth_date": {"invalid": "Vul een geldige datum in, bijvoorbeeld 14-03-2010."}}

    def clean_postcode(self):
        return clean_postcode(self.cleaned_data.get("postcode", ""))

    def clean_bsn(self):
        # People type BSNs with spaces or dots ("1234.56.782"); the model checks the 11-proef.
        return re.sub(r"[\s.\-]", "", self.cleaned_data.get("bsn") or "")

    def clean(self):
        data = super().clean()
        if self.has_changed() and not data.get("DELETE"):
            filled = [f for f in MENTION_FIELDS if f != "roles" and data.get(f) not in (None, "")]
            if not filled and not self.errors:
                raise forms.ValidationError(
                    "Vul iets in over deze persoon, bijvoorbeeld een bijnaam of een omschrijving. "
                    "Of verwijder de persoon."
                )
        return data

    def mention_data(self) -> dict:
        d = self.cleaned_data
        out = {f: d.get(f) for f in MENTION_FIELDS}
        out["roles"] = list(d.get("roles") or []) or [MentionRole.UNKNOWN]
        for f, v in list(out.items()):
            if v is None and f not in {"birth_date", "age_estimate"}:
                out[f] = ""
        return out

    def more_fields(self):
        return [self[f] for f in MENTION_MORE_FIELDS]

    def main_fields(self):
        return [self[f] for f in MENTION_FIELDS if f not in MENTION_MORE_FIELDS and f != "roles"]

    def more_has_content(self) -> bool:
        return any(self[f].value() not in (None, "") for f in MENTION_MORE_FIELDS) or any(
            self[f].errors for f in MENTION_MORE_FIELDS
        )


class BaseMentionFormSet(forms.BaseFormSet):
    def mentions(self) -> list[dict]:
        out = []
        for form in self.forms:
            if not form.has_changed() or (self.can_delete and self._should_delete_form(form)):
                continue
            out.append(form.mention_data())
        return out


MentionFormSet = forms.formset_factory(
    MentionForm, formset=BaseMentionFormSet, extra=0, can_delete=True, max_num=20, validate_max=True,
)


def mention_formset(data=None) -> BaseMentionFormSet:
    return MentionFormSet(data=data, prefix=MENTIONS_PREFIX)
