"""Meeting materials (møtemateriell) for staff meetings, evenings and planning days."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.access import only_open, open_collection_items, open_pages
from portal.blocks import AgendaItemBlock, QuestionBlock
from portal.mixins import FocusAreaMixin, RelatedMeasureBase, SummaryMixin
from portal.saved.services import saved_keys_for
from search.index import NormalisedSearchMixin, searchable_fields, stream_texts


class MeetingType(models.TextChoices):
    DEPARTMENT = "avdelingsmote", _("Department meeting")
    EVENING = "kveldsmote", _("Evening meeting")
    PLANNING_DAY = "planleggingsdag", _("Planning day")
    STAFF = "personalmote", _("Staff meeting")
    SUPERVISION = "veiledning", _("Supervision")


class MeetingMaterialIndexPage(Page):
    """/motemateriell/: the section directors may publish in."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["portal.MeetingMaterialPage"]
    max_count = 1

    class Meta:
        verbose_name = _("meeting material list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        materials = (
            open_pages(MeetingMaterialPage.objects.child_of(self))
            .select_related("kindergarten")
            .order_by("title")
        )
        meeting_type = request.GET.get("type", "")
        if meeting_type in MeetingType.values:
            materials = materials.filter(meeting_type=meeting_type)
        context.update(
            materials=Paginator(materials, 24).get_page(request.GET.get("side")),
            meeting_types=MeetingType.choices,
            selected_meeting_type=meeting_type,
        )
        return context


class MeetingMaterialPage(NormalisedSearchMixin, FocusAreaMixin, SummaryMixin, Page):
    meeting_type = models.CharField(
        _("meeting type"), max_length=30, choices=MeetingType.choices, db_index=True
    )
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"))
    goal = models.TextField(_("goal"))
    agenda = StreamField(
        [("item", AgendaItemBlock())], blank=True, verbose_name=_("agenda")
    )
    reflection_questions = StreamField(
        [("question", QuestionBlock())],
        blank=True,
        verbose_name=_("reflection questions"),
    )
    practice_task = models.TextField(_("practice task until next time"), blank=True)
    kindergarten = models.ForeignKey(
        "team.Kindergarten",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meeting_materials",
        verbose_name=_("shared by kindergarten"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("meeting_type"),
                FieldPanel("focus_area"),
                FieldPanel("duration_minutes"),
                FieldPanel("kindergarten"),
            ],
            heading=_("About the meeting"),
        ),
        FieldPanel("goal"),
        FieldPanel("agenda"),
        FieldPanel("reflection_questions"),
        FieldPanel("practice_task"),
        InlinePanel("attachments", label=_("Attachments")),
        InlinePanel("related_measure_links", label=_("Related measures")),
    ]
    search_fields = searchable_fields(
        Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("focus_area"),
        index.FilterField("meeting_type"),
    )
    parent_page_types = ["portal.MeetingMaterialIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("meeting material")
        verbose_name_plural = _("meeting materials")

    def search_texts(self):
        return [
            self.summary,
            self.goal,
            *stream_texts(self.agenda, "title", "description"),
            *stream_texts(self.reflection_questions, "question"),
            self.practice_task,
            self.get_meeting_type_display(),
            self.get_focus_area_display(),
        ]

    @cached_property
    def agenda_minutes(self):
        return sum(block.value["minutes"] for block in self.agenda)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            kindergarten=self.kindergarten,
            attachment_list=[
                link.document
                for link in open_collection_items(
                    request,
                    self.attachments.select_related("document"),
                    "document__collection",
                )
            ],
            related_measures=[
                link.measure
                for link in only_open(
                    self.related_measure_links.select_related("measure"), "measure"
                )
            ],
            saved_keys=saved_keys_for(request),
        )
        return context


class MeetingMaterialAttachment(Orderable):
    page = ParentalKey(
        MeetingMaterialPage, on_delete=models.CASCADE, related_name="attachments"
    )
    document = models.ForeignKey(
        get_document_model_string(),
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )

    panels = [FieldPanel("document")]


class MeetingMaterialRelatedMeasure(RelatedMeasureBase):
    page = ParentalKey(
        MeetingMaterialPage,
        on_delete=models.CASCADE,
        related_name="related_measure_links",
    )
