"""Query budgets for the cycle's pages with ten answers and ten meetings: lists are
fetched with select/prefetch_related, so more rows do not mean more queries."""

import pytest

from team.factories import AssessmentFactory, MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def busy_department(autumn, statements, department, other_department, october):
    for target in (department, other_department):
        for _ in range(5):
            AssessmentFactory(
                department=target,
                period=autumn,
                school_year=2026,
                answers=dict.fromkeys(statements, 3),
            )
        for _ in range(5):
            MeetingFactory(kindergarten=department.kindergarten, department=target)
    return department


@pytest.mark.parametrize(
    ("url", "budget"),
    [
        ("/arshjul/", 22),
        ("/arshjul/resultater/", 27),
        ("/arshjul/motekalender/", 16),
        ("/arshjul/plan/", 16),
        ("/arshjul/stastedsanalyse/", 16),
    ],
)
def test_cycle_pages_stay_within_their_query_budget(
    client, director, busy_department, django_assert_max_num_queries, url, budget
):
    client.force_login(director)
    client.get(url)  # warm caches (site root paths)
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200
