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


def _decision_form(question: str, yes: str, no: str, missing: str) -> type[forms.Form]:
    """A decision of the Koppelingen page: the same person or not ("zelfde" / "ander"), with the reason."""

    class DecisionForm(forms.Form):
        decision = forms.ChoiceField(label=question, widget=forms.RadioSelect,
                                     choices=[("zelfde", yes), ("ander", no)], error_messages={"required": missing})
        reason = forms.CharField(
            label="Waarom?", max_length=1000, widget=forms.Textarea(attrs={"rows": 2}),
            error_messages={"required": "Geef kort aan waarom. Dit helpt de koppeling te verbeteren."})

    return DecisionForm


DecideForm = _decision_form("Is dit dezelfde persoon?", "Ja, dezelfde persoon (koppelen)", "Nee, een andere persoon",
                            "Kies of dit dezelfde persoon is.")
MergeForm = _decision_form("Zijn dit dezelfde persoon?", "Ja, dezelfde persoon (samenvoegen)",
                           "Nee, twee verschillende personen", "Kies of dit dezelfde persoon is.")
SplitForm = _decision_form("Hoort deze vermelding bij deze persoon?", "Ja, koppeling behouden", "Nee, ontkoppelen",
                           "Kies of deze vermelding bij deze persoon hoort.")


def _person_values(person, exclude: int | None = None) -> dict[str, list[str]]:
    """The distinct shown values per attribute over a person's mentions (without the mention ``exclude``)."""
    values: dict[str, list[str]] = {f: [] for f in IDENTIFYING_FIELDS}
    for m in person.mentions.all():
        if m.pk == exclude:
            continue
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


def compare_rows(explanation: list, mine: dict[str, list[str]], theirs: dict[str, list[str]]) -> list[dict]:
    """Per compared field: the values on one side (``mine``: a mention, or a person's mentions), on the other
    (``theirs``: a person's known values) and the stored explanation of the model's comparison."""
    by_name = {e.get("field"): e for e in (explanation or []) if isinstance(e, dict)}
    rows, used = [], set()
    for name, (label, fields) in COMPARISON_FIELDS.items():
        # the parts of one side (street, number, town) with spaces, several values of one part with commas
        left = " ".join(", ".join(mine[f]) for f in fields if mine[f])
        right = [v for f in fields for v in theirs[f]]
        key = next((k for k in [name, *fields] if k in by_name), None)
        if not left and not right and key is None:
            continue
        used.add(key)
        e = by_name.get(key) or {}
        rows.append({"field": label, "mention": left, "person": right, "explanation": e.get("explanation", ""),
                     "weight": e.get("weight")})
    for name, e in by_name.items():  # comparisons this page does not know by name
        if name not in used:
            rows.append({"field": str(name), "mention": "", "person": [], "explanation": e.get("explanation", ""),
                         "weight": e.get("weight")})
    return rows


def _mention_values(mention: Mention) -> dict[str, list[str]]:
    return {f: [v] if (v := _display(mention, f)) else [] for f in IDENTIFYING_FIELDS}


def candidate_rows(candidate: MatchCandidate) -> list[dict]:
    """A review candidate: the mention against the person's known values."""
    return compare_rows(candidate.explanation, _mention_values(candidate.mention), _person_values(candidate.person))


def merge_rows(proposal: MergeProposal) -> list[dict]:
    """A merge proposal: the other person's known values against those of the person kept."""
    return compare_rows(proposal.explanation, _person_values(proposal.other), _person_values(proposal.person))


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


def split_rows(proposal: SplitProposal) -> list[dict]:
    """A split proposal: the mention against the values of the person's other mentions."""
    return compare_rows(proposal.explanation, _mention_values(proposal.mention),
                        _person_values(proposal.person, exclude=proposal.mention_id))


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
    splits = list(_open_splits()[:20])
    record(request.user, AuditAction.LIST, object_type="matchcandidate", channel="ui", reason="koppelingen",
           count=len(candidates))
    record(request.user, AuditAction.LIST, object_type="mergeproposal", channel="ui", reason="koppelingen",
           count=len(merges))
    record(request.user, AuditAction.LIST, object_type="splitproposal", channel="ui", reason="koppelingen",
           count=len(splits))
    return render(request, "web/persons/matches.html", _match_context(candidates, merges=merges, splits=splits))


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


def _decide(request, kind: str, obj, form, decide, done) -> object:
    """One decision on the Koppelingen page: ``decide(obj, by=, same_person=, reason=)``, then back to the list
    with ``done(same)`` as message; an invalid form or a refused decision shows the page again with the form's
    errors (status 400)."""
    if form.is_valid():
        same = form.cleaned_data["decision"] == "zelfde"
        try:
            decide(obj, by=request.user, same_person=same, reason=form.cleaned_data["reason"].strip())
        except ERRORS as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, done(same))
            return redirect("web:match_list")
    lists = {"candidate": list(_open_candidates()[:50]), "merge": list(_open_merges()[:20]),
             "split": list(_open_splits()[:20])}
    if obj not in lists[kind]:
        lists[kind].insert(0, obj)
    forms_of = {k: ({obj.pk: form} if k == kind else None) for k in lists}
    context = _match_context(lists["candidate"], forms_of["candidate"], lists["merge"], forms_of["merge"],
                             lists["split"], forms_of["split"])
    return render(request, "web/persons/matches.html", context, status=400)


def _decide_open_candidate(candidate: MatchCandidate, **kwargs) -> None:
    if candidate.state != MatchCandidate.State.OPEN:
        raise workflow.TransitionError("Over deze mogelijke koppeling is al besloten.")
    decide_candidate(candidate, **kwargs)


@login_required
@require_POST
def match_decide(request, pk: int):
    require_roles(request, {Role.COORDINATOR}, "koppeling")
    candidate = MatchCandidate.objects.select_related("mention", "person").filter(pk=pk).first()
    if candidate is None:
        raise deny(request.user, "matchcandidate", str(pk))
    return _decide(request, "candidate", candidate, DecideForm(request.POST, prefix=f"c{candidate.pk}"),
                   _decide_open_candidate,
                   lambda same: f"Gekoppeld aan persoon {candidate.person.reference}." if same
                   else "Vastgelegd: dit is een andere persoon.")


@login_required
@require_POST
def merge_decide(request, pk: int):
    require_roles(request, {Role.COORDINATOR}, "samenvoegen")
    proposal = MergeProposal.objects.select_related("person", "other").filter(pk=pk).first()
    if proposal is None:
        raise deny(request.user, "mergeproposal", str(pk))
    return _decide(request, "merge", proposal, MergeForm(request.POST, prefix=f"s{proposal.pk}"), decide_merge,
                   lambda same: f"Persoon {proposal.other.reference} is samengevoegd met {proposal.person.reference}."
                   if same else "Vastgelegd: dit zijn twee verschillende personen.")


@login_required
@require_POST
def split_decide(request, pk: int):
    require_roles(request, {Role.COORDINATOR}, "ontkoppelen")
    proposal = SplitProposal.objects.select_related("mention", "person").filter(pk=pk).first()
    if proposal is None:
        raise deny(request.user, "splitproposal", str(pk))
    return _decide(request, "split", proposal, SplitForm(request.POST, prefix=f"o{proposal.pk}"), decide_split,
                   lambda same: "Koppeling behouden." if same else "Vermelding ontkoppeld.")
