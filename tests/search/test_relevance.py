"""Norwegian relevance on the configured backend: expected hits in the top five.

CI runs this file twice: on SQLite with the database backend, and on PostgreSQL
with OpenSearch; with an engine configured it also runs once on the database
fallback (PostgreSQL full text) by marking the engine down.
"""

from collections import defaultdict

import pytest

from search import service
from tests.search.corpus import CASES, UNRELATED

# Each kind must reach this share of cases in the top five.
REQUIRED = {
    "exact": 1.0,
    "synonym": 1.0,
    "without-aeoeaa": 1.0,
    "inflected": 1.0,
    "compound": 1.0,
    "typo": 0.8,
}


def top_slugs(query):
    outcome = service.search({"q": query})
    return [r.obj.slug for r in outcome.results.object_list if r.kind == "tiltak"][:5]


def run_cases():
    found, misses = defaultdict(list), []
    for kind, query, slug in CASES:
        hit = slug in top_slugs(query)
        found[kind].append(hit)
        if not hit:
            misses.append((kind, query, slug))
    return found, misses


def assert_shares(found, misses):
    for kind, required in REQUIRED.items():
        share = sum(found[kind]) / len(found[kind])
        assert share >= required, f"{kind}: {share:.0%} < {required:.0%}; {misses}"


def test_relevance_on_the_configured_backend(corpus):
    assert_shares(*run_cases())


def test_words_that_only_look_alike_are_not_found(corpus):
    for query, slug in UNRELATED:
        outcome = service.search({"q": query})
        found = [r.obj.slug for r in outcome.results.object_list if r.kind == "tiltak"]
        assert slug not in found, query


def test_relevance_on_the_database_fallback(corpus, settings):
    if settings.SEARCH_BACKEND == "database":
        pytest.skip("no engine configured: the test above already used the database")
    service.mark_engine_down()
    outcome = service.search({"q": "dagtavla"})
    assert outcome.degraded
    assert_shares(*run_cases())
