"""The search report in the admin: what people searched for, and what found nothing.

Only the query log is read; it holds no user identity (DESIGN.md "Search"). Rows are
grouped by the query in lower case, in the database, over the last 30 days.
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, Func, Max, Q
from django.urls import reverse_lazy
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from search.models import QueryLog

PERIOD_DAYS = 30
REPORT_PERMISSION = "portal_search.view_search_report"


def _lower(value):
    return value.lower() if value is not None else None


class LowerCase(Func):
    """LOWER() that folds Æ, Ø and Å on SQLite as well.

    SQLite's built-in lower() only folds ASCII, so "Øyekontakt" and "øyekontakt"
    would be counted apart; PostgreSQL's lower() already follows Unicode.
    """

    function = "LOWER"

    def as_sqlite(self, compiler, connection, **extra_context):
        connection.ensure_connection()
        connection.connection.create_function(
            "portal_lower", 1, _lower, deterministic=True
        )
        return self.as_sql(
            compiler, connection, function="portal_lower", **extra_context
        )


def can_view_search_report(user):
    return user.has_perm(REPORT_PERMISSION)


def _local_minute(value):
    """Oslo time to the minute: what a spreadsheet reader expects, not UTC."""
    return timezone.localtime(value).replace(second=0, microsecond=0, tzinfo=None)


class AverageColumn(Column):
    """An average with one decimal, in the user's number format (2,5)."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return formats.number_format(value, 1) if value is not None else ""


class QueryPaginator(WagtailPaginator):
    """Counts rows as distinct queries, not as rows of the log."""

    verbose_name = _("different query")
    verbose_name_plural = _("different queries")


class SearchReportView(ReportView):
    """Shared by both lists: the period, the permission and the summary above them."""

    template_name = "search/admin/search_report.html"
    header_icon = "search"
    is_searchable = True
    search_fields = ["phrase"]
    paginate_by = 50
    paginator_class = QueryPaginator
    # A second sort key keeps the pages stable when counts tie.
    tie_breaker = "phrase"
    hits_filter = Q()
    custom_field_preprocess = {
        "average_hits": {
            ReportView.FORMAT_CSV: lambda value: round(value, 1),
            ReportView.FORMAT_XLSX: lambda value: round(value, 1),
        },
        "last_asked": {
            ReportView.FORMAT_CSV: lambda value: (
                f"{_local_minute(value):%Y-%m-%d %H:%M}"
            ),
            ReportView.FORMAT_XLSX: _local_minute,
        },
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_view_search_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def since(self):
        return timezone.now() - datetime.timedelta(days=PERIOD_DAYS)

    def period_log(self):
        return QueryLog.objects.filter(created_at__gte=self.since)

    def get_base_queryset(self):
        return (
            self.period_log()
            .filter(self.hits_filter)
            .values(phrase=LowerCase("query"))
            .annotate(
                searches=Count("id"),
                average_hits=Avg("hits"),
                last_asked=Max("created_at"),
            )
        )

    def search_queryset(self, queryset):
        # The phrase is already lower case; contains, not icontains, because
        # SQLite's LIKE only ignores the case of ASCII letters.
        if not self.is_searching:
            return queryset
        return queryset.filter(phrase__contains=self.search_query.lower())

    def order_queryset(self, queryset):
        ordering = self.ordering
        return queryset.order_by(ordering, self.tie_breaker)

    def get_filename(self):
        return f"{self.filename_prefix}-{timezone.localdate():%Y-%m-%d}"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["period_days"] = PERIOD_DAYS
        context["summary"] = self.period_log().aggregate(
            total=Count("id"),
            no_results=Count("id", filter=Q(hits=0)),
            degraded=Count("id", filter=Q(degraded=True)),
        )
        context["report_tabs"] = [
            {
                "label": view.page_title,
                "url": reverse_lazy(view.index_url_name),
                "current": isinstance(self, view),
            }
            for view in (FrequentQueriesReportView, NoResultsReportView)
        ]
        return context


class FrequentQueriesReportView(SearchReportView):
    page_title = _("Most frequent searches")
    index_url_name = "search_report:frequent"
    index_results_url_name = "search_report:frequent_results"
    filename_prefix = "search-frequent"
    default_ordering = "-searches"
    columns = [
        Column("phrase", label=_("Query"), sort_key="phrase"),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        AverageColumn("average_hits", label=_("Average hits"), sort_key="average_hits"),
        DateColumn("last_asked", label=_("Last searched"), sort_key="last_asked"),
    ]
    list_export = ["phrase", "searches", "average_hits", "last_asked"]
    export_headings = {
        "phrase": _("Query"),
        "searches": _("Searches"),
        "average_hits": _("Average hits"),
        "last_asked": _("Last searched"),
    }

    @cached_property
    def no_results_message(self):
        return _("Nobody has searched in the last %(days)s days.") % {
            "days": PERIOD_DAYS
        }


class NoResultsReportView(SearchReportView):
    page_title = _("Searches that found nothing")
    index_url_name = "search_report:no_results"
    index_results_url_name = "search_report:no_results_results"
    filename_prefix = "search-no-results"
    default_ordering = "-searches"
    hits_filter = Q(hits=0)
    columns = [
        Column("phrase", label=_("Query"), sort_key="phrase"),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        DateColumn("last_asked", label=_("Last searched"), sort_key="last_asked"),
    ]
    list_export = ["phrase", "searches", "last_asked"]
    export_headings = {
        "phrase": _("Query"),
        "searches": _("Searches"),
        "last_asked": _("Last searched"),
    }

    @cached_property
    def no_results_message(self):
        return _("Every search in the last %(days)s days found something.") % {
            "days": PERIOD_DAYS
        }
