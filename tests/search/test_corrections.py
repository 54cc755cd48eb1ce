"""Typo corrections: only the user's own words, and only when they match nothing.

A synonym group may name words the index does not have (dagtavle ⇄ dagsplan ⇄
timeplan, with only «dagtavle» in the library). Such a synonym just finds
nothing; it must never be "corrected" to an unrelated indexed word (timeplan →
«timeglass»), which would add unrelated hits and facets and tell the reader
that a word they never typed was replaced.
"""

import pytest

from measures.factories import VisualSupportFactory
from measures.models import SynonymGroup
from search import service


@pytest.fixture
def library(db, index_ready):
    SynonymGroup.objects.create(words="dagtavle\ndagsplan\ntimeplan")
    board = VisualSupportFactory(
        title="Dagtavle", description="Tegning av en tavle med bilder av dagen"
    )
    board.tags.add("struktur")
    hourglass = VisualSupportFactory(
        title="Timeglass", description="Tegning av et timeglass med sand"
    )
    hourglass.tags.add("ventetid")
    index_ready()


def titles(outcome):
    return [r.title for r in outcome.results.object_list]


def test_a_synonym_missing_from_the_index_is_not_corrected(staff_client, library):
    response = staff_client.get("/sok/", {"q": "dagtavle"})
    outcome = response.context["outcome"]
    assert not outcome.degraded
    assert outcome.corrections == {}
    assert titles(outcome) == ["Dagtavle"]
    assert [f.value for f in outcome.facets["tag"]] == ["struktur"]
    html = response.content.decode()
    assert "viser resultater for" not in html
    assert "Timeglass" not in html


def test_a_typed_word_found_through_its_synonyms_is_not_corrected(library):
    # «timeplan» is not indexed, but its synonym «dagtavle» is: it matches.
    outcome = service.search({"q": "timeplan"})
    assert not outcome.degraded
    assert outcome.corrections == {}
    assert titles(outcome) == ["Dagtavle"]


def test_a_typed_word_that_matches_nothing_is_still_corrected(library):
    outcome = service.search({"q": "tmeglass"})
    assert not outcome.degraded
    assert outcome.corrections == {"tmeglass": "timeglass"}
    assert titles(outcome) == ["Timeglass"]
