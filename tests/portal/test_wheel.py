import datetime

import pytest

from portal.choices import FocusArea
from portal.factories import WheelPeriodPageFactory
from portal.models import AnnualWheelPage


@pytest.fixture
def wheel(db):
    WheelPeriodPageFactory(
        title="Høst", start_month=9, end_month=11, focus_area=FocusArea.ORGANISATION
    )
    WheelPeriodPageFactory(
        title="Vinter", start_month=1, end_month=3, focus_area=FocusArea.EMOTIONAL
    )
    WheelPeriodPageFactory(
        title="Vår", start_month=4, end_month=6, focus_area=FocusArea.PLAY_AND_LEARNING
    )
    return AnnualWheelPage.objects.get()


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime.date(2026, 9, 1), "Høst"),
        (datetime.date(2026, 11, 30), "Høst"),
        (datetime.date(2027, 2, 14), "Vinter"),
        (datetime.date(2027, 6, 20), "Vår"),
    ],
)
def test_date_inside_a_period_gives_that_period(wheel, day, expected):
    position = wheel.position_on(day)
    assert position.current.title == expected
    assert [p.title for p in position.periods] == [expected]


@pytest.mark.parametrize(
    ("day", "previous", "upcoming"),
    [
        (datetime.date(2026, 12, 10), "Høst", "Vinter"),
        (datetime.date(2027, 7, 1), "Vår", "Høst"),
        (datetime.date(2027, 8, 31), "Vår", "Høst"),
    ],
)
def test_months_between_periods_show_the_one_ended_and_the_next(
    wheel, day, previous, upcoming
):
    position = wheel.position_on(day)
    assert position.current is None
    assert position.previous.title == previous
    assert position.upcoming.title == upcoming


def test_period_across_new_year_covers_december_and_january(db):
    period = WheelPeriodPageFactory(start_month=11, end_month=1)
    assert period.months == [11, 12, 1]
    assert period.covers(12)
    assert not period.covers(2)
