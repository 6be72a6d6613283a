"""Person page and the coordinator's review of proposed matches (koppelingen).

The person page shows the mentions of a person with their attributes. Signal *content* (the free text) is only
shown for signals the viewer has need-to-know of: signals in a case they are an active member of, or signals
they reported themselves. A professional sees only the mentions in those signals. The coordinator sees all
mentions (attributes, no text) plus the linkage overview from `organisation_overview`: *that* and *how many*
signals exist about the person and from which organisation types.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from doortastend import access, workflow
from doortastend.audit.log import record
from doortastend.audit.models import AuditAction
from doortastend.linkage.consolidate import decide_merge, decide_split
from doortastend.linkage.models import MatchCandidate, MergeProposal, SplitProposal
from doortastend.linkage.service import decide_candidate, organisation_overview, unlink_mention
from doortastend.network.models import Role
from doortastend.people.models import IDENTIFYING_FIELDS, Mention
from doortastend.signals.models import Signal

from .cases import ERRORS, deny, require_roles

FIELD_LABELS = {f: str(Mention._meta.get_field(f).verbose_name) for f in IDENTIFYING_FIELDS}
FIELD_LABELS["gender"] = "geslacht"


def _display(mention: Mention, field: str) -> str:
    value = getattr(mention, field)
    if value in (None, ""):
        return ""
    if field == "birth_date":
        return value.strftime("%d-%m-%Y")
    if field == "gender":
        return mention.get_gender_display()
    return str(value)


def attribute_rows(mention: Mention) -> list[tuple[str, str]]:
    return [(FIELD_LABELS[f], v) for f in IDENTIFYING_FIELDS if (v := _display(mention, f))]


def need_to_know_signal_ids(user) -> set[int]:
    """Signals whose content this user may read on a person page: via an active case membership, or own reports."""
    return set(
        Signal.objects.filter(Q(cases__in=access.active_case_ids(user)) | Q(reporter=user))
        .values_list("id", flat=True)
    )


@login_required
def person_detail(request, reference: str):
    user = request.user
    # Roles without persons get the 404 from access.fetch, audited as a refused "person".
    person = access.fetch(user, "person", {"reference": reference}, channel="ui")
    if person.merged_into_id:  # merged by a coordinator: the person lives on under the other reference
        target = person.merged_into
        while target.merged_into_id:
            target = target.merged_into
        messages.info(request, f"Persoon {person.reference} is samengevoegd met {target.reference}.")
        return redirect("web:person_detail", reference=target.reference)
    content_ids = need_to_know_signal_ids(user)
    coordinator = access.is_coordinator(user)
    mentions = person.mentions.select_related("signal__reporter_organisation").order_by("signal__created_at", "id")
    rows = []
    hidden = 0
    for m in mentions:
        readable = m.signal_id in content_ids
        if not (coordinator or readable):
            hidden += 1
            continue
        org = m.signal.reporter_organisation
        rows.append({
            "mention": m, "attributes": attribute_rows(m), "signal": m.signal,
            "organisation_type": org.get_type_display() if org else "Bewoner",
            "text": m.signal.text if readable else "",
            "unlink_form": UnlinkForm(prefix=f"o{m.pk}") if coordinator and len(mentions) > 1 else None,
        })
    cases = access.cases_visible_to(user).filter(persons=person).order_by("-created_at")
    return render(request, "web/persons/detail.html", {
        "person": person, "rows": rows, "hidden_count": hidden, "cases": cases,
        "overview": organisation_overview(person) if coordinator else None,
        "is_coordinator": coordinator,
        "open_candidates": person.match_candidates.filter(state=MatchCandidate.State.OPEN).count() if coordinator else 0,
        "open_merges": MergeProposal.objects.filter(state=MergeProposal.State.OPEN)
        .filter(Q(person=person) | Q(other=person)).count() if coordinator else 0,
        "merged_from": list(person.merged_from.values_list("reference", flat=True)) if coordinator else [],
    })


# --- Match review (coordinator) -----------------------------------------------------------------------------------


class DecideForm(forms.Form):
    decision = forms.ChoiceField(
        label="Is dit dezelfde persoon?", widget=forms.RadioSelect,
        choices=[("zelfde", "Ja, dezelfde persoon (koppelen)"), ("ander", "Nee, een andere persoon")],
        error_messages={"required": "Kies of dit dezelfde persoon is."},
    )
    reason = forms.CharField(label="Waarom?", max_length=1000, widget=forms.Textarea(attrs={"rows": 2}),
                             error_messages={"required": "Geef kort aan waarom. Dit helpt de koppeling te verbeteren."})


def _person_values(person) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {f: [] for f in IDENTIFYING_FIELDS}
    for m in person.mentions.all():
        for f in IDENTIFYING_FIELDS:
            v = _display(m, f)
            if v and v not in values[f]:
                values[f].append(v)
    return values


# The comparisons of the linkage model (linkage.scoring.COMPARISONS) and the mention attributes each one reads.
COMPARISON_FIELDS = {
    "bsn": ("BSN", ["bsn"]),
    "voornaam": ("Voornaam / bijnaam", ["first_name", "nickname"]),
    "achternaam": ("Achternaam", ["last_name"]),
    "geboorte": ("Geboortedatum / leeftijd", ["birth_date", "age_estimate"]),
    "geslacht": ("Geslacht", ["gender"]),
    "adres": ("Adres", ["street", "house_number", "postcode", "city"]),
    "telefoon": ("Telefoon", ["phone"]),
    "kenteken": ("Kenteken", ["license_plate"]),
    "school": ("School", ["school"]),
}


def candidate_rows(candidate: MatchCandidate) -> list[dict]:
    """Per compared field: the mention's values, the person's known values and the stored explanation."""
    explanation = {e.get("field"): e for e in (candidate.explanation or []) if isinstance(e, dict)}
    person_values = _person_values(candidate.person)
    rows, used = [], set()
    for name, (label, fields) in COMPARISON_FIELDS.items():
        mine = " ".join(v for f in fields if (v := _display(candidate.mention, f)))
        theirs = [v for f in fields for v in person_values[f]]
        key = next((k for k in [name, *fields] if k in explanation), None)
        if not mine and not theirs and key is None:
            continue
        used.add(key)
        e = explanation.get(key) or {}
        rows.append({"field": label, "mention": mine, "person": theirs, "explanation": e.get("explanation", ""),
                     "weight": e.get("weight")})
    for name, e in explanation.items():  # comparisons this page does not know by name
        if name not in used:
            rows.append({"field": str(name), "mention": "", "person": [], "explanation": e.get("explanation", ""),
                         "weight": e.get("weight")})
    return rows


class MergeForm(forms.Form):
    decision = forms.ChoiceField(
        label="Zijn dit dezelfde persoon?", widget=forms.RadioSelect,
        choices=[("zelfde", "Ja, dezelfde persoon (samenvoegen)"), ("ander", "Nee, twee verschillende personen")],
        error_messages={"required": "Kies of dit dezelfde persoon is."},
    )
    reason = forms.CharField(label="Waarom?", max_length=1000, widget=forms.Textarea(attrs={"rows": 2}),
                             error_messages={"required": "Geef kort aan waarom. Dit helpt de koppeling te verbeteren."})


def merge_rows(proposal: MergeProposal) -> list[dict]:
    """Per compared field: the known values of both persons and the stored explanation of their best pair."""
    explanation = {e.get("field"): e for e in (proposal.explanation or []) if isinstance(e, dict)}
    keep, other = _person_values(proposal.person), _person_values(proposal.other)
    rows = []
    for name, (label, fields) in COMPARISON_FIELDS.items():
        mine = [v for f in fields for v in other[f]]
        theirs = [v for f in fields for v in keep[f]]
        e = explanation.get(name) or next((explanation[f] for f in fields if f in explanation), {})
        if not mine and not theirs and not e:
            continue
        rows.append({"field": label, "other": mine, "person": theirs, "explanation": e.get("explanation", ""),
                     "weight": e.get("weight")})
    return rows


def _open_merges():
    return (MergeProposal.objects.filter(state=MergeProposal.State.OPEN)
            .select_related("person", "other").prefetch_related("person__mentions", "other__mentions")
            .order_by("-probability", "id"))


def _merge_items(proposals, forms_by_pk=None) -> list[dict]:
    forms_by_pk = forms_by_pk or {}
    return [{
        "proposal": p, "rows": merge_rows(p), "percentage": round(p.probability * 100),
        "form": forms_by_pk.get(p.pk) or MergeForm(prefix=f"s{p.pk}"),
        "person_overview": organisation_overview(p.person), "other_overview": organisation_overview(p.other),
    } for p in proposals]


class SplitForm(forms.Form):
    decision = forms.ChoiceField(
        label="Hoort deze vermelding bij deze persoon?", widget=forms.RadioSelect,
        choices=[("zelfde", "Ja, koppeling behouden"), ("ander", "Nee, ontkoppelen")],
        error_messages={"required": "Kies of deze vermelding bij deze persoon hoort."},
    )
    reason = forms.CharField(label="Waarom?", max_length=1000, widget=forms.Textarea(attrs={"rows": 2}),
                             error_messages={"required": "Geef kort aan waarom. Dit helpt de koppeling te verbeteren."})


def split_rows(proposal: SplitProposal) -> list[dict]:
    """Per compared field: the mention's values, the person's other known values and the stored explanation."""
    explanation = {e.get("field"): e for e in (proposal.explanation or []) if isinstance(e, dict)}
    values: dict[str, list[str]] = {f: [] for f in IDENTIFYING_FIELDS}
    for m in proposal.person.mentions.all():
        if m.pk == proposal.mention_id:
            continue
        for f in IDENTIFYING_FIELDS:
            if (v := _display(m, f)) and v not in values[f]:
                values[f].append(v)
    rows = []
    for name, (label, fields) in COMPARISON_FIELDS.items():
        mine = " ".join(v for f in fields if (v := _display(proposal.mention, f)))
        theirs = [v for f in fields for v in values[f]]
        e = explanation.get(name) or next((explanation[f] for f in fields if f in explanation), {})
        if not mine and not theirs and not e:
            continue
        rows.append({"field": label, "mention": mine, "person": theirs, "explanation": e.get("explanation", ""),
                     "weight": e.get("weight")})
    return rows


def _open_splits():
    return (SplitProposal.objects.filter(state=SplitProposal.State.OPEN)
            .select_related("mention__signal__reporter_organisation", "person")
            .prefetch_related("person__mentions").order_by("probability", "id"))


def _split_items(proposals, forms_by_pk=None) -> list[dict]:
    forms_by_pk = forms_by_pk or {}
    items = []
    for p in proposals:
        org = p.mention.signal.reporter_organisation
        items.append({
            "proposal": p, "rows": split_rows(p), "percentage": round(p.probability * 100),
            "form": forms_by_pk.get(p.pk) or SplitForm(prefix=f"o{p.pk}"),
            "organisation_type": org.get_type_display() if org else "Bewoner",
        })
    return items


def _match_context(candidates, forms_by_pk=None, merges=None, merge_forms=None, splits=None,
                   split_forms=None) -> dict:
    forms_by_pk = forms_by_pk or {}
    items = []
    for c in candidates:
        org = c.mention.signal.reporter_organisation
        items.append({
            "candidate": c, "rows": candidate_rows(c), "form": forms_by_pk.get(c.pk) or DecideForm(prefix=f"c{c.pk}"),
            "percentage": round(c.probability * 100),
            "organisation_type": org.get_type_display() if org else "Bewoner",
            "person_overview": organisation_overview(c.person),
        })
    merges = list(_open_merges()[:20]) if merges is None else merges
    splits = list(_open_splits()[:20]) if splits is None else splits
    return {"items": items, "merges": _merge_items(merges, merge_forms), "splits": _split_items(splits, split_forms)}


def _open_candidates():
    return (MatchCandidate.objects.filter(state=MatchCandidate.State.OPEN)
            .select_related("mention__signal__reporter_organisation", "person")
            .prefetch_related("person__mentions").order_by("-probability", "id"))


@login_required
def match_list(request):
    require_roles(request, {Role.COORDINATOR}, "koppelingen")
    candidates = list(_open_candidates()[:50])
    merges = list(_open_merges()[:20])
    record(request.user, AuditAction.LIST, object_type="matchcandidate", channel="ui", reason="koppelingen",
           count=len(candidates))
    splits = list(_open_splits()[:20])
    record(request.user, AuditAction.LIST, object_type="mergeproposal", channel="ui", reason="koppelingen",
           count=len(merges))
    record(request.user, AuditAction.LIST, object_type="splitproposal", channel="ui", reason="koppelingen",
           count=len(splits))
    return render(request, "web/persons/matches.html", _match_context(candidates, merges=merges, splits=splits))


@login_required
@require_POST
def match_decide(request, pk: int):
    require_roles(request, {Role.COORDINATOR}, "koppeling")
    candidate = MatchCandidate.objects.select_related("mention", "person").filter(pk=pk).first()
    if candidate is None:
        raise deny(request.user, "matchcandidate", str(pk))
    form = DecideForm(request.POST, prefix=f"c{candidate.pk}")
    if form.is_valid():
        same = form.cleaned_data["decision"] == "zelfde"
        try:
            if candidate.state != MatchCandidate.State.OPEN:
                raise workflow.TransitionError("Over deze mogelijke koppeling is al besloten.")
            decide_candidate(candidate, by=request.user, same_person=same, reason=form.cleaned_data["reason"].strip())
        except ERRORS as exc:
            form.add_error(None, str(exc))
        else:
            if same:
                messages.success(request, f"Gekoppeld aan persoon {candidate.person.reference}.")
            else:
                messages.success(request, "Vastgelegd: dit is een andere persoon.")
            return redirect("web:match_list")
    candidates = list(_open_candidates()[:50])
    if candidate not in candidates:
        candidates.insert(0, candidate)
    return render(request, "web/persons/matches.html", _match_context(candidates, {candidate.pk: form}), status=400)


@login_required
@require_POST
def merge_decide(request, pk: int):
    require_roles(request, {Role.COORDINATOR}, "samenvoegen")
    proposal = MergeProposal.objects.select_related("person", "other").filter(pk=pk).first()
    if proposal is None:
        raise deny(request.user, "mergeproposal", str(pk))
    form = MergeForm(request.POST, prefix=f"s{proposal.pk}")
    if form.is_valid():
        same = form.cleaned_data["decision"] == "zelfde"
        try:
            decide_merge(proposal, by=request.user, same_person=same, reason=form.cleaned_data["reason"].strip())
        except ERRORS as exc:
            form.add_error(None, str(exc))
        else:
            if same:
                messages.success(request, f"Persoon {proposal.other.reference} is samengevoegd met "
                                          f"{proposal.person.reference}.")
            else:
                messages.success(request, "Vastgelegd: dit zijn twee verschillende personen.")
            return redirect("web:match_list")
    merges = list(_open_merges()[:20])
    if proposal not in merges:
        merges.insert(0, proposal)
    context = _match_context(list(_open_candidates()[:50]), merges=merges, merge_forms={proposal.pk: form})
    return render(request, "web/persons/matches.html", context, status=400)


class UnlinkForm(forms.Form):
    reason = forms.CharField(label="Waarom hoort deze vermelding niet bij deze persoon?", max_length=1000,
                             widget=forms.Textarea(attrs={"rows": 2}),
                             error_messages={"required": "Geef kort aan waarom. Dit helpt de koppeling te verbeteren."})


@login_required
@require_POST
def mention_unlink(request, pk: int):
    require_roles(request, {Role.COORDINATOR}, "ontkoppelen")
    mention = Mention.objects.select_related("person").filter(pk=pk, person__isnull=False).first()
    if mention is None:
        raise deny(request.user, "mention", str(pk))
    person = mention.person
    form = UnlinkForm(request.POST, prefix=f"o{mention.pk}")
    if form.is_valid():
        try:
            new = unlink_mention(mention, by=request.user, reason=form.cleaned_data["reason"].strip())
        except ERRORS as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Vermelding ontkoppeld" + (f"; nu persoon {new.reference}." if new else "."))
    else:
        messages.error(request, form.errors["reason"][0])
    return redirect("web:person_detail", reference=person.reference)


@login_required
@require_POST
def split_decide(request, pk: int):
    require_roles(request, {Role.COORDINATOR}, "ontkoppelen")
    proposal = SplitProposal.objects.select_related("mention", "person").filter(pk=pk).first()
    if proposal is None:
        raise deny(request.user, "splitproposal", str(pk))
    form = SplitForm(request.POST, prefix=f"o{proposal.pk}")
    if form.is_valid():
        same = form.cleaned_data["decision"] == "zelfde"
        try:
            decide_split(proposal, by=request.user, same_person=same, reason=form.cleaned_data["reason"].strip())
        except ERRORS as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Koppeling behouden." if same else "Vermelding ontkoppeld.")
            return redirect("web:match_list")
    splits = list(_open_splits()[:20])
    if proposal not in splits:
        splits.insert(0, proposal)
    context = _match_context(list(_open_candidates()[:50]), splits=splits, split_forms={proposal.pk: form})
    return render(request, "web/persons/matches.html", context, status=400)
