"""Search engine health, reported by /helse/.

/helse/ is public, so it must never let anonymous callers tie up the workers by
waiting for a hanging engine. The engine's state is therefore probed at most once
per ``HEALTH_CACHE_SECONDS`` (per process and engine address), with a timeout of
``HEALTH_PROBE_TIMEOUT`` seconds instead of the engine client's usual 2 seconds,
and only by one request at a time: a request that finds a probe already running
answers from the last known state (or "degraded" if there is none yet). An engine
that does not answer within the short timeout is reported as degraded, which is
true: search answers from the database until the engine answers again.
"""

import threading
import time

from django.conf import settings
from wagtail.search.backends import get_search_backend

from search import service

HEALTH_CACHE_SECONDS = 10
# urllib3 applies the timeout to connecting and to reading separately, so a probe
# waits at most about twice this.
HEALTH_PROBE_TIMEOUT = 0.04

_probe_lock = threading.Lock()
_known = {}  # engine key → (monotonic time of the probe, engine answered)


def _engine_key():
    config = settings.WAGTAILSEARCH_BACKENDS["default"]
    return (settings.SEARCH_BACKEND, tuple(config.get("URLS", ())))


def _ping(timeout):
    client = get_search_backend("default").es
    try:
        if hasattr(client, "options"):  # elasticsearch 8+
            return bool(client.options(request_timeout=timeout).ping())
        return bool(client.ping(request_timeout=timeout))
    except Exception:  # any client or transport error means "not answering"
        return False


def _engine_alive():
    """The cached engine state, probing (briefly, by one request) when stale."""
    key = _engine_key()
    known = _known.get(key)
    if known and time.monotonic() - known[0] < HEALTH_CACHE_SECONDS:
        return known[1]
    if not _probe_lock.acquire(blocking=False):
        # Another request is probing right now: do not wait for it.
        return known[1] if known else False
    try:
        alive = _ping(HEALTH_PROBE_TIMEOUT)
        _known[key] = (time.monotonic(), alive)
    finally:
        _probe_lock.release()
    if alive:
        service.mark_engine_up()
    else:
        service.mark_engine_down()
    return alive


def search_status():
    if not service.engine_configured():
        return {"backend": "database", "status": "ok"}
    if _engine_alive():
        return {"backend": settings.SEARCH_BACKEND, "status": "ok"}
    return {
        "backend": settings.SEARCH_BACKEND,
        "status": "degraded",
        "fallback": "database",
    }
