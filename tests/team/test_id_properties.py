"""Ids typed by users are range-checked before any query (issue #12, item 9).

A 30-digit number in a form's measure or material choice, or in a URL id, made
SQLite raise OverflowError (a 500). Property-based (hypothesis, profile in
tests/conftest.py): whatever number-like value arrives, the answer is a refusal
(400 for forms, 404 for URLs) and nothing changes.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from measures.factories import MeasurePageFactory
from portal.ids import MAX_ID, parse_id
from team.models import DepartmentPlan, Meeting, PracticeArea

pytestmark = pytest.mark.django_db
PLAN = "/arshjul/plan/eika/maurtua/"
PRACTICE = "/arshjul/ovingsomrade/"
CALENDAR = "/arshjul/motekalender/"

# Ids no row can have: beyond 64 bits, at the edge, negative, not numbers at all.
BAD_IDS = st.one_of(
    st.integers(min_value=MAX_ID + 1, max_value=10**40).map(str),
    st.integers(max_value=0).map(str),
    st.sampled_from(
        [
            "9" * 30,
            str(2**63),
            str(2**64),
            "-" + "9" * 30,
            "1e30",
            "٣",
            "0x10",
            " ",
            "1.0",
        ]
    ),
)


@pytest.fixture
def measure(db):
    return MeasurePageFactory(title="Dagtavle", focus_area="organisering-og-struktur")


@given(bad=BAD_IDS)
def test_plan_measures_refuse_impossible_ids(
    client, director, department, autumn, measure, october, bad
):
    client.force_login(director)
    for field in ("keep_measures", "improve_measures"):
        response = client.post(
            PLAN,
            {
                "handling": "plan",
                "keep_area": "Dagtavla",
                "improve_area": "",
                field: [str(measure.pk), bad],
            },
        )
        assert response.status_code == 400
    assert not DepartmentPlan.objects.exists()


@pytest.fixture
def kari(make_person, department):
    return make_person(department, username="kari")


@given(bad=BAD_IDS)
def test_practice_area_refuses_impossible_ids(
    client, kari, autumn, measure, october, bad
):
    client.force_login(kari)
    base = {"periode": autumn.pk, "ar": 2026, "text": "Øve", "measure": ""}
    assert client.post(PRACTICE, {**base, "measure": bad}).status_code == 400
    for field in ("periode", "ar"):
        assert client.post(PRACTICE, {**base, field: bad}).status_code in (400, 403)
    assert not PracticeArea.objects.exists()


@given(bad=BAD_IDS)
def test_meeting_form_refuses_impossible_ids(client, director, department, bad):
    client.force_login(director)
    base = {
        "title": "Møte",
        "meeting_type": "avdelingsmote",
        "date": "2026-12-10",
        "time": "13:00",
        "duration_minutes": 60,
    }
    for changes in ({"materials": [bad]}, {"department": bad}):
        response = client.post(CALENDAR + "nytt/", {**base, **changes})
        assert response.status_code == 400, changes
    assert not Meeting.objects.exists()


ID_URLS = [
    "/lagret/samlinger/{n}/",
    "/lagret/samlinger/{n}/endre/",
    "/lagret/samlinger/{n}/slett/",
    "/lagret/samlinger/{n}/skriv-ut/",
    "/lagret/samlinger/1/elementer/{n}/fjern/",
    "/lagret/samlinger/1/elementer/{n}/flytt/",
    "/lagret/samlinger/{n}/elementer/1/fjern/",
    "/visuell-stotte/{n}/",
    "/visuell-stotte/{n}/last-ned/",
    "/visuell-stotte/{n}/skriv-ut/",
    CALENDAR + "{n}/endre/",
    CALENDAR + "{n}/slett/",
]


@pytest.mark.parametrize("url", ID_URLS)
@pytest.mark.parametrize("number", ["9" * 30, str(2**63), str(10**19)])
def test_id_urls_with_impossible_ids_are_404(client, director, url, number):
    client.force_login(director)
    for method in (client.get, client.post):
        assert method(url.format(n=number)).status_code == 404


def test_parse_id_accepts_exactly_the_ids_a_row_can_have():
    assert parse_id("1") == 1 and parse_id(str(MAX_ID)) == MAX_ID
    assert parse_id(" 42 ") == 42 and parse_id(7) == 7
    for bad in ("0", "-1", str(MAX_ID + 1), "9" * 30, "٣", "1.0", "", None, True):
        assert parse_id(bad) is None, bad
