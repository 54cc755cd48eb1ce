"""Small security helpers shared by settings-driven packages."""

from django.conf import settings


def client_ip(request):
    """The client's address for login throttling (django-axes).

    Behind ``PORTAL_PROXY_COUNT`` trusted proxies, each appends the address it saw
    to X-Forwarded-For, so the client is that many entries from the right; anything
    further left was written by the client and cannot be trusted.
    """
    proxies = getattr(settings, "PORTAL_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR")


def anonymous_client_str(username, ip_address, user_agent, path_info, request):
    """What django-axes writes in its log lines about a client: only the path.

    Its default names the username and the address, and logs hold no personal data.
    """
    return f"{{path_info: {path_info!r}}}"
