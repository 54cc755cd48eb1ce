"""Test helpers for a real search engine's indexes (they outlive the test database)."""

from django.conf import settings
from modelsearch.index import get_indexed_models
from wagtail.search.backends import get_search_backend


def recreate_engine_indexes():
    """Fresh, empty test indexes with our settings and mappings.

    ``update_index`` rebuilds atomically: it creates ``<name>_<random>`` indexes
    behind an alias named like the index. Deleting the test prefix's concrete
    indexes first removes such aliases too, so ``reset_indexes`` can recreate
    plain indexes whatever ran before.
    """
    backend = get_search_backend("default")
    backend.es.indices.delete(
        index=f"{settings.SEARCH_INDEX_PREFIX}*",
        params={"ignore_unavailable": "true", "expand_wildcards": "all"},
    )
    backend.reset_indexes()
    for model in get_indexed_models():
        backend.get_index_for_model(model).add_model(model)


def make_searchable():
    """Make what a test just published visible to the engine's searches (an
    engine refreshes its indexes about once a second by itself); nothing to do
    on the database backend, which searches the committed rows."""
    if settings.SEARCH_BACKEND != "database":
        get_search_backend("default").es.indices.refresh(
            index=f"{settings.SEARCH_INDEX_PREFIX}*",
            params={"ignore_unavailable": "true", "allow_no_indices": "true"},
        )
