from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as wagtaildocs_serve

from measures import views as measure_views
from portal import views

urlpatterns = [
    # One login page for everyone, so login throttling covers every way in.
    path("admin/login/", views.admin_login_redirect),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's front-end login form too; and its password forms for restricted
    # pages and collections, throttled like logins (same paths, matched first;
    # Wagtail's own names still reverse to them).
    path("_util/login/", views.admin_login_redirect),
    path(
        "_util/authenticate_with_password/<id:page_view_restriction_id>/<id:page_id>/",
        views.throttled_password_view(wagtail_views.authenticate_with_password),
    ),
    path(
        "dokumenter/authenticate_with_password/<id:restriction_id>/",
        views.throttled_password_view(wagtaildocs_serve.authenticate_with_password),
    ),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("logg-inn/", views.LoginView.as_view(), name="login"),
    path("logg-ut/", views.LogoutView.as_view(), name="logout"),
    path("helse/", views.health, name="health"),
    path("sok/", include("search.urls")),
    path(
        "visuell-stotte/<id:pk>/",
        measure_views.visual_support_detail,
        name="visual_support_detail",
    ),
    path(
        "visuell-stotte/<id:pk>/last-ned/",
        measure_views.visual_support_download,
        name="visual_support_download",
    ),
    path(
        "visuell-stotte/<id:pk>/skriv-ut/",
        measure_views.visual_support_print,
        name="visual_support_print",
    ),
    path("lagret/", include("portal.saved.urls")),
    path("media/<path:path>", views.protected_media, name="media"),
    path("", include("team.urls")),
    path("", include(wagtail_urls)),
]
