"""The /sok/ page and /sok/forslag/: results, filters, bad input, permissions, log."""

import time

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from measures.factories import (
    MeasurePageFactory,
    SituationFactory,
    VisualSupportFactory,
)
from portal.factories import MeetingMaterialPageFactory
from search import service
from search.conf import search_backends
from search.models import QueryLog
from tests.helpers import publish


@pytest.fixture
def library(db, index_ready):
    situation = SituationFactory(name="Påkledning", slug="pakledning")
    pages = {
        "forst_sa": publish(
            title="Først–så-tavle i garderoben",
            summary="Bilder av jakke og ute.",
            situations=[situation],
        ),
        "folelser": publish(
            title="Følelseskort i garderoben",
            summary="Sett ord på følelser.",
            focus_area="emosjonell-stotte",
        ),
    }
    pages["forst_sa"].tags.add("overgang")
    pages["forst_sa"].save_revision().publish()
    pages["image"] = VisualSupportFactory(
        title="Garderobeskap", description="Tegning av et garderobeskap med jakke"
    )
    pages["meeting"] = MeetingMaterialPageFactory(
        title="Avdelingsmøte om garderoben",
        focus_area="organisering-og-struktur",
        live=False,
    )
    pages["meeting"].save_revision().publish()
    index_ready()
    return pages


def test_results_cover_every_type_with_counts(staff_client, library):
    response = staff_client.get("/sok/", {"q": "garderoben"})
    assert response.status_code == 200
    outcome = response.context["outcome"]
    kinds = {f.value: f.count for f in outcome.facets["type"]}
    assert kinds == {"tiltak": 2, "visuell-stotte": 1, "motemateriell": 1}
    html = response.content.decode()
    assert 'value="garderoben"' in html  # the query is kept in the box
    assert "Garderobeskap" in html
    assert "<img" in html  # the visual support is shown as a thumbnail


def test_filters_narrow_results_and_counts_follow(staff_client, library):
    outcome = staff_client.get("/sok/", {"q": "garderoben", "type": "tiltak"}).context[
        "outcome"
    ]
    assert outcome.total == 2
    outcome = staff_client.get(
        "/sok/", {"q": "garderoben", "fokusomrade": "emosjonell-stotte"}
    ).context["outcome"]
    assert [r.title for r in outcome.results.object_list] == [
        "Følelseskort i garderoben"
    ]
    outcome = staff_client.get(
        "/sok/", {"q": "garderoben", "situasjon": "pakledning"}
    ).context["outcome"]
    assert [r.title for r in outcome.results.object_list] == [
        "Først–så-tavle i garderoben"
    ]
    outcome = staff_client.get(
        "/sok/", {"q": "garderoben", "stikkord": "overgang"}
    ).context["outcome"]
    assert outcome.total == 1


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 10_000},
        {"q": "garderoben\x00\x07\x1b[31m"},
        {"q": '"garderoben'},
        {"q": "garderoben*"},
        {"q": "garderoben~2"},
        {"q": "garderoben AND (jakke OR"},
        {"q": "((((("},
        {"q": "og i på"},
        {"q": "garderoben", "type": "ukjent"},
        {"q": "garderoben", "fokusomrade": "<script>"},
        {"q": "garderoben", "side": "abc"},
        {"q": "garderoben", "side": "99999"},
        {"q": "garderoben", "side": "-1"},
        {"q": ["a", "b"]},
    ],
)
def test_bad_input_gives_a_normal_page(staff_client, library, params):
    response = staff_client.get("/sok/", params)
    assert response.status_code == 200
    assert "<h1" in response.content.decode()


def test_bad_input_messages_are_norwegian(staff_client, library):
    long = staff_client.get("/sok/", {"q": "garderoben " * 1000}).content.decode()
    assert "forkortet til 200 tegn" in long
    unknown = staff_client.get(
        "/sok/", {"q": "garderoben", "type": "x"}
    ).content.decode()
    assert "ukjent filter" in unknown.lower()
    stop = staff_client.get("/sok/", {"q": "og på"}).content.decode()
    assert "Skriv" in stop


def test_drafts_and_private_pages_never_appear(staff_client, library, index_ready):
    draft = MeasurePageFactory(title="Garderoben utkast", live=False)
    draft.save_revision()  # a draft revision, never published
    private = publish(title="Garderoben privat")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    unpublished = publish(title="Garderoben avpublisert")
    unpublished.unpublish()
    index_ready()
    titles = [
        r.title
        for r in staff_client.get("/sok/", {"q": "garderoben"})
        .context["outcome"]
        .results.object_list
    ]
    suggestions = staff_client.get("/sok/forslag/", {"q": "garder"}).json()
    suggested = [s["title"] for s in suggestions["suggestions"]]
    for hidden in ("Garderoben utkast", "Garderoben privat", "Garderoben avpublisert"):
        assert hidden not in titles
        assert hidden not in suggested


def test_suggestions_are_titles_and_tolerate_missing_aeoeaa(staff_client, library):
    data = staff_client.get("/sok/forslag/", {"q": "forst"}).json()
    assert data["suggestions"][0]["title"] == "Først–så-tavle i garderoben"
    assert data["suggestions"][0]["url"] == library["forst_sa"].url
    data = staff_client.get("/sok/forslag/", {"q": "følelsesk"}).json()
    assert [s["title"] for s in data["suggestions"]] == ["Følelseskort i garderoben"]
    assert staff_client.get("/sok/forslag/", {"q": "f"}).json()["suggestions"] == []
    assert staff_client.get("/sok/forslag/", {"q": "\x00" * 5000}).status_code == 200


def test_did_you_mean_when_nothing_matches(staff_client, library):
    # A close typo is searched as the indexed word, and the page says so …
    response = staff_client.get("/sok/", {"q": "følelsekrot"})
    outcome = response.context["outcome"]
    assert [r.title for r in outcome.results.object_list] == [
        "Følelseskort i garderoben"
    ]
    assert outcome.corrections == {"følelsekrot": "følelseskort"}
    # … a word further off finds nothing, but gets a "Mente du …?" hint.
    response = staff_client.get("/sok/", {"q": "tignimg"})
    outcome = response.context["outcome"]
    assert outcome.total == 0
    assert outcome.suggestion == "tegning"
    assert "Mente du" in response.content.decode()


def test_every_search_is_logged_without_identity(staff_client, library):
    staff_client.get("/sok/", {"q": "garderoben"})
    staff_client.get("/sok/", {"q": "finnes ikke qqq"})
    staff_client.get("/sok/forslag/", {"q": "garder"})  # suggestions are not logged
    rows = list(QueryLog.objects.order_by("pk").values("query", "hits", "backend"))
    assert [r["query"] for r in rows] == ["garderoben", "finnes ikke qqq"]
    assert rows[0]["hits"] == 4
    assert rows[1]["hits"] == 0
    field_names = {f.name for f in QueryLog._meta.get_fields()}
    assert not field_names & {"user", "user_id", "ip", "session"}


@pytest.fixture
def dead_engine(settings):
    """Configure an engine at a closed port: a real client, really refused."""
    settings.SEARCH_BACKEND = "opensearch2"
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        "opensearch2", "http://127.0.0.1:9", settings.SEARCH_INDEX_PREFIX
    )
    service.mark_engine_up()


def test_engine_down_answers_from_the_database_and_says_so(
    staff_client, library, dead_engine
):
    started = time.monotonic()
    response = staff_client.get("/sok/", {"q": "garderoben"})
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    outcome = response.context["outcome"]
    assert outcome.degraded
    assert outcome.total == 4
    assert "redusert modus" in response.content.decode()
    assert elapsed < 2
    assert QueryLog.objects.get().degraded
    suggestions = staff_client.get("/sok/forslag/", {"q": "forst"}).json()
    assert suggestions["degraded"]
    assert suggestions["suggestions"]


def test_health_reports_a_dead_engine_as_degraded(client, dead_engine, db):
    data = client.get("/helse/").json()
    assert data["database"] == "ok"
    assert data["search"]["status"] == "degraded"
    assert data["status"] == "degraded"


def test_publishing_works_while_the_engine_is_down(editor_user, dead_engine, db):
    # An editor (Redaktører, who may publish measures) publishes as usual.
    assert editor_user.groups.get() == Group.objects.get(name="Redaktører")
    page = MeasurePageFactory(title="Publisert mens søkemotoren var nede", live=False)
    assert page.permissions_for_user(editor_user).can_publish()
    started = time.monotonic()
    page.save_revision(user=editor_user).publish(user=editor_user)
    page.refresh_from_db()
    assert page.live
    assert page.live_revision.user == editor_user
    assert time.monotonic() - started < 5
    outcome = service.search({"q": "søkemotoren"})
    assert outcome.degraded
    assert [r.title for r in outcome.results.object_list] == [page.title]


def test_more_matches_than_the_limit_says_so(
    staff_client, library, index_ready, monkeypatch
):
    from search import rank

    monkeypatch.setattr(rank, "LIMIT", 1)
    outcome = staff_client.get("/sok/", {"q": "garderoben"}).context["outcome"]
    # 3 pages and 1 visual support match; kept are 1 of each kind (an engine)
    # or the best 2 of both (the database).
    assert outcome.capped
    assert outcome.total == 2
    page = staff_client.get("/sok/", {"q": "garderobeskap"})
    assert not page.context["outcome"].capped
    assert "de beste vises" not in page.content.decode()
    assert "de beste vises" in (
        staff_client.get("/sok/", {"q": "garderoben"}).content.decode()
    )
