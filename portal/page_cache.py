"""Cached HTML fragments of published pages, shared by every logged-in reader.

What is cached is only the part of a page that is the same for everyone (a
measure's body: steps, visual supports, facts, related measures). It is rendered
with a plain template Context — no context processors, so no user, CSRF token or
messages can end up in it — and the page around it (user menu, save button, CSRF
token) is rendered per request as before.

A fragment's key holds the page id, its live revision and the content generation
(portal.models.ContentGeneration), which goes up on every publish, unpublish, move
or deletion of a page and every change to what pages show from elsewhere (visual
supports, situations, tags, inclusion-team contacts). A stale fragment is thus never
read, in any worker; old entries simply age out of the cache. Previews are never
cached (they show unsaved content under the live page's id).

The cache is Django's default cache: LocMemCache per process (portal/settings/base.py).
"""

from django.core.cache import cache
from django.db import IntegrityError, models, transaction
from django.db.models import Subquery
from django.db.models.signals import post_delete, post_save
from django.template.loader import render_to_string
from django.utils.translation import get_language

# Long enough to serve a whole working day from memory; correctness comes from the
# key, not from expiry.
FRAGMENT_TIMEOUT = 12 * 60 * 60
GENERATION_PK = 1


def current_generation():
    from portal.models import ContentGeneration

    value = (
        ContentGeneration.objects.filter(pk=GENERATION_PK)
        .values_list("value", flat=True)
        .first()
    )
    return value or 0


def bump_generation(**kwargs):
    """Make every cached fragment stale (connected to the signals below)."""
    from portal.models import ContentGeneration

    updated = ContentGeneration.objects.filter(pk=GENERATION_PK).update(
        value=models.F("value") + 1
    )
    if not updated:
        try:
            with transaction.atomic():
                ContentGeneration.objects.create(pk=GENERATION_PK, value=1)
        except IntegrityError:  # created by a concurrent request meanwhile
            bump_generation()


def content_generation_subquery():
    """For ``.annotate(content_generation=…)``: the generation fetched along with
    the page that is routed to, saving its own query on every view."""
    from portal.models import ContentGeneration

    return Subquery(
        ContentGeneration.objects.filter(pk=GENERATION_PK).values("value")[:1]
    )


def fragment_key(page, name):
    generation = page.__dict__.get("content_generation")
    if generation is None:
        generation = current_generation()
    return ":".join(
        [
            "page-fragment",
            name,
            str(page.pk),
            str(page.live_revision_id or 0),
            str(generation),
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
    key = fragment_key(page, template_name)
    html = cache.get(key)
    if html is None:
        html = render_to_string(template_name, build_context())
        cache.set(key, html, FRAGMENT_TIMEOUT)
    return html


def _watched_models():
    from taggit.models import Tag
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from measures.models import Situation
    from team.models import TeamMember

    return (Page, get_image_model(), Situation, Tag, TeamMember)


def _on_model_change(sender, instance, **kwargs):
    if isinstance(instance, _watched_models()):
        bump_generation()


def connect_signals():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(bump_generation, dispatch_uid="page_cache_published")
    page_unpublished.connect(bump_generation, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="page_cache_moved")
    post_save.connect(_on_model_change, dispatch_uid="page_cache_post_save")
    post_delete.connect(_on_model_change, dispatch_uid="page_cache_post_delete")
