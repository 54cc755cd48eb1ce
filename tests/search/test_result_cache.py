"""What a search finds is cached per process (search/service.py ``find``), but a
change that editors make shows in the very next search, and nothing that belongs
to one reader (their saved items) is shared with another."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from measures.factories import VisualSupportFactory
from portal.saved import services as saved
from search import rank
from team.factories import UserFactory
from tests.helpers import publish


def titles(client, q):
    outcome = client.get("/sok/", {"q": q}).context["outcome"]
    return [r.title for r in outcome.results.object_list]


@pytest.fixture
def rank_calls(monkeypatch):
    """Counts the searches that reach the backend."""
    calls = []
    original = rank.ranked_rows

    def counting(*args, **kwargs):
        calls.append(args[1])
        return original(*args, **kwargs)

    monkeypatch.setattr(rank, "ranked_rows", counting)
    return calls


@pytest.fixture
def measure(db, index_ready):
    page = publish(title="Tegnstøtte ved lunsjbordet", summary="Tegn til mat.")
    index_ready()
    return page


def test_a_repeated_search_does_not_ask_the_backend_again(
    staff_client, measure, rank_calls
):
    assert titles(staff_client, "tegnstøtte") == [measure.title]
    assert titles(staff_client, "tegnstøtte") == [measure.title]
    assert len(rank_calls) == 1
    assert titles(staff_client, "tegnstotte") == [measure.title]
    assert len(rank_calls) == 2  # another query (its own recommendations)


def test_a_newly_published_measure_is_found_by_the_next_search(
    staff_client, measure, index_ready
):
    assert titles(staff_client, "tegnstøtte") == [measure.title]
    other = publish(title="Tegnstøtte i samlingsstunden")
    index_ready()
    assert sorted(titles(staff_client, "tegnstøtte")) == sorted(
        [measure.title, other.title]
    )


def test_unpublished_and_private_pages_leave_the_next_search(
    staff_client, measure, index_ready
):
    second = publish(title="Tegnstøtte ute")
    index_ready()
    assert len(titles(staff_client, "tegnstøtte")) == 2
    second.unpublish()
    index_ready()
    assert titles(staff_client, "tegnstøtte") == [measure.title]
    PageViewRestriction.objects.create(page=measure, restriction_type="login")
    assert titles(staff_client, "tegnstøtte") == []


def test_a_new_recommendation_shows_in_the_next_search(staff_client, measure):
    response = staff_client.get("/sok/", {"q": "tegnstøtte"})
    assert response.context["outcome"].promotions == []
    SearchPromotion.objects.create(
        query=Query.get("tegnstøtte"), page=measure, description="Start her."
    )
    promoted = staff_client.get("/sok/", {"q": "tegnstøtte"}).context["outcome"]
    assert [p.title for p in promoted.promotions] == [measure.title]


def test_saved_state_is_each_readers_own(client, measure):
    saver = UserFactory(username="lagrer", group="Ansatte")
    other = UserFactory(username="annen", group="Ansatte")
    saved.save(saver, measure)
    client.force_login(saver)
    mine = client.get("/sok/", {"q": "tegnstøtte"}).content.decode()
    client.force_login(other)
    theirs = client.get("/sok/", {"q": "tegnstøtte"}).content.decode()
    # The button's state (portal/saved/save_button.html): remove for the reader
    # who saved the measure, save for everyone else.
    assert 'name="action" value="remove"' in mine
    assert 'name="action" value="remove"' not in theirs
    assert 'name="action" value="save"' in theirs


def test_shared_results_html_carries_each_readers_own_csrf_token(measure):
    # The result cards are rendered once and shared (search/views.py); the
    # Lagre forms in them must still post with the reader's own token.
    readers = []
    for name in ("forste", "andre"):
        client = Client(enforce_csrf_checks=True)
        client.force_login(UserFactory(username=name, group="Ansatte"))
        readers.append(client)
    for client in readers:
        html = client.get("/sok/", {"q": "tegnstøtte"}).content.decode()
        assert saved.CSRF_SLOT not in html and "lagre-slot" not in html
        token = re.search(
            rf'id="lagre-tiltak-{measure.pk}".*?'
            r'name="csrfmiddlewaretoken" value="([^"]+)"',
            html,
            re.S,
        ).group(1)
        response = client.post(
            reverse("saved_toggle"),
            {
                "csrfmiddlewaretoken": token,
                "type": "tiltak",
                "id": measure.pk,
                "action": "save",
                "next": "/sok/?q=tegnst%C3%B8tte",
            },
        )
        assert response.status_code == 302
        again = client.get("/sok/", {"q": "tegnstøtte"}).content.decode()
        assert 'name="action" value="remove"' in again
    assert saved.saved_count(measure) == 2


def thumbnail(client, q):
    outcome = client.get("/sok/", {"q": q}).context["outcome"]
    return [r.thumbnail for r in outcome.results.object_list if r.image]


def test_a_thumbnail_is_reused_after_a_publish_but_follows_its_image(
    staff_client, measure, index_ready
):
    image = VisualSupportFactory(title="Tegnstøtte: spise", description="Å spise.")
    index_ready()
    first = thumbnail(staff_client, "tegnstøtte")
    assert len(first) == 1 and "<picture>" in first[0]
    # A publish raises the content generation: the ranking and the result page
    # are worked out again, the thumbnail comes from the cache without renditions.
    publish(title="Noe helt annet")
    index_ready()
    with CaptureQueriesContext(connection) as captured:
        assert thumbnail(staff_client, "tegnstøtte") == first
    assert not [q for q in captured.captured_queries if "rendition" in q["sql"]]
    # A new focal point is a new crop: the next search shows it.
    image.focal_point_x, image.focal_point_y = 1, 1
    image.focal_point_width, image.focal_point_height = 2, 2
    image.save()
    index_ready()
    moved = thumbnail(staff_client, "tegnstøtte")
    assert len(moved) == 1 and moved != first


def test_a_new_synonym_group_shows_in_the_next_search(staff_client, measure):
    from measures.models import SynonymGroup

    assert titles(staff_client, "håndtegn") == []
    SynonymGroup.objects.create(words="tegnstøtte\nhåndtegn")
    assert titles(staff_client, "håndtegn") == [measure.title]


def test_the_same_request_is_answered_whole_from_the_cache(
    staff_client, measure, monkeypatch
):
    from search import service

    computed = []
    original = service.compute

    def counting(params, generation):
        computed.append(dict(params))
        return original(params, generation)

    monkeypatch.setattr(service, "compute", counting)
    query = {"q": "tegnstøtte", "type": "tiltak"}
    first = staff_client.get("/sok/", query).context["outcome"]
    again = staff_client.get("/sok/", query).context["outcome"]
    assert len(computed) == 1
    assert again.total == first.total == 1
    assert [r.title for r in again.results.object_list] == [measure.title]
    # Another filter is another outcome (its ranking comes from ``find``'s cache).
    staff_client.get("/sok/", {"q": "tegnstøtte", "type": "visuell-stotte"})
    assert len(computed) == 2
