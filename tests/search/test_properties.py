"""Arbitrary input to search, suggestions and the list filters: never a 500.

Property-based (hypothesis, profile in tests/conftest.py): whatever a browser, a
bookmark or a bot sends as query parameters, the page answers with a normal
status, and nothing but the anonymous query log changes.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from wagtail.images import get_image_model
from wagtail.models import Page

from measures.factories import MeasurePageFactory, VisualSupportFactory
from measures.models import Situation
from portal.factories import MeetingMaterialPageFactory
from search.models import QueryLog

# Everything a URL can carry, including NUL and other control characters, but
# not lone surrogates (they cannot be encoded as UTF-8, so no request has them).
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)
TRICKY = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "påkledning",
        "pakledning",
        '"',
        "*",
        "-",
        "OR",
        "NEAR(",
        "AND NOT",
        "'; DROP TABLE x; --",
        "%",
        "_",
        "\\",
        "<script>",
        "0",
        "-1",
        "99999999999999999999999",
        "1e309",
        "NaN",
        "lek" * 200,
        "organisering-og-struktur",
        "emosjonell-stotte",
        "piktogram",
        "avdelingsmote",
        "tiltak",
        "visuell-stotte",
    ]
)
VALUE = st.one_of(TRICKY, ANY_TEXT)
# A parameter may be missing, given once or repeated.
VALUES = st.lists(VALUE, max_size=3)


def params(*names):
    return st.fixed_dictionaries({}, optional={name: VALUES for name in names})


@pytest.fixture
def content(db):
    situation = Situation.objects.create(name="påkledning", slug="pakledning")
    measure = MeasurePageFactory(title="Påkledning med bilder")
    measure.situations.add(situation)
    measure.save()
    VisualSupportFactory(title="Jakke")
    MeetingMaterialPageFactory(title="Avdelingsmøte om lek")


def counts():
    return (Page.objects.count(), get_image_model().objects.count())


def check(client, path, data):
    before = counts()
    logged = QueryLog.objects.count()
    response = client.get(path, data)
    assert response.status_code < 500
    assert response.status_code in (200, 400, 404), response.status_code
    assert counts() == before
    assert QueryLog.objects.count() - logged <= 1
    return response


@pytest.mark.django_db
@given(data=params("q", "type", "fokusomrade", "situasjon", "stikkord", "side"))
def test_search_answers_any_parameters(staff_client, content, data):
    response = check(staff_client, "/sok/", data)
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.django_db
@given(data=params("q"))
def test_suggestions_answer_any_query(staff_client, content, data):
    response = check(staff_client, "/sok/forslag/", data)
    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


@pytest.mark.django_db
@given(data=params("fokusomrade", "situasjon", "side"))
def test_measure_list_answers_any_filter(staff_client, content, data):
    check(staff_client, "/tiltak/", data)


@pytest.mark.django_db
@given(data=params("type", "situasjon", "side"))
def test_gallery_answers_any_filter(staff_client, content, data):
    check(staff_client, "/visuell-stotte/", data)


@pytest.mark.django_db
@given(data=params("type", "side"))
def test_meeting_materials_answer_any_filter(staff_client, content, data):
    check(staff_client, "/motemateriell/", data)
