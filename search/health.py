"""Search engine health, reported by /helse/."""

from django.conf import settings


def search_status():
    return {"backend": settings.SEARCH_BACKEND, "status": "ok"}
