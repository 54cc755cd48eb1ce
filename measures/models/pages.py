"""The veileder's pages: the measure list, the measure itself and the gallery."""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page
from wagtail.search import index

from measures.blocks import StepsStreamBlock
from measures.models.media import VisualSupport
from measures.models.taxonomy import MeasureTag, Situation
from portal.access import only_open, open_collection_items, open_images, open_pages
from portal.choices import AgeGroup, FocusArea, Level, VisualSupportKind
from portal.mixins import (
    FocusAreaMixin,
    RelatedMeasureBase,
    SummaryMixin,
    ViewRestrictionsInOneQueryMixin,
)
from portal.page_cache import cached_fragment
from portal.saved.panels import SavedCountPanel
from portal.saved.services import saved_keys_for
from search.index import (
    NormalisedSearchMixin,
    html_text,
    searchable_fields,
    stream_texts,
)

PAGE_SIZE = 24


def filter_by_situation(request, queryset):
    """Apply ``?situasjon=<slug>`` to a queryset with a ``situations`` relation.

    Returns the queryset, all situations (for the filter's select) and the
    selected slug; an unknown slug is ignored rather than matching nothing.
    """
    situations = list(Situation.objects.all())
    selected = request.GET.get("situasjon", "")
    if selected in {s.slug for s in situations}:
        queryset = queryset.filter(situations__slug=selected)
    return queryset, situations, selected


class MeasureIndexPage(Page):
    """/tiltak/: all measures, filterable by focus area and situation."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["measures.MeasurePage"]
    max_count = 1

    class Meta:
        verbose_name = _("measure list")

    def route(self, request, path_components):
        """/tiltak/<slug>/ in one query: the measure itself with its contact.

        Wagtail's default fetches the child as a plain Page and then its specific
        row (two queries), and the contact box a third. Anything else (a page
        type added later, an unknown slug) takes Wagtail's own way.
        """
        if len(path_components) == 1:
            measure = (
                MeasurePage.objects.child_of(self)
                .select_related("owner_contact")
                .filter(slug=path_components[0])
                .first()
            )
            if measure is not None:
                measure._cached_parent_obj = self
                return measure.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        measures = (
            open_pages(MeasurePage.objects.child_of(self))
            .order_by("title")
            .prefetch_related("situations")
        )
        focus_area = request.GET.get("fokusomrade", "")
        if focus_area in FocusArea.values:
            measures = measures.filter(focus_area=focus_area)
        measures, situations, situation = filter_by_situation(request, measures)
        page = Paginator(measures, PAGE_SIZE).get_page(request.GET.get("side"))
        context.update(
            measures=page,
            focus_areas=FocusArea.choices,
            selected_focus_area=focus_area,
            situations=situations,
            selected_situation=situation,
        )
        return context


class MeasurePage(
    ViewRestrictionsInOneQueryMixin,
    NormalisedSearchMixin,
    FocusAreaMixin,
    SummaryMixin,
    Page,
):
    """One measure (tiltak): why, how, when, and with which visual supports."""

    purpose = RichTextField(
        _("purpose"), blank=True, help_text=_("Why this helps children take part.")
    )
    steps = StreamField(StepsStreamBlock(), blank=True, verbose_name=_("steps"))
    situations = ParentalManyToManyField(
        Situation, blank=True, related_name="measures", verbose_name=_("situations")
    )
    age_group = models.CharField(
        _("age group"), max_length=10, choices=AgeGroup.choices, default=AgeGroup.ALL
    )
    level = models.CharField(
        _("level"), max_length=30, choices=Level.choices, default=Level.WHOLE_GROUP
    )
    materials = models.TextField(_("materials"), blank=True)
    time_needed = models.CharField(_("time needed"), max_length=100, blank=True)
    tags = ClusterTaggableManager(
        through=MeasureTag, blank=True, verbose_name=_("tags")
    )
    owner_contact = models.ForeignKey(
        "team.TeamMember",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="measures",
        verbose_name=_("contact in the inclusion team"),
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    sources = models.TextField(_("sources"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("focus_area"),
                FieldPanel("situations", widget=forms.CheckboxSelectMultiple),
                FieldPanel("age_group"),
                FieldPanel("level"),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("purpose"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [FieldPanel("materials"), FieldPanel("time_needed")],
            heading=_("Practical"),
        ),
        InlinePanel("visual_support_links", label=_("Visual supports")),
        InlinePanel("related_measure_links", label=_("Related measures")),
        MultiFieldPanel(
            [
                FieldPanel("owner_contact"),
                FieldPanel("last_reviewed"),
                FieldPanel("sources"),
            ],
            heading=_("Responsibility and sources"),
        ),
        SavedCountPanel(heading=_("Saved by staff")),
    ]

    search_fields = searchable_fields(
        Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("focus_area"),
        index.FilterField("age_group"),
        index.FilterField("level"),
    )

    parent_page_types = ["measures.MeasureIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")

    def search_texts(self):
        return [
            self.summary,
            html_text(self.purpose),
            *stream_texts(self.steps, "text"),
            self.materials,
            self.get_focus_area_display(),
            *(s.name for s in self.situations.all()),
            *(t.name for t in self.tags.all()),
        ]

    @cached_property
    def visual_supports(self):
        links = open_images(self.visual_support_links.select_related("image"), "image")
        return [link.image for link in links]

    @cached_property
    def related_measures(self):
        links = only_open(
            self.related_measure_links.select_related("measure"), "measure"
        )
        return [link.measure for link in links]

    def step_images(self):
        # The images come in one query when the StreamField is first read.
        return [
            block.value["image"]
            for block in self.steps
            if block.block_type == "step" and block.value.get("image")
        ]

    def body_context(self):
        """What templates/measures/includes/measure_body.html shows: the same for
        every reader, so it is rendered once and cached (portal.page_cache)."""
        # Renditions of the steps' images and the visual supports in one query,
        # however many there are (each {% picture %} would otherwise ask).
        prefetch_related_objects(
            [*self.step_images(), *self.visual_supports], "renditions"
        )
        return {
            "page": self,
            "situation_list": list(self.situations.all()),
            "tag_list": list(self.tags.all()),
            "visual_supports": self.visual_supports,
            "related_measures": self.related_measures,
            "owner_contact": self.owner_contact,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            body_html=cached_fragment(
                request, self, "measures/includes/measure_body.html", self.body_context
            ),
            saved_keys=saved_keys_for(request),
        )
        return context


class MeasureVisualSupport(Orderable):
    page = ParentalKey(
        MeasurePage, on_delete=models.CASCADE, related_name="visual_support_links"
    )
    image = models.ForeignKey(
        get_image_model_string(),
        on_delete=models.CASCADE,
        related_name="measure_links",
        verbose_name=_("visual support"),
    )

    panels = [FieldPanel("image")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["page", "image"], name="unique_measure_visual_support"
            )
        ]


def print_images_of_measures(measures):
    """{measure id: [its visual supports that every reader may open]} for the
    print pack (the content kind "tiltak" in portal.kinds); one query in all."""
    links = (
        open_images(
            MeasureVisualSupport.objects.filter(page_id__in=[m.pk for m in measures]),
            "image",
        )
        .select_related("image")
        .prefetch_related("image__renditions")
        .order_by("page_id", "sort_order")
    )
    images = {}
    for link in links:
        images.setdefault(link.page_id, []).append(link.image)
    return images


class MeasureRelatedMeasure(RelatedMeasureBase):
    page = ParentalKey(
        MeasurePage, on_delete=models.CASCADE, related_name="related_measure_links"
    )


class VisualSupportGalleryPage(Page):
    """/visuell-stotte/: thumbnails of every visual support, filterable by kind."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("visual support gallery")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        images = open_collection_items(
            request,
            VisualSupport.objects.order_by("title").prefetch_related("renditions"),
        )
        kind = request.GET.get("type", "")
        if kind in VisualSupportKind.values:
            images = images.filter(kind=kind)
        images, situations, situation = filter_by_situation(request, images)
        page = Paginator(images, 48).get_page(request.GET.get("side"))
        context.update(
            images=page,
            kinds=VisualSupportKind.choices,
            selected_kind=kind,
            situations=situations,
            selected_situation=situation,
        )
        return context
