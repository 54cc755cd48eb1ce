"""The portal's few non-page views: login/logout, health and protected media."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.static import serve

from portal.forms import LoginForm


class LoginView(auth_views.LoginView):
    template_name = "portal/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """Logging out is a POST; a plain GET (a typed URL) asks for confirmation."""

    template_name = "portal/logged_out.html"
    # Django's LogoutView allows only POST; GET must reach get() below.
    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return render(request, "portal/logout_confirm.html")


def database_status():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return "error"
    return "ok"


@login_not_required
@never_cache
def health(request):
    """Machine-readable status for monitoring; reveals nothing about content."""
    from search.health import search_status

    db = database_status()
    search = search_status()
    healthy = db == "ok"
    body = {
        "status": "ok" if healthy and search["status"] == "ok" else "degraded",
        "database": db,
        "search": search,
    }
    if not healthy:
        body["status"] = "error"
    return JsonResponse(body, status=200 if healthy else 503)


def protected_media(request, path):
    """Uploaded files only for logged-in users (LoginRequiredMiddleware)."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)
