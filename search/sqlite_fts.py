"""SQLite FTS5 search with every user term quoted safely.

Wagtail's SQLite backend (django-modelsearch 1.3) writes each term as an FTS5
string, ``"term"``, without doubling a ``"`` inside it, so a search containing a
quote (``"``, ``a"b``) was an FTS5 syntax error: a 500 in the admin's image and
document search. FTS5 escapes a quote in a string by doubling it; with that,
every term is a plain string to FTS5 and operators (``AND``, ``NEAR``, ``*``,
``-``, ``^``, parentheses) typed by a user are searched as words, not obeyed.

Imported only on SQLite (``search.database_backend``): the module it extends
cannot be imported on other databases.
"""

from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText


def fts5_escape(text):
    return text.replace('"', '""')


class QuotedTermsMixin:
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(
                fts5_escape(query.query_string),
                operator=query.operator,
                boost=query.boost,
            )
        elif isinstance(query, Phrase):
            query = Phrase(fts5_escape(query.query_string))
        return super().build_search_query_content(query, config=config)


class QuotedSearchQueryCompiler(QuotedTermsMixin, SQLiteSearchQueryCompiler):
    pass


class QuotedAutocompleteQueryCompiler(
    QuotedTermsMixin, SQLiteAutocompleteQueryCompiler
):
    pass


class QuotedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = QuotedSearchQueryCompiler
    autocomplete_query_compiler_class = QuotedAutocompleteQueryCompiler
