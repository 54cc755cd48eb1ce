"""The annual wheel (årshjul): a year plan of themed periods."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    PageChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.access import only_open, open_pages
from portal.blocks import MONTH_CHOICES, ActivityBlock, GoalBlock
from portal.mixins import FocusAreaMixin, RelatedMeasureBase, SummaryMixin
from portal.saved.services import saved_keys_for
from search.index import NormalisedSearchMixin, searchable_fields, stream_texts

# First path segments under /arshjul/ served by team.urls (the development cycle);
# a period with one of these slugs could never be reached.
RESERVED_WHEEL_SLUGS = {
    "stastedsanalyse",
    "resultater",
    "plan",
    "ovingsomrade",
    "motekalender",
}


@dataclass(frozen=True)
class WheelPosition:
    """Where a date falls in the wheel: inside a period, or between two."""

    current: "WheelPeriodPage | None"
    previous: "WheelPeriodPage | None" = None
    upcoming: "WheelPeriodPage | None" = None

    @property
    def periods(self):
        if self.current:
            return [self.current]
        return [p for p in (self.previous, self.upcoming) if p]


class AnnualWheelPage(Page):
    """/arshjul/: the year plan; its children are the periods."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["portal.WheelPeriodPage"]
    max_count = 1

    class Meta:
        verbose_name = _("annual wheel")

    @cached_property
    def periods(self):
        return list(open_pages(WheelPeriodPage.objects.child_of(self)).order_by("path"))

    def position_on(self, day):
        """The period covering ``day``'s month, or the ones on either side of it."""
        month = day.month
        for period in self.periods:
            if period.covers(month):
                return WheelPosition(current=period)
        if not self.periods:
            return WheelPosition(current=None)
        previous = min(self.periods, key=lambda p: (month - p.end_month) % 12)
        upcoming = min(self.periods, key=lambda p: (p.start_month - month) % 12)
        return WheelPosition(current=None, previous=previous, upcoming=upcoming)

    def get_context(self, request, *args, **kwargs):
        from django.utils import timezone

        from portal.wheel_svg import draw_wheel
        from team.cycle import navigation

        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        position = self.position_on(today)
        context.update(
            periods=self.periods,
            position=position,
            wheel_drawing=draw_wheel(self.periods, today, request, position),
            cycle_nav=navigation(request.user),
        )
        return context


class WheelPeriodPage(NormalisedSearchMixin, FocusAreaMixin, SummaryMixin, Page):
    """One period of the wheel: months, theme, goals, what happens, what to use."""

    start_month = models.PositiveSmallIntegerField(
        _("first month"), choices=MONTH_CHOICES
    )
    end_month = models.PositiveSmallIntegerField(_("last month"), choices=MONTH_CHOICES)
    goals = StreamField([("goal", GoalBlock())], blank=True, verbose_name=_("goals"))
    activities = StreamField(
        [("activity", ActivityBlock())], blank=True, verbose_name=_("what happens")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("focus_area"),
        FieldRowPanel([FieldPanel("start_month"), FieldPanel("end_month")]),
        FieldPanel("goals"),
        FieldPanel("activities"),
        InlinePanel("related_measure_links", label=_("Measures for the theme")),
        InlinePanel("meeting_material_links", label=_("Meeting materials")),
    ]
    search_fields = searchable_fields(
        Page.search_fields,
        *[index.SearchField("summary"), index.FilterField("focus_area")],
    )
    parent_page_types = ["portal.AnnualWheelPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("annual wheel period")
        verbose_name_plural = _("annual wheel periods")

    def search_texts(self):
        return [
            self.summary,
            *stream_texts(self.goals, "goal"),
            *stream_texts(self.activities, "title", "description"),
            self.get_focus_area_display(),
        ]

    def clean(self):
        super().clean()
        if self.slug in RESERVED_WHEEL_SLUGS:
            raise ValidationError(
                {"slug": _("This address is used by the portal. Choose another slug.")}
            )
        if self.start_month and self.end_month and self.months_count > 6:
            raise ValidationError(
                {"end_month": _("A period can last at most six months.")}
            )

    @property
    def months_count(self):
        return (self.end_month - self.start_month) % 12 + 1

    @property
    def months(self):
        return [(self.start_month + i - 1) % 12 + 1 for i in range(self.months_count)]

    def covers(self, month):
        return month in self.months

    @cached_property
    def related_measures(self):
        links = only_open(
            self.related_measure_links.select_related("measure"), "measure"
        )
        return [link.measure for link in links]

    @cached_property
    def meeting_materials(self):
        links = only_open(
            self.meeting_material_links.select_related("material"), "material"
        )
        return [link.material for link in links]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            related_measures=self.related_measures,
            meeting_materials=self.meeting_materials,
            saved_keys=saved_keys_for(request),
        )
        return context


class PeriodRelatedMeasure(RelatedMeasureBase):
    page = ParentalKey(
        WheelPeriodPage, on_delete=models.CASCADE, related_name="related_measure_links"
    )


class PeriodMeetingMaterial(Orderable):
    page = ParentalKey(
        WheelPeriodPage, on_delete=models.CASCADE, related_name="meeting_material_links"
    )
    material = models.ForeignKey(
        "portal.MeetingMaterialPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("meeting material"),
    )

    panels = [PageChooserPanel("material", "portal.MeetingMaterialPage")]
