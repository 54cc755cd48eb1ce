"""The portal's few non-page views: login/logout, health and protected media."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.static import serve
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from portal.access import may_open_collection_item
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


@login_not_required
def admin_login_redirect(request):
    """Wagtail's own login form (/admin/login/) would bypass ours: send it here."""
    query = request.META.get("QUERY_STRING", "")
    return redirect(f"{settings.LOGIN_URL}?{query}" if query else settings.LOGIN_URL)


def lockout(request, original_response=None, credentials=None):
    """django-axes' lockout response: the login page with a Norwegian explanation.

    Status 429 (Too Many Requests) so that monitoring can tell it from a 200, but a
    page a person can read, not a bare error text. The form stays, so whoever waits
    out the cool-off can log in from the same page.
    """
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        "form": LoginForm(request),
        "next": request.POST.get("next") or request.GET.get("next", ""),
        "lockout_message": _(
            "Too many failed login attempts. For your security, logging in is "
            "blocked for %(minutes)s minutes. Wait and try again, or ask the "
            "director of your kindergarten for help."
        )
        % {"minutes": minutes},
    }
    return render(request, "portal/login.html", context, status=429)


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


def media_owner(path):
    """The document or image a file under MEDIA_ROOT belongs to, or None.

    Wagtail stores documents under ``documents/``, original images under
    ``original_images/`` and renditions under ``images/``; the database row that
    names the file is the only proof that the file is one of them.
    """
    folder = path.split("/", 1)[0]
    if folder == "documents":
        return get_document_model().objects.filter(file=path).first()
    if folder == "original_images":
        return get_image_model().objects.filter(file=path).first()
    if folder == "images":
        rendition = (
            get_image_model()
            .get_rendition_model()
            .objects.select_related("image")
            .filter(file=path)
            .first()
        )
        return rendition.image if rendition else None
    return None


def protected_media(request, path):
    """Uploaded files with exactly the access of the object they belong to.

    Logged-in users only (LoginRequiredMiddleware); a document's or image's file
    also obeys its collection's view restrictions (portal.access), like
    /dokumenter/<id>/<file>. Files that belong to no document or image, and
    files the reader may not open, are a 404, so nothing can be probed.
    """
    owner = media_owner(path)
    if owner is None or not may_open_collection_item(request, owner):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
