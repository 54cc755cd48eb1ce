"""Nobody reaches a page, image, document or media file without logging in."""

from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from measures.factories import VisualSupportFactory


@pytest.fixture
def image(db):
    return VisualSupportFactory()


@pytest.fixture
def document(db):
    Document = get_document_model()
    doc = Document(title="Dagsorden")
    doc.file.save("dagsorden.pdf", ContentFile(b"%PDF-1.4 test"), save=True)
    return doc


def assert_redirects_to_login(response, path):
    assert response.status_code == 302
    assert response["Location"] == f"/logg-inn/?next={quote(path)}"


# Pages and the admin, for anonymous visitors and each group: the permission
# matrix (test_permission_matrix.py). Here: the search page without a query,
# files and the login itself.


@pytest.mark.django_db
def test_anonymous_search_page_redirects_to_login(client):
    assert_redirects_to_login(client.get("/sok/"), "/sok/")


@pytest.mark.django_db
def test_anonymous_image_views_and_files_are_refused(client, image):
    paths = [
        f"/visuell-stotte/{image.pk}/",
        f"/visuell-stotte/{image.pk}/last-ned/",
        f"/visuell-stotte/{image.pk}/skriv-ut/",
        image.file.url,
        image.get_rendition("width-100").url,
    ]
    for path in paths:
        assert_redirects_to_login(client.get(path), path)


@pytest.mark.django_db
def test_anonymous_document_is_refused(client, document):
    assert_redirects_to_login(client.get(document.url), document.url)
    assert_redirects_to_login(client.get(document.file.url), document.file.url)


@pytest.mark.django_db
def test_logged_in_user_gets_media_and_documents(staff_client, image, document):
    assert staff_client.get(image.file.url).status_code == 200
    assert staff_client.get(document.url).status_code == 200
    response = staff_client.get(f"/visuell-stotte/{image.pk}/last-ned/")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]


@pytest.mark.django_db
def test_login_and_health_are_public(client):
    assert client.get("/logg-inn/").status_code == 200
    response = client.get("/helse/")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


@pytest.mark.django_db
def test_login_form_logs_in_and_returns_to_next(client, staff_user):
    response = client.post(
        "/logg-inn/?next=/tiltak/",
        {"username": staff_user.username, "password": "testpassord-123"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/tiltak/"


@pytest.mark.django_db
def test_wrong_password_gives_norwegian_message_and_no_session(client, staff_user):
    response = client.post(
        "/logg-inn/", {"username": staff_user.username, "password": "feil"}
    )
    assert response.status_code == 200
    assert "brukernavn" in response.content.decode().lower()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_logout_is_a_post_and_get_asks_for_confirmation(staff_client):
    confirm = staff_client.get("/logg-ut/")
    assert confirm.status_code == 200
    assert "_auth_user_id" in staff_client.session
    response = staff_client.post("/logg-ut/")
    assert response.status_code == 302
    assert "_auth_user_id" not in staff_client.session
