from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from measures import views as measure_views
from portal import views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("logg-inn/", views.LoginView.as_view(), name="login"),
    path("logg-ut/", views.LogoutView.as_view(), name="logout"),
    path("helse/", views.health, name="health"),
    path("sok/", include("search.urls")),
    path(
        "visuell-stotte/<int:pk>/",
        measure_views.visual_support_detail,
        name="visual_support_detail",
    ),
    path(
        "visuell-stotte/<int:pk>/last-ned/",
        measure_views.visual_support_download,
        name="visual_support_download",
    ),
    path(
        "visuell-stotte/<int:pk>/skriv-ut/",
        measure_views.visual_support_print,
        name="visual_support_print",
    ),
    path("media/<path:path>", views.protected_media, name="media"),
    path("", include("team.urls")),
    path("", include(wagtail_urls)),
]
