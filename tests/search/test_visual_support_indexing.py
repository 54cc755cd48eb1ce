"""A visual support is searchable by its keywords and situations, however it was
made: they are set after the image is saved (and first indexed), so each path
that creates images indexes it again once they are there (issue #12, item 15).
"""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image, ImageDraw
from wagtail.models import Collection

from measures.models import Situation
from search import service


def visual_supports(query):
    outcome = service.search({"q": query, "type": "visuell-stotte"})
    assert not outcome.degraded
    return [r.title for r in outcome.results.object_list]


def png_bytes(colour):
    picture = Image.new("RGB", (64, 64), "white")
    ImageDraw.Draw(picture).ellipse([8, 8, 56, 56], fill=colour)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.django_db
def test_load_demo_images_are_found_by_keyword_and_situation(index_ready):
    call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
    index_ready()
    # «sinne» is only a keyword of the «Sint» pictogram, not in its title or alt.
    assert "Sint" in visual_supports("sinne")
    # «Konflikter» is only a situation of it.
    assert "Sint" in visual_supports("konflikter")


@pytest.mark.django_db
def test_imported_images_are_found_by_the_situations_of_their_measures(
    tmp_path, index_ready
):
    (tmp_path / "jakke.png").write_bytes(png_bytes("#3f7fd0"))
    document = {
        "confirm_no_identifiable_child": True,
        "measures": [
            {
                "slug": "forst-sa-i-garderoben",
                "title": "Først–så i garderoben",
                "summary": "Vis hva som skjer først og hva som kommer etterpå.",
                "focus_area": "emosjonell-stotte",
                "situations": ["Påkledning"],
                "visual_supports": [
                    {
                        "file": "jakke.png",
                        "title": "Først jakke, så ute",
                        "alt": "En jakke, en pil og et tre.",
                    }
                ],
            }
        ],
    }
    path = tmp_path / "tiltak.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    call_command("import_measures", str(path), stdout=io.StringIO())
    index_ready()
    assert visual_supports("påkledning") == ["Først jakke, så ute"]


@pytest.mark.django_db
def test_images_from_the_admin_form_teach_the_vocabulary_their_keywords(
    editor_client, index_ready
):
    situation = Situation.objects.create(name="Påkledning", slug="pakledning")
    response = editor_client.post(
        "/admin/images/add/",
        {
            "title": "Bukse",
            "description": "Tegning av en blå bukse",
            "kind": "piktogram",
            "licence": "egen",
            "no_identifiable_child": "on",
            "collection": Collection.get_first_root_node().pk,
            "situations": [situation.pk],
            "tags": "regnbukse",
            "file": SimpleUploadedFile("bukse.png", png_bytes("#2040a0"), "image/png"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    index_ready()
    assert visual_supports("regnbukse") == ["Bukse"]
    # A typo is corrected only to words the vocabulary knows: the keyword too.
    outcome = service.search({"q": "regnbukes"})
    assert outcome.corrections == {"regnbukes": "regnbukse"}
    assert [r.title for r in outcome.results.object_list] == ["Bukse"]
