"""Arbitrary input to saving and collections: never a 500, a refusal changes nothing.

Property-based (hypothesis, profile in tests/conftest.py) on the endpoints of
"Mine lagrede": the Lagre button, new collections, adding to a collection and
the list's type filter. Redirects never leave the site, whatever ``next`` says.
"""

from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from measures.factories import MeasurePageFactory
from portal.models import SavedCollection, SavedCollectionItem, SavedItem

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
NUMBERISH = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["", "0", "1", "1.5", "1e3", " 1", "NaN", "٣"]),
    TEXT,
)
NEXT = st.one_of(
    st.sampled_from(
        [
            "",
            "/tiltak/",
            "//evil.example/",
            "https://evil.example/",
            "/\\evil.example",
            "javascript:alert(1)",
            "/tiltak/#x",
            "0#lagre-tiltak-1",
            "saved_list",
        ]
    ),
    TEXT,
)


def form(**fields):
    return st.fixed_dictionaries({}, optional=fields)


def state():
    return (
        SavedItem.objects.count(),
        SavedCollection.objects.count(),
        SavedCollectionItem.objects.count(),
        sorted(SavedCollection.objects.values_list("pk", "name", "note", "visibility")),
    )


def assert_stays_on_site(response):
    if response.status_code in (301, 302):
        target = urlsplit(response["Location"])
        assert target.scheme == "" and target.netloc == "", response["Location"]
        assert response["Location"].startswith("/")
        assert not response["Location"].startswith("//")


@pytest.fixture
def measure(db):
    return MeasurePageFactory()


@pytest.mark.django_db
@given(
    data=form(
        type=st.one_of(st.sampled_from(["tiltak", "visuell-stotte", "x"]), TEXT),
        id=NUMBERISH,
        action=st.one_of(st.sampled_from(["save", "remove"]), TEXT),
        next=NEXT,
    )
)
def test_save_button_answers_anything(staff_client, measure, data):
    before = state()
    response = staff_client.post("/lagret/lagre/", data)
    assert response.status_code in (302, 400, 404), response.status_code
    if response.status_code >= 400:
        assert state() == before
    assert_stays_on_site(response)


@pytest.mark.django_db
@pytest.mark.parametrize("next_value", ["0#lagre-tiltak-1", "saved_list", "tiltak"])
def test_next_that_is_not_a_path_falls_back_to_the_list(
    staff_client, measure, next_value
):
    # Found by the property above: redirect() took "0#…" for a view name (500).
    response = staff_client.post(
        "/lagret/lagre/",
        {"type": "tiltak", "id": measure.pk, "action": "save", "next": next_value},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/lagret/#lagre-tiltak-{measure.pk}"
    assert SavedItem.objects.filter(object_id=measure.pk).exists()


@pytest.mark.django_db
@given(
    data=form(
        name=TEXT,
        note=TEXT,
        visibility=st.one_of(
            st.sampled_from(["privat", "barnehage", "avdeling", "alle"]), TEXT
        ),
    )
)
def test_new_collection_answers_anything(staff_client, data):
    before = state()
    response = staff_client.post("/lagret/samlinger/ny/", data)
    assert response.status_code in (302, 400), response.status_code
    if response.status_code == 400:
        assert state() == before
    assert_stays_on_site(response)


@pytest.mark.django_db
@given(data=form(collection=NUMBERISH, saved_item=NUMBERISH, next=NEXT))
def test_add_to_collection_answers_anything(staff_client, data):
    before = state()
    response = staff_client.post("/lagret/samlinger/legg-til/", data)
    assert response.status_code in (302, 400, 403, 404), response.status_code
    if response.status_code >= 400:
        assert state() == before
    assert_stays_on_site(response)


@pytest.mark.django_db
@given(data=form(type=st.lists(TEXT, max_size=2)))
def test_saved_list_answers_any_filter(staff_client, data):
    assert staff_client.get("/lagret/", data).status_code == 200
