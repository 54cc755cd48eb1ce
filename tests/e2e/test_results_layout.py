"""The self-assessment results on a phone (390 px): the page does not scroll
sideways; a wide table scrolls inside its own wrapper."""

import datetime

import pytest
from django.utils import timezone

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

from .conftest import log_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
DECEMBER = datetime.date(2026, 12, 2)  # the autumn period has closed


@pytest.fixture
def director_with_results(monkeypatch):
    real_localdate = timezone.localdate

    def localdate(value=None, timezone=None):
        return DECEMBER if value is None else real_localdate(value, timezone)

    # The live server runs in this process: this moves its clock too.
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
            "Barna på avdelingen vet hva som skal skje gjennom dagen, fordi vi "
            "viser det med dagtavle eller bilder.",
            "Vi varsler overganger i god tid.",
        )
    ]
    department = DepartmentFactory(
        kindergarten=KindergartenFactory(name="Eika barnehage", slug="eika"),
        name="Maurtua",
        slug="maurtua",
    )
    for values in ((4, 2), (4, 3), (5, 3)):
        AssessmentFactory(
            department=department,
            period=period,
            school_year=2026,
            answers=dict(zip(statements, values, strict=True)),
        )
    director = UserFactory(username="per", group="Styrere")
    ProfileFactory(
        user=director,
        kindergarten=department.kindergarten,
        department=None,
        role="styrer",
    )
    return director


def test_results_page_fits_a_phone(page, site_url, director_with_results):
    log_in(page, site_url, director_with_results)
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}/arshjul/resultater/")
    assert page.locator(".result-table").count() == 2  # kindergarten and Maurtua
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
