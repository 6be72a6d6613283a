"""Build the Gemeente Havenstad demo through the real service layer, so every row has its history."""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from doortastend import services, workflow
from doortastend.network.models import Neighbourhood, Organisation, Professional, Team
from doortastend.signals.models import Signal
from doortastend.signals.processing import process_signal

from . import data

DEMO_RECEIPT_CODE = "HAVN-STAD"


def is_loaded() -> bool:
    return Organisation.objects.filter(name="Gemeente Havenstad").exists()


def _neighbourhoods() -> dict[str, Neighbourhood]:
    out = {}
    for wi, (wcode, wname, buurten) in enumerate(data.DISTRICTS, start=1):
        for bi, name in enumerate(buurten, start=1):
            nb, _ = Neighbourhood.objects.get_or_create(
                code=f"BU9999{wi:02d}{bi:02d}",
                defaults={"name": name, "district_code": wcode, "district_name": wname,
                          "municipality_code": data.MUNICIPALITY_CODE},
            )
            out[name] = nb
    return out


def _network() -> dict[str, Professional]:
    orgs = {name: Organisation.objects.get_or_create(name=name, defaults={"type": t})[0]
            for name, t in data.ORGANISATIONS}
    teams = {(o, n): Team.objects.get_or_create(organisation=orgs[o], name=n, defaults={"on_call": oc})[0]
             for o, n, oc in data.TEAMS}
    users = {}
    for username, first, last, role, org, team, title, owner in data.PROFESSIONALS:
        user = Professional.objects.filter(username=username).first()
        if user is None:
            user = Professional.objects.create_user(
                username=username, password=data.DEMO_PASSWORD, first_name=first, last_name=last, role=role,
                organisation=orgs[org], team=teams.get((org, team)) if team else None, job_title=title,
                is_case_owner=owner, is_staff=(role == "beheerder"), is_superuser=(role == "beheerder"),
            )
        users[username] = user
    return users


def _place(rng: random.Random, nbs: dict[str, Neighbourhood], buurt: str | None = None) -> dict:
    name = buurt or rng.choice(sorted(nbs))
    nb = nbs[name]
    return {"street": rng.choice(data.STREETS[name]), "house_number": str(rng.randint(1, 140)),
            "city": "Havenstad", "buurt_code": nb.code}


def _submit(reporter, text, place, hours_ago, mentions=(), resident=False, reporter_role=""):
    observed = timezone.now() - timedelta(hours=hours_ago)
    signal_data = {"text": text, "observed_at": observed, **place}
    if reporter_role:
        signal_data["reporter_role"] = reporter_role
    ms = []
    for m in mentions:
        m = dict(m)
        if isinstance(m.get("birth_date"), str):
            m["birth_date"] = date.fromisoformat(m["birth_date"])
        ms.append(m)
    signal, _, _ = services.submit_signal(
        reporter=reporter, signal_data=signal_data, mentions=ms, resident=resident,
        channel="bewoner" if resident else "web",
    )
    Signal.objects.filter(pk=signal.pk).update(created_at=observed + timedelta(minutes=20))
    process_signal(signal.pk)
    signal.refresh_from_db()
    return signal


def _confirm_review(mention, coordinator) -> None:
    """The coordinator confirms the best review candidate for a sparse street signal (demo of the review flow)."""
    from doortastend.linkage.models import MatchCandidate
    from doortastend.linkage.service import decide_candidate

    mention.refresh_from_db()
    candidate = mention.match_candidates.filter(state=MatchCandidate.State.OPEN).order_by("-probability").first()
    if candidate is not None and mention.person_id is None:
        decide_candidate(candidate, by=coordinator, same_person=True,
                         reason="Jongerenwerker bevestigt dat 'Mo' de jongen van de Vlashof is.")


def _corpus_items(rng: random.Random, n: int) -> list[dict]:
    from doortastend.triage.dataset import load_corpus, split

    train, _heldout = split(load_corpus())
    rng.shuffle(train)
    return train[:n]


@transaction.atomic
def load(stdout=None) -> dict:
    rng = random.Random(9999)
    nbs = _neighbourhoods()
    u = _network()
    coord = u["coordinator"]
    made = {"signals": 0, "cases": 0}

    # The boy seen by three organisations (linkage brings the mentions to one person).
    # Oldest first, as they arrived: police, then school, then the youth worker's nickname-only street note.
    story = [_submit(u[r], text, _place(rng, nbs, b), h, [m])
             for r, b, h, text, m in sorted(data.STORY_SIGNALS, key=lambda s: -s[2])]
    _confirm_review(story[-1].mentions.get(), coord)
    case_signals = []
    for r, b, h, text, m in data.CASE_SIGNALS:
        if r is None:
            s = _submit(None, text, _place(rng, nbs, b), h, [m], resident=True)
            Signal.objects.filter(pk=s.pk).update(receipt_code_hash=services.hash_receipt_code(DEMO_RECEIPT_CODE))
        else:
            s = _submit(u[r], text, _place(rng, nbs, b), h, [m])
        case_signals.append(s)
    made["signals"] += len(story) + len(case_signals)

    now = timezone.now()
    # 1. Mo: in behandeling with the zorgmarinier, first contact logged.
    c1 = services.decide_signal(story[0], "nieuwe_casus", by=coord, case_title="Jongen bij de JOP Vlashof",
                                reason="drie signalen uit drie organisaties over dezelfde jongen")
    for s in story[1:]:
        services.decide_signal(s, "bestaande_casus", by=coord, case=c1, reason="zelfde jongen")
    h = services.offer_handover(c1, by=coord, to_professional=u["zorgmarinier"], message="Graag vandaag oppakken.")
    services.respond_handover(h, by=u["zorgmarinier"], accept=True)
    c1.refresh_from_db()
    services.log_contact(c1, by=u["zorgmarinier"], contact_at=now - timedelta(hours=3), method="persoonlijk",
                         with_whom="jongere en moeder", summary="Kennismaking thuis, vertrouwen opbouwen.",
                         is_first_contact=True)
    services.add_note(c1, by=u["zorgmarinier"], text="Hij zegt een 'schuld' te hebben bij oudere jongens. "
                      "Volgende stap: samen met moeder naar schuldhulp en school.")
    services.add_member(c1, u["zorgcoordinator"], by=u["zorgmarinier"], reason="Zorgcoördinator van zijn school.")
    # 2. Passports: toegewezen to the second zorgmarinier.
    c2 = services.decide_signal(case_signals[0], "nieuwe_casus", by=coord,
                                case_title="Arbeidsmigranten, paspoorten bij de baas")
    h = services.offer_handover(c2, by=coord, to_professional=u["zorgmarinier2"],
                                message="Mensenhandelsignalen, graag met de inspectie afstemmen.")
    services.respond_handover(h, by=u["zorgmarinier2"], accept=True)
    # 3. Cannabis farm: in behandeling with the wijkteam, weighing before closure.
    c3 = services.decide_signal(case_signals[1], "nieuwe_casus", by=coord,
                                case_title="Hennepkamer bij kwetsbare huurder Parkflat")
    h = services.offer_handover(c3, by=coord, to_professional=u["wijkteam"], message="Voor besluit 13b.")
    services.respond_handover(h, by=u["wijkteam"], accept=True)
    c3.refresh_from_db()
    services.log_contact(c3, by=u["wijkteam"], contact_at=now - timedelta(days=2), method="persoonlijk",
                         with_whom="huurder", summary="Huurder is bang voor de 'vrienden'.", is_first_contact=True)
    services.add_note(c3, by=u["wijkteam"], text="Afweging voor de burgemeester: katvanger? Wie zette hem "
                      "onder druk? Wat eisen zij nu de oogst weg is? Wat doet sluiting met hem?")
    # 4. Resident's daughter: case with an open handover offer (to accept in the demo).
    c4 = services.decide_signal(case_signals[2], "nieuwe_casus", by=coord, case_title="Meisje (15), oudere vriend")
    services.offer_handover(c4, by=coord, to_professional=u["zorgmarinier"],
                            message="Mogelijk loverboy. Moeder maakt zich zorgen, graag deze week.")
    # 5. Night round: kept for monitoring.
    services.decide_signal(case_signals[3], "monitoren", by=coord, reason="geen naam, wachten op meer signalen")
    # 6. Saturday call: handed over on-call, then completed.
    c6 = services.decide_signal(case_signals[4], "nieuwe_casus", by=coord, case_title="Jongen (15) op straat gezet")
    h = services.offer_handover(c6, by=coord, to_team=u["zorgmarinier2"].team, message="Weekenddienst: vanavond.")
    services.respond_handover(h, by=u["zorgmarinier2"], accept=True)
    c6.refresh_from_db()
    services.log_contact(c6, by=u["zorgmarinier2"], contact_at=now - timedelta(hours=20), method="persoonlijk",
                         with_whom="jongere, bij tante", summary="Veilig voor vannacht.", is_first_contact=True)
    services.transition_case(c6, workflow.CASE_COMPLETED, by=u["zorgmarinier2"], reason="Crisisplek geregeld.")

    # Bulk: signals from the synthetic corpus (train split), spread over the buurten and the last weeks.
    items = _corpus_items(rng, 52)
    bulk = []
    for item in items:
        username = data.ROLE_TO_USER.get(item.get("reporter_role", ""), "agent")
        resident = username is None
        # Acute and urgent signals arrived recently (they would not wait weeks in a real inbox).
        max_hours = {"acuut": 12, "spoed": 48}.get(item.get("urgency", ""), 24 * 40)
        s = _submit(None if resident else u[username], item["text"], _place(rng, nbs), rng.randint(1, max_hours),
                    resident=resident, reporter_role=item.get("reporter_role", ""))
        bulk.append(s)
    made["signals"] += len(bulk)
    # 7. A declined offer, then accepted by someone else.
    c7 = services.decide_signal(bulk[0], "nieuwe_casus", by=coord, case_title="Zorgen na signaal wijkteam")
    h = services.offer_handover(c7, by=coord, to_professional=u["zorgmarinier2"], message="Kun jij dit oppakken?")
    services.respond_handover(h, by=u["zorgmarinier2"], accept=False, reason="Deze week vol, liever wijkteam.")
    h = services.offer_handover(c7, by=coord, to_professional=u["wijkteam"], message="Overgenomen van collega.")
    services.respond_handover(h, by=u["wijkteam"], accept=True)
    # 8. Closed, then reopened when a new signal came.
    c8 = services.decide_signal(bulk[1], "nieuwe_casus", by=coord, case_title="Eerder gesloten, heropend")
    services.transition_case(c8, workflow.CASE_CLOSED, by=coord, reason="Geen zorgen meer na gesprek.")
    services.transition_case(c8, workflow.CASE_REOPENED, by=coord, reason="Nieuw signaal van school.")
    services.decide_signal(bulk[2], "bestaande_casus", by=coord, case=c8, reason="zelfde gezin")
    # Some other decisions so the inbox shows a realistic mix.
    partner = Organisation.objects.get(name="Veilig Thuis Havenregio")
    for s in bulk[3:7]:
        services.decide_signal(s, "monitoren", by=coord, reason="zwak signaal, volgen")
    for s in bulk[7:10]:
        services.decide_signal(s, "doorverwijzen", by=coord, organisation=partner, reason="hoort bij Veilig Thuis",
                               legal_basis="Wet maatschappelijke ondersteuning 2015, art. 5.2.6")
    for s in bulk[10:12]:
        services.decide_signal(s, "afsluiten", by=coord, reason="geen zorgen na navraag")
    # 9. A case that was closed with a reason.
    c9 = services.decide_signal(bulk[12], "nieuwe_casus", by=coord, case_title="Zorgen over buurman, afgesloten")
    services.transition_case(c9, workflow.CASE_CLOSED, by=coord, reason="Hulp via huisarts loopt al.")
    made["cases"] = 8

    # A girl stored as two persons online; the nightly comparison proposes to merge them (Koppelingen page).
    merge_story = [_submit(u[r], text, _place(rng, nbs, b), h, [m])
                   for r, b, h, text, m in sorted(data.MERGE_STORY_SIGNALS, key=lambda s: -s[2])]
    made["signals"] += len(merge_story)
    from doortastend.linkage.consolidate import propose_merges

    made["merge_proposals"] = propose_merges().proposed
    return made
