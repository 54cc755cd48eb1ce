"""Norwegian relevance on the configured backend: expected hits in the top five.

CI runs this file twice: on SQLite with the database backend, and on PostgreSQL
with OpenSearch; with an engine configured it also runs once on the database
fallback (PostgreSQL full text) with the engine at a closed port. Every search
checks which backend answered, so a broken engine cannot pass on the fallback.
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


def top_slugs(query, answered_by):
    """The first five measures for ``query``, which ``answered_by`` (backend
    name, reduced mode) must have answered: a broken engine must not pass on
    the database fallback."""
    outcome = service.search({"q": query})
    assert (outcome.backend, outcome.degraded) == answered_by, query
    return [r.obj.slug for r in outcome.results.object_list if r.kind == "tiltak"][:5]


def run_cases(answered_by):
    found, misses = defaultdict(list), []
    for kind, query, slug in CASES:
        hit = slug in top_slugs(query, answered_by)
        found[kind].append(hit)
        if not hit:
            misses.append((kind, query, slug))
    return found, misses


def assert_shares(found, misses):
    for kind, required in REQUIRED.items():
        share = sum(found[kind]) / len(found[kind])
        assert share >= required, f"{kind}: {share:.0%} < {required:.0%}; {misses}"


def test_relevance_on_the_configured_backend(corpus, settings):
    assert_shares(*run_cases((settings.SEARCH_BACKEND, False)))


def test_words_that_only_look_alike_are_not_found(corpus, settings):
    for query, slug in UNRELATED:
        outcome = service.search({"q": query})
        assert (outcome.backend, outcome.degraded) == (settings.SEARCH_BACKEND, False)
        found = [r.obj.slug for r in outcome.results.object_list if r.kind == "tiltak"]
        assert slug not in found, query


@pytest.mark.engine
def test_relevance_on_the_database_fallback(corpus, stop_engine):
    """The engine refuses every connection: reduced mode answers, from the
    database fallback (PostgreSQL full text in CI), as well as the engine."""
    stop_engine()
    service.mark_engine_up()
    assert_shares(*run_cases(("database", True)))
