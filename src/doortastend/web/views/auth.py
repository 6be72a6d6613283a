"""Log in, log out (POST only) and the role-based start page. Audit events: see web/auth_audit.py."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse

from doortastend import access
from doortastend.network.models import Role

# Where each role starts; the first URL name that exists wins (later areas register theirs).
HOME_BY_ROLE = {
    Role.MELDER: ["web:my_signals"],
    Role.COORDINATOR: ["web:inbox"],
    Role.PROFESSIONAL: ["web:my_cases", "web:handover_list", "web:my_signals"],
    Role.ANALIST: ["web:overview"],
    Role.BEHEERDER: ["admin:index"],
}


class LoginView(auth_views.LoginView):
    template_name = "web/auth/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    http_method_names = ["post", "options"]


def home(request):
    if not request.user.is_authenticated:
        return redirect("web:login")
    for name in HOME_BY_ROLE.get(access.role(request.user), []):
        try:
            return redirect(reverse(name))
        except NoReverseMatch:
            continue
    return redirect("web:signal_new")
