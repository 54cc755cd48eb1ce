"""Files under /media/ have exactly the access of the document or image they
belong to: a collection restricted to Styrere keeps its documents, original
images and renditions from staff, whichever address they try (issue #12)."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from measures.factories import MeasurePageFactory, VisualSupportFactory
from measures.models import MeasureVisualSupport
from portal.factories import SavedCollectionFactory, save_for
from portal.models import SavedCollectionItem

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


# --- Shared lists show no image of a restricted collection ---


def published_measure_with(image, title="Tiltak med bilde"):
    page = MeasurePageFactory(title=title, live=False)
    MeasureVisualSupport.objects.create(page=page, image=image)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_measure_body_leaves_out_images_of_a_restricted_collection(
    staff_client, directors_only
):
    hidden = VisualSupportFactory(collection=directors_only, title="Zebrabilde")
    shown = VisualSupportFactory(title="Åpent bilde")
    page = published_measure_with(hidden)
    MeasureVisualSupport.objects.create(page=page, image=shown)
    html = staff_client.get(page.url).content.decode()
    assert "Åpent bilde" in html
    assert "Zebrabilde" not in html
    assert f"/visuell-stotte/{hidden.pk}/" not in html


def test_restricting_a_collection_later_updates_a_cached_measure_body(staff_client):
    image = VisualSupportFactory(title="Zebrabilde")
    page = published_measure_with(image)
    assert "Zebrabilde" in staff_client.get(page.url).content.decode()  # cached
    collection = Collection.get_first_root_node().add_child(name="Senere låst")
    image.collection = collection
    image.save()
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Styrere")])
    assert "Zebrabilde" not in staff_client.get(page.url).content.decode()


def test_saved_list_and_print_pack_leave_out_restricted_images(
    staff_client, staff_user, directors_only
):
    image = VisualSupportFactory(title="Zebrabilde")
    page = published_measure_with(
        VisualSupportFactory(collection=directors_only, title="Zebralenke")
    )
    items = save_for(staff_user, image, page)
    collection = SavedCollectionFactory(owner=staff_user)
    for order, item in enumerate(items):
        SavedCollectionItem.objects.create(
            collection=collection,
            content_type_id=item.content_type_id,
            object_id=item.object_id,
            title=item.title,
            sort_order=order,
        )
    image.collection = directors_only
    image.title = "Zebrahemmelig"
    image.save()
    for path in ["/lagret/", f"/lagret/samlinger/{collection.pk}/skriv-ut/"]:
        html = staff_client.get(path).content.decode()
        assert "Zebrahemmelig" not in html, path
        assert "Zebralenke" not in html, path
        assert f"/visuell-stotte/{image.pk}/" not in html, path
