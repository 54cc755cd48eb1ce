"""The development cycle in a real browser: a staff member answers the
self-assessment and picks a practice area; the director then sees the aggregate
(once the period has closed) and records the department plan."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from measures.factories import MeasurePageFactory
from portal.choices import FocusArea
from portal.factories import WheelPeriodPageFactory
from team.factories import (
    AssessmentFactory,
    DepartmentFactory,
    KindergartenFactory,
    ProfileFactory,
    StatementFactory,
    UserFactory,
)
from team.models import DepartmentPlan, PracticeArea

from .conftest import log_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TODAY = datetime.date(2026, 10, 5)
AFTER_CLOSE = datetime.date(2026, 12, 2)  # results are published after the period


@pytest.fixture
def cycle_setup(monkeypatch):
    """An open autumn period (the live server shares this process, so patching
    timezone.localdate moves its clock too; set ``clock["today"]`` to move it),
    three statements, a department where two colleagues have answered already,
    a staff member and the director."""
    real_localdate = timezone.localdate
    clock = {"today": TODAY}

    def localdate(value=None, timezone=None):
        return clock["today"] if value is None else real_localdate(value, timezone)

    monkeypatch.setattr("django.utils.timezone.localdate", localdate)

    period = WheelPeriodPageFactory(
        title="Organisering og struktur",
        slug="organisering-og-struktur",
        start_month=9,
        end_month=11,
        focus_area=FocusArea.ORGANISATION,
    )
    statements = [
        StatementFactory(text=text, focus_area=FocusArea.ORGANISATION)
        for text in (
            "Barna vet hva som skal skje gjennom dagen.",
            "Vi varsler overganger i god tid.",
            "Hver voksen vet sin rolle i garderoben.",
        )
    ]
    for title, slug in (
        ("Dagtavle i samlingsstunden", "dagtavle"),
        ("Overgangsvarsel", "overgangsvarsel"),
    ):
        MeasurePageFactory(title=title, slug=slug, focus_area=FocusArea.ORGANISATION)
    kindergarten = KindergartenFactory(name="Eika barnehage", slug="eika")
    department = DepartmentFactory(
        kindergarten=kindergarten, name="Maurtua", slug="maurtua"
    )
    for values in ((4, 2, 3), (4, 3, 3)):
        AssessmentFactory(
            department=department,
            period=period,
            school_year=2026,
            answers=dict(zip(statements, values, strict=True)),
        )
    staff = UserFactory(username="kari", first_name="Kari", group="Ansatte")
    ProfileFactory(
        user=staff, kindergarten=kindergarten, department=department, role="assistent"
    )
    director = UserFactory(username="per", first_name="Per", group="Styrere")
    ProfileFactory(
        user=director, kindergarten=kindergarten, department=None, role="styrer"
    )
    return {
        "staff": staff,
        "director": director,
        "statements": statements,
        "clock": clock,
    }


def test_staff_answers_and_director_sees_the_aggregate_and_plans(
    page, site_url, cycle_setup
):
    # --- The staff member answers, by label, as a person would.
    log_in(page, site_url, cycle_setup["staff"])
    page.get_by_role("link", name="Min ståstedsanalyse").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Min ståstedsanalyse")
    for statement in cycle_setup["statements"]:
        group = page.get_by_role("group", name=statement.text)
        group.get_by_label("4 – I stor grad").check()
    page.get_by_role("button", name="Lagre svarene mine").click()
    expect(page.locator(".messages")).to_contain_text("Svarene dine er lagret")
    expect(page.get_by_label("4 – I stor grad").first).to_be_checked()

    # --- …and picks a practice area linked to a measure.
    page.get_by_role("link", name="Velg øvingsområdet mitt").click()
    page.get_by_label("Mitt øvingsområde").fill("Varsle overgangen til lunsj tidligere")
    page.get_by_label("Tiltak jeg øver med").select_option(label="Overgangsvarsel")
    page.get_by_label("Mine refleksjonsnotater").fill("Første uke: roligere garderobe.")
    page.get_by_role("button", name="Lagre øvingsområdet mitt").click()
    expect(page.locator(".messages")).to_contain_text("Bare du ser det")
    area = PracticeArea.objects.get()
    assert area.measure.title == "Overgangsvarsel"
    # Staff do not get results.
    page.goto(f"{site_url}/arshjul/resultater/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dette går ikke")

    page.locator("form.user-menu__logout button").click()

    # --- After the period has closed the director sees the aggregate of three…
    cycle_setup["clock"]["today"] = AFTER_CLOSE
    log_in(page, site_url, cycle_setup["director"])
    page.goto(f"{site_url}/arshjul/")
    page.get_by_role("link", name="Resultater fra ståstedsanalysen").click()
    department = page.get_by_role("region", name="Avdeling Maurtua")
    expect(department).to_contain_text("3 personer har svart.")
    row = department.get_by_role("row", name="Barna vet hva som skal skje")
    expect(row).to_contain_text("4,0")
    expect(page.get_by_text("Varsle overgangen til lunsj")).to_have_count(0)

    # --- …and, back while the period is open, records the department plan.
    cycle_setup["clock"]["today"] = TODAY
    page.goto(f"{site_url}/arshjul/plan/")
    page.get_by_role("link", name="Skriv planen for Maurtua").click()
    page.get_by_label("Bevaringsområde").fill("Dagtavla brukes hver morgen.")
    page.get_by_label("Forbedringsområde").fill("Overgangen fra ute til lunsj.")
    page.get_by_role("group", name="Tiltak for forbedringsområdet").get_by_label(
        "Overgangsvarsel"
    ).check()
    page.get_by_role("button", name="Lagre planen").click()
    expect(page.locator(".messages")).to_contain_text("Avdelingsplanen er lagret")
    page.get_by_label("Hva ble dere enige om?").fill("Vi prøver fast rollefordeling.")
    page.get_by_role("button", name="Legg til notat").click()
    expect(page.locator(".note-list")).to_contain_text("Vi prøver fast rollefordeling.")

    plan = DepartmentPlan.objects.get()
    assert plan.keep_area == "Dagtavla brukes hver morgen."
    assert [m.title for m in plan.improve_measures.all()] == ["Overgangsvarsel"]
    page.get_by_role("link", name="Plan for utskrift").click()
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_contain_text("Avdelingsplan: Maurtua")
