"""Cached page routes and HTML fragments, shared by every logged-in reader.

RouteCacheMiddleware (below) caches Wagtail's routing result per path.

What is cached is only the part of a page that is the same for everyone (a
measure's body: steps, visual supports, facts, related measures). It is rendered
with a plain template Context — no context processors, so no user, CSRF token or
messages can end up in it — and the page around it (user menu, save button, CSRF
token) is rendered per request as before.

A fragment's key holds the page id, its live revision and the content generation
(ContentGeneration, below), which goes up on every publish, unpublish, move
or deletion of a page and every change to what pages show from elsewhere (visual
supports, situations, tags, inclusion-team contacts). A stale fragment is thus never
read, in any worker; old entries simply age out of the cache. Previews are never
cached (they show unsaved content under the live page's id).

The cache is Django's default cache: LocMemCache per process (portal/settings/base.py).

This module is part of the kernel and imports no app: the models whose changes
make fragments stale are every content kind's (portal.kinds) plus those the
owning apps add with ``watch(model)`` in their ``AppConfig.ready()``.
"""

import pickle

from django.core.cache import cache
from django.db import IntegrityError, connection, models, transaction
from django.db.models.signals import post_delete, post_save
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import (
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal import kinds

# Long enough to serve a whole working day from memory; correctness comes from the
# key, not from expiry.
FRAGMENT_TIMEOUT = 12 * 60 * 60
GENERATION_PK = 1


class ContentGeneration(models.Model):
    """A single counter that goes up whenever content shown on cached pages changes.

    Cached page fragments carry the counter in their key, so a publish anywhere
    makes every process render afresh on its next request. It lives in the
    database, not in the cache, because each gunicorn worker has its own
    in-memory cache: a signal handled in one worker cannot clear the others',
    but all of them read this row (one primary-key lookup per cached page view).
    """

    value = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "content generation"

    def __str__(self):
        return str(self.value)


def current_generation():
    # Raw SQL: read on every page view, and the ORM's query compilation would
    # cost more than the lookup itself.
    table = connection.ops.quote_name(ContentGeneration._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT value FROM {table} WHERE id = %s",  # noqa: S608 (our own table)
            [GENERATION_PK],
        )
        row = cursor.fetchone()
    return row[0] if row else 0


def bump_generation(**kwargs):
    """Make every cached fragment stale (connected to the signals below)."""
    updated = ContentGeneration.objects.filter(pk=GENERATION_PK).update(
        value=models.F("value") + 1
    )
    if not updated:
        try:
            with transaction.atomic():
                ContentGeneration.objects.create(pk=GENERATION_PK, value=1)
        except IntegrityError:  # created by a concurrent request meanwhile
            bump_generation()


def generation_for(request):
    """The content generation, read once per request."""
    if not hasattr(request, "_portal_content_generation"):
        request._portal_content_generation = current_generation()
    return request._portal_content_generation


def fragment_key(request, page, name):
    return ":".join(
        [
            "page-fragment",
            name,
            str(page.pk),
            str(page.live_revision_id or 0),
            str(generation_for(request)),
            get_language() or "",
        ]
    )


def cached_fragment(request, page, template_name, build_context):
    """The HTML of ``template_name`` for ``page``, from the cache when possible.

    ``build_context`` is called only on a miss, so the queries it makes (tags,
    images, renditions, …) are skipped whenever the fragment is cached.
    """
    if getattr(request, "is_preview", False) or not page.live:
        return render_to_string(template_name, build_context())
    key = fragment_key(request, page, template_name)
    html = cache.get(key)
    if html is None:
        html = render_to_string(template_name, build_context())
        cache.set(key, html, FRAGMENT_TIMEOUT)
    return html


class RouteCacheMiddleware:
    """Wagtail's page routing from the cache: the Site and the routed page.

    Routing /tiltak/<slug>/ costs five queries with wide SELECTs over the page
    tree (the site, then each level and its specific row) and is most of the time
    a cached measure page takes. The result of Page.route_for_request() is cached
    per host, path and content generation — which goes up on every save, publish,
    unpublish or move of any page and every save of a Site — so a cached route is
    the route the database would give. Wagtail's serve() then uses it as its own
    (request._wagtail_site / _wagtail_route_for_request); view restrictions and
    everything after routing run on every request as before. Values are pickled
    (LocMemCache), so each request gets its own copy of the page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Here, not at the top: wagtail.views needs the models loaded, and this
        # module defines one (ContentGeneration).
        from wagtail.views import serve

        if view_func is not serve or request.method not in ("GET", "HEAD"):
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        key = ":".join(
            [
                "page-route",
                request.get_host(),
                str(request.get_port()),
                path,
                str(generation_for(request)),
            ]
        )
        cached = cache.get(key)
        if cached is not None:
            request._wagtail_site, request._wagtail_route_for_request = cached
            return None
        route = Page.route_for_request(request, path)
        if route is not None:
            try:
                cache.set(key, (request._wagtail_site, route), FRAGMENT_TIMEOUT)
            except (pickle.PicklingError, TypeError, AttributeError):
                # A route that cannot be pickled (say, a RoutablePageMixin view
                # closure) is simply not cached.
                pass
        return None


# Pages and view restrictions: a cached body shows related measures and visual
# supports only while every reader may open them (portal.access). The apps add
# what their pages show from elsewhere (page_cache.watch in AppConfig.ready()).
_watched = [Page, PageViewRestriction, CollectionViewRestriction]


def watch(model):
    """Make a change to any ``model`` row make every cached fragment stale."""
    if model not in _watched:
        _watched.append(model)


def _watched_models():
    return (*_watched, *kinds.models())


def _on_model_change(sender, instance, **kwargs):
    if isinstance(instance, _watched_models()):
        bump_generation()


def connect_signals():
    page_published.connect(bump_generation, dispatch_uid="page_cache_published")
    page_unpublished.connect(bump_generation, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="page_cache_moved")
    post_save.connect(_on_model_change, dispatch_uid="page_cache_post_save")
    post_delete.connect(_on_model_change, dispatch_uid="page_cache_post_delete")
