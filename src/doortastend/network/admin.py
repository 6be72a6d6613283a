"""Configuration for the beheerder: the network, not case content."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import Neighbourhood, Organisation, Professional, Team


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "type", "is_partner"]
    list_filter = ["type"]
    search_fields = ["name"]


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "on_call"]


@admin.register(Neighbourhood)
class NeighbourhoodAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "district_name", "municipality_code"]


@admin.register(Professional)
class ProfessionalAdmin(UserAdmin):
    list_display = ["username", "first_name", "last_name", "role", "organisation", "team", "is_active"]
    list_filter = ["role", "organisation", "is_active"]
    fieldsets = UserAdmin.fieldsets + (
        ("Doortastend", {"fields": ["organisation", "team", "role", "job_title", "phone", "is_case_owner"]}),
    )
    add_fieldsets = UserAdmin.add_fieldsets + (
        ("Doortastend", {"fields": ["organisation", "team", "role", "is_case_owner"]}),
    )
