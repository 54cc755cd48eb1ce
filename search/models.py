"""What search keeps: the query log (without user identity) and the vocabulary."""

from django.db import connection, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class QueryLog(models.Model):
    """One search as it was asked; never who asked it (DESIGN.md "Search")."""

    query = models.CharField(_("query"), max_length=200, db_index=True)
    backend = models.CharField(_("backend"), max_length=30)
    hits = models.PositiveIntegerField(_("hits"))
    duration_ms = models.PositiveIntegerField(_("time (ms)"))
    degraded = models.BooleanField(_("reduced mode"), default=False)
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("search")
        verbose_name_plural = _("search log")
        permissions = [("view_search_report", _("Can see the search report"))]

    def __str__(self):
        return self.query

    @classmethod
    def record(cls, query, backend, hits, duration_ms, degraded):
        """Store one search with a plain INSERT: one round trip per search.

        ``objects.create()`` compiles the INSERT and, on PostgreSQL, asks for the
        new id back, which a log line never needs. On PostgreSQL outside a
        transaction, the line is also committed without waiting for the disk
        (``synchronous_commit`` off, for this transaction only): a commit that
        waits for its WAL flush took 0.2–1.5 ms of a repeated search, 0.1 ms
        without. A database crash can then lose the last fraction of a second
        of log lines, never anything else: the query log is statistics.
        """
        columns = ("query", "backend", "hits", "duration_ms", "degraded", "created_at")
        quote = connection.ops.quote_name
        insert = (
            f"INSERT INTO {quote(cls._meta.db_table)} "  # noqa: S608 (our table)
            f"({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join('%s' for _ in columns)})"
        )
        values = [
            query[: cls._meta.get_field("query").max_length],
            backend,
            hits,
            duration_ms,
            degraded,
            connection.ops.adapt_datetimefield_value(timezone.now()),
        ]
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            # One round trip: the statements run in their own transaction.
            insert = f"BEGIN; SET LOCAL synchronous_commit TO OFF; {insert}; COMMIT"
        with connection.cursor() as cursor:
            try:
                cursor.execute(insert, values)
            except Exception:
                if connection.vendor == "postgresql" and not connection.in_atomic_block:
                    cursor.execute("ROLLBACK")  # leave no failed transaction open
                raise


class SearchTerm(models.Model):
    """A normalised term of the indexed content, for typo tolerance and "Mente du"."""

    term = models.CharField(max_length=100, unique=True)
    display = models.CharField(
        max_length=100, help_text="The word as written most often in the content."
    )
    frequency = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("search term")

    def __str__(self):
        return self.term
