"""Search tests run against whatever backend the environment configures.

With SEARCH_BACKEND=database (the default) that is Wagtail's database backend on
SQLite or PostgreSQL; with an engine (e.g. SEARCH_BACKEND=opensearch2 and
`make search-engine`) it is the real engine. Engine indexes are not rolled back
with the test transaction, so each test starts from empty indexes.
"""

import pytest
from django.conf import settings
from wagtail.search.backends import get_search_backend

from search import service, vocabulary
from tests.engine import recreate_engine_indexes
from tests.search.corpus import publish_corpus

ENGINE = settings.SEARCH_BACKEND != "database"


def empty_engine_indexes():
    backend = get_search_backend("default")
    backend.es.delete_by_query(
        index=f"{settings.SEARCH_INDEX_PREFIX}*",
        body={"query": {"match_all": {}}},
        params={"refresh": "true", "conflicts": "proceed"},
    )


@pytest.fixture(scope="session")
def engine_indexes():
    """The test indexes, created once with our Norwegian settings and mappings."""
    if ENGINE:
        recreate_engine_indexes()


@pytest.fixture(autouse=True)
def clean_search_state(request, engine_indexes):
    service.mark_engine_up()
    vocabulary.invalidate()
    uses_db = "db" in request.fixturenames or request.node.get_closest_marker(
        "django_db"
    )
    if ENGINE and uses_db:
        empty_engine_indexes()
    yield
    service.mark_engine_up()
    vocabulary.invalidate()


@pytest.fixture
def index_ready():
    """Call after creating content: makes it visible to the engine's searches."""

    def ready():
        if ENGINE:
            get_search_backend("default").refresh_indexes()
        vocabulary.invalidate()

    return ready


@pytest.fixture
def corpus(db, index_ready):
    """The published relevance library (tests/search/corpus.py), searchable."""
    pages = publish_corpus()
    index_ready()
    return pages


requires_engine = pytest.mark.skipif(
    not ENGINE,
    reason="needs a real search engine: SEARCH_BACKEND=opensearch2 and "
    "`make search-engine` (CI's second configuration runs these)",
)
