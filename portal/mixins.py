"""Fields that several page models share, written once."""

from django.db import models
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Orderable, Page, PageViewRestriction

from portal.choices import FocusArea


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
    the ancestors' paths are prefixes of the page's own path, so a subquery can
    pick the page and its ancestors — or, for an alias, the page it is an alias
    of, as Wagtail does — and one query their restrictions. Worth it on pages
    read often enough to have a query budget (tests/measures/test_queries.py).
    """

    def get_view_restrictions(self):
        paths = [
            self.path[:end]
            for end in range(self.steplen, len(self.path) + 1, self.steplen)
        ]
        # An alias's restrictions are those of its original (Wagtail keeps
        # alias_of pointing at the original, never at another alias).
        page_ids = Page.objects.filter(path__in=paths).values(
            effective_id=Coalesce("alias_of_id", "id")
        )
        return PageViewRestriction.objects.filter(page_id__in=page_ids)
