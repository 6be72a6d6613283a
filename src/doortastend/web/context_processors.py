"""Template context for every page: the municipality's name and the navigation for the user's role."""

from __future__ import annotations

from django.conf import settings
from django.urls import NoReverseMatch, reverse

from doortastend import access

# Navigation per role: (label, URL name). Items whose URL name is not registered (yet) are left out, so an
# area added later (cases, handovers, overview) appears in the menu as soon as its URLs exist.
NAV_BY_ROLE: dict[str, list[tuple[str, str]]] = {
    "melder": [("Nieuw signaal", "web:signal_new"), ("Mijn signalen", "web:my_signals")],
    "coordinator": [
        ("Inbox", "web:inbox"),
        ("Casussen", "web:case_list"),
        ("Overdrachten", "web:handover_list"),
        ("Koppelingen", "web:match_list"),
        ("Overzicht", "web:overview"),
        ("Nieuw signaal", "web:signal_new"),
    ],
    "professional": [
        ("Mijn casussen", "web:my_cases"),
        ("Overdrachten", "web:handover_list"),
        ("Nieuw signaal", "web:signal_new"),
        ("Mijn signalen", "web:my_signals"),
    ],
    "analist": [("Overzicht", "web:overview")],
    "beheerder": [("Beheer", "admin:index")],
}


def nav_items(user, current_path: str = "") -> list[dict]:
    items = []
    for label, name in NAV_BY_ROLE.get(access.role(user) or "", []):
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        items.append({"label": label, "url": url, "current": bool(current_path) and current_path.startswith(url)})
    return items


def navigation(request):
    user = getattr(request, "user", None)
    return {
        "municipality": settings.DOORTASTEND_MUNICIPALITY,
        "nav_items": nav_items(user, request.path) if user is not None else [],
    }
