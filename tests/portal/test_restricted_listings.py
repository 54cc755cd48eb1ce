"""A page under a view restriction is listed nowhere: not in the measure list,
related-measure links, a visual support's "used in" list, the wheel, meeting
materials, the home page, "Mine lagrede", collections or the print pack
(portal.access; issues #12 and #17)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from measures.factories import MeasurePageFactory, VisualSupportFactory
from measures.models import MeasureRelatedMeasure, MeasureVisualSupport
from portal.factories import (
    MeetingMaterialPageFactory,
    SavedCollectionFactory,
    WheelPeriodPageFactory,
    save_for,
)
from portal.models import (
    MeetingMaterialRelatedMeasure,
    PeriodMeetingMaterial,
    PeriodRelatedMeasure,
    SavedCollectionItem,
)

pytestmark = pytest.mark.django_db

SECRET = "Hemmelig styrertiltak"


def published(factory=MeasurePageFactory, **kwargs):
    page = factory(live=False, **kwargs)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def restrict(page, group="Styrere"):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=group)])
    return restriction


def assert_not_listed(html, page):
    assert page.title not in html
    assert page.url not in html


@pytest.fixture
def secret():
    page = published(title=SECRET, slug="hemmelig-styrertiltak")
    restrict(page)
    return page


def test_measure_list_hides_restricted_measures(staff_client, secret):
    published(title="Åpent tiltak")
    html = staff_client.get("/tiltak/").content.decode()
    assert "Åpent tiltak" in html
    assert_not_listed(html, secret)


def test_related_measure_link_to_a_restricted_measure_is_hidden(staff_client, secret):
    measure = published(title="Åpent tiltak")
    MeasureRelatedMeasure.objects.create(page=measure, measure=secret, sort_order=0)
    html = staff_client.get(measure.url).content.decode()
    assert_not_listed(html, secret)


def test_restricting_a_related_measure_later_hides_it_from_a_cached_page(
    staff_client,
):
    measure = published(title="Åpent tiltak")
    related = published(title=SECRET, slug="hemmelig-styrertiltak")
    MeasureRelatedMeasure.objects.create(page=measure, measure=related, sort_order=0)
    assert SECRET in staff_client.get(measure.url).content.decode()  # now cached

    restrict(related)
    assert_not_listed(staff_client.get(measure.url).content.decode(), related)


def test_visual_support_used_in_hides_restricted_measures(staff_client, secret):
    image = VisualSupportFactory()
    MeasureVisualSupport.objects.create(page=secret, image=image)
    response = staff_client.get(f"/visuell-stotte/{image.pk}/")
    assert response.status_code == 200
    assert_not_listed(response.content.decode(), secret)


def test_wheel_period_hides_restricted_measures_and_materials(staff_client, secret):
    material = published(MeetingMaterialPageFactory, title="Hemmelig møte")
    restrict(material)
    period = published(WheelPeriodPageFactory, title="Høstperioden")
    PeriodRelatedMeasure.objects.create(page=period, measure=secret, sort_order=0)
    PeriodMeetingMaterial.objects.create(page=period, material=material, sort_order=0)
    html = staff_client.get(period.url).content.decode()
    assert_not_listed(html, secret)
    assert_not_listed(html, material)


def test_annual_wheel_hides_restricted_periods(staff_client):
    period = published(WheelPeriodPageFactory, title="Skjult periode")
    restrict(period)
    html = staff_client.get("/arshjul/").content.decode()
    assert_not_listed(html, period)


def test_meeting_materials_hide_restricted_material_and_measures(staff_client, secret):
    hidden = published(MeetingMaterialPageFactory, title="Hemmelig møte")
    restrict(hidden)
    material = published(MeetingMaterialPageFactory, title="Åpent møte")
    MeetingMaterialRelatedMeasure.objects.create(
        page=material, measure=secret, sort_order=0
    )
    listing = staff_client.get("/motemateriell/").content.decode()
    assert "Åpent møte" in listing
    assert_not_listed(listing, hidden)
    assert_not_listed(staff_client.get(material.url).content.decode(), secret)


def test_home_page_hides_restricted_pages(staff_client, secret):
    assert_not_listed(staff_client.get("/").content.decode(), secret)


def test_directors_are_listed_the_same_as_everyone(director_client, secret):
    """Lists are shared (and cached) by every reader; the page itself opens."""
    assert_not_listed(director_client.get("/tiltak/").content.decode(), secret)
    assert director_client.get(secret.url).status_code == 200


# --- "Mine lagrede", collections and the print pack (issue #17) ---


def renamed_and_restricted(page):
    """Saved while open; then restricted and renamed, so the snapshot title the
    saved item keeps differs from what only Styrere may now read."""
    restrict(page)
    page = type(page).objects.get(pk=page.pk)
    page.title = SECRET
    page.save_revision().publish()
    return page


def test_saved_list_does_not_show_a_restricted_target(staff_client, staff_user):
    page = published(title="Tiltak før")
    save_for(staff_user, page)
    page = renamed_and_restricted(page)
    html = staff_client.get("/lagret/").content.decode()
    assert "Ikke lenger tilgjengelig" in html
    assert_not_listed(html, page)


@pytest.mark.parametrize("suffix", ["", "skriv-ut/"])
def test_collection_and_print_pack_do_not_show_a_restricted_target(
    staff_client, staff_user, suffix
):
    collection = SavedCollectionFactory(owner=staff_user)
    page = published(title="Tiltak før", summary="Sammendrag som er hemmelig nå")
    item = save_for(staff_user, page)[0]
    SavedCollectionItem.objects.create(
        collection=collection,
        content_type_id=item.content_type_id,
        object_id=item.object_id,
        title=item.title,
        sort_order=0,
    )
    page = renamed_and_restricted(page)
    response = staff_client.get(f"/lagret/samlinger/{collection.pk}/{suffix}")
    assert response.status_code == 200
    html = response.content.decode()
    assert_not_listed(html, page)
    assert "Sammendrag som er hemmelig nå" not in html
