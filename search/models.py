"""What search keeps: the query log (without user identity) and the vocabulary."""

from django.db import models
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
