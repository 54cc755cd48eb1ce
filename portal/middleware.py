"""Content-Security-Policy with a separate, documented policy for Wagtail's admin."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


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
