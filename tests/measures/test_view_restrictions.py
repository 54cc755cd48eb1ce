"""Measure pages look up view restrictions in one query
(ViewRestrictionsInOneQueryMixin): it must find what Wagtail's own lookup finds."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from measures.factories import MeasurePageFactory


@pytest.mark.django_db
def test_a_restriction_on_the_measure_list_covers_its_measures(staff_client):
    measure = MeasurePageFactory()
    index = Page.objects.get(slug="tiltak")
    restriction = PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Redaktører")])

    assert list(measure.get_view_restrictions()) == [restriction]
    assert list(measure.get_view_restrictions()) == list(
        Page.get_view_restrictions(measure)
    )
    assert staff_client.get(measure.url).status_code != 200


@pytest.mark.django_db
def test_a_restriction_on_the_measure_itself_and_none_elsewhere(staff_client):
    measure, other = MeasurePageFactory(), MeasurePageFactory()
    assert not measure.get_view_restrictions().exists()
    restriction = PageViewRestriction.objects.create(
        page=measure, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Redaktører")])
    assert list(measure.get_view_restrictions()) == [restriction]
    assert not other.get_view_restrictions().exists()
    assert staff_client.get(measure.url).status_code != 200
    assert staff_client.get(other.url).status_code == 200


@pytest.mark.django_db
def test_an_alias_has_the_restrictions_of_its_original():
    original = MeasurePageFactory()
    alias = original.create_alias(update_slug="alias-av-tiltaket").specific
    restriction = PageViewRestriction.objects.create(
        page=original, restriction_type=PageViewRestriction.LOGIN
    )
    assert list(alias.get_view_restrictions()) == [restriction]
    assert list(Page.get_view_restrictions(alias)) == [restriction]
