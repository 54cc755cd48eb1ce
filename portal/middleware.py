"""Content-Security-Policy with a separate, documented policy for Wagtail's admin."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.utils.cache import patch_cache_control


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware; under ``/admin/`` the directives in
    ``PORTAL_ADMIN_CSP_REPLACE`` replace those of ``CONTENT_SECURITY_POLICY``.

    The front end keeps the strict policy; only Wagtail's admin, whose templates we
    do not control, gets the relaxations (docs/operations.md says why). Page previews
    count as admin: Wagtail renders them through the whole middleware stack with a
    dummy request for the page's own URL, inside an admin frame.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin = getattr(settings, "PORTAL_ADMIN_CSP_REPLACE", None)
        in_admin = request.path_info.startswith("/admin/") or getattr(
            request, "is_preview", False
        )
        if not report_only and admin and in_admin:
            parts.replace = {**admin, **(parts.replace or {})}
        return parts


# Pages with one person's (or one department's) data: saved items and
# collections, the self-assessment, results, plans, the practice area, the
# meeting calendar with its private feed address, and the CSV exports.
PRIVATE_PATH_PREFIXES = (
    "/lagret/",
    "/arshjul/stastedsanalyse/",
    "/arshjul/resultater/",
    "/arshjul/plan/",
    "/arshjul/ovingsomrade/",
    "/arshjul/motekalender/",
    "/arshjul/eksport",
    "/kalender/",
)


class PrivateResponseMiddleware:
    """``Cache-Control: private, no-store`` on pages with personal data, so that
    no shared proxy and no browser cache on a shared kindergarten PC keeps them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(PRIVATE_PATH_PREFIXES):
            patch_cache_control(response, private=True, no_store=True)
        return response
