"""The configured Elasticsearch/OpenSearch backend, with autocomplete that never fails.

Wagtail's admin page search sends what the user typed to ``autocomplete``; a
quoted word becomes a ``Phrase`` query, which the engine backends' autocomplete
refuses with ``NotImplementedError`` (a 500 for ``"dagtavle``). Here autocomplete
gets the words of any such query as plain text instead, as the database backend
already does. Everything else is the vendor backend named by ``VENDOR``
(``search.conf``).
"""

from importlib import import_module

from modelsearch.query import MatchAll, PlainText, SearchQuery


def query_words(query):
    """The words of a structured query, in order (phrases, boosts, and/or/not)."""
    if isinstance(query, str):
        return [query]
    if hasattr(query, "query_string"):
        return [query.query_string]
    if hasattr(query, "subqueries"):
        return [word for sub in query.subqueries for word in query_words(sub)]
    if hasattr(query, "subquery"):
        return query_words(query.subquery)
    return []


def plain_autocomplete_query(query):
    if not isinstance(query, SearchQuery) or isinstance(query, PlainText | MatchAll):
        return query
    return PlainText(" ".join(query_words(query)))


def SearchBackend(params):  # noqa: N802 -- the name Wagtail looks up
    params = dict(params)
    vendor = import_module(params.pop("VENDOR")).SearchBackend

    class PlainAutocompleteBackend(vendor):
        def autocomplete(self, query, model_or_queryset, *args, **kwargs):
            return super().autocomplete(
                plain_autocomplete_query(query), model_or_queryset, *args, **kwargs
            )

    return PlainAutocompleteBackend(params)
