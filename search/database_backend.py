"""Wagtail's database search backend, with safe FTS5 quoting on SQLite.

Configured as the ``database`` backend in ``search.conf``. On PostgreSQL (and
SQLite without FTS5) it is exactly Wagtail's; on SQLite with FTS5 it is the
same backend with user terms quoted safely (``search.sqlite_fts``).
"""

from modelsearch.backends.database import SearchBackend as vendor_backend


def SearchBackend(params):  # noqa: N802 -- the name Wagtail looks up
    backend = vendor_backend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        # Not at the top: the module cannot be imported on other databases.
        from search.sqlite_fts import QuotedSQLiteSearchBackend

        return QuotedSQLiteSearchBackend(params)
    return backend
