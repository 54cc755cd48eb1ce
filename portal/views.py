"""The portal's few non-page views: login/logout, health and protected media."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
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

    @method_decorator(login_not_required)
    def dispatch(self, request, *args, **kwargs):
        # A logged-in user is sent here with ?next= by whatever refused them:
        # Wagtail's admin (Ansatte have no admin access), a page or document
        # restricted to a group. Sending them back would loop for ever; say
        # plainly that they have no access instead.
        if request.user.is_authenticated and self.get_redirect_url():
            return no_access(request)
        return super().dispatch(request, *args, **kwargs)


def no_access(request):
    """The 403 page, in Norwegian, with a way home."""
    return render(request, "403.html", status=403)


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


def password_failures_key(request):
    return f"page-password-failures:{request.user.pk}"


def throttled_password_view(wagtail_view):
    """Wagtail's password form for a restricted page or collection, throttled
    like logins: after AXES_FAILURE_LIMIT wrong passwords in a row the user is
    refused for AXES_COOLOFF_TIME (Django's cache counts, per user; a right
    password resets the count)."""

    def view(request, *args, **kwargs):
        if request.method != "POST":
            return wagtail_view(request, *args, **kwargs)
        key = password_failures_key(request)
        if cache.get(key, 0) >= settings.AXES_FAILURE_LIMIT:
            return password_lockout(request)
        response = wagtail_view(request, *args, **kwargs)
        if response.status_code == 200:  # the form again: a wrong password
            timeout = settings.AXES_COOLOFF_TIME.total_seconds()
            cache.add(key, 0, timeout)
            try:
                cache.incr(key)
            except ValueError:  # expired in between
                cache.set(key, 1, timeout)
        elif response.status_code in (301, 302):
            cache.delete(key)
        return response

    return view


def password_lockout(request):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    message = _(
        "Too many wrong passwords. For your security, trying again is blocked "
        "for %(minutes)s minutes. Ask the person who gave you the password "
        "for help."
    ) % {"minutes": minutes}
    return render(
        request, "portal/password_locked.html", {"message": message}, status=429
    )


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
