"""Fields that several page models share, written once."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Orderable, PageViewRestriction

from measures.choices import FocusArea


class FocusAreaMixin(models.Model):
    focus_area = models.CharField(
        _("focus area"), max_length=40, choices=FocusArea.choices, db_index=True
    )

    class Meta:
        abstract = True


class SummaryMixin(models.Model):
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown in lists and search results."),
    )

    class Meta:
        abstract = True


class RelatedMeasureBase(Orderable):
    """A link from a page to a measure; concrete subclasses add the ParentalKey."""

    measure = models.ForeignKey(
        "measures.MeasurePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("measure"),
    )

    panels = [PageChooserPanel("measure", "measures.MeasurePage")]

    class Meta(Orderable.Meta):
        abstract = True


class ViewRestrictionsInOneQueryMixin:
    """Page.get_view_restrictions() in one query instead of two.

    Wagtail loads the ancestors (to resolve aliases) and then their restrictions;
    the ancestors' paths are prefixes of the page's own path, so one query can
    match restrictions on the page and its ancestors, or, for an ancestor that is
    an alias, on the page it is an alias of (as Wagtail does). Worth it on pages
    read often enough to have a query budget (tests/measures/test_queries.py).
    """

    def get_view_restrictions(self):
        paths = [
            self.path[:end]
            for end in range(self.steplen, len(self.path) + 1, self.steplen)
        ]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths, page__alias_of__isnull=True)
            | Q(page__aliases__path__in=paths)
        ).distinct()
