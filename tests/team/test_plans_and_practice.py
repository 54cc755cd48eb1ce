"""Department plans and practice areas: who may read and write, and bad input."""

import datetime

import pytest

from measures.factories import MeasurePageFactory
from team.factories import DepartmentFactory, KindergartenFactory
from team.models import DepartmentPlan, DepartmentPlanNote, PracticeArea

pytestmark = pytest.mark.django_db
PLAN = "/arshjul/plan/eika/maurtua/"
PRACTICE = "/arshjul/ovingsomrade/"


@pytest.fixture
def measures(db):
    return [
        MeasurePageFactory(title="Dagtavle", focus_area="organisering-og-struktur"),
        MeasurePageFactory(
            title="Overgangsvarsel", focus_area="organisering-og-struktur"
        ),
    ]


def _plan_data(measures, **extra):
    return {
        "handling": "plan",
        "keep_area": "Dagtavla hver morgen",
        "improve_area": "Overgangen til lunsj",
        "keep_measures": [measures[0].pk],
        "improve_measures": [measures[1].pk],
        **extra,
    }


def test_director_records_the_plan_with_measures_and_notes(
    client, director, department, autumn, measures, october
):
    client.force_login(director)
    response = client.post(PLAN, _plan_data(measures))
    assert response.status_code == 302
    plan = DepartmentPlan.objects.get()
    assert (plan.department, plan.period, plan.school_year) == (
        department,
        autumn,
        2026,
    )
    assert list(plan.keep_measures.all()) == [measures[0]]
    assert list(plan.improve_measures.all()) == [measures[1]]
    assert plan.updated_by == director

    response = client.post(
        PLAN,
        {"handling": "notat", "meeting_date": "2026-10-01", "text": "Prøvd i to uker"},
    )
    assert response.status_code == 302
    assert DepartmentPlanNote.objects.get().text == "Prøvd i to uker"
    html = client.get(PLAN + "skriv-ut/").content.decode()
    assert "Dagtavla hver morgen" in html and "Prøvd i to uker" in html
    assert "Overgangsvarsel" in html
    overview = client.get("/arshjul/plan/").content.decode()
    assert "Overgangen til lunsj" in overview


def test_the_departments_leader_may_edit_and_members_may_read(
    client, leader, make_person, department, autumn, measures, october
):
    client.force_login(leader)
    assert client.post(PLAN, _plan_data(measures)).status_code == 302
    member = make_person(department, role="assistent")
    client.force_login(member)
    html = client.get(PLAN).content.decode()
    assert "Dagtavla hver morgen" in html
    assert 'name="keep_area"' not in html
    response = client.post(PLAN, _plan_data(measures, keep_area="Endret"))
    assert response.status_code == 403
    assert "Ingenting ble lagret" in response.content.decode()
    assert DepartmentPlan.objects.get().keep_area == "Dagtavla hver morgen"
    # Staff land on their own department's plan.
    assert client.get("/arshjul/plan/")["Location"] == PLAN


@pytest.mark.parametrize("who", ["other_leader", "other_director"])
def test_other_departments_and_kindergartens_are_refused(
    client, make_person, department, other_department, autumn, measures, october, who
):
    if who == "other_leader":
        user = make_person(other_department, role="pedagogisk-leder")
    else:
        kindergarten = KindergartenFactory(name="Lønna")
        DepartmentFactory(kindergarten=kindergarten)
        user = make_person(
            None, role="styrer", group="Styrere", kindergarten=kindergarten
        )
    client.force_login(user)
    assert client.get(PLAN).status_code == 403
    response = client.post(PLAN, _plan_data(measures))
    assert response.status_code == 403
    assert "egen avdeling" in response.content.decode()
    assert not DepartmentPlan.objects.exists()


def test_bad_plan_input_changes_nothing(
    client, leader, department, measures, set_today, autumn
):
    set_today(datetime.date(2026, 10, 5))
    client.force_login(leader)
    response = client.post(PLAN, _plan_data(measures, keep_area="", improve_area=""))
    assert response.status_code == 400
    assert "Skriv minst bevaringsområdet" in response.content.decode()
    response = client.post(PLAN, _plan_data(measures, keep_measures=[999999]))
    assert response.status_code == 400
    response = client.post(PLAN, {"handling": "noe-annet"})
    assert response.status_code == 400
    assert not DepartmentPlan.objects.exists()
    # A note needs a plan, a real date, and not one in the future.
    client.post(PLAN, _plan_data(measures))
    for date in ("i går", "2026-13-01", "2026-12-24"):
        response = client.post(
            PLAN, {"handling": "notat", "meeting_date": date, "text": "x"}
        )
        assert response.status_code == 400, date
    assert not DepartmentPlanNote.objects.exists()
    # After the period the plan is read-only (between periods the page's
    # default is the next period's draft, so name the ended one).
    set_today(datetime.date(2026, 12, 5))
    response = client.post(
        f"{PLAN}?periode={autumn.pk}&ar=2026",
        _plan_data(measures, keep_area="Endret"),
    )
    assert response.status_code == 403
    assert DepartmentPlan.objects.get().keep_area == "Dagtavla hver morgen"


def test_unknown_department_is_404(client, leader, october):
    client.force_login(leader)
    assert client.get("/arshjul/plan/eika/finnes-ikke/").status_code == 404


def test_practice_area_is_private_to_its_owner(
    client, make_person, department, autumn, measures, october
):
    kari = make_person(department, username="kari")
    client.force_login(kari)
    response = client.post(
        PRACTICE,
        {
            "periode": autumn.pk,
            "ar": 2026,
            "text": "Varsle overganger tidligere",
            "measure": measures[1].pk,
            "notes": "PRIVAT-REFLEKSJON",
        },
    )
    assert response.status_code == 302
    area = PracticeArea.objects.get()
    assert (area.user, area.measure, area.school_year) == (kari, measures[1], 2026)
    assert "PRIVAT-REFLEKSJON" in client.get(PRACTICE).content.decode()

    for other in (
        make_person(department, role="pedagogisk-leder"),
        make_person(
            None, role="styrer", group="Styrere", kindergarten=department.kindergarten
        ),
    ):
        client.force_login(other)
        for url in (PRACTICE, "/arshjul/plan/", PLAN, "/arshjul/resultater/", "/"):
            html = client.get(url, follow=True).content.decode()
            assert "PRIVAT-REFLEKSJON" not in html
            assert "Varsle overganger tidligere" not in html


def test_practice_area_bad_input_and_closed_period(
    client, make_person, department, autumn, measures, set_today
):
    set_today(datetime.date(2026, 10, 5))
    kari = make_person(department)
    client.force_login(kari)
    base = {"periode": autumn.pk, "ar": 2026, "text": "Øve", "measure": ""}
    assert client.post(PRACTICE, {**base, "text": ""}).status_code == 400
    assert client.post(PRACTICE, {**base, "measure": "999999"}).status_code == 400
    assert client.post(PRACTICE, {**base, "ar": 2025}).status_code == 403
    assert not PracticeArea.objects.exists()
    assert client.post(PRACTICE, base).status_code == 302
    set_today(datetime.date(2026, 12, 5))
    response = client.post(PRACTICE, {**base, "text": "Endret"})
    assert response.status_code == 403
    assert PracticeArea.objects.get().text == "Øve"
    html = client.get(PRACTICE).content.decode()
    assert "Mine tidligere øvingsområder" in html and "Øve" in html
