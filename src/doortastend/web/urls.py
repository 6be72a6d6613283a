"""URLs of the web UI (namespace "web"), one block per area.

To add an area: create views/<area>.py and templates/web/<area>/, then add one block below. URL names used by
the navigation (context_processors.NAV_BY_ROLE) and the start page (views/auth.HOME_BY_ROLE) appear there as
soon as they are registered: web:case_list, web:my_cases, web:handover_list, web:overview.
"""

from django.urls import path

from .urls_casework import urlpatterns as casework_urlpatterns
from .views import auth, inbox, public, signals

app_name = "web"

urlpatterns = [
    # --- Auth and start page --------------------------------------------------------------------------------
    path("", auth.home, name="home"),
    path("inloggen/", auth.LoginView.as_view(), name="login"),
    path("uitloggen/", auth.LogoutView.as_view(), name="logout"),
    # --- Signals (reporters: professionals, melders, coordinators) ------------------------------------------
    path("signalen/nieuw/", signals.signal_new, name="signal_new"),
    path("signalen/nieuw/persoon/", signals.mention_form_row, name="signal_mention_form"),
    path("signalen/mijn/", signals.my_signals, name="my_signals"),
    path("signalen/<str:reference>/", signals.signal_detail, name="signal_detail"),
    path("signalen/<str:reference>/ontvangen/", signals.signal_received, name="signal_received"),
    # --- Coordinator inbox and decisions --------------------------------------------------------------------
    path("inbox/", inbox.inbox, name="inbox"),
    path("signalen/<str:reference>/besluit/", inbox.signal_decide, name="signal_decide"),
    path("signalen/<str:reference>/labels/", inbox.signal_correct_labels, name="signal_correct_labels"),
    # --- Residents (public, no login) -----------------------------------------------------------------------
    path("melden/", public.resident_report, name="resident_report"),
    path("melden/ontvangen/", public.resident_received, name="resident_received"),
    path("status/", public.status_lookup, name="status_lookup"),
]

urlpatterns += casework_urlpatterns
