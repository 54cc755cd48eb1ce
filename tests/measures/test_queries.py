"""List and detail pages run a fixed number of queries, however much they show."""

import pytest
from wagtail.models import Page

from measures.factories import (
    MeasurePageFactory,
    SituationFactory,
    VisualSupportFactory,
)
from measures.models import MeasureRelatedMeasure, MeasureVisualSupport

# Pinned budgets: raise them only with a reason in the commit message.
MEASURE_PAGE_QUERIES = 20
MEASURE_LIST_QUERIES = 16
GALLERY_QUERIES = 16


def rich_measure(n_images, n_tags, n_related):
    situations = [SituationFactory() for _ in range(3)]
    page = MeasurePageFactory(situations=situations)
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


@pytest.mark.django_db
@pytest.mark.parametrize("size", [1, 8])
def test_measure_page_queries_do_not_grow_with_content(
    staff_client, django_assert_max_num_queries, size
):
    page = rich_measure(n_images=size, n_tags=size, n_related=size)
    staff_client.get(page.url)  # renditions are created on the first view
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
