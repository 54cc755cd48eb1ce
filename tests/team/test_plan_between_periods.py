"""Between periods (the planning days) a department drafts the next period's plan."""

import datetime

import pytest

from team.models import DepartmentPlan, DepartmentPlanNote

pytestmark = pytest.mark.django_db
OVERVIEW = "/arshjul/plan/"
PLAN = "/arshjul/plan/eika/maurtua/"
DECEMBER = datetime.date(2026, 12, 2)  # autumn is over, winter starts in January


def _plan(**extra):
    return {
        "handling": "plan",
        "keep_area": "Trøst i garderoben",
        "improve_area": "Sette ord på følelser",
        **extra,
    }


def test_director_drafts_the_next_periods_plan_in_december(
    client, director, department, wheel, set_today
):
    set_today(DECEMBER)
    winter = wheel.periods[1]
    client.force_login(director)
    overview = client.get(OVERVIEW).content.decode()
    assert "Emosjonell støtte 2026–2027" in overview
    assert f'href="{PLAN}"' in overview and "Skriv planen for Maurtua" in overview
    page = client.get(PLAN).content.decode()
    assert "Perioden er over" not in page
    assert "Utkast for neste periode" in page and 'name="keep_area"' in page
    response = client.post(PLAN, _plan())
    assert response.status_code == 302
    plan = DepartmentPlan.objects.get()
    assert (plan.period, plan.school_year) == (winter, 2026)
    assert "Trøst i garderoben" in client.get(PLAN).content.decode()


def test_leader_drafts_members_read_notes_wait_for_the_start(
    client, leader, make_person, department, wheel, set_today
):
    set_today(DECEMBER)
    client.force_login(leader)
    assert client.post(PLAN, _plan()).status_code == 302
    response = client.post(
        PLAN,
        {"handling": "notat", "meeting_date": "2026-12-01", "text": "For tidlig"},
    )
    assert response.status_code == 403
    assert "når perioden har startet" in response.content.decode()
    assert not DepartmentPlanNote.objects.exists()
    member = make_person(department, role="assistent")
    client.force_login(member)
    assert "Trøst i garderoben" in client.get(PLAN).content.decode()
    assert client.post(PLAN, _plan(keep_area="Nei")).status_code == 403
    assert DepartmentPlan.objects.get().keep_area == "Trøst i garderoben"


def test_the_ended_period_stays_closed(client, director, department, wheel, set_today):
    set_today(DECEMBER)
    autumn = wheel.periods[0]
    client.force_login(director)
    url = f"{PLAN}?periode={autumn.pk}&ar=2026"
    assert "Perioden er over" in client.get(url).content.decode()
    assert client.post(url, _plan()).status_code == 403
    # A period after the next one cannot be drafted yet either.
    spring = wheel.periods[2]
    assert (
        client.post(f"{PLAN}?periode={spring.pk}&ar=2026", _plan()).status_code == 403
    )
    assert not DepartmentPlan.objects.exists()
