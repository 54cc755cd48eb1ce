"""Who may open what: the one place listings and file views ask.

Pages. Wagtail's view restrictions decide who opens a page (its serve view checks
them on every request). Listings, links, the saved items, collections, the print
pack, the home page and search show only pages that *every* reader may open:
live and not at or below a page with a view restriction of any kind (Wagtail's
``public()``). A restricted page is reached only by its address, by those its
restriction lets in. Not the reader's own restrictions, on purpose: the lists
every reader shares are cached (portal.page_cache, search result pages), so what
they show must not depend on who reads them.

Documents and images. Wagtail restricts documents by their collection
(``CollectionViewRestriction``); the portal applies the same rule to visual
supports (images), their renditions and every file under /media/, so that a file
is never easier to reach than the object it belongs to.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)


def open_pages(queryset=None):
    """Pages every reader may open: live and under no view restriction."""
    if queryset is None:
        queryset = Page.objects.all()
    return queryset.live().public()


def only_open(queryset, field):
    """Rows of ``queryset`` whose page in ``field`` every reader may open
    (links from one page to another: related measures, meeting materials, …).

    The same rule as ``open_pages`` in the same query: the page is live and no
    view restriction sits on it or on an ancestor (whose path is a prefix of
    its path). ``public()`` would first read every restriction in a query of
    its own, which the pages' query budgets (tests/measures/test_queries.py)
    have no room for.
    """
    path = f"{field}__path"
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef(path), 1, Length("page__path"))
    )
    return queryset.filter(~Exists(restricted), **{f"{field}__live": True})


def refused_collection_ids(request):
    """Ids of the collections whose view restrictions ``request`` does not pass
    (the restricted collection and everything below it); cached on the request."""
    cached = getattr(request, "_refused_collection_ids", None)
    if cached is not None:
        return cached
    refused = Q()
    any_refused = False
    for restriction in CollectionViewRestriction.objects.select_related(
        "collection"
    ).prefetch_related("groups"):
        if not restriction.accept_request(request):
            any_refused = True
            refused |= Q(path__startswith=restriction.collection.path)
    ids = (
        frozenset(Collection.objects.filter(refused).values_list("pk", flat=True))
        if any_refused
        else frozenset()
    )
    request._refused_collection_ids = ids
    return ids


def open_images(queryset, field=""):
    """Images (or documents) in no restricted collection — what every reader may
    open, as ``open_pages`` is for pages; ``field`` names the image when
    ``queryset`` holds rows pointing at images. In the same query: no
    collection view restriction sits on the image's collection or an ancestor
    (whose path is a prefix of its path)."""
    path = f"{field}__collection__path" if field else "collection__path"
    restricted = CollectionViewRestriction.objects.filter(
        collection__path=Substr(OuterRef(path), 1, Length("collection__path"))
    )
    return queryset.filter(~Exists(restricted))


def may_open_collection_item(request, obj):
    """Whether ``request`` may open a document or image (by its collection)."""
    return obj.collection_id not in refused_collection_ids(request)


def open_collection_items(request, queryset, field="collection"):
    """``queryset`` (documents, images, or rows pointing at them through
    ``field``) without what lies in a collection ``request`` may not open."""
    refused = refused_collection_ids(request)
    if not refused:
        return queryset
    return queryset.exclude(**{f"{field}__in": refused})
