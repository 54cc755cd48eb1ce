"""/sok/ (the results page) and /sok/forslag/ (JSON suggestions for the search box)."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from portal.saved import fill_save_slots, save_slot_parts
from search import service
from search.models import QueryLog


@require_GET
def search_view(request):
    outcome = service.search(request.GET)
    if outcome.query:
        QueryLog.record(
            query=outcome.query,
            backend=outcome.backend,
            hits=outcome.total,
            duration_ms=outcome.duration_ms,
            degraded=outcome.degraded,
        )
    return render(
        request,
        "search/search.html",
        {
            "outcome": outcome,
            "search_query": outcome.query,
            "results_html": results_html(request, outcome) if outcome.query else "",
        },
    )


def results_html(request, outcome):
    """The results and filters (search/includes/results.html) for this reader.

    The HTML is the same for every reader of the same request under the same
    content generation, except the Lagre buttons: it is rendered once, cached
    like the outcome (search/service.py), and each button's state and the
    reader's CSRF token are put in per request (portal.saved.fill_save_slots).
    Rendering 20 result cards took about two thirds of a repeated search.
    """
    key = service.cache_key(
        "search-html",
        outcome.generation,
        (settings.SEARCH_BACKEND, request.get_full_path()),
    )
    parts = None if outcome.degraded else cache.get(key)
    if parts is None:
        link_facets(request, outcome)
        slots = {}
        html = render_to_string(
            "search/includes/results.html",
            {"outcome": outcome, "save_slots": slots},
            request=request,
        )
        parts = save_slot_parts(html, slots)
        if not outcome.degraded:
            cache.set(key, parts, service.SHARED_TIMEOUT)
    return fill_save_slots(parts, request)


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
