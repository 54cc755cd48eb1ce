"""Search tests run against whatever backend the environment configures.

With SEARCH_BACKEND=database (the default) that is Wagtail's database backend on
SQLite or PostgreSQL; with an engine (e.g. SEARCH_BACKEND=opensearch2 and
`make search-engine`) it is the real engine. Engine indexes are not rolled back
with the test transaction, so each test starts from empty indexes.

With an engine configured, a test fails if the engine failed during it and the
database answered instead (reduced mode), unless the test stops the engine on
purpose (``stop_engine``, or the ``dead_engine`` of test_search_view.py): a
broken engine must not pass its tests on the fallback. Tests that only make
sense with a real engine are marked ``@pytest.mark.engine`` and are skipped,
with ``ENGINE_SKIP_REASON``, when SEARCH_BACKEND is ``database``.
"""

import socket

import pytest
from django.conf import settings
from wagtail.search.backends import get_search_backend

from search import service, vocabulary
from search.conf import search_backends
from tests.search.corpus import publish_corpus

ENGINE = settings.SEARCH_BACKEND != "database"
ENGINE_SKIP_REASON = (
    "marked engine: needs a real search engine (SEARCH_BACKEND=opensearch2 and "
    "`make search-engine`), but SEARCH_BACKEND is database"
)
# Fixtures of tests that make the engine fail on purpose.
ENGINE_STOPPERS = {"stop_engine", "dead_engine"}


def pytest_runtest_setup(item):
    if item.get_closest_marker("engine") and not ENGINE:
        pytest.skip(ENGINE_SKIP_REASON)


def empty_engine_indexes():
    backend = get_search_backend("default")
    backend.es.delete_by_query(
        index=f"{settings.SEARCH_INDEX_PREFIX}*",
        body={"query": {"match_all": {}}},
        params={"refresh": "true", "conflicts": "proceed"},
    )


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
    fell_back = service.engine_marked_down()
    service.mark_engine_up()
    vocabulary.invalidate()
    if ENGINE and fell_back and not ENGINE_STOPPERS & set(request.fixturenames):
        pytest.fail(
            f"the {settings.SEARCH_BACKEND} engine failed during this test and "
            "the database answered (reduced mode): see the logged error"
        )


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


def closed_port():
    """A port on 127.0.0.1 that nothing listens on: connections are refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def stop_engine(settings):
    """Call to point the engine backend at a closed port on 127.0.0.1: a real
    client whose every request is refused, as when the engine is down."""

    def stop():
        settings.WAGTAILSEARCH_BACKENDS = search_backends(
            settings.SEARCH_BACKEND,
            f"http://127.0.0.1:{closed_port()}",
            settings.SEARCH_INDEX_PREFIX,
        )

    return stop
