"""Template context shared by every page: the main navigation and admin access."""

from django.utils.translation import gettext_lazy as _

# (label, path): the sections the page tree creates under the home page.
MAIN_NAVIGATION = [
    (_("Measures"), "/tiltak/"),
    (_("Visual support"), "/visuell-stotte/"),
    (_("Annual wheel"), "/arshjul/"),
    (_("Meeting materials"), "/motemateriell/"),
    (_("Inclusion team"), "/inkluderingsteamet/"),
    (_("My saved items"), "/lagret/"),
]


def navigation(request):
    """Nav items with the current section marked, and whether to link to the admin.

    Computed once per request here so that templates never ask for permissions.
    """
    path = getattr(request, "path", "")
    user = getattr(request, "user", None)
    is_authenticated = bool(user and user.is_authenticated)
    items = [
        {"label": label, "url": url, "active": path.startswith(url)}
        for label, url in MAIN_NAVIGATION
    ]
    return {
        "main_navigation": items if is_authenticated else [],
        "can_access_admin": is_authenticated
        and user.has_perm("wagtailadmin.access_admin"),
    }
