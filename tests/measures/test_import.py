"""``manage.py import_measures``: good files, re-imports and every kind of bad file."""

import copy
import io
import json
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from PIL import Image, ImageDraw
from taggit.models import Tag
from wagtail.models import Page, Revision

from measures.models import (
    MeasureIndexPage,
    MeasurePage,
    Situation,
    SynonymGroup,
    VisualSupport,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples"

pytestmark = pytest.mark.django_db


def draw_png(path: Path, colour: str = "#3f7fd0", size=(64, 64), fmt="PNG"):
    """A small, real picture; different colours give different bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    picture = Image.new("RGB", size, "white")
    ImageDraw.Draw(picture).ellipse([8, 8, size[0] - 8, size[1] - 8], fill=colour)
    picture.save(path, fmt)
    return path


GOOD = {
    "confirm_no_identifiable_child": True,
    "synonyms": [["påkledning", "kle på seg", "garderobe"], ["dagtavle", "dagsplan"]],
    "measures": [
        {
            "slug": "dagtavle-i-samling",
            "title": "Dagtavle i samling",
            "summary": "Gå gjennom dagen med bilder.",
            "focus_area": "organisering-og-struktur",
            "situations": ["samlingsstund", "overganger"],
            "tags": ["forutsigbarhet", "dagsrytme"],
            "purpose": "Barn ser hva som skjer.\n\nDet gir ro & <trygghet>.",
            "steps": ["Heng opp tavla.", "Gå gjennom bildene.", "Flytt pilen."],
            "materials": "Dagtavle og borrelås.",
            "time_needed": "5 minutter",
            "age_group": "3-6",
            "level": "hele-barnegruppen",
            "visual_supports": [
                {
                    "file": "bilder/dagtavle.png",
                    "title": "Dagtavle",
                    "alt": "Tre bilder på rad: ring, klosser, tallerken.",
                    "kind": "dagtavle",
                },
                {
                    "file": "bilder/samling.png",
                    "title": "Samling",
                    "alt": "Barn som sitter i ring, tegnet som figurer.",
                },
            ],
        },
        {
            "slug": "forst-sa-i-garderoben",
            "title": "Først–så i garderoben",
            "summary": "Vis hva som skjer først og hva som kommer etterpå.",
            "focus_area": "emosjonell-stotte",
            "situations": ["Påkledning"],
            "visual_supports": [
                {
                    "file": "bilder/forst-sa.png",
                    "title": "Først jakke, så ute",
                    "alt": "En jakke, en pil og et tre.",
                    "kind": "forst-sa-tavle",
                    "licence": "cc-by-nc-sa-4.0",
                    "attribution": "Piktogram: ARASAAC (CC BY-NC-SA)",
                    "source": "https://arasaac.org",
                },
                {
                    "file": "bilder/samling.png",
                    "title": "Samling",
                    "alt": "Barn som sitter i ring, tegnet som figurer.",
                },
            ],
        },
    ],
}


@pytest.fixture
def import_dir(tmp_path):
    folder = tmp_path / "veileder"
    draw_png(folder / "bilder" / "dagtavle.png", "#3f7fd0")
    draw_png(folder / "bilder" / "samling.png", "#e0503c")
    draw_png(folder / "bilder" / "forst-sa.png", "#4caf50")
    return folder


def write(folder: Path, document, name="tiltak.json") -> Path:
    path = folder / name
    if isinstance(document, str):
        path.write_text(document, encoding="utf-8")
    else:
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def run(path: Path, *args) -> str:
    out = io.StringIO()
    call_command("import_measures", str(path), *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def snapshot():
    """Everything an import may touch, to prove a failed import touched nothing."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": VisualSupport.objects.count(),
        "situations": Situation.objects.count(),
        "tags": Tag.objects.count(),
        "synonyms": SynonymGroup.objects.count(),
        "titles": sorted(MeasurePage.objects.values_list("title", flat=True)),
        "alts": sorted(VisualSupport.objects.values_list("description", flat=True)),
    }


def measure(slug):
    return MeasurePage.objects.get(slug=slug)


# --- A good file -------------------------------------------------------------------


def test_good_file_publishes_measures_under_the_measure_index(import_dir):
    output = run(write(import_dir, GOOD))

    index = MeasureIndexPage.objects.get()
    pages = MeasurePage.objects.child_of(index).live().order_by("slug")
    assert [p.slug for p in pages] == ["dagtavle-i-samling", "forst-sa-i-garderoben"]
    page = measure("dagtavle-i-samling")
    assert page.url_path.endswith("/tiltak/dagtavle-i-samling/")
    assert page.live and not page.has_unpublished_changes
    assert page.title == "Dagtavle i samling"
    assert page.summary == "Gå gjennom dagen med bilder."
    assert page.focus_area == "organisering-og-struktur"
    assert page.materials == "Dagtavle og borrelås."
    assert page.time_needed == "5 minutter"
    assert page.age_group == "3-6"
    assert page.revisions.count() == 1
    assert "Importerte 2 tiltak (2 nye, 0 oppdatert, 0 uendret)" in output
    assert "3 bilder (3 nye)" in output
    assert "2 synonymgrupper (2 nye)" in output


def test_optional_fields_get_their_defaults(import_dir):
    run(write(import_dir, GOOD))

    page = measure("forst-sa-i-garderoben")
    assert page.age_group == "1-6"
    assert page.level == "hele-barnegruppen"
    assert page.purpose == ""
    assert list(page.steps) == []
    assert list(page.tags.names()) == []


def test_unknown_situations_are_created_and_known_ones_reused(import_dir):
    Situation.objects.create(name="påkledning", slug="pakledning")

    output = run(write(import_dir, GOOD))

    assert set(Situation.objects.values_list("slug", flat=True)) == {
        "pakledning",
        "samlingsstund",
        "overganger",
    }
    assert [s.name for s in measure("forst-sa-i-garderoben").situations.all()] == [
        "påkledning"
    ]
    assert {s.slug for s in measure("dagtavle-i-samling").situations.all()} == {
        "samlingsstund",
        "overganger",
    }
    assert "Nye situasjoner: samlingsstund, overganger." in output


def test_tags_are_attached(import_dir):
    run(write(import_dir, GOOD))

    assert sorted(measure("dagtavle-i-samling").tags.names()) == [
        "dagsrytme",
        "forutsigbarhet",
    ]


def test_steps_are_stored_as_step_blocks_in_order(import_dir):
    run(write(import_dir, GOOD))

    steps = measure("dagtavle-i-samling").steps
    assert [block.block_type for block in steps] == ["step"] * 3
    assert [block.value["text"] for block in steps] == [
        "Heng opp tavla.",
        "Gå gjennom bildene.",
        "Flytt pilen.",
    ]


def test_purpose_paragraphs_are_wrapped_and_escaped(import_dir):
    run(write(import_dir, GOOD))

    assert measure("dagtavle-i-samling").purpose == (
        "<p>Barn ser hva som skjer.</p><p>Det gir ro &amp; &lt;trygghet&gt;.</p>"
    )


def test_visual_supports_are_created_once_and_linked_in_order(import_dir):
    run(write(import_dir, GOOD))

    # samling.png is used by both measures but stored once.
    assert VisualSupport.objects.count() == 3
    board = VisualSupport.objects.get(title="Dagtavle")
    assert board.description == "Tre bilder på rad: ring, klosser, tallerken."
    assert board.kind == "dagtavle"
    assert board.licence == "egen"
    assert board.no_identifiable_child is True
    assert board.width == 64 and board.file_hash
    assert VisualSupport.objects.get(title="Samling").kind == "piktogram"
    arasaac = VisualSupport.objects.get(title="Først jakke, så ute")
    assert arasaac.licence == "cc-by-nc-sa-4.0"
    assert arasaac.attribution == "Piktogram: ARASAAC (CC BY-NC-SA)"
    assert arasaac.source == "https://arasaac.org"
    assert [i.title for i in measure("dagtavle-i-samling").visual_supports] == [
        "Dagtavle",
        "Samling",
    ]
    assert [i.title for i in measure("forst-sa-i-garderoben").visual_supports] == [
        "Først jakke, så ute",
        "Samling",
    ]
    # An image is filed under the situations of the measures that use it.
    assert {
        s.slug for s in VisualSupport.objects.get(title="Samling").situations.all()
    } == {"samlingsstund", "overganger", "pakledning"}


def test_synonym_groups_are_stored_one_word_per_line(import_dir):
    run(write(import_dir, GOOD))

    groups = sorted(group.word_list for group in SynonymGroup.objects.all())
    assert groups == [
        ["dagtavle", "dagsplan"],
        ["påkledning", "kle på seg", "garderobe"],
    ]


def test_synonyms_are_optional(import_dir):
    document = copy.deepcopy(GOOD)
    del document["synonyms"]

    run(write(import_dir, document))

    assert SynonymGroup.objects.count() == 0
    assert MeasurePage.objects.count() == 2


def test_progress_bar_is_shown_on_request(import_dir):
    err = io.StringIO()
    call_command(
        "import_measures",
        str(write(import_dir, GOOD)),
        "--progress",
        stdout=io.StringIO(),
        stderr=err,
    )
    assert "Importerer" in err.getvalue()


def test_no_progress_bar_when_not_a_terminal(import_dir):
    err = io.StringIO()
    call_command(
        "import_measures",
        str(write(import_dir, GOOD)),
        stdout=io.StringIO(),
        stderr=err,
    )
    assert err.getvalue() == ""


def test_documented_example_imports(tmp_path):
    folder = tmp_path / "examples"
    folder.mkdir()
    shutil.copy(EXAMPLE / "import-example.json", folder)
    document = json.loads((EXAMPLE / "import-example.json").read_text("utf-8"))
    for number, record in enumerate(document["measures"]):
        for support in record["visual_supports"]:
            draw_png(folder / support["file"], ["#3f7fd0", "#4caf50"][number])

    output = run(folder / "import-example.json")

    assert "Importerte 2 tiltak (2 nye" in output
    assert MeasurePage.objects.live().count() == 2


# --- Importing again ---------------------------------------------------------------


def test_same_file_again_changes_nothing(import_dir):
    path = write(import_dir, GOOD)
    run(path)
    before = snapshot()
    ids = sorted(MeasurePage.objects.values_list("pk", flat=True))

    output = run(path)

    assert snapshot() == before
    assert sorted(MeasurePage.objects.values_list("pk", flat=True)) == ids
    assert "Importerte 2 tiltak (0 nye, 0 oppdatert, 2 uendret)" in output
    assert "3 bilder (0 nye)" in output
    assert "2 synonymgrupper (0 nye)" in output


def test_changed_title_is_updated_in_place_and_published(import_dir):
    run(write(import_dir, GOOD))
    page_id = measure("dagtavle-i-samling").pk
    document = copy.deepcopy(GOOD)
    document["measures"][0]["title"] = "Dagtavle i samlingsstunden"
    document["measures"][0]["steps"] = ["Flytt pilen.", "Heng opp tavla."]

    output = run(write(import_dir, document))

    page = MeasurePage.objects.get(pk=page_id)
    assert page.title == "Dagtavle i samlingsstunden"
    assert page.live and not page.has_unpublished_changes
    assert page.revisions.count() == 2
    assert [b.value["text"] for b in page.steps] == ["Flytt pilen.", "Heng opp tavla."]
    assert MeasurePage.objects.count() == 2
    assert "(0 nye, 1 oppdatert, 1 uendret)" in output


def test_reimport_replaces_situations_tags_and_images_of_a_measure(import_dir):
    run(write(import_dir, GOOD))
    document = copy.deepcopy(GOOD)
    record = document["measures"][0]
    record["situations"] = ["måltid"]
    record["tags"] = ["ro"]
    record["visual_supports"] = list(reversed(record["visual_supports"]))

    run(write(import_dir, document))

    page = measure("dagtavle-i-samling")
    assert [s.name for s in page.situations.all()] == ["måltid"]
    assert list(page.tags.names()) == ["ro"]
    assert [i.title for i in page.visual_supports] == ["Samling", "Dagtavle"]


def test_reimport_does_not_duplicate_images_and_updates_their_text(import_dir):
    run(write(import_dir, GOOD))
    image_id = VisualSupport.objects.get(title="Dagtavle").pk
    document = copy.deepcopy(GOOD)
    support = document["measures"][0]["visual_supports"][0]
    support.update(title="Dagtavle for hele dagen", alt="Ny alt-tekst.", kind="sekvens")

    run(write(import_dir, document))

    assert VisualSupport.objects.count() == 3
    image = VisualSupport.objects.get(pk=image_id)
    assert (image.title, image.description, image.kind) == (
        "Dagtavle for hele dagen",
        "Ny alt-tekst.",
        "sekvens",
    )


def test_renamed_image_file_with_the_same_bytes_is_the_same_image(import_dir):
    run(write(import_dir, GOOD))
    (import_dir / "bilder" / "dagtavle.png").rename(import_dir / "bilder" / "ny.png")
    document = copy.deepcopy(GOOD)
    document["measures"][0]["visual_supports"][0]["file"] = "bilder/ny.png"

    run(write(import_dir, document))

    assert VisualSupport.objects.count() == 3


def test_reimport_does_not_duplicate_synonym_groups(import_dir):
    run(write(import_dir, GOOD))
    document = copy.deepcopy(GOOD)
    # Same words in another order and case are the same group.
    document["synonyms"] = [["Garderobe", "påkledning", "kle  på seg"], ["a", "b"]]

    output = run(write(import_dir, document))

    assert SynonymGroup.objects.count() == 3
    assert "2 synonymgrupper (1 nye)" in output


# --- Bad files: a clear Norwegian error naming record and field; nothing changes -----


def _measure_field(index, name, value):
    def change(document, folder):
        document["measures"][index][name] = value

    return change


def _drop_measure_field(index, name):
    def change(document, folder):
        del document["measures"][index][name]

    return change


def _image_field(index, name, value):
    def change(document, folder):
        document["measures"][1]["visual_supports"][index][name] = value

    return change


def _drop_image_field(index, name):
    def change(document, folder):
        del document["measures"][1]["visual_supports"][index][name]

    return change


def _svg_image(document, folder):
    (folder / "bilder" / "tegning.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>'
    )
    document["measures"][1]["visual_supports"][0]["file"] = "bilder/tegning.svg"


def _svg_disguised_as_png(document, folder):
    (folder / "bilder" / "lur.png").write_text(
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'
    )
    document["measures"][1]["visual_supports"][0]["file"] = "bilder/lur.png"


def _text_as_png(document, folder):
    (folder / "bilder" / "tekst.png").write_text("ikke et bilde")
    document["measures"][1]["visual_supports"][0]["file"] = "bilder/tekst.png"


def _jpeg_named_png(document, folder):
    draw_png(folder / "bilder" / "foto.png", fmt="JPEG")
    document["measures"][1]["visual_supports"][0]["file"] = "bilder/foto.png"


def _outside_folder(document, folder):
    draw_png(folder.parent / "utenfor.png")
    document["measures"][1]["visual_supports"][0]["file"] = "../utenfor.png"


def _absolute_path(document, folder):
    path = draw_png(folder.parent / "utenfor.png")
    document["measures"][1]["visual_supports"][0]["file"] = str(path)


def _symlink_out(document, folder):
    target = draw_png(folder.parent / "utenfor.png")
    (folder / "bilder" / "lenke.png").symlink_to(target)
    document["measures"][1]["visual_supports"][0]["file"] = "bilder/lenke.png"


def _no_confirmation(document, folder):
    del document["confirm_no_identifiable_child"]


def _confirmation_withdrawn_for_one_image(document, folder):
    document["measures"][1]["visual_supports"][0]["confirm_no_identifiable_child"] = (
        False
    )


def _duplicate_slug(document, folder):
    document["measures"][1]["slug"] = document["measures"][0]["slug"]


def _same_file_different_alt(document, folder):
    document["measures"][1]["visual_supports"][1]["alt"] = "Noe annet."


def _synonym_group_of_one(document, folder):
    document["synonyms"][1] = ["dagtavle"]


def _synonyms_not_a_list(document, folder):
    document["synonyms"] = "påkledning, kle på seg"


def _unknown_top_level(document, folder):
    document["tiltak"] = []


def _measures_not_a_list(document, folder):
    document["measures"] = {"slug": "x"}


def _measure_not_an_object(document, folder):
    document["measures"][1] = "forst-sa-i-garderoben"


M2 = "Tiltak nr. 2 («forst-sa-i-garderoben»)"
IMG = f"{M2}, bilde nr. 1 («bilder/forst-sa.png»)"

BAD_FILES = {
    "missing slug": (_drop_measure_field(1, "slug"), "Tiltak nr. 2", "«slug» mangler"),
    "missing title": (_drop_measure_field(1, "title"), M2, "«title» mangler"),
    "missing summary": (_drop_measure_field(1, "summary"), M2, "«summary» mangler"),
    "missing focus area": (
        _drop_measure_field(1, "focus_area"),
        M2,
        "«focus_area» mangler",
    ),
    "empty title": (_measure_field(1, "title", "  "), M2, "«title» er tomt"),
    "unknown focus area": (
        _measure_field(1, "focus_area", "foo"),
        M2,
        "«focus_area» har ukjent verdi «foo». Gyldige verdier: "
        "organisering-og-struktur, emosjonell-stotte, lek-og-laering",
    ),
    "unknown age group": (
        _measure_field(1, "age_group", "0-2"),
        M2,
        "«age_group» har ukjent verdi «0-2»",
    ),
    "unknown level": (
        _measure_field(1, "level", "alle"),
        M2,
        "«level» har ukjent verdi «alle»",
    ),
    "invalid slug": (
        _measure_field(1, "slug", "Først-så"),
        "Tiltak nr. 2 («Først-så»)",
        "«slug» «Først-så» er ikke en gyldig adresse",
    ),
    "title too long": (
        _measure_field(1, "title", "x" * 256),
        M2,
        "«title» er for langt (256 tegn, maks 255)",
    ),
    "summary too long": (
        _measure_field(1, "summary", "x" * 401),
        M2,
        "«summary» er for langt (401 tegn, maks 400)",
    ),
    "string where list expected": (
        _measure_field(1, "situations", "påkledning"),
        M2,
        "«situations» skal være en liste med tekster, men er en tekst",
    ),
    "number in list": (
        _measure_field(1, "tags", ["ro", 3]),
        M2,
        "«tags» har et tall som element nr. 2",
    ),
    "list where text expected": (
        _measure_field(1, "purpose", ["a", "b"]),
        M2,
        "«purpose» skal være en tekst, men er en liste",
    ),
    "steps not a list": (
        _measure_field(1, "steps", "Gjør sånn."),
        M2,
        "«steps» skal være en liste med tekster",
    ),
    "unknown field": (
        _measure_field(1, "focusarea", "lek-og-laering"),
        M2,
        "«focusarea» er ukjent for et tiltak",
    ),
    "visual supports not a list": (
        _measure_field(1, "visual_supports", "bilder/forst-sa.png"),
        M2,
        "«visual_supports» skal være en liste med bilder",
    ),
    "missing image file": (
        _image_field(0, "file", "bilder/finnes-ikke.png"),
        f"{M2}, bilde nr. 1 («bilder/finnes-ikke.png»)",
        "«file» viser til «bilder/finnes-ikke.png», som ikke finnes",
    ),
    "image without alt text": (_drop_image_field(0, "alt"), IMG, "«alt» mangler"),
    "image with empty alt text": (_image_field(0, "alt", ""), IMG, "«alt» er tomt"),
    "image without title": (_drop_image_field(0, "title"), IMG, "«title» mangler"),
    "unknown kind": (
        _image_field(0, "kind", "foto"),
        IMG,
        "«kind» har ukjent verdi «foto». Gyldige verdier: piktogram, dagtavle",
    ),
    "unknown licence": (
        _image_field(0, "licence", "mit"),
        IMG,
        "«licence» har ukjent verdi «mit»",
    ),
    "licence needs attribution": (
        _image_field(0, "attribution", ""),
        IMG,
        "«attribution» mangler. Lisensen «cc-by-nc-sa-4.0» krever",
    ),
    "svg file": (
        _svg_image,
        f"{M2}, bilde nr. 1 («bilder/tegning.svg»)",
        "«file» «bilder/tegning.svg» er en SVG-fil",
    ),
    "svg named png": (
        _svg_disguised_as_png,
        f"{M2}, bilde nr. 1 («bilder/lur.png»)",
        "er en SVG-fil",
    ),
    "not an image": (
        _text_as_png,
        f"{M2}, bilde nr. 1 («bilder/tekst.png»)",
        "«file» «bilder/tekst.png» er ikke et bilde som kan åpnes",
    ),
    "wrong extension": (
        _jpeg_named_png,
        f"{M2}, bilde nr. 1 («bilder/foto.png»)",
        "har filtypen «png», men er et JPEG-bilde",
    ),
    "path escape": (
        _outside_folder,
        f"{M2}, bilde nr. 1 («../utenfor.png»)",
        "«file» «../utenfor.png» peker ut av mappen",
    ),
    "absolute path": (_absolute_path, M2, "er en absolutt sti"),
    "symlink out of the folder": (
        _symlink_out,
        f"{M2}, bilde nr. 1 («bilder/lenke.png»)",
        "«file» «bilder/lenke.png» peker ut av mappen",
    ),
    "missing privacy confirmation": (
        _no_confirmation,
        "Tiltak nr. 1 («dagtavle-i-samling»), bilde nr. 1",
        "«confirm_no_identifiable_child» mangler eller er false",
    ),
    "privacy confirmation withdrawn": (
        _confirmation_withdrawn_for_one_image,
        IMG,
        "«confirm_no_identifiable_child» mangler eller er false",
    ),
    "duplicate slug": (
        _duplicate_slug,
        "Tiltak nr. 2 («dagtavle-i-samling»)",
        "«slug» er allerede brukt av tiltak nr. 1",
    ),
    "same image with different alt": (
        _same_file_different_alt,
        f"{M2}, bilde nr. 2 («bilder/samling.png»)",
        "skiller seg fra det samme bildet i Tiltak nr. 1",
    ),
    "synonym group with one word": (
        _synonym_group_of_one,
        "Synonymgruppe nr. 2",
        "«words» må ha minst to",
    ),
    "synonyms not a list": (
        _synonyms_not_a_list,
        "Filen «tiltak.json»",
        "«synonyms» skal være en liste",
    ),
    "unknown top-level field": (
        _unknown_top_level,
        "Filen «tiltak.json»",
        "«tiltak» er ukjent for filen",
    ),
    "measures not a list": (
        _measures_not_a_list,
        "Filen «tiltak.json»",
        "«measures» skal være en liste med tiltak, men er et objekt",
    ),
    "measure not an object": (
        _measure_not_an_object,
        "Tiltak nr. 2",
        "skal være et objekt",
    ),
}


@pytest.fixture
def imported_once(import_dir):
    """Bad files are tried on top of an earlier good import: it must survive."""
    run(write(import_dir, GOOD))
    return import_dir


@pytest.mark.parametrize(
    ("change", "record", "problem"), BAD_FILES.values(), ids=BAD_FILES.keys()
)
def test_bad_file_names_record_and_field_and_changes_nothing(
    imported_once, change, record, problem
):
    document = copy.deepcopy(GOOD)
    # A valid change in the first record, which must not be saved either.
    document["measures"][0]["title"] = "Endret tittel"
    document["synonyms"].append(["hvile", "sove"])
    change(document, imported_once)
    path = write(imported_once, document)
    before = snapshot()

    with pytest.raises(CommandError) as raised:
        run(path)

    message = str(raised.value)
    assert message.startswith(record), message
    assert problem in message, message
    assert message.endswith("Ingenting ble endret.")
    assert snapshot() == before


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"measures": [', "(linje 1, kolonne 15: forventet en verdi)"),
        ("", "er ikke gyldig JSON"),
        ("[]", "skal være et objekt"),
        ("{}", "«measures» mangler"),
    ],
    ids=["truncated", "empty", "list at top", "no measures"],
)
def test_invalid_json_names_the_file_and_changes_nothing(
    imported_once, content, problem
):
    path = write(imported_once, content, name="ødelagt.json")
    before = snapshot()

    with pytest.raises(CommandError) as raised:
        run(path)

    assert str(raised.value).startswith("Filen «ødelagt.json»")
    assert problem in str(raised.value)
    assert snapshot() == before


def test_missing_json_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Filen «borte.json» finnes ikke"):
        run(tmp_path / "borte.json")


def test_image_too_large_in_pixels_is_refused(import_dir, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000
    with pytest.raises(
        CommandError, match=r"«file» «bilder/dagtavle.png» er for stort"
    ):
        run(write(import_dir, GOOD))
    assert MeasurePage.objects.count() == 0


def test_image_file_too_large_in_bytes_is_refused(import_dir, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    with pytest.raises(CommandError, match=r"er for stor \("):
        run(write(import_dir, GOOD))
    assert VisualSupport.objects.count() == 0


def test_confirmation_per_image_is_enough(import_dir):
    document = copy.deepcopy(GOOD)
    del document["confirm_no_identifiable_child"]
    for record in document["measures"]:
        for support in record["visual_supports"]:
            support["confirm_no_identifiable_child"] = True

    run(write(import_dir, document))

    assert VisualSupport.objects.filter(no_identifiable_child=True).count() == 3


def test_failure_while_writing_rolls_back_and_removes_new_files(
    import_dir, monkeypatch
):
    from measures import importer

    original = importer._Writer.measure
    calls = []

    def fail_on_second(self, data):
        calls.append(data.slug)
        if len(calls) == 2:
            raise importer.MeasureImportError("Tiltak nr. 2: databasen sa nei.")
        original(self, data)

    monkeypatch.setattr(importer._Writer, "measure", fail_on_second)
    before = snapshot()
    stored = []
    real_save = VisualSupport.save

    def remember(self, *args, **kwargs):
        real_save(self, *args, **kwargs)
        stored.append((self.file.storage, self.file.name))

    monkeypatch.setattr(VisualSupport, "save", remember)

    with pytest.raises(CommandError, match="databasen sa nei"):
        run(write(import_dir, GOOD))

    assert snapshot() == before
    assert stored and not any(storage.exists(name) for storage, name in stored)
