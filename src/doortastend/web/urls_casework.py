"""URLs of case work (namespace "web", included by web/urls.py): cases, handovers, persons and match review,
the Meldcode walk-through, and the aggregate overview."""

from django.urls import path

from .views import cases, handovers, meldcode, overview, persons

urlpatterns = [
    # --- Cases ------------------------------------------------------------------------------------------------
    path("casussen/", cases.case_list, name="case_list"),
    path("casussen/mijn/", cases.my_cases, name="my_cases"),
    path("casussen/<str:reference>/", cases.case_detail, name="case_detail"),
    path("casussen/<str:reference>/notitie/", cases.case_note, name="case_note"),
    path("casussen/<str:reference>/contact/", cases.case_contact, name="case_contact"),
    path("casussen/<str:reference>/status/", cases.case_status, name="case_status"),
    path("casussen/<str:reference>/betrokkenen/", cases.case_member_add, name="case_member_add"),
    path("casussen/<str:reference>/betrokkenen/beeindigen/", cases.case_member_end, name="case_member_end"),
    path("casussen/<str:reference>/overdragen/", cases.case_handover_offer, name="case_handover_offer"),
    path("casussen/<str:reference>/overdrachten/<int:pk>/terugtrekken/", cases.case_handover_withdraw,
         name="case_handover_withdraw"),
    path("casussen/<str:reference>/meldcode/", meldcode.case_meldcode, name="case_meldcode"),
    # --- Handovers --------------------------------------------------------------------------------------------
    path("overdrachten/", handovers.handover_list, name="handover_list"),
    path("overdrachten/<int:pk>/", handovers.handover_detail, name="handover_detail"),
    path("overdrachten/<int:pk>/antwoord/", handovers.handover_respond, name="handover_respond"),
    # --- Persons and match review -----------------------------------------------------------------------------
    path("personen/<str:reference>/", persons.person_detail, name="person_detail"),
    path("koppelingen/", persons.match_list, name="match_list"),
    path("koppelingen/<int:pk>/besluit/", persons.match_decide, name="match_decide"),
    path("koppelingen/samenvoegen/<int:pk>/besluit/", persons.merge_decide, name="merge_decide"),
    path("vermeldingen/<int:pk>/ontkoppelen/", persons.mention_unlink, name="mention_unlink"),
    path("koppelingen/ontkoppelen/<int:pk>/besluit/", persons.split_decide, name="split_decide"),
    # --- Meldcode on a signal ---------------------------------------------------------------------------------
    path("signalen/<str:reference>/meldcode/", meldcode.signal_meldcode, name="signal_meldcode"),
    path("meldcode/advies/", meldcode.meldcode_preview, name="meldcode_preview"),
    # --- Aggregates (analist, coordinator) --------------------------------------------------------------------
    path("overzicht/", overview.overview, name="overview"),
]
