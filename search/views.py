"""/sok/ (the results page) and /sok/forslag/ (JSON suggestions for the search box)."""

import time
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_GET

from portal.page_cache import current_generation
from portal.saved.services import fill_save_slots, save_slot_parts
from search import service
from search.models import QueryLog


@require_GET
def search_view(request):
    """The search page. Its content is the same for every reader of the same
    request under the same content generation, except the Lagre buttons: it is
    rendered once and cached (as the outcome is, search/service.py) with a slot
    per button, and each reader's saved state and CSRF token are put in per
    request (portal.saved.services.fill_save_slots). A repeated search is thus a cache
    read, the query log line, the reader's saved items and the page around.
    """
    started = time.perf_counter()
    generation = current_generation()
    key = service.cache_key(
        "search-page",
        generation,
        (settings.SEARCH_BACKEND, request.get_full_path()),
    )
    cached = cache.get(key)
    if cached is None:
        outcome = service.search(request.GET, generation)
        summary = Summary(
            outcome.query, outcome.backend, outcome.total, outcome.degraded
        )
        parts = content_parts(request, outcome)
        if not outcome.degraded:
            cache.set(key, (summary, parts), service.SHARED_TIMEOUT)
    else:
        summary, parts = cached
        # Read only by whoever asks for it (tests, debugging): the outcome is
        # cached too, under the same generation.
        outcome = SimpleLazyObject(lambda: service.search(request.GET, generation))
    if summary.query:
        QueryLog.record(
            query=summary.query,
            backend=summary.backend,
            hits=summary.total,
            duration_ms=int((time.perf_counter() - started) * 1000),
            degraded=summary.degraded,
        )
    return render(
        request,
        "search/search.html",
        {
            "outcome": outcome,
            "search_query": summary.query,
            "content_html": fill_save_slots(parts, request),
        },
    )


@dataclass(frozen=True)
class Summary:
    """What the query log and the page around the content need of an outcome."""

    query: str
    backend: str
    total: int
    degraded: bool


def content_parts(request, outcome):
    """search/includes/content.html for ``outcome``, as ``save_slot_parts``."""
    link_facets(request, outcome)
    slots = {}
    html = render_to_string(
        "search/includes/content.html",
        {"outcome": outcome, "save_slots": slots},
        request=request,
    )
    return save_slot_parts(html, slots)


def link_facets(request, outcome):
    """Each filter links to this search with its value toggled (and page 1).
    Built from plain lists: a results page has up to about 40 such links."""
    params = request.GET.copy()
    params.pop("side", None)
    current = dict(params.lists())
    for param, items in zip(
        ("type", "fokusomrade", "situasjon", "stikkord"),
        (outcome.facets.get(k, []) for k in ("type", "focus_area", "situation", "tag")),
        strict=True,
    ):
        for item in items:
            toggled = dict(current)
            if item.selected:
                toggled.pop(param, None)
            else:
                toggled[param] = [item.value]
            item.href = f"?{urlencode(toggled, doseq=True)}"


@require_GET
def suggestions_view(request):
    items, backend, degraded = service.suggest(request.GET.get("q", ""))
    return JsonResponse(
        {"suggestions": items, "degraded": degraded},
        json_dumps_params={"ensure_ascii": False},
    )
