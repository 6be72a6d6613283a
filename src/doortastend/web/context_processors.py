from django.conf import settings


def navigation(request):
    return {"municipality": settings.DOORTASTEND_MUNICIPALITY}
