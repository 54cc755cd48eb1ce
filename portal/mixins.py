"""Fields that several page models share, written once."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Orderable

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
