"""``import_measures`` on arbitrary documents: success or a CommandError, nothing else.

Property-based (hypothesis, profile in tests/conftest.py). The documents are
built from the real format with any field replaced by any JSON value, plus raw
bytes that are not JSON or not UTF-8. A refused file leaves the database as it
was; an accepted one imports what it says.
"""

import json
import tempfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from hypothesis import event, given
from hypothesis import strategies as st
from PIL import Image
from taggit.models import Tag
from wagtail.models import Page

from measures.models import MeasurePage, Situation, SynonymGroup, VisualSupport

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(TEXT, children, max_size=3)
    ),
    max_leaves=8,
)
SLUG = st.from_regex(r"[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)


def plausible(good):
    return good


def anything(good):
    """Mostly a plausible value, sometimes anything at all."""
    return st.one_of(good, good, JSON_VALUE)


def documents(field):
    image = st.fixed_dictionaries(
        {
            "file": field(
                st.sampled_from(
                    [
                        "bilde.png",
                        "mangler.png",
                        "../ut.png",
                        "/etc/passwd",
                        "tekst.png",
                    ]
                )
            ),
            "title": field(TEXT),
            "alt": field(TEXT),
        },
        optional={
            "kind": field(st.sampled_from(["piktogram", "dagtavle", "ukjent"])),
            "licence": field(st.sampled_from(["egen", "cc-by-4.0", "annen"])),
            "attribution": field(TEXT),
            "confirm_no_identifiable_child": field(st.booleans()),
        },
    )
    measure = st.fixed_dictionaries(
        {
            "slug": field(SLUG),
            "title": field(TEXT),
            "summary": field(TEXT),
            "focus_area": field(
                st.sampled_from(["organisering-og-struktur", "emosjonell-stotte", "x"])
            ),
        },
        optional={
            "situations": field(st.lists(TEXT, max_size=3)),
            "tags": field(st.lists(TEXT, max_size=3)),
            "purpose": field(TEXT),
            "steps": field(st.lists(TEXT, max_size=3)),
            "materials": field(TEXT),
            "time_needed": field(TEXT),
            "age_group": field(st.sampled_from(["1-3", "3-6", "1-6", "0-99"])),
            "level": field(st.sampled_from(["smagruppe", "enkeltbarn", "alle"])),
            "visual_supports": field(st.lists(image, max_size=2)),
        },
    )
    return st.fixed_dictionaries(
        {"measures": field(st.lists(measure, max_size=3))},
        optional={
            "synonyms": field(st.lists(st.lists(TEXT, max_size=3), max_size=2)),
            "confirm_no_identifiable_child": field(st.booleans()),
        },
    )


RAW = st.one_of(
    documents(plausible).map(lambda doc: json.dumps(doc, ensure_ascii=False).encode()),
    documents(anything).map(lambda doc: json.dumps(doc, ensure_ascii=False).encode()),
    JSON_VALUE.map(lambda value: json.dumps(value).encode()),
    st.binary(max_size=200),
)


def snapshot():
    return (
        Page.objects.count(),
        MeasurePage.objects.count(),
        VisualSupport.objects.count(),
        Situation.objects.count(),
        SynonymGroup.objects.count(),
        Tag.objects.count(),
        sorted(Page.objects.values_list("pk", "title", "slug", "live")),
    )


@pytest.fixture
def folder():
    with tempfile.TemporaryDirectory(prefix="import-props-") as path:
        path = Path(path)
        Image.new("RGB", (24, 24), "white").save(path / "bilde.png")
        (path / "tekst.png").write_text("ikke et bilde")
        yield path


@pytest.mark.django_db
@given(content=RAW)
def test_import_succeeds_or_refuses_cleanly(folder, content):
    source = folder / "tiltak.json"
    source.write_bytes(content)
    before = snapshot()
    try:
        call_command("import_measures", str(source), verbosity=0)
    except CommandError as error:
        event("refused")
        assert "Ingenting ble endret" in str(error)
        assert snapshot() == before
    else:
        event("imported")
        document = json.loads(content.decode("utf-8-sig"))
        imported = {measure["slug"] for measure in document["measures"]}
        live = set(MeasurePage.objects.live().values_list("slug", flat=True))
        assert imported <= live
