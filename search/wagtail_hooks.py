"""The search report in the Reports menu, for those who may see it."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search import admin_views


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_view_search_report(request.user)


report_urls = (
    [
        path("", admin_views.FrequentQueriesReportView.as_view(), name="frequent"),
        path(
            "results/",
            admin_views.FrequentQueriesReportView.as_view(results_only=True),
            name="frequent_results",
        ),
        path(
            "no-results/",
            admin_views.NoResultsReportView.as_view(),
            name="no_results",
        ),
        path(
            "no-results/results/",
            admin_views.NoResultsReportView.as_view(results_only=True),
            name="no_results_results",
        ),
    ],
    "search_report",
)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [path("reports/search-queries/", include(report_urls))]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(
        _("Search report"),
        reverse("search_report:frequent"),
        name="search-report",
        icon_name="search",
        order=1300,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms_report(request, menu_items):
    # Wagtail's "Search terms" report counts Query.add_hit(), which the portal's
    # search never calls; the query log above is the one that counts.
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
