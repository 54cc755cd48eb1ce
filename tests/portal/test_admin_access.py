"""Refused, never looping: staff at /admin/, Wagtail's own login and password
forms, and no caching of pages with personal data (issue #12)."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from measures.factories import MeasurePageFactory
from tests.engine import make_searchable

pytestmark = pytest.mark.django_db


def follow(client, path, limit=10):
    """GET ``path`` and follow redirects by hand; the final response and the
    addresses visited (a loop shows as a repeated address)."""
    seen = []
    response = client.get(path)
    while response.status_code in (301, 302) and len(seen) < limit:
        seen.append(path)
        path = response["Location"]
        response = client.get(path)
    return response, seen


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/documents/"])
def test_staff_at_admin_get_a_norwegian_no_access_page(staff_client, path):
    response, seen = follow(staff_client, path)
    assert len(seen) < 3, seen
    assert response.status_code == 403
    assert "Du har ikke tilgang til denne siden" in response.content.decode()


def test_staff_at_a_page_restricted_to_directors_get_no_access(staff_client):
    page = MeasurePageFactory()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Styrere")])
    response, seen = follow(staff_client, page.url)
    assert len(seen) < 3, seen
    assert response.status_code == 403


def test_the_login_page_still_sends_a_logged_in_user_home(staff_client):
    response = staff_client.get("/logg-inn/")
    assert response.status_code == 302
    assert response["Location"] == settings.LOGIN_REDIRECT_URL


def test_wagtails_front_end_login_goes_to_ours(client):
    response = client.get("/_util/login/?next=/tiltak/")
    assert response.status_code == 302
    assert response["Location"] == "/logg-inn/?next=/tiltak/"
    response = client.post("/_util/login/", {"username": "x", "password": "y"})
    assert response["Location"].startswith("/logg-inn/")


@pytest.fixture
def password_page(db):
    page = MeasurePageFactory()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="rett-pass"
    )
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    return page, url


def test_page_password_attempts_are_throttled(staff_client, password_page):
    page, url = password_page
    data = {"return_url": page.url}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        assert staff_client.post(url, {**data, "password": "feil"}).status_code == 200
    response = staff_client.post(url, {**data, "password": "feil"})
    assert response.status_code == 429
    assert "For mange feil passord" in response.content.decode()
    # Locked: even the right password is refused until the cool-off ends.
    response = staff_client.post(url, {**data, "password": "rett-pass"})
    assert response.status_code == 429
    assert page.summary not in staff_client.get(page.url).content.decode()


def test_a_right_page_password_resets_the_count(staff_client, password_page):
    page, url = password_page
    data = {"return_url": page.url}
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        staff_client.post(url, {**data, "password": "feil"})
    response = staff_client.post(url, {**data, "password": "rett-pass"})
    assert response.status_code == 302
    assert page.summary in staff_client.get(page.url).content.decode()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert staff_client.post(url, {**data, "password": "feil"}).status_code == 200


def test_document_password_attempts_are_throttled(staff_client):
    collection = Collection.get_first_root_node().add_child(name="Passord")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="rett-pass",
    )
    url = f"/dokumenter/authenticate_with_password/{restriction.pk}/"
    data = {"return_url": "/", "password": "feil"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        assert staff_client.post(url, data).status_code == 200
    assert staff_client.post(url, data).status_code == 429


@pytest.mark.parametrize(
    "path",
    [
        "/lagret/",
        "/arshjul/stastedsanalyse/",
        "/arshjul/resultater/",
        "/arshjul/plan/",
        "/arshjul/ovingsomrade/",
        "/arshjul/motekalender/abonnement/",
    ],
)
def test_pages_with_personal_data_are_not_cached(director_client, path):
    response = director_client.get(path)
    assert response.status_code < 500
    cache_control = {
        part.strip() for part in response.get("Cache-Control", "").split(",")
    }
    assert {"private", "no-store"} <= cache_control


def test_shared_content_pages_are_not_marked_private(staff_client):
    assert "no-store" not in staff_client.get("/tiltak/").get("Cache-Control", "")


# --- Directors in the admin: page search and page chooser (issue #12 item 7) ---

ADMIN_SEARCHES = [
    "/admin/pages/search/",
    "/admin/choose-page/search/",
    "/admin/choose-page/search/?page_type=measures.measurepage",
]


@pytest.fixture
def hidden_pages(db):
    from portal.factories import MeetingMaterialPageFactory

    draft = MeasurePageFactory(title="Zebra utkast tiltak", live=False)
    draft.save_revision()
    restricted = MeasurePageFactory(title="Zebra begrenset tiltak")
    restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Redaktører")])
    MeasurePageFactory(title="Zebra åpent tiltak")
    own_draft = MeetingMaterialPageFactory(title="Zebra møte utkast", live=False)
    own_draft.save_revision()
    make_searchable()
    return draft, restricted


def search(client, url, q="Zebra"):
    separator = "&" if "?" in url else "?"
    response = client.get(f"{url}{separator}q={q}")
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("url", ADMIN_SEARCHES)
def test_directors_search_no_drafts_or_restricted_pages_outside_their_section(
    director_client, hidden_pages, url
):
    html = search(director_client, url)
    assert "Zebra utkast tiltak" not in html
    assert "Zebra begrenset tiltak" not in html


def test_directors_chooser_still_offers_open_measures(director_client, hidden_pages):
    html = search(director_client, "/admin/choose-page/search/")
    assert "Zebra åpent tiltak" in html


def test_directors_still_find_their_own_meeting_material_drafts(
    director_client, hidden_pages
):
    assert "Zebra møte utkast" in search(director_client, "/admin/pages/search/")
    assert "Zebra møte utkast" in search(director_client, "/admin/choose-page/search/")


@pytest.mark.parametrize("url", ADMIN_SEARCHES)
def test_editors_still_see_everything(editor_client, hidden_pages, url):
    html = search(editor_client, url)
    assert "Zebra utkast tiltak" in html
    assert "Zebra begrenset tiltak" in html


def test_directors_browsing_the_chooser_see_no_drafts_or_restricted_pages(
    director_client, hidden_pages
):
    index = hidden_pages[0].get_parent()
    response = director_client.get(f"/admin/choose-page/{index.pk}/")
    assert response.status_code == 200
    html = response.json()["html"]
    assert "Zebra åpent tiltak" in html
    assert "Zebra utkast tiltak" not in html
    assert "Zebra begrenset tiltak" not in html
