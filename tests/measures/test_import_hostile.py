"""``import_measures`` refuses hostile files with its usual Norwegian message
(issue #12, item 12): JSON nested deeper than Python's parser goes gave a
RecursionError traceback, and NUL characters in titles or tags were imported."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from taggit.models import Tag
from wagtail.models import Page

from measures.models import MeasurePage

pytestmark = pytest.mark.django_db


def measure(**changes):
    return {
        "slug": "dagtavle",
        "title": "Dagtavle",
        "summary": "Gå gjennom dagen med bilder.",
        "focus_area": "organisering-og-struktur",
        "tags": ["forutsigbarhet"],
        **changes,
    }


def import_file(tmp_path, content):
    path = tmp_path / "tiltak.json"
    if not isinstance(content, str):
        content = json.dumps(content)
    path.write_text(content, encoding="utf-8")
    call_command("import_measures", str(path), stdout=io.StringIO())


def state():
    return (
        Page.objects.count(),
        Tag.objects.count(),
        sorted(MeasurePage.objects.values_list("title", flat=True)),
    )


def test_a_plain_file_imports(tmp_path):
    import_file(tmp_path, {"measures": [measure()]})
    assert MeasurePage.objects.get().title == "Dagtavle"


@pytest.mark.parametrize("depth", [20, 5_000, 100_000])
@pytest.mark.parametrize("where", ["top", "field"])
def test_deeply_nested_json_is_refused(tmp_path, depth, where):
    nested = "[" * depth + "]" * depth
    if where == "top":
        content = nested
    else:
        content = '{"measures": [{"slug": "a", "title": ' + nested + "}]}"
    before = state()
    with pytest.raises(CommandError) as raised:
        import_file(tmp_path, content)
    message = str(raised.value)
    assert message.startswith("Filen «tiltak.json»"), message
    assert "nestet dypere" in message
    assert message.endswith("Ingenting ble endret.")
    assert state() == before


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "Dag\x00tavle"}, "title"),
        ({"title": "\x00"}, "title"),
        ({"summary": "Gå\x00gjennom"}, "summary"),
        ({"tags": ["forutsigbarhet", "dags\x00rytme"]}, "tags"),
        ({"situations": ["samling\x00"]}, "situations"),
    ],
)
def test_nul_characters_are_refused(tmp_path, changes, field):
    before = state()
    with pytest.raises(CommandError) as raised:
        import_file(tmp_path, {"measures": [measure(**changes)]})
    message = str(raised.value)
    assert f"feltet «{field}» inneholder et NUL-tegn" in message, message
    assert message.endswith("Ingenting ble endret.")
    assert state() == before
    # Checked in Python: PostgreSQL refuses NUL even as a query parameter.
    assert not any(
        "\x00" in name for name in Tag.objects.values_list("name", flat=True)
    )


def test_nul_in_a_synonym_is_refused(tmp_path):
    with pytest.raises(CommandError, match="inneholder et NUL-tegn"):
        import_file(
            tmp_path,
            {"measures": [measure()], "synonyms": [["dagtavle", "dags\x00plan"]]},
        )
    assert not MeasurePage.objects.exists()
