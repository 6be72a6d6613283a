"""Coordinator forms on a signal: correct the triage labels, and decide what happens with the signal."""

from __future__ import annotations

from django import forms

from doortastend import workflow
from doortastend.triage.codes import PHENOMENA, PHENOMENON_LABELS, URGENCIES, URGENCY_LABELS

from .common import StyledMixin

DECISION_HELP = {
    "nieuwe_casus": "Er is iemand die hulp nodig heeft. Een casusregisseur gaat ermee aan de slag.",
    "bestaande_casus": "Het signaal gaat over een casus die al loopt.",
    "doorverwijzen": "Een partnerorganisatie gaat hierover. Geef de reden en de grondslag.",
    "monitoren": "Nog te weinig om te handelen. Het signaal wordt samen met latere signalen bekeken.",
    "afsluiten": "Er hoeft niets te gebeuren. Geef de reden.",
}


class LabelCorrectionForm(StyledMixin, forms.Form):
    phenomena = forms.MultipleChoiceField(
        label="Fenomenen", required=False, widget=forms.CheckboxSelectMultiple,
        choices=[(p, PHENOMENON_LABELS[p].capitalize()) for p in PHENOMENA],
    )
    urgency = forms.ChoiceField(
        label="Urgentie", widget=forms.RadioSelect,
        choices=[(u, URGENCY_LABELS[u].capitalize()) for u in URGENCIES],
        error_messages={"required": "Kies een urgentie."},
    )
    reason = forms.CharField(label="Waarom past u dit aan?", required=False, max_length=500)


class DecisionForm(StyledMixin, forms.Form):
    decision = forms.ChoiceField(
        label="Besluit", widget=forms.RadioSelect,
        choices=[(code, label) for code, (label, _target) in workflow.SIGNAL_DECISIONS.items()],
        error_messages={"required": "Kies een besluit."},
    )
    case_title = forms.CharField(label="Korte titel van de nieuwe casus", max_length=200, required=False)
    case = forms.ModelChoiceField(
        label="Bestaande casus", queryset=None, required=False, empty_label="Kies een casus",
        error_messages={"invalid_choice": "Kies een casus uit de lijst."},
    )
    organisation = forms.ModelChoiceField(
        label="Partnerorganisatie", queryset=None, required=False, empty_label="Kies een organisatie",
        error_messages={"invalid_choice": "Kies een organisatie uit de lijst."},
    )
    legal_basis = forms.CharField(
        label="Grondslag voor het delen", max_length=200, required=False,
        help_text="Bijvoorbeeld: convenant Zorg- en Veiligheidshuis, artikel 10 Wet politiegegevens.",
    )
    reason = forms.CharField(
        label="Reden of toelichting", required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Verplicht bij doorverwijzen en afsluiten.",
    )

    def __init__(self, *args, cases=None, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["case"].queryset = cases
        self.fields["case"].label_from_instance = lambda c: f"{c.reference} – {c.title} ({c.status_label})"
        self.fields["organisation"].queryset = organisations

    def clean(self):
        data = super().clean()
        decision = data.get("decision")
        reason = (data.get("reason") or "").strip()
        if decision == "bestaande_casus" and not data.get("case"):
            self.add_error("case", "Kies de casus waaraan u het signaal wilt toevoegen.")
        if decision == "doorverwijzen":
            if not data.get("organisation"):
                self.add_error("organisation", "Kies de organisatie waarnaar u doorverwijst.")
            if not reason:
                self.add_error("reason", "Geef een reden op voor het doorverwijzen.")
        if decision == "afsluiten" and not reason:
            self.add_error("reason", "Geef een reden op voor het afsluiten.")
        return data

    @property
    def decision_options(self):
        return [
            {"widget": w, "help": DECISION_HELP.get(w.data["value"], "")} for w in self["decision"]
        ]
