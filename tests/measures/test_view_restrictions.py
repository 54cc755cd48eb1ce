"""Measure pages look up view restrictions in one query
(ViewRestrictionsInOneQueryMixin): it must find what Wagtail's own lookup finds."""

from urllib.parse import quote

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from measures.factories import MeasurePageFactory


def assert_refused(client, measure):
    """Wagtail sends a logged-in reader outside the restriction's groups to its
    login page, which is ours (/logg-inn/); a reader already logged in gets the
    Norwegian 403 page there, and nothing of the page comes with any answer."""
    response = client.get(measure.url)
    assert response.status_code == 302
    login = reverse("wagtailcore_login")
    assert response["Location"] == f"{login}?next={quote(measure.url)}"
    assert measure.title not in response.content.decode()
    followed = client.get(response["Location"], follow=True)
    assert [url for url, _ in followed.redirect_chain] == [
        f"{reverse('login')}?next={quote(measure.url)}"
    ]
    assert followed.status_code == 403
    assert measure.title not in followed.content.decode()


def assert_shown(client, measure):
    response = client.get(measure.url)
    assert response.status_code == 200
    assert measure.title in response.content.decode()


@pytest.mark.django_db
def test_a_restriction_on_the_measure_list_covers_its_measures(
    client, staff_user, editor_user
):
    measure = MeasurePageFactory(title="Tiltak bare for redaktører")
    index = Page.objects.get(slug="tiltak")
    restriction = PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Redaktører")])

    assert list(measure.get_view_restrictions()) == [restriction]
    assert list(measure.get_view_restrictions()) == list(
        Page.get_view_restrictions(measure)
    )
    client.force_login(staff_user)
    assert_refused(client, measure)
    client.force_login(editor_user)  # in the group: the restriction lets them in
    assert_shown(client, measure)


@pytest.mark.django_db
def test_a_restriction_on_the_measure_itself_and_none_elsewhere(staff_client):
    measure = MeasurePageFactory(title="Begrenset tiltak")
    other = MeasurePageFactory(title="Åpent tiltak")
    assert not measure.get_view_restrictions().exists()
    restriction = PageViewRestriction.objects.create(
        page=measure, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Redaktører")])
    assert list(measure.get_view_restrictions()) == [restriction]
    assert not other.get_view_restrictions().exists()
    assert_refused(staff_client, measure)
    assert_shown(staff_client, other)


@pytest.mark.django_db
def test_an_alias_has_the_restrictions_of_its_original():
    original = MeasurePageFactory()
    alias = original.create_alias(update_slug="alias-av-tiltaket").specific
    restriction = PageViewRestriction.objects.create(
        page=original, restriction_type=PageViewRestriction.LOGIN
    )
    assert list(alias.get_view_restrictions()) == [restriction]
    assert list(Page.get_view_restrictions(alias)) == [restriction]
