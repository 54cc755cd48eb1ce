"""What editors may upload, through every upload form of Wagtail's admin.

Images: only real PNG, JPEG, WebP and GIF within the size and pixel limits; never
SVG (it can carry scripts). Documents: only real PDF and Office files. File names
are made safe. Refusals are in Norwegian and store nothing.
"""

import io
import json
import struct
import zipfile
import zlib

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from portal.uploads import sanitise_filename

VisualSupport = get_image_model()
Document = get_document_model()

SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" '
    b'height="10"><script>alert(document.cookie)</script><rect width="10" '
    b'height="10"/></svg>'
)
HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"


def image_bytes(fmt="PNG", size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, fmt)
    return buffer.getvalue()


def png_declaring(width, height):
    """A PNG of a few dozen bytes whose header claims ``width`` x ``height``:
    decoding it would need gigabytes (a decompression bomb)."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def office_zip(member, mimetype=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if mimetype:
            archive.writestr("mimetype", mimetype)
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(member, "<document/>")
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type)


@pytest.fixture
def collection(db):
    return Collection.get_first_root_node()


def image_fields(collection, **extra):
    return {
        "title": "Jakke",
        "description": "Tegning av en jakke på en knagg",
        "kind": "piktogram",
        "licence": "egen",
        "no_identifiable_child": "on",
        "collection": collection.pk,
        **extra,
    }


def post_image_add(client, collection, file):
    return client.post("/admin/images/add/", image_fields(collection, file=file))


def post_image_multiple(client, collection, file):
    response = client.post(
        "/admin/images/multiple/add/",
        {"files[]": file, "collection": collection.pk},
    )
    assert response.status_code == 200
    return json.loads(response.content)


def post_image_chooser(client, collection, file):
    return client.post(
        "/admin/images/chooser/create/",
        {f"image-chooser-upload-{k}": v for k, v in image_fields(collection).items()}
        | {"image-chooser-upload-file": file},
    )


def image_errors(response_or_json):
    if isinstance(response_or_json, dict):
        return response_or_json.get("error_message", "") + json.dumps(
            response_or_json, ensure_ascii=False
        )
    return response_or_json.content.decode()


# --- Images -------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "fmt"),
    [("jakke.png", "PNG"), ("jakke.jpg", "JPEG"), ("jakke.webp", "WEBP")],
)
def test_real_images_are_accepted(editor_client, collection, name, fmt):
    response = post_image_add(editor_client, collection, upload(name, image_bytes(fmt)))
    assert response.status_code == 302, image_errors(response)
    assert VisualSupport.objects.filter(title="Jakke").count() == 1


@pytest.mark.django_db
def test_gif_is_accepted(editor_client, collection):
    response = post_image_add(
        editor_client, collection, upload("vent.gif", image_bytes("GIF"))
    )
    assert response.status_code == 302, image_errors(response)


SVG_CASES = [
    pytest.param("tegning.svg", SVG, id="svg"),
    pytest.param("tegning.png", SVG, id="svg-renamed-png"),
    pytest.param("tegning.jpg", SVG, id="svg-renamed-jpg"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content"), SVG_CASES)
def test_svg_is_refused_on_the_add_form(editor_client, collection, name, content):
    response = post_image_add(editor_client, collection, upload(name, content))
    assert response.status_code == 200
    assert "SVG-bilder kan ikke lastes opp" in image_errors(response)
    assert not VisualSupport.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content"), SVG_CASES)
def test_svg_is_refused_by_multiple_upload(editor_client, collection, name, content):
    result = post_image_multiple(editor_client, collection, upload(name, content))
    assert result["success"] is False
    assert "SVG-bilder kan ikke lastes opp" in result["error_message"]
    assert not VisualSupport.objects.exists()


@pytest.mark.django_db
def test_svg_is_refused_by_the_chooser_upload(editor_client, collection):
    response = post_image_chooser(editor_client, collection, upload("x.png", SVG))
    assert response.status_code == 200
    assert "SVG-bilder kan ikke lastes opp" in response.content.decode()
    assert not VisualSupport.objects.exists()


@pytest.mark.django_db
def test_chooser_upload_accepts_a_real_image(editor_client, collection):
    response = post_image_chooser(
        editor_client, collection, upload("jakke.png", image_bytes())
    )
    assert response.status_code == 200
    assert json.loads(response.content)["step"] == "chosen"
    assert VisualSupport.objects.count() == 1


@pytest.mark.django_db
def test_html_renamed_png_is_refused(editor_client, collection):
    result = post_image_multiple(editor_client, collection, upload("side.png", HTML))
    assert result["success"] is False
    assert "ikke et ekte PNG-bilde" in result["error_message"]


@pytest.mark.django_db
def test_jpeg_named_png_is_refused(editor_client, collection):
    response = post_image_add(
        editor_client, collection, upload("jakke.png", image_bytes("JPEG"))
    )
    assert response.status_code == 200
    assert "ikke et ekte PNG-bilde" in image_errors(response)


@pytest.mark.django_db
def test_other_image_types_are_refused(editor_client, collection):
    response = post_image_add(
        editor_client, collection, upload("jakke.bmp", image_bytes("BMP"))
    )
    assert response.status_code == 200
    assert "PNG, JPEG, WebP" in image_errors(response)
    assert not VisualSupport.objects.exists()


@pytest.mark.django_db
def test_too_large_image_is_refused(editor_client, collection):
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    padded = image_bytes() + b"\x00" * (limit + 1)
    result = post_image_multiple(editor_client, collection, upload("stor.png", padded))
    assert result["success"] is False
    assert "for stor" in result["error_message"]
    assert not VisualSupport.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "size",
    [
        pytest.param((7_000, 7_000), id="over-our-pixel-limit"),
        pytest.param((100_000, 100_000), id="over-pillows-bomb-limit"),
    ],
)
def test_decompression_bomb_is_refused(editor_client, collection, size):
    bomb = png_declaring(*size)
    assert len(bomb) < 200
    response = post_image_add(editor_client, collection, upload("bombe.png", bomb))
    assert response.status_code == 200
    assert "for mange piksler" in image_errors(response)
    result = post_image_multiple(editor_client, collection, upload("bombe.png", bomb))
    assert result["success"] is False
    assert not VisualSupport.objects.exists()


@pytest.mark.django_db
def test_damaged_image_is_refused_not_a_server_error(editor_client, collection):
    whole = image_bytes(size=(300, 200))
    truncated = whole[: len(whole) // 2]
    response = post_image_add(editor_client, collection, upload("halv.png", truncated))
    assert response.status_code == 200
    assert "skadet eller ufullstendig" in image_errors(response)
    assert not VisualSupport.objects.exists()


@pytest.mark.django_db
def test_uploaded_image_gets_a_safe_file_name(editor_client, collection):
    name = "..\\..\\Påkledning i\x07 gangen <b>" + "x" * 300 + ".PNG"
    response = post_image_add(editor_client, collection, upload(name, image_bytes()))
    assert response.status_code == 302, image_errors(response)
    stored = VisualSupport.objects.get().file.name
    base = stored.rsplit("/", 1)[-1]
    assert stored.startswith("original_images/")
    assert base.startswith("Pakledning-i-gangen-b-xxx")
    assert base.endswith(".png")
    assert len(base) <= 100
    assert all(ch.isalnum() or ch in "._-" for ch in base)


# --- Documents ----------------------------------------------------------------

DOCX = office_zip("word/document.xml")
XLSX = office_zip("xl/workbook.xml")
PPTX = office_zip("ppt/presentation.xml")
ODT = office_zip("content.xml", mimetype="application/vnd.oasis.opendocument.text")
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def post_document_add(client, collection, file):
    return client.post(
        "/admin/documents/add/",
        {"title": "Dagsorden", "collection": collection.pk, "file": file},
    )


def post_document_multiple(client, collection, file):
    response = client.post(
        "/admin/documents/multiple/add/",
        {"files[]": file, "collection": collection.pk},
    )
    assert response.status_code == 200
    return json.loads(response.content)


def post_document_chooser(client, collection, file):
    return client.post(
        "/admin/documents/chooser/create/",
        {
            "document-chooser-upload-title": "Dagsorden",
            "document-chooser-upload-collection": collection.pk,
            "document-chooser-upload-file": file,
        },
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("dagsorden.pdf", PDF),
        ("referat.docx", DOCX),
        ("oversikt.xlsx", XLSX),
        ("lysbilder.pptx", PPTX),
        ("notat.odt", ODT),
        ("gammel.doc", OLE2),
        ("gammel.xls", OLE2),
    ],
)
def test_real_documents_are_accepted(editor_client, collection, name, content):
    response = post_document_add(editor_client, collection, upload(name, content))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Document.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name",
    ["program.exe", "side.html", "tegning.svg", "skript.js", "arkiv.zip", "uten"],
)
def test_other_document_types_are_refused(editor_client, collection, name):
    response = post_document_add(editor_client, collection, upload(name, PDF))
    assert response.status_code == 200
    assert "Denne filtypen kan ikke lastes opp" in response.content.decode()
    result = post_document_multiple(editor_client, collection, upload(name, PDF))
    assert result["success"] is False
    assert "Denne filtypen kan ikke lastes opp" in result["error_message"]
    assert not Document.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("dagsorden.pdf", HTML, "PDF"),
        ("dagsorden.pdf", SVG, "PDF"),
        ("referat.docx", HTML, "Word"),
        ("referat.docx", XLSX, "Word"),
        ("notat.odt", DOCX, "OpenDocument"),
        ("gammel.doc", PDF, "Word"),
        ("referat.docx", b"PK\x03\x04 not really a zip", "Word"),
    ],
)
def test_content_must_match_the_name(editor_client, collection, name, content, kind):
    response = post_document_add(editor_client, collection, upload(name, content))
    assert response.status_code == 200
    assert f"ikke et ekte {kind}-dokument" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_html_named_pdf_is_refused_by_multiple_and_chooser_upload(
    editor_client, collection
):
    result = post_document_multiple(editor_client, collection, upload("x.pdf", HTML))
    assert result["success"] is False
    assert "ikke et ekte PDF-dokument" in result["error_message"]
    response = post_document_chooser(editor_client, collection, upload("x.pdf", HTML))
    assert "ikke et ekte PDF-dokument" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_chooser_and_multiple_upload_accept_a_pdf(editor_client, collection):
    result = post_document_multiple(editor_client, collection, upload("a.pdf", PDF))
    assert result["success"] is True
    response = post_document_chooser(editor_client, collection, upload("b.pdf", PDF))
    assert json.loads(response.content)["step"] == "chosen"
    assert Document.objects.count() == 2


@pytest.mark.django_db
def test_too_large_document_is_refused(editor_client, collection):
    limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    big = PDF + b"\x00" * (limit + 1)
    result = post_document_multiple(editor_client, collection, upload("stor.pdf", big))
    assert result["success"] is False
    assert "for stor" in result["error_message"]
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_uploaded_document_gets_a_safe_file_name(editor_client, collection):
    name = "../../../etc/Møte\x1bplan for høsten; rm -rf.pdf"
    response = post_document_add(editor_client, collection, upload(name, PDF))
    assert response.status_code == 302
    base = Document.objects.get().file.name.rsplit("/", 1)[-1]
    assert base == "Moteplan-for-hosten-rm-rf.pdf"


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\ola\\Dagtavle.PNG", "Dagtavle.png"),
        ("først–så tavle.jpg", "forst-sa-tavle.jpg"),
        ("\x00\x1f.png", "fil.png"),
        ("", "fil"),
        ("a" * 500 + ".pdf", "a" * 80 + ".pdf"),
        ("ＡＢＣ.pdf", "ABC.pdf"),
    ],
)
def test_sanitise_filename(raw, safe):
    assert sanitise_filename(raw) == safe
