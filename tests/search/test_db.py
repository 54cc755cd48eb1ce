"""search/db.py: ids as one parameter, and what a ranking needs in one statement.

Runs on SQLite and on PostgreSQL (CI's second configuration), whose SQL differs.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from measures.factories import (
    MeasurePageFactory,
    SituationFactory,
    VisualSupportFactory,
)
from measures.models import MeasurePage, VisualSupport
from portal import kinds
from portal.choices import FocusArea
from portal.factories import MeetingMaterialPageFactory, WheelPeriodPageFactory
from search import db, service

pytestmark = pytest.mark.django_db


def test_any_of_finds_the_same_rows_as_in():
    pages = [MeasurePageFactory() for _ in range(3)]
    wanted = [pages[0].pk, pages[2].pk, 10**9]
    assert set(
        MeasurePage.objects.filter(pk__any_of=wanted).values_list("pk", flat=True)
    ) == {pages[0].pk, pages[2].pk}
    assert not MeasurePage.objects.filter(pk__any_of=[]).exists()
    image = VisualSupportFactory()
    assert list(VisualSupport.objects.filter(pk__any_of=[image.pk])) == [image]


def test_the_sql_is_the_same_for_any_number_of_ids():
    # The driver and the database reuse what they parsed only for the same text.
    one = MeasurePage.objects.filter(pk__any_of=[1]).query.sql_with_params()
    many = MeasurePage.objects.filter(pk__any_of=range(1, 200)).query.sql_with_params()
    assert one[0] == many[0]
    assert len(one[1]) == len(many[1])
    assert "199" not in many[0]


def facet_rows(measure_ids, image_ids):
    """The situation and tag rows of ``search_facts`` alone."""
    return db.search_facts(measure_ids, image_ids, kinds.page_models(), "x").facets


def test_facet_rows_reads_situations_and_tags_of_measures_and_images():
    dressing = SituationFactory(name="Påkledning", slug="pakledning")
    meal = SituationFactory(name="Måltid", slug="maltid")
    measure = MeasurePageFactory()
    measure.situations.add(dressing)
    measure.tags.add("overgang")
    measure.save()
    other = MeasurePageFactory()
    other.situations.add(meal)
    other.save()
    image = VisualSupportFactory()
    image.situations.add(meal)
    image.tags.add("piktogram")
    rows = set(facet_rows([measure.pk], [image.pk]))
    assert rows == {
        ("tiltak", "situation", measure.pk, "pakledning", "Påkledning"),
        ("tiltak", "tag", measure.pk, "overgang", "overgang"),
        ("visuell-stotte", "situation", image.pk, "maltid", "Måltid"),
        ("visuell-stotte", "tag", image.pk, "piktogram", "piktogram"),
    }
    assert facet_rows([], []) == []
    assert set(facet_rows([other.pk], [])) == {
        ("tiltak", "situation", other.pk, "maltid", "Måltid")
    }


def test_search_facts_keeps_what_wagtail_calls_live_and_public():
    shown = MeasurePageFactory(focus_area=FocusArea.PLAY_AND_LEARNING)
    meeting = MeetingMaterialPageFactory(focus_area=FocusArea.EMOTIONAL)
    period = WheelPeriodPageFactory()
    draft = MeasurePageFactory()
    draft.unpublish()
    private = MeasurePageFactory()
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Redaktører")])
    below_private = MeasurePageFactory(parent=meeting)
    PageViewRestriction.objects.create(
        page=meeting.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    home = Page.objects.get(depth=2)  # live and public, but not a searchable type
    ids = [p.pk for p in (shown, meeting, period, draft, private, below_private, home)]
    ids.append(10**9)  # gone from the database, still in the index

    facts = db.search_facts(ids, [], kinds.page_models(), "x")

    wagtail = set(
        Page.objects.live()
        .public()
        .type(*kinds.page_models())
        .filter(pk__in=ids)
        .values_list("pk", flat=True)
    )
    assert set(facts.pages) == wagtail == {shown.pk, period.pk}
    assert facts.pages[shown.pk] == (shown.content_type_id, FocusArea.PLAY_AND_LEARNING)
    assert facts.pages[period.pk] == (period.content_type_id, period.focus_area)
    assert not facts.images and not facts.facets and not facts.promoted


def test_search_facts_reads_images_facets_and_recommendations_together():
    meal = SituationFactory(name="Måltid", slug="maltid")
    measure = MeasurePageFactory()
    measure.situations.add(meal)
    measure.save()
    image = VisualSupportFactory()
    image.tags.add("piktogram")
    SearchPromotion.objects.create(query=Query.get("Måltid"), page=measure)

    facts = db.search_facts(
        [measure.pk],
        [image.pk, 10**9],
        kinds.page_models(),
        service.promotion_key("Måltid"),
    )

    assert set(facts.pages) == {measure.pk}
    assert facts.images == {image.pk}
    assert set(facts.facets) == {
        ("tiltak", "situation", measure.pk, "maltid", "Måltid"),
        ("visuell-stotte", "tag", image.pk, "piktogram", "piktogram"),
    }
    assert facts.promoted
    assert not db.search_facts([], [], kinds.page_models(), "noe annet").promoted


def test_suggestion_rows_give_titles_of_visible_pages_and_existing_images():
    shown = MeasurePageFactory(title="Dagtavle")
    private = MeasurePageFactory(title="Dagtavle privat")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    draft = MeasurePageFactory(title="Dagtavle utkast")
    draft.unpublish()
    image = VisualSupportFactory(title="Dagtavle-piktogram")

    pages, images = db.suggestion_rows(
        [shown.pk, private.pk, draft.pk, 10**9],
        [image.pk, 10**9],
        kinds.page_models(),
    )

    assert pages == [(shown.pk, "Dagtavle", shown.url_path, shown.content_type_id)]
    assert images == [(image.pk, "Dagtavle-piktogram", None, None)]
    assert db.suggestion_rows([], [], kinds.page_models()) == ([], [])


def test_a_suggested_page_links_where_the_page_is(index_ready):
    page = MeasurePageFactory(title="Garderobetavle")
    image = VisualSupportFactory(title="Garderobe-piktogram")
    index_ready()
    found = service.suggest("garderobe")[0]
    assert {"title": "Garderobetavle", "url": page.url, "type": "tiltak"} in found
    assert {
        "title": "Garderobe-piktogram",
        "url": image.get_absolute_url(),
        "type": "visuell støtte",
    } in found


def test_suggestions_cost_the_same_statements_for_one_hit_or_many(index_ready):
    # A statement per suggested item (e.g. building a VisualSupport instance
    # reads the root collection) would add up on every keystroke.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    MeasurePageFactory(title="Hvilestund")
    VisualSupportFactory(title="Hvilestund-bilde")
    index_ready()
    service.suggest("hvilestund")  # warm: content types, site root paths
    with CaptureQueriesContext(connection) as one:
        assert len(service.suggest("hvilestund")[0]) == 2
    for n in range(3):
        MeasurePageFactory(title=f"Hvilestund {n}")
        VisualSupportFactory(title=f"Hvilestund-bilde {n}")
    index_ready()
    service.suggest("hvilestund")
    with CaptureQueriesContext(connection) as many:
        assert len(service.suggest("hvilestund")[0]) == 8
    assert len(many.captured_queries) == len(one.captured_queries)
