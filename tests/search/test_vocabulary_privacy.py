"""Words of a restricted page or image never reach «Mente du …?» or the search
box's suggestions: only what every reader may open feeds the vocabulary, on
publish as on rebuild (issue #12)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from measures.factories import MeasurePageFactory, VisualSupportFactory
from search import vocabulary
from search.models import SearchTerm

pytestmark = pytest.mark.django_db

WORD = "Sjokoladefontenen"
TYPO = "sjokoladefotnenen"  # two letters swapped and one missing


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def restrict(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Styrere")])
    return restriction


@pytest.fixture
def restricted_page(db):
    page = publish(MeasurePageFactory(title="Styrets tiltak", live=False))
    restriction = restrict(page)
    page = type(page).objects.get(pk=page.pk)
    page.summary = f"{WORD} til jul."
    publish(page)
    return page, restriction


def word_leaks(client):
    response = client.get("/sok/", {"q": TYPO})
    outcome = response.context["outcome"]
    suggested = client.get("/sok/forslag/", {"q": "sjokoladef"}).json()
    return (
        WORD.lower() in response.content.decode().lower()
        or bool(outcome.suggestion)
        or bool(outcome.corrections)
        or bool(suggested["suggestions"])
    )


def test_publishing_a_restricted_page_adds_none_of_its_words(
    staff_client, restricted_page, index_ready
):
    index_ready()
    assert not SearchTerm.objects.filter(term__startswith="sjokoladefont").exists()
    assert not word_leaks(staff_client)


def test_a_rebuild_leaves_out_restricted_pages_and_images(
    staff_client, restricted_page, index_ready
):
    collection = Collection.get_first_root_node().add_child(name="Styrerbilder")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    VisualSupportFactory(
        collection=collection,
        title="Marsipangris",
        description="Tegning av en marsipangris",
    )
    vocabulary.rebuild()
    index_ready()
    assert not SearchTerm.objects.filter(term__startswith="sjokoladefont").exists()
    assert not SearchTerm.objects.filter(term__startswith="marsipangris").exists()
    assert not word_leaks(staff_client)


def test_once_the_restriction_is_gone_the_word_may_be_suggested(
    staff_client, restricted_page, index_ready
):
    page, restriction = restricted_page
    restriction.delete()
    publish(type(page).objects.get(pk=page.pk))
    index_ready()
    assert SearchTerm.objects.filter(term__startswith="sjokoladefont").exists()
    assert word_leaks(staff_client)  # it is open now: offering it is right
