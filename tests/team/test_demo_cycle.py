"""The demo: a director sees a real aggregate the day it is loaded."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from team import cycle
from team.models import Assessment, Department, Meeting, Statement

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("today", ["2026-10-05", "2026-12-01", "2027-08-01"])
def test_demo_director_sees_the_aggregate_of_three(client, set_today, today):
    set_today(datetime.date.fromisoformat(today))
    call_command("load_demo")
    call_command("load_demo")  # idempotent
    assert set(Statement.objects.values_list("focus_area", flat=True)) == {
        "organisering-og-struktur",
        "emosjonell-stotte",
        "lek-og-laering",
    }
    # Results are published only for closed periods: the demo's answers are in
    # the one that ended last, whatever day it is loaded.
    instance = cycle.latest_closed_instance()
    assert instance.is_closed()
    bjornen = Department.objects.get(slug="bjornen")
    published = cycle.published_results(instance, bjornen.kindergarten)
    result = cycle.published_department_result(published, bjornen)
    assert result.shown and result.respondents == 3
    assert Assessment.objects.filter(**instance.previous_year.key()).count() == 3
    # Someone who answers the open period sees their change since last year.
    if cycle.open_instance():
        last_year = cycle.open_instance().previous_year
        assert Assessment.objects.filter(
            user__username="ansatt", **last_year.key()
        ).exists()
    assert Meeting.objects.filter(kindergarten__slug="trollskogen").count() == 4

    User = get_user_model()
    client.force_login(User.objects.get(username="styrer"))
    html = client.get("/arshjul/resultater/").content.decode()
    assert "3 personer har svart." in html
    assert "For få svar" in html  # the other departments
    assert User.objects.get(username="ansatt").profile.role == "pedagogisk-leder"
