"""Who sees which results: aggregates only, only from three answers, only for
one's own department or kindergarten; never individual answers, not even in the
admin or the CSV export."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model

from team.factories import AssessmentFactory, DepartmentFactory, KindergartenFactory
from team.models import Answer

RESULTS = "/arshjul/resultater/"
SECRET = "HEMMELIG-KOMMENTAR"
pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(autumn, statements, department, after_autumn):
    """answered(n, department=…) → n people answered the autumn period of school
    year 2026; today is after it closed, so its results are published."""

    def answered(n, in_department=None, values=(4, 3, 5)):
        target = in_department or department
        for _ in range(n):
            AssessmentFactory(
                department=target,
                period=autumn,
                school_year=2026,
                answers=dict(zip(statements, values, strict=True)),
            )
        Answer.objects.update(comment=SECRET)

    return answered


def test_two_answers_show_too_few(client, leader, answered):
    answered(2)
    client.force_login(leader)
    html = client.get(RESULTS).content.decode()
    assert "For få svar til å vise resultat" in html
    assert "Gjennomsnitt" not in html


def test_three_answers_show_the_aggregate(client, leader, answered):
    answered(3)
    client.force_login(leader)
    html = client.get(RESULTS).content.decode()
    assert "For få svar til å vise resultat" not in html
    assert "3 personer har svart." in html
    assert "Påstand 1" in html and "4,0" in html
    assert SECRET not in html


def test_ordinary_staff_get_no_results(client, make_person, department, answered):
    answered(3)
    staff = make_person(department, role="assistent")
    client.force_login(staff)
    response = client.get(RESULTS)
    assert response.status_code == 403
    assert "pedagogiske ledere" in response.content.decode()


def test_leader_sees_own_department_only(client, leader, other_department, answered):
    answered(3)
    answered(3, in_department=other_department, values=(1, 1, 1))
    client.force_login(leader)
    html = client.get(RESULTS).content.decode()
    assert "Avdeling Maurtua" in html
    assert "Ekornet" not in html
    assert "hele barnehagen" not in html


def test_director_sees_kindergarten_and_each_department_of_own_kindergarten(
    client, director, other_department, answered
):
    answered(3)
    answered(3, in_department=other_department, values=(1, 1, 1))
    client.force_login(director)
    html = client.get(RESULTS).content.decode()
    assert "Eika barnehage – hele barnehagen" in html
    assert "6 personer har svart." in html
    assert "Avdeling Maurtua" in html and "Avdeling Ekornet" in html
    assert "For få svar" not in html


def test_kindergarten_total_never_reveals_a_small_department(
    client, director, department, other_department, answered, statements
):
    """3 in Maurtua are shown; Ekornet's single answer must not be derivable as
    total minus Maurtua."""
    answered(3)
    answered(1, in_department=other_department, values=(1, 1, 1))
    client.force_login(director)
    html = client.get(RESULTS).content.decode()
    assert "Totalen for hele barnehagen er skjult" in html
    assert html.count('<th scope="row">') == 3  # Maurtua only, no total rows
    assert html.count("For få svar til å vise resultat") == 1  # Ekornet
    rows = _rows(client.get("/arshjul/eksport.csv"))
    whole = [r for r in rows if r[3] == "Hele barnehagen"]
    assert len(whole) == 1 and whole[0][5].startswith("skjult")
    assert whole[0][6:] == [""] * 7


def test_director_of_another_kindergarten_sees_nothing_of_ours(
    client, make_person, answered
):
    answered(3)
    elsewhere = DepartmentFactory(kindergarten=KindergartenFactory(name="Lønna"))
    other_director = make_person(
        None, role="styrer", group="Styrere", kindergarten=elsewhere.kindergarten
    )
    client.force_login(other_director)
    html = client.get(RESULTS).content.decode()
    assert "Maurtua" not in html and "Eika" not in html
    assert "For få svar til å vise resultat" in html  # their own: nobody answered


def test_bad_period_in_the_address_gives_a_clear_404(client, leader, answered):
    client.force_login(leader)
    for query in ("?periode=abc&ar=2026", "?periode=99999&ar=2026", "?ar=x"):
        response = client.get(RESULTS + query)
        assert response.status_code == 404
        assert "Den perioden finnes ikke." in response.content.decode()


def test_admin_lists_no_answers_anywhere(client, answered):
    answered(3)
    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x")
    client.force_login(admin)
    for url in (
        "/admin/snippets/team/answer/",
        "/admin/snippets/team/assessment/",
        "/admin/snippets/team/practicearea/",
        "/admin/snippets/team/calendartoken/",
    ):
        assert client.get(url).status_code == 404, url
    snippets = client.get("/admin/snippets/").content.decode()
    assert "answer" not in snippets.lower().replace("answered", "")
    from wagtail.snippets.models import get_snippet_models

    from team.models import Answer, Assessment, PracticeArea

    assert not {Answer, Assessment, PracticeArea} & set(get_snippet_models())
    # The statement snippet is there for editors; answers do not show on it.
    statement = Answer.objects.first().statement
    page = client.get(f"/admin/snippets/team/statement/edit/{statement.pk}/")
    assert page.status_code == 200
    assert SECRET not in page.content.decode()


def test_editors_manage_statements_directors_and_staff_do_not(
    client, editor_user, director_user, staff_user
):
    client.force_login(editor_user)
    assert client.get("/admin/snippets/team/statement/").status_code == 200
    assert client.get("/admin/snippets/team/statement/add/").status_code == 200
    client.force_login(director_user)
    response = client.get("/admin/snippets/team/statement/")
    assert response.status_code in (302, 403)


def _rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_csv_has_aggregates_and_no_individual_answers(
    client, director, other_department, answered, statements
):
    answered(3)
    answered(2, in_department=other_department, values=(1, 2, 1))
    client.force_login(director)
    response = client.get("/arshjul/eksport.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = _rows(response)
    header, body = rows[0], rows[1:]
    assert header[:6] == [
        "Periode",
        "Barnehageår",
        "Barnehage",
        "Avdeling",
        "Antall som svarte",
        "Påstand",
    ]
    # 3 + 2 answers: the total would single out Ekornet's two, so it is hidden.
    whole = [r for r in body if r[3] == "Hele barnehagen"]
    assert [r[4:6] for r in whole] == [
        [
            "5",
            "skjult: sammen med avdelingene som vises, ville det avsløre "
            "enkeltpersoners svar",
        ]
    ]
    maurtua = [r for r in body if r[3] == "Maurtua"]
    assert maurtua[0][12] == "4,00"
    ekornet = [r for r in body if r[3] == "Ekornet"]
    assert ekornet == [
        [
            "Organisering og struktur",
            "2026–2027",
            "Eika barnehage",
            "Ekornet",
            "2",
            "for få svar til å vise resultat",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    ]
    text = response.content.decode("utf-8-sig")
    assert SECRET not in text
    for user in get_user_model().objects.exclude(pk=director.pk):
        assert user.username not in text


def test_csv_only_for_directors_and_only_their_kindergarten(
    client, leader, make_person, answered
):
    answered(3)
    client.force_login(leader)
    assert client.get("/arshjul/eksport.csv").status_code == 403
    assert client.get("/arshjul/eksport-planer.csv").status_code == 403
    elsewhere = KindergartenFactory(name="Lønna")
    other_director = make_person(
        None, role="styrer", group="Styrere", kindergarten=elsewhere
    )
    client.force_login(other_director)
    rows = _rows(client.get("/arshjul/eksport.csv"))
    assert rows[1:] == []


def test_csv_cells_cannot_become_formulas(client, director, department, autumn):
    from team.models import DepartmentPlan

    DepartmentPlan.objects.create(
        department=department,
        period=autumn,
        school_year=2026,
        keep_area='=HYPERLINK("http://example.org")',
        improve_area="Bedre overganger",
    )
    client.force_login(director)
    rows = _rows(client.get("/arshjul/eksport-planer.csv"))
    assert rows[1][3].startswith("'=")
    assert rows[1][5] == "Bedre overganger"
