"""The rules of the cycle: period instances, open periods and the threshold."""

import datetime

import pytest

from team import cycle
from team.factories import AssessmentFactory, DepartmentFactory

pytestmark = pytest.mark.django_db


def test_school_year_starts_in_august():
    assert cycle.school_year_of(datetime.date(2026, 8, 1)) == 2026
    assert cycle.school_year_of(datetime.date(2027, 7, 31)) == 2026


def test_instance_dates_follow_the_school_year(wheel):
    autumn, winter, _spring = wheel.periods
    assert cycle.PeriodInstance(autumn, 2026).start == datetime.date(2026, 9, 1)
    assert cycle.PeriodInstance(autumn, 2026).end == datetime.date(2026, 11, 30)
    assert cycle.PeriodInstance(winter, 2026).start == datetime.date(2027, 1, 1)
    assert cycle.PeriodInstance(winter, 2026).end == datetime.date(2027, 3, 31)
    assert cycle.PeriodInstance(winter, 2026).label == "Emosjonell støtte 2026–2027"


@pytest.mark.parametrize(
    ("day", "title", "year"),
    [
        (datetime.date(2026, 9, 1), "Organisering og struktur", 2026),
        (datetime.date(2027, 2, 28), "Emosjonell støtte", 2026),
        (datetime.date(2027, 6, 30), "Lek og læring", 2026),
        (datetime.date(2027, 10, 1), "Organisering og struktur", 2027),
    ],
)
def test_open_instance_inside_a_period(wheel, day, title, year):
    instance = cycle.open_instance(day, wheel)
    assert (instance.period.title, instance.school_year) == (title, year)
    assert instance.is_open(day)
    assert not instance.is_open(instance.end + datetime.timedelta(days=1))


@pytest.mark.parametrize(
    "day", [datetime.date(2026, 12, 1), datetime.date(2027, 7, 15)]
)
def test_nothing_is_open_between_periods(wheel, day):
    assert cycle.open_instance(day, wheel) is None


def test_latest_instance_between_periods_is_the_one_just_ended(wheel):
    instance = cycle.latest_instance(datetime.date(2026, 12, 10), wheel)
    assert (instance.period.title, instance.school_year) == (
        "Organisering og struktur",
        2026,
    )
    summer = cycle.latest_instance(datetime.date(2027, 8, 10), wheel)
    assert (summer.period.title, summer.school_year) == ("Lek og læring", 2026)


def test_instance_from_request_rejects_bad_input(wheel):
    periods = wheel.periods
    assert cycle.instance_from_request({"periode": "x", "ar": "2026"}, periods) is None
    assert (
        cycle.instance_from_request({"periode": "999", "ar": "2026"}, periods) is None
    )
    assert (
        cycle.instance_from_request(
            {"periode": str(periods[0].pk), "ar": "99999"}, periods
        )
        is None
    )
    found = cycle.instance_from_request(
        {"periode": str(periods[0].pk), "ar": "2025"}, periods
    )
    assert found == cycle.PeriodInstance(periods[0], 2025)


def _answer(instance, department, statements, values):
    return AssessmentFactory(
        department=department,
        answers=dict(zip(statements, values, strict=False)),
        **instance.key(),
    )


def test_two_answers_give_no_aggregate(autumn, statements, department):
    instance = cycle.PeriodInstance(autumn, 2026)
    _answer(instance, department, statements, [1, 2, 3])
    _answer(instance, department, statements, [5, 5, 5])
    result = cycle.aggregate(instance, department=department)
    assert result.respondents == 2
    assert not result.shown
    assert result.rows == []
    kindergarten = cycle.aggregate(instance, kindergarten=department.kindergarten)
    assert not kindergarten.shown and kindergarten.rows == []


def test_three_answers_give_distribution_and_mean(autumn, statements, department):
    instance = cycle.PeriodInstance(autumn, 2026)
    for values in ([1, 4, 3], [2, 4, 3], [2, 5, 3]):
        _answer(instance, department, statements, values)
    result = cycle.aggregate(instance, department=department)
    assert result.shown and result.respondents == 3
    first = result.rows[0]
    assert first.statement == statements[0]
    assert first.count == 3
    assert [n for _v, n, _p in first.distribution] == [1, 2, 0, 0, 0]
    assert first.mean == pytest.approx(5 / 3)
    assert result.rows[1].mean == pytest.approx(13 / 3)
    assert [x for x in result.rows[2].bar] == [(3, 0.0, 100.0)]


def test_aggregate_counts_only_its_group_and_instance(
    autumn, statements, department, other_department
):
    instance = cycle.PeriodInstance(autumn, 2026)
    for _ in range(3):
        _answer(instance, department, statements, [4, 4, 4])
    _answer(instance, other_department, statements, [1, 1, 1])
    _answer(cycle.PeriodInstance(autumn, 2025), department, statements, [1, 1, 1])
    elsewhere = DepartmentFactory()
    _answer(instance, elsewhere, statements, [1, 1, 1])

    assert cycle.aggregate(instance, department=department).rows[0].mean == 4
    assert not cycle.aggregate(instance, department=other_department).shown
    whole = cycle.aggregate(instance, kindergarten=department.kindergarten)
    assert whole.respondents == 4
    assert whole.rows[0].mean == pytest.approx(13 / 4)


def test_statement_with_fewer_than_three_answers_is_left_out(
    autumn, statements, department
):
    instance = cycle.PeriodInstance(autumn, 2026)
    _answer(instance, department, statements, [3, 3, 3])
    _answer(instance, department, statements, [3, 3, 3])
    _answer(instance, department, statements[:2], [3, 3])
    result = cycle.aggregate(instance, department=department)
    assert result.shown
    assert [row.statement for row in result.rows] == statements[:2]


def test_aggregate_needs_exactly_one_scope(autumn, department):
    instance = cycle.PeriodInstance(autumn, 2026)
    with pytest.raises(ValueError):
        cycle.aggregate(instance)
    with pytest.raises(ValueError):
        cycle.aggregate(
            instance, department=department, kindergarten=department.kindergarten
        )
