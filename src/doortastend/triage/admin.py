from django.contrib import admin

from .models import Indicator


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["code", "label", "urgency_hint", "active", "updated_at"]
    list_filter = ["active", "urgency_hint"]
    search_fields = ["code", "label", "meaning"]
