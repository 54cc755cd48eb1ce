"""List and detail pages run a fixed number of queries, however much they show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from measures.factories import (
    MeasurePageFactory,
    SituationFactory,
    VisualSupportFactory,
)
from measures.models import MeasureRelatedMeasure, MeasureVisualSupport
from portal.page_cache import bump_generation
from team.factories import TeamMemberFactory

# Pinned budgets: raise them only with a reason in the commit message.
# The measure page: rendered from scratch (right after a publish, nothing cached)
# and with its route and shared body cached (portal.page_cache), as every reader
# after the first sees it.
MEASURE_PAGE_QUERIES = 15
MEASURE_PAGE_CACHED_QUERIES = 5
MEASURE_LIST_QUERIES = 16
GALLERY_QUERIES = 16


def rich_measure(n_images, n_tags, n_related, n_situations=3, n_steps=1):
    """A measure with ``n_*`` of everything it shows, each step with an image."""
    situations = [SituationFactory() for _ in range(n_situations)]
    steps = [
        {
            "type": "step",
            "value": {
                "text": f"Steg {i}",
                "image": {
                    "image": VisualSupportFactory().pk,
                    "decorative": False,
                    "alt_text": f"Bilde til steg {i}",
                },
            },
        }
        for i in range(n_steps)
    ]
    page = MeasurePageFactory(
        situations=situations, steps=steps, owner_contact=TeamMemberFactory()
    )
    page.tags.add(*[f"stikkord{i}" for i in range(n_tags)])
    page.save()
    for i in range(n_images):
        MeasureVisualSupport.objects.create(
            page=page, image=VisualSupportFactory(), sort_order=i
        )
    for i in range(n_related):
        MeasureRelatedMeasure.objects.create(
            page=page, measure=MeasurePageFactory(), sort_order=i
        )
    return page


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def body(html):
    return html.split('class="article__layout"', 1)[1].split("print-url", 1)[0]


@pytest.mark.django_db
def test_measure_page_queries_are_the_same_for_a_small_and_a_large_measure(
    staff_client,
):
    small = rich_measure(n_images=1, n_tags=1, n_related=1, n_situations=1)
    large = rich_measure(
        n_images=12, n_tags=15, n_related=8, n_situations=8, n_steps=10
    )
    counts = {}
    for name, page in (("small", small), ("large", large)):
        staff_client.get(page.url)  # renditions are created on the first view
        bump_generation()  # as a publish does: the cached body is stale
        cold, html = queries_for(staff_client, page.url)
        warm, cached_html = queries_for(staff_client, page.url)
        counts[name] = (cold, warm)
        # The cached body is the one just rendered.
        assert body(cached_html) == body(html)
    large_html = html
    assert large_html.count('class="tag"') == 15
    assert large_html.count('class="step"') == 10
    assert large_html.count('class="thumb"') == 12
    assert counts["small"] == counts["large"], counts
    cold, warm = counts["large"]
    assert cold <= MEASURE_PAGE_QUERIES, counts
    assert warm <= MEASURE_PAGE_CACHED_QUERIES, counts
    assert warm < cold  # the cache does spare the content queries


@pytest.mark.django_db
@pytest.mark.parametrize("size", [1, 8])
def test_measure_page_queries_do_not_grow_with_content(
    staff_client, django_assert_max_num_queries, size
):
    page = rich_measure(n_images=size, n_tags=size, n_related=size, n_steps=size)
    staff_client.get(page.url)  # renditions are created on the first view
    bump_generation()
    with django_assert_max_num_queries(MEASURE_PAGE_QUERIES):
        response = staff_client.get(page.url)
    assert response.status_code == 200


@pytest.mark.django_db
def test_measure_list_queries_do_not_grow_with_measures(
    staff_client, django_assert_max_num_queries
):
    for _ in range(30):
        MeasurePageFactory(situations=[SituationFactory()])
    with django_assert_max_num_queries(MEASURE_LIST_QUERIES):
        response = staff_client.get("/tiltak/")
    assert response.status_code == 200
    assert response.content.decode().count('href="/tiltak/tiltak-') >= 24


@pytest.mark.django_db
def test_gallery_queries_do_not_grow_with_images(
    staff_client, django_assert_max_num_queries
):
    for _ in range(30):
        VisualSupportFactory()
    gallery = Page.objects.get(slug="visuell-stotte")
    staff_client.get(gallery.url)
    with django_assert_max_num_queries(GALLERY_QUERIES):
        response = staff_client.get(gallery.url)
    assert response.status_code == 200
