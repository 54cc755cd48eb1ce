"""/sok/ (the results page) and /sok/forslag/ (JSON suggestions for the search box)."""

from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from portal.saved import saved_keys_for
from search import service
from search.models import QueryLog


@require_GET
def search_view(request):
    outcome = service.search(request.GET)
    if outcome.query:
        QueryLog.objects.create(
            query=outcome.query,
            backend=outcome.backend,
            hits=outcome.total,
            duration_ms=outcome.duration_ms,
            degraded=outcome.degraded,
        )
    params = request.GET.copy()
    params.pop("side", None)
    # Each filter links to this search with its value toggled (and page 1). Built
    # from plain lists: a results page has up to about 40 such links.
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
    return render(
        request,
        "search/search.html",
        {
            "outcome": outcome,
            "search_query": outcome.query,
            "querystring_without_page": params.urlencode(),
            "result_types": service.RESULT_TYPES,
            "saved_keys": saved_keys_for(request),
        },
    )


@require_GET
def suggestions_view(request):
    items, backend, degraded = service.suggest(request.GET.get("q", ""))
    return JsonResponse(
        {"suggestions": items, "degraded": degraded},
        json_dumps_params={"ensure_ascii": False},
    )
