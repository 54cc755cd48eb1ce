"""Search engine health, reported by /helse/."""

from django.conf import settings
from wagtail.search.backends import get_search_backend

from search import service


def search_status():
    if not service.engine_configured():
        return {"backend": "database", "status": "ok"}
    try:
        alive = bool(get_search_backend("default").es.ping())
    except Exception:  # any client or transport error means "not answering"
        alive = False
    if alive:
        service.mark_engine_up()
        return {"backend": settings.SEARCH_BACKEND, "status": "ok"}
    service.mark_engine_down()
    return {
        "backend": settings.SEARCH_BACKEND,
        "status": "degraded",
        "fallback": "database",
    }
