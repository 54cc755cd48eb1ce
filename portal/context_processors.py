"""Template context shared by every page: the main navigation and admin access."""

import time

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

# Whether to show the "Admin" link is worked out at login and kept in the session
# for a quarter of an hour. user.has_perm() costs two queries (user and group
# permissions) on every page; the session is loaded anyway, and storing the flag
# at login means page views do not write the session either. The link is only a
# shortcut — the admin checks the permission itself on every request — so a link
# that appears or disappears up to ADMIN_LINK_MAX_AGE seconds after a group change
# does no harm. The user's pk is stored with the flag so that a session never
# answers for another user.
ADMIN_LINK_SESSION_KEY = "portal_admin_link"
ADMIN_LINK_MAX_AGE = 15 * 60


def can_access_admin(request, user):
    session = getattr(request, "session", None)
    now = int(time.time())
    if session is not None:
        stored = session.get(ADMIN_LINK_SESSION_KEY)
        if (
            isinstance(stored, list)
            and len(stored) == 3
            and stored[0] == user.pk
            and 0 <= now - stored[2] < ADMIN_LINK_MAX_AGE
        ):
            return bool(stored[1])
    allowed = user.has_perm("wagtailadmin.access_admin")
    if session is not None:
        session[ADMIN_LINK_SESSION_KEY] = [user.pk, allowed, now]
    return allowed


def remember_admin_link(sender, request, user, **kwargs):
    """user_logged_in receiver (connected in PortalConfig.ready)."""
    if request is not None and user is not None:
        can_access_admin(request, user)


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
        "can_access_admin": is_authenticated and can_access_admin(request, user),
    }
