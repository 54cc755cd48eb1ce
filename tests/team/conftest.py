"""Fixtures for the development cycle: a wheel, statements, one kindergarten with
two departments and people in them, and a clock the tests can set."""

import datetime

import pytest
from django.utils import timezone

from portal.choices import FocusArea
from portal.factories import WheelPeriodPageFactory
from portal.models import AnnualWheelPage
from team.factories import (
    DepartmentFactory,
    KindergartenFactory,
    ProfileFactory,
    StatementFactory,
    UserFactory,
)

OCTOBER = datetime.date(2026, 10, 5)  # inside the autumn period, school year 2026
AFTER_AUTUMN = datetime.date(2026, 12, 2)  # autumn 2026 has closed: results shown


@pytest.fixture
def set_today(monkeypatch):
    """set_today(date): timezone.localdate() (and so team.cycle.today()) returns it."""
    original = timezone.localdate

    def set_today(day):
        def localdate(value=None, timezone=None):
            return day if value is None else original(value, timezone)

        monkeypatch.setattr("django.utils.timezone.localdate", localdate)
        return day

    return set_today


@pytest.fixture
def october(set_today):
    return set_today(OCTOBER)


@pytest.fixture
def after_autumn(set_today):
    return set_today(AFTER_AUTUMN)


@pytest.fixture
def wheel(db):
    WheelPeriodPageFactory(
        title="Organisering og struktur",
        slug="host",
        start_month=9,
        end_month=11,
        focus_area=FocusArea.ORGANISATION,
    )
    WheelPeriodPageFactory(
        title="Emosjonell støtte",
        slug="vinter",
        start_month=1,
        end_month=3,
        focus_area=FocusArea.EMOTIONAL,
    )
    WheelPeriodPageFactory(
        title="Lek og læring",
        slug="var",
        start_month=4,
        end_month=6,
        focus_area=FocusArea.PLAY_AND_LEARNING,
    )
    return AnnualWheelPage.objects.get()


@pytest.fixture
def autumn(wheel):
    return wheel.periods[0]


@pytest.fixture
def statements(db):
    return [
        StatementFactory(focus_area=FocusArea.ORGANISATION, text=f"Påstand {i}")
        for i in range(1, 4)
    ]


@pytest.fixture
def kindergarten(db):
    return KindergartenFactory(name="Eika barnehage", slug="eika")


@pytest.fixture
def department(kindergarten):
    return DepartmentFactory(kindergarten=kindergarten, name="Maurtua", slug="maurtua")


@pytest.fixture
def other_department(kindergarten):
    return DepartmentFactory(kindergarten=kindergarten, name="Ekornet", slug="ekornet")


@pytest.fixture
def make_person(db):
    """make_person(department, role=…, group="Ansatte", kindergarten=…) → a user."""

    def make_person(
        department,
        role="barnehagelaerer",
        group="Ansatte",
        kindergarten=None,
        **user_fields,
    ):
        user = UserFactory(group=group, **user_fields)
        ProfileFactory(
            user=user,
            kindergarten=kindergarten or department.kindergarten,
            department=department,
            role=role,
        )
        return user

    return make_person


@pytest.fixture
def leader(make_person, department):
    return make_person(department, role="pedagogisk-leder", username="leder")


@pytest.fixture
def director(make_person, kindergarten):
    return make_person(
        None,
        role="styrer",
        group="Styrere",
        kindergarten=kindergarten,
        username="styrer-eika",
    )
