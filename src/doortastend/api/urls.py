from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.authtoken.views import obtain_auth_token
from rest_framework.routers import DefaultRouter

from . import views

app_name = "api"

router = DefaultRouter()
router.register("signalen", views.SignalViewSet, basename="signal")
router.register("casussen", views.CaseViewSet, basename="case")
router.register("personen", views.PersonViewSet, basename="person")
router.register("overdrachten", views.HandoverViewSet, basename="handover")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
    path("token/", obtain_auth_token, name="token"),
    path("", include(router.urls)),
]
