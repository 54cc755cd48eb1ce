"""Files under /media/ have exactly the access of the document or image they
belong to: a collection restricted to Styrere keeps its documents, original
images and renditions from staff, whichever address they try (issue #12)."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from measures.factories import VisualSupportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def directors_only():
    collection = Collection.get_first_root_node().add_child(name="Kun for styrere")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Styrere")])
    return collection


def make_document(collection=None, name="budsjett.pdf"):
    Document = get_document_model()
    doc = Document(title="Budsjett")
    if collection is not None:
        doc.collection = collection
    doc.file.save(name, ContentFile(b"%PDF-1.4 hemmelig"), save=True)
    return doc


def test_restricted_document_file_is_refused_to_staff(staff_client, directors_only):
    doc = make_document(directors_only)
    assert doc.file.url.startswith("/media/documents/")

    assert staff_client.get(doc.file.url).status_code == 404
    assert staff_client.get(doc.url).status_code != 200


def test_restricted_document_file_is_served_to_directors(
    director_client, directors_only
):
    doc = make_document(directors_only)
    response = director_client.get(doc.file.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 hemmelig"


def test_restriction_on_a_parent_collection_covers_the_child(
    staff_client, directors_only
):
    child = directors_only.add_child(name="Underkatalog")
    doc = make_document(child)
    assert staff_client.get(doc.file.url).status_code == 404


def test_unrestricted_document_file_is_served_to_staff(staff_client, directors_only):
    doc = make_document()
    assert staff_client.get(doc.file.url).status_code == 200


def test_restricted_image_original_and_rendition_are_refused_to_staff(
    staff_client, directors_only
):
    image = VisualSupportFactory(collection=directors_only)
    rendition = image.get_rendition("width-100")
    for path in [
        image.file.url,
        rendition.url,
        f"/visuell-stotte/{image.pk}/",
        f"/visuell-stotte/{image.pk}/last-ned/",
        f"/visuell-stotte/{image.pk}/skriv-ut/",
    ]:
        assert staff_client.get(path).status_code == 404, path
    assert image.title not in staff_client.get("/visuell-stotte/").content.decode()


def test_restricted_image_is_served_to_directors(director_client, directors_only):
    image = VisualSupportFactory(collection=directors_only)
    rendition = image.get_rendition("width-100")
    assert director_client.get(image.file.url).status_code == 200
    assert director_client.get(rendition.url).status_code == 200
    assert director_client.get(f"/visuell-stotte/{image.pk}/").status_code == 200


def test_unrestricted_image_files_are_served(staff_client):
    image = VisualSupportFactory()
    assert staff_client.get(image.file.url).status_code == 200
    assert staff_client.get(image.get_rendition("width-100").url).status_code == 200


def test_files_that_belong_to_no_document_or_image_are_404(staff_client):
    default_storage.save("documents/foreldreliste.pdf", ContentFile(b"%PDF-1.4"))
    default_storage.save("backup/db.sqlite3", ContentFile(b"SQLite format 3"))
    default_storage.save("original_images/loose.png", ContentFile(b"\x89PNG"))
    for path in [
        "/media/documents/foreldreliste.pdf",
        "/media/backup/db.sqlite3",
        "/media/original_images/loose.png",
        "/media/images/nothing.png",
        "/media/documents/../backup/db.sqlite3",
    ]:
        assert staff_client.get(path).status_code == 404, path
