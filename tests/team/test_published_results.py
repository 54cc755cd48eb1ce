"""Results cannot be differenced: nothing is shown while a period is open, and a
closed period's results are computed once and never change (docs/privacy.md)."""

import csv
import datetime
import io

import pytest
from django.db import IntegrityError, transaction
from django.test import override_settings

from team import cycle
from team.factories import AssessmentFactory
from team.models import Assessment, PublishedResult

RESULTS = "/arshjul/resultater/"
CSV = "/arshjul/eksport.csv"
SELF_ASSESSMENT = "/arshjul/stastedsanalyse/"
OCTOBER = datetime.date(2026, 10, 5)
DECEMBER = datetime.date(2026, 12, 2)
pytestmark = pytest.mark.django_db


@pytest.fixture
def answer(autumn, statements, department):
    """answer(values, department=…, year=2026) → one more person answered."""

    def answer(values, in_department=None, year=2026):
        return AssessmentFactory(
            department=in_department or department,
            period=autumn,
            school_year=year,
            answers=dict(zip(statements, values, strict=False)),
        )

    return answer


def _rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def _result_tables(html):
    """The part of the results page that carries numbers."""
    return html[html.index("<h2>") :]


def test_nothing_is_shown_while_the_period_is_open(
    client, director, autumn, answer, set_today
):
    set_today(OCTOBER)
    for values in ((4, 4, 4), (3, 3, 3), (2, 2, 2), (5, 5, 5)):
        answer(values)
    client.force_login(director)
    html = client.get(RESULTS + f"?periode={autumn.pk}&ar=2026").content.decode()
    assert "Resultatene vises når perioden er over" in html
    assert "4 personer har svart" not in html
    assert '<th scope="row">' not in html
    assert not PublishedResult.objects.exists()
    # The CSV has no row for the open period either.
    body = _rows(client.get(CSV))[1:]
    assert [row for row in body if row[1] == "2026–2027"] == []


def test_the_differencing_attack_finds_nothing(
    client, director, department, answer, statements, set_today
):
    """Four answered; a fifth answer arriving later must not change what the
    director reads, or the difference would be that person's answers."""
    set_today(OCTOBER)
    for values in ((4, 4, 4), (3, 3, 3), (2, 2, 2), (5, 5, 5)):
        answer(values)
    set_today(DECEMBER)
    client.force_login(director)
    before = _result_tables(client.get(RESULTS).content.decode())
    assert "4 personer har svart." in before
    csv_before = _rows(client.get(CSV))

    # A late answer (answering itself is closed: the form is refused)…
    late = answer((1, 1, 1))
    response = client.post(
        SELF_ASSESSMENT,
        {"periode": late.period.pk, "ar": 2026}
        | {f"svar-{s.pk}": 1 for s in statements},
    )
    assert response.status_code == 403
    # …and someone moving into the department after the close.
    moved = answer((1, 1, 1), in_department=None)
    Assessment.objects.filter(pk=moved.pk).update(
        department=department, kindergarten=department.kindergarten
    )
    after = _result_tables(client.get(RESULTS).content.decode())
    assert after == before
    assert _rows(client.get(CSV)) == csv_before
    assert PublishedResult.objects.count() == 1


def test_the_csv_route_is_frozen_across_years(
    client, director, department, answer, set_today
):
    """The CSV lists every year; each year's rows are the published ones, so
    downloads at different times cannot be subtracted either."""
    for values in ((4, 4, 4), (3, 3, 3), (2, 2, 2)):
        answer(values, year=2025)
    set_today(OCTOBER)
    client.force_login(director)
    first = _rows(client.get(CSV))
    last_year = [row for row in first if row[1] == "2025–2026"]
    assert last_year and "3" in {row[4] for row in last_year}
    answer((1, 1, 1), year=2025)  # a row slipped in later (import, restore …)
    for values in ((4, 4, 4), (3, 3, 3), (2, 2, 2)):
        answer(values)  # this year's period is open: not in the CSV yet
    second = _rows(client.get(CSV))
    assert second == first
    set_today(DECEMBER)
    third = _rows(client.get(CSV))
    assert [row for row in third if row[1] == "2025–2026"] == last_year
    assert any(row[1] == "2026–2027" and row[6] == "3" for row in third)


def test_small_department_route(
    client, director, department, other_department, answer, make_person, set_today
):
    """3 in Maurtua, 2 in Ekornet: Ekornet is too few, the total is hidden
    (total minus Maurtua would be Ekornet's two) — and stays so when a third
    Ekornet answer turns up after the close."""
    for values in ((4, 4, 4), (3, 3, 3), (2, 2, 2)):
        answer(values)
    for values in ((1, 1, 1), (5, 5, 5)):
        answer(values, in_department=other_department)
    set_today(DECEMBER)
    ekornet_leader = make_person(other_department, role="pedagogisk-leder")
    client.force_login(ekornet_leader)
    html = client.get(RESULTS).content.decode()
    assert "For få svar til å vise resultat" in html
    assert '<th scope="row">' not in html
    client.force_login(director)
    html = client.get(RESULTS).content.decode()
    assert "Totalen for hele barnehagen er skjult" in html
    answer((3, 3, 3), in_department=other_department)
    html = client.get(RESULTS).content.decode()
    assert "Totalen for hele barnehagen er skjult" in html
    client.force_login(ekornet_leader)
    assert "For få svar til å vise resultat" in client.get(RESULTS).content.decode()


def test_a_total_row_is_hidden_when_it_would_single_out_a_statement(
    autumn, statements, department, other_department, answer
):
    """Guards the statement-row rule of kindergarten_results: Ekornet has three
    respondents but only two answered statement 3, so Ekornet's row 3 is left
    out and the total's row 3 (5 answers) minus Maurtua's (3) would give those
    two answers away."""
    for values in ((4, 4, 4), (3, 3, 3), (2, 2, 2)):
        answer(values)
    for values in ((1, 1, 1), (5, 5, 5)):
        answer(values, in_department=other_department)
    answer((3, 3), in_department=other_department)
    total, by_department = cycle.kindergarten_results(
        cycle.PeriodInstance(autumn, 2026),
        department.kindergarten,
        [department, other_department],
    )
    assert total.shown
    assert [row.statement for row in total.rows] == statements[:2]
    ekornet = dict(by_department)[other_department]
    assert [row.statement for row in ekornet.rows] == statements[:2]


def test_the_threshold_setting_only_raises(
    client, leader, answer, after_autumn, settings
):
    for values in ((4, 4, 4), (3, 3, 3), (2, 2, 2), (5, 5, 5)):
        answer(values)
    settings.PORTAL_MIN_RESPONDENTS = 1
    assert cycle.min_respondents() == 3
    with override_settings(PORTAL_MIN_RESPONDENTS=5):
        assert cycle.min_respondents() == 5
        client.force_login(leader)
        html = client.get(RESULTS).content.decode()
        assert "minst 5 personer" in html
        assert "For få svar til å vise resultat" in html
    # What was published stays as published.
    assert PublishedResult.objects.get().min_respondents == 5


def test_a_second_first_read_returns_the_row_that_won(
    autumn, statements, department, answer, after_autumn, monkeypatch
):
    """Two first reads at once: the unique constraint keeps one row, and the
    read that lost returns the winner's numbers (not its own, not a 500)."""
    for values in ((4, 4, 4), (3, 3, 3), (2, 2, 2)):
        answer(values)
    instance = cycle.PeriodInstance(autumn, 2026)
    kindergarten = department.kindergarten
    winner = cycle.published_results(instance, kindergarten)
    answer((1, 1, 1))  # the losing read would count four
    original_filter = PublishedResult.objects.filter

    def not_there_yet(*args, **kwargs):
        return original_filter(*args, **kwargs).none()

    monkeypatch.setattr(PublishedResult.objects, "filter", not_there_yet)
    loser = cycle.published_results(instance, kindergarten)
    assert loser[0].respondents == winner[0].respondents == 3
    assert PublishedResult.objects.count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        PublishedResult.objects.create(
            kindergarten=kindergarten, min_respondents=3, data={}, **instance.key()
        )
