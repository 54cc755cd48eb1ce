"""Editors' recommended results («Anbefalt») never lead a reader to a page they
cannot open: a recommendation of a page behind a view restriction is left out."""

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from measures.factories import MeasurePageFactory


def publish(title):
    page = MeasurePageFactory(title=title, live=False)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def recommendations(db, index_ready):
    public = publish("Garderoben steg for steg")
    restricted = publish("Garderobeplan for redaktørene")
    restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Redaktører")])
    query = Query.get("garderobe")
    SearchPromotion.objects.create(query=query, page=restricted, sort_order=0)
    SearchPromotion.objects.create(query=query, page=public, sort_order=1)
    index_ready()
    return public, restricted


def test_a_recommended_page_the_reader_cannot_open_is_not_shown(
    staff_client, recommendations
):
    public, restricted = recommendations
    # The reader (Ansatte) cannot open the restricted page …
    assert staff_client.get(restricted.url).status_code != 200
    response = staff_client.get("/sok/", {"q": "garderobe"})
    outcome = response.context["outcome"]
    assert not outcome.degraded
    # … so of the two recommendations only the public one is shown.
    assert [(p.title, p.url) for p in outcome.promotions] == [
        (public.title, public.url)
    ]
    html = response.content.decode()
    assert restricted.title not in html
    assert restricted.url not in html
