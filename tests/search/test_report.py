"""The query log, the editors' search report and promoted results ("anbefalt")."""

import datetime
import re

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from measures.factories import MeasurePageFactory
from search.models import QueryLog
from team.factories import UserFactory

FREQUENT_URL = "/admin/reports/search-queries/"
NO_RESULTS_URL = "/admin/reports/search-queries/no-results/"
PROMOTIONS_URL = "/admin/searchpicks/"


def log(query, hits, days_ago=0, degraded=False):
    row = QueryLog.objects.create(
        query=query, backend="database", hits=hits, duration_ms=5, degraded=degraded
    )
    created = timezone.now() - datetime.timedelta(days=days_ago, minutes=1)
    QueryLog.objects.filter(pk=row.pk).update(created_at=created)
    return created


@pytest.fixture
def search_history(db):
    """Searches over the last 40 days, in mixed case, some of them with no hits."""
    latest = log("Påkledning", 4, days_ago=1)
    log("påkledning", 2, days_ago=3)
    log("PÅKLEDNING", 0, days_ago=10, degraded=True)
    log("påkledning", 9, days_ago=40)  # outside the period
    log("Øyekontakt", 1, days_ago=2)
    log("øyekontakt", 3, days_ago=4)
    log("dagtavle", 0, days_ago=5)
    log("Dagtavle", 0, days_ago=6, degraded=True)
    log("sovestund", 0, days_ago=31)  # outside the period
    return {"påkledning": latest}


def rows(response):
    return {row["phrase"]: row for row in response.context["object_list"]}


def test_frequent_searches_are_counted_case_insensitively_over_30_days(
    editor_client, search_history
):
    response = editor_client.get(FREQUENT_URL)

    assert response.status_code == 200
    found = rows(response)
    assert set(found) == {"påkledning", "øyekontakt", "dagtavle"}
    assert found["påkledning"]["searches"] == 3
    assert found["påkledning"]["average_hits"] == pytest.approx(2.0)
    assert found["påkledning"]["last_asked"] == search_history["påkledning"]
    assert found["øyekontakt"]["searches"] == 2
    assert found["øyekontakt"]["average_hits"] == pytest.approx(2.0)
    assert found["dagtavle"]["average_hits"] == 0
    # Most frequent first.
    phrases = [row["phrase"] for row in response.context["object_list"]]
    assert phrases[0] == "påkledning"


def test_searches_that_found_nothing(editor_client, search_history):
    response = editor_client.get(NO_RESULTS_URL)

    assert response.status_code == 200
    found = rows(response)
    assert set(found) == {"dagtavle", "påkledning"}
    assert found["dagtavle"]["searches"] == 2
    assert found["påkledning"]["searches"] == 1
    assert [row["phrase"] for row in response.context["object_list"]] == [
        "dagtavle",
        "påkledning",
    ]


def test_summary_counts_searches_empty_results_and_reduced_mode(
    editor_client, search_history
):
    response = editor_client.get(FREQUENT_URL)

    assert response.context["summary"] == {
        "total": 7,
        "no_results": 3,
        "degraded": 2,
    }
    text = " ".join(response.content.decode().split())
    assert "7 søk de siste 30 dagene." in text
    assert "2 kjørte i redusert modus" in text


def test_report_can_be_searched_and_exported(editor_client, search_history):
    response = editor_client.get(FREQUENT_URL, {"q": "ØYE"})
    assert set(rows(response)) == {"øyekontakt"}

    export = editor_client.get(NO_RESULTS_URL, {"export": "csv"})
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert lines[0] == "Søk,Antall søk,Sist søkt"
    assert re.fullmatch(r"dagtavle,2,\d{4}-\d\d-\d\d \d\d:\d\d", lines[1])
    assert len(lines) == 3


@pytest.mark.django_db
def test_report_pages_through_many_queries_in_fixed_queries(
    editor_client, django_assert_max_num_queries
):
    for i in range(120):
        log(f"ord{i}", i % 3)
    with django_assert_max_num_queries(25):
        response = editor_client.get(FREQUENT_URL)
    assert len(response.context["object_list"]) == 50
    assert response.context["paginator"].count == 120


def test_editor_sees_the_report_in_the_reports_menu(editor_client):
    home = editor_client.get("/admin/").content.decode()

    assert FREQUENT_URL in home
    # Wagtail's own "Search terms" report counts nothing here; it is hidden.
    assert "/admin/searchpicks/reports/search-terms/" not in home


@pytest.mark.django_db
def test_superuser_sees_the_report(client):
    client.force_login(UserFactory(username="admin-test", is_superuser=True))
    assert client.get(NO_RESULTS_URL).status_code == 200


def assert_permission_denied(client, url):
    """Wagtail's admin answers a refused view with its dashboard and an error."""
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("tilgang" in m or "permission" in m for m in messages), messages


def test_director_neither_sees_nor_opens_the_report(director_client):
    assert FREQUENT_URL not in director_client.get("/admin/").content.decode()
    assert_permission_denied(director_client, FREQUENT_URL)
    assert_permission_denied(director_client, NO_RESULTS_URL)
    assert_permission_denied(director_client, f"{NO_RESULTS_URL}?export=csv")


def test_staff_cannot_open_the_report(staff_client):
    response = staff_client.get(FREQUENT_URL)
    assert response.status_code == 302
    assert "/logg-inn/" in response["Location"]


# --- The log keeps no identity ---


def test_query_log_has_no_field_that_could_identify_a_person():
    assert {field.name for field in QueryLog._meta.get_fields()} == {
        "id",
        "query",
        "backend",
        "hits",
        "duration_ms",
        "degraded",
        "created_at",
    }


def test_a_search_stores_exactly_one_anonymous_row(
    editor_client, editor_user, index_ready
):
    MeasurePageFactory(title="Påkledning i garderoben")
    index_ready()

    response = editor_client.get("/sok/", {"q": "Påkledning"})

    assert response.status_code == 200
    row = QueryLog.objects.get()
    assert row.query == "Påkledning"
    assert row.hits == response.context["outcome"].total == 1
    assert editor_user.username not in f"{row.query} {row.backend}"


# --- Promoted results ("anbefalt") ---


def test_editor_manages_promoted_results(editor_client):
    assert editor_client.get(PROMOTIONS_URL).status_code == 200
    assert editor_client.get(f"{PROMOTIONS_URL}add/").status_code == 200
    assert PROMOTIONS_URL in editor_client.get("/admin/").content.decode()


def test_director_cannot_manage_promoted_results(director_client):
    assert PROMOTIONS_URL not in director_client.get("/admin/").content.decode()
    assert_permission_denied(director_client, PROMOTIONS_URL)


def promoted_section(response):
    html = response.content.decode()
    match = re.search(r'<section class="promotions".*?</section>', html, re.S)
    return match.group(0) if match else ""


def test_promoted_live_page_is_shown_under_anbefalt(staff_client, index_ready):
    page = MeasurePageFactory(title="Dagtavle med bilder")
    query = Query.get("Dagtavle")
    SearchPromotion.objects.create(
        query=query, page=page, sort_order=0, description="Start her."
    )
    index_ready()

    response = staff_client.get("/sok/", {"q": "dagtavle"})

    section = promoted_section(response)
    assert "Anbefalt" in section
    assert page.title in section
    assert "Start her." in section


def test_promoted_page_links_to_the_page(staff_client, index_ready):
    page = MeasurePageFactory(title="Dagtavle med bilder")
    SearchPromotion.objects.create(query=Query.get("dagtavle"), page=page)
    index_ready()

    response = staff_client.get("/sok/", {"q": "dagtavle"})

    assert f'href="{page.url}"' in promoted_section(response)


def test_promoted_unpublished_page_is_not_shown(staff_client, index_ready):
    draft = MeasurePageFactory(title="Hemmelig dagtavle", live=False)
    SearchPromotion.objects.create(query=Query.get("dagtavle"), page=draft)
    index_ready()

    response = staff_client.get("/sok/", {"q": "dagtavle"})

    assert promoted_section(response) == ""
    assert "Hemmelig dagtavle" not in response.content.decode()


# --- Pruning ---


@pytest.mark.django_db
def test_prune_query_log_keeps_a_year_by_default():
    log("gammel", 1, days_ago=400)
    log("i fjor", 1, days_ago=100)
    log("nå", 1)

    call_command("prune_query_log", stdout=None)
    assert set(QueryLog.objects.values_list("query", flat=True)) == {"i fjor", "nå"}

    call_command("prune_query_log", "--days", "30", stdout=None)
    assert set(QueryLog.objects.values_list("query", flat=True)) == {"nå"}


@pytest.mark.django_db
def test_prune_query_log_refuses_to_delete_everything():
    log("nå", 1)
    with pytest.raises(CommandError):
        call_command("prune_query_log", "--days", "0")
    assert QueryLog.objects.count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_logged_search_is_stored_outside_a_transaction_and_leaves_none_open():
    # Outside a transaction (as in a served request) PostgreSQL stores the line
    # in a transaction of its own, committed without waiting for the disk
    # (search/models.py); the connection must be back in autocommit after it.
    from django.db import connection

    before = timezone.now()
    QueryLog.record("vente på tur", "database", 3, 12, False)
    QueryLog.record("x" * 300, "database", 0, 1, True)  # cut to the column's length
    rows = list(QueryLog.objects.order_by("pk"))
    assert [(r.query[:12], r.hits, r.degraded) for r in rows] == [
        ("vente på tur", 3, False),
        ("x" * 12, 0, True),
    ]
    assert len(rows[1].query) == 200
    assert all(before <= r.created_at <= timezone.now() for r in rows)
    assert connection.get_autocommit() and not connection.in_atomic_block
    if connection.vendor == "postgresql":
        assert connection.connection.info.transaction_status == 0  # idle, none open
