from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("beheer/", admin.site.urls),
    path("api/", include("doortastend.api.urls")),
    path("", include("doortastend.web.urls")),
]
