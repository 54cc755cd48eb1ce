"""Answering the self-assessment: once per period, changeable while open."""

import datetime
from html.parser import HTMLParser

import pytest
from django.db import IntegrityError, transaction

from team import cycle
from team.factories import AssessmentFactory, StatementFactory
from team.models import Answer, Assessment

URL = "/arshjul/stastedsanalyse/"
pytestmark = pytest.mark.django_db


@pytest.fixture
def person(make_person, department):
    return make_person(department, username="kari")


def _post(client, autumn, statements, values, year=2026, **extra):
    data = {"periode": autumn.pk, "ar": year}
    for statement, value in zip(statements, values, strict=True):
        data[f"svar-{statement.pk}"] = value
        data[f"kommentar-{statement.pk}"] = extra.get("comment", "")
    return client.post(URL, data)


def test_staff_see_the_theme_statements_with_a_labelled_scale(
    client, person, autumn, statements, october
):
    StatementFactory(focus_area="emosjonell-stotte", text="Annet tema")
    StatementFactory(focus_area="organisering-og-struktur", text="Utgått", active=False)
    client.force_login(person)
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    for statement in statements:
        assert statement.text in html
    assert "Annet tema" not in html and "Utgått" not in html
    assert "<legend" in html and "1 – I svært liten grad" in html
    assert "Organisering og struktur 2026–2027" in html
    assert "barn" in html  # the comment field says: no data about children


def test_answering_saves_one_assessment_and_changing_updates_it(
    client, person, autumn, statements, department, october
):
    client.force_login(person)
    response = _post(client, autumn, statements, [2, 3, 4], comment="Bra start")
    assert response.status_code == 302
    assessment = Assessment.objects.get(user=person)
    assert (assessment.period, assessment.school_year) == (autumn, 2026)
    assert assessment.department == department
    assert sorted(assessment.answers.values_list("value", flat=True)) == [2, 3, 4]

    _post(client, autumn, statements, [5, 5, 5])
    assert Assessment.objects.filter(user=person).count() == 1
    assert list(
        Answer.objects.filter(assessment__user=person).values_list("value", flat=True)
    ) == [5, 5, 5]
    page = client.get(URL).content.decode()
    # Exactly the saved answer is checked, one radio button per statement.
    assert _checked_radios(page) == {f"svar-{s.pk}": ["5"] for s in statements}


def _checked_radios(html):
    """{field name: [checked values]} for the radio buttons in ``html``."""
    checked = {}

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "input" and attrs.get("type") == "radio" and "checked" in attrs:
                checked.setdefault(attrs["name"], []).append(attrs["value"])

    Parser().feed(html)
    return checked


@pytest.mark.parametrize("bad", ["6", "0", "-1", "tre", "2.5", ""])
def test_answer_outside_the_scale_is_refused_and_nothing_changes(
    client, person, autumn, statements, october, bad
):
    client.force_login(person)
    response = _post(client, autumn, statements, [bad, "3", "3"])
    assert response.status_code == 400
    html = response.content.decode()
    assert "Svarene ble ikke lagret" in html
    assert Assessment.objects.count() == 0 and Answer.objects.count() == 0


def test_answering_a_closed_period_changes_nothing(
    client, person, wheel, autumn, statements, set_today
):
    set_today(datetime.date(2026, 10, 5))
    client.force_login(person)
    _post(client, autumn, statements, [3, 3, 3])
    # The period has ended: a late form (or a hand-made POST) is refused.
    set_today(datetime.date(2026, 12, 2))
    response = _post(client, autumn, statements, [1, 1, 1])
    assert response.status_code == 403
    assert "stengt" in response.content.decode()
    assert set(Answer.objects.values_list("value", flat=True)) == {3}
    # Another year's instance of the same period is refused too.
    set_today(datetime.date(2026, 10, 5))
    response = _post(client, autumn, statements, [1, 1, 1], year=2025)
    assert response.status_code == 403
    assert set(Answer.objects.values_list("value", flat=True)) == {3}


def test_between_periods_the_page_says_so(client, person, wheel, set_today):
    set_today(datetime.date(2026, 12, 10))
    client.force_login(person)
    response = client.get(URL)
    assert response.status_code == 200
    assert "Ingen ståstedsanalyse er åpen nå" in response.content.decode()


def test_the_database_refuses_a_value_outside_the_scale(autumn, statements):
    assessment = AssessmentFactory(period=autumn, school_year=2026)
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(assessment=assessment, statement=statements[0], value=6)


def test_someone_without_a_kindergarten_gets_a_clear_message(
    client, autumn, statements, october
):
    from team.factories import UserFactory

    user = UserFactory(group="Ansatte")
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 403
    assert "ikke knyttet til en barnehage" in response.content.decode()


def test_own_change_since_last_year_is_shown(
    client, person, autumn, statements, department, october
):
    AssessmentFactory(
        user=person,
        department=department,
        period=autumn,
        school_year=2025,
        answers={statements[0]: 2, statements[1]: 4, statements[2]: 3},
    )
    client.force_login(person)
    _post(client, autumn, statements, [4, 3, 3])
    html = client.get(URL).content.decode()
    assert "Slik har svarene mine endret seg siden i fjor" in html
    assert "+2" in html and "-1" in html


def test_own_answers_are_never_shown_to_someone_else(
    client, person, make_person, department, autumn, statements, october
):
    AssessmentFactory(
        user=person,
        department=department,
        period=autumn,
        school_year=cycle.school_year_of(datetime.date(2026, 10, 5)),
        answers={statements[0]: 1},
    )
    Answer.objects.filter(assessment__user=person).update(comment="HEMMELIG-KOMMENTAR")
    colleague = make_person(department, username="kollega")
    client.force_login(colleague)
    html = client.get(URL).content.decode()
    assert "HEMMELIG-KOMMENTAR" not in html
    assert "checked" not in html


# --- Race: one person submits twice at once (needs real concurrency) ---


@pytest.mark.postgres  # SQLite serialises writers: no race to test there
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_submissions_leave_one_assessment(
    person, autumn, statements, october
):
    import threading

    from django.db.models.query import QuerySet
    from django.test import Client

    barrier = threading.Barrier(2)
    local = threading.local()
    statuses, errors = [], []
    original_get = QuerySet.get

    # Both requests look for the assessment and find none before either one
    # inserts it, so only the unique constraint can keep the second row out.
    def racing_get(self, *args, **kwargs):
        try:
            return original_get(self, *args, **kwargs)
        finally:
            if self.model is Assessment and not getattr(local, "waited", False):
                local.waited = True
                barrier.wait(timeout=10)

    clients = [Client(), Client()]
    for client in clients:
        client.force_login(person)

    def run(client, values):
        from django.db import connections

        try:
            statuses.append(_post(client, autumn, statements, values).status_code)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    QuerySet.get = racing_get
    try:
        threads = [
            threading.Thread(target=run, args=(client, values))
            for client, values in zip(clients, ([2, 2, 2], [4, 4, 4]), strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        QuerySet.get = original_get
    assert errors == []
    assert statuses == [302, 302]
    assessment = Assessment.objects.get(user=person)
    values = list(assessment.answers.values_list("value", flat=True))
    # One complete set of answers: the one saved last, never a mix.
    assert values in ([2, 2, 2], [4, 4, 4])
