"""The measure page's cached body: fresh after every change, never anyone's own.

portal.page_cache caches the part of a measure page that is the same for every
reader. These tests hold it to that: a publish (or an edit to something the page
shows from elsewhere) is visible on the very next request, and what belongs to
one user (name, saved state, CSRF token) never reaches another.
"""

import re

import pytest
from django.test import Client, RequestFactory

from measures.factories import (
    MeasurePageFactory,
    SituationFactory,
    VisualSupportFactory,
)
from measures.models import MeasurePage, MeasureRelatedMeasure, MeasureVisualSupport
from portal.page_cache import fragment_key
from portal.saved import services as saved
from team.factories import ProfileFactory, UserFactory


@pytest.fixture
def measure(db):
    page = MeasurePageFactory(
        title="Dagtavle i garderoben",
        materials="Laminert dagtavle",
        situations=[SituationFactory(name="påkledning", slug="pakledning")],
    )
    page.save_revision().publish()
    return MeasurePage.objects.get(pk=page.pk)


def get(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_published_change_shows_on_the_next_request(staff_client, measure):
    assert "Laminert dagtavle" in get(staff_client, measure)
    assert "Laminert dagtavle" in get(staff_client, measure)  # now from the cache

    measure.materials = "Dagtavle med borrelås"
    measure.save_revision().publish()

    html = get(staff_client, measure)
    assert "Dagtavle med borrelås" in html
    assert "Laminert dagtavle" not in html


def test_a_draft_does_not_show_until_it_is_published(staff_client, measure):
    get(staff_client, measure)
    measure.materials = "Utkast til materiell"
    measure.save_revision()  # saved, not published
    assert "Utkast til materiell" not in get(staff_client, measure)


def test_edits_to_what_the_page_shows_from_elsewhere_show_at_once(
    staff_client, measure
):
    image = VisualSupportFactory(title="Piktogram jakke")
    MeasureVisualSupport.objects.create(page=measure, image=image, sort_order=0)
    related = MeasurePageFactory(title="Først–så-tavle")
    MeasureRelatedMeasure.objects.create(page=measure, measure=related, sort_order=0)
    html = get(staff_client, measure)
    assert "Piktogram jakke" in html and "Først–så-tavle" in html

    image.title = "Piktogram vinterjakke"
    image.save()
    situation = measure.situations.get()
    situation.name = "av- og påkledning"
    situation.save()
    related.title = "Først–så-tavle i garderoben"
    related.save_revision().publish()

    html = get(staff_client, measure)
    assert "Piktogram vinterjakke" in html
    assert "av- og påkledning" in html
    assert "Først–så-tavle i garderoben" in html


def test_an_unpublished_measure_is_gone_at_once(staff_client, measure):
    get(staff_client, measure)
    url = measure.url
    measure.unpublish()
    assert staff_client.get(url).status_code == 404


def test_user_specific_parts_are_not_shared_between_users(measure):
    first = UserFactory(first_name="Aslaug", last_name="Ås", group="Ansatte")
    second = UserFactory(first_name="Bjørn", last_name="Bø", group="Ansatte")
    ProfileFactory(user=first)
    ProfileFactory(user=second)
    saved.save(first, measure)
    first_client, second_client = Client(), Client()
    first_client.force_login(first)
    second_client.force_login(second)

    first_html = get(first_client, measure)  # renders and caches the body
    second_html = get(second_client, measure)  # the body comes from the cache

    assert "Aslaug Ås" in first_html and "Aslaug Ås" not in second_html
    assert "Bjørn Bø" in second_html and "Bjørn Bø" not in first_html
    assert 'value="remove"' in first_html  # saved by the first user only
    assert 'value="save"' in second_html and 'value="remove"' not in second_html
    # Each page's CSRF token is the one of its own user's session.
    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    first_tokens = set(token.findall(first_html))
    second_tokens = set(token.findall(second_html))
    assert first_tokens and second_tokens and not first_tokens & second_tokens
    # …and the shared body really was shared.
    shared = 'class="article__layout"'
    assert (
        first_html.split(shared)[1].split("print-url")[0]
        == second_html.split(shared)[1].split("print-url")[0]
    )


def test_a_preview_shows_the_draft_and_never_fills_the_cache(staff_client, measure):
    get(staff_client, measure)
    draft = MeasurePage.objects.get(pk=measure.pk)
    draft.materials = "Ikke publisert ennå"
    cookie = f"sessionid={staff_client.cookies['sessionid'].value}"
    request = RequestFactory().get("/", HTTP_COOKIE=cookie)
    preview = draft.make_preview_request(original_request=request)
    assert "Ikke publisert ennå" in preview.content.decode()
    assert "Ikke publisert ennå" not in get(staff_client, measure)


def test_the_cache_key_names_the_page_and_its_live_revision(measure):
    key = fragment_key(RequestFactory().get("/"), measure, "body")
    assert f":{measure.pk}:{measure.live_revision_id}:" in key


def test_a_new_slug_moves_the_page_at_once(staff_client, measure):
    old_url = measure.url
    get(staff_client, measure)  # route and body cached
    measure.slug = "dagtavle-i-gangen"
    measure.save_revision().publish()
    measure.refresh_from_db()
    assert measure.url != old_url
    assert staff_client.get(old_url).status_code == 404
    assert "Dagtavle i garderoben" in get(staff_client, measure)
