"""The one StreamField block library. Other apps import their blocks from here."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

MONTH_CHOICES = [
    (1, _("January")),
    (2, _("February")),
    (3, _("March")),
    (4, _("April")),
    (5, _("May")),
    (6, _("June")),
    (7, _("July")),
    (8, _("August")),
    (9, _("September")),
    (10, _("October")),
    (11, _("November")),
    (12, _("December")),
]


class StepBlock(blocks.StructBlock):
    """One step of a measure: what to do, optionally shown with a visual support."""

    text = blocks.TextBlock(label=_("What to do"))
    image = ImageBlock(required=False, label=_("Visual support"))

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "blocks/step_block.html"
        preview_value = {"text": "Vis dagtavla og pek på neste aktivitet."}


class AgendaItemBlock(blocks.StructBlock):
    """A point on a meeting agenda with the minutes set aside for it."""

    title = blocks.CharBlock(max_length=200, label=_("Agenda item"))
    minutes = blocks.IntegerBlock(min_value=1, max_value=480, label=_("Minutes"))
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "time"
        label = _("Agenda item")
        template = "blocks/agenda_item_block.html"
        preview_value = {"title": "Erfaringsdeling fra avdelingene", "minutes": 15}


class QuestionBlock(blocks.StructBlock):
    """A reflection question for staff to discuss."""

    question = blocks.TextBlock(label=_("Question"))

    class Meta:
        icon = "help"
        label = _("Reflection question")
        template = "blocks/question_block.html"
        preview_value = {"question": "Hva gjorde vi i dag som hjalp alle barna med?"}


class GoalBlock(blocks.StructBlock):
    """A goal for a period of the annual wheel."""

    goal = blocks.TextBlock(label=_("Goal"))

    class Meta:
        icon = "pick"
        label = _("Goal")
        template = "blocks/goal_block.html"
        preview_value = {"goal": "Alle avdelinger bruker dagtavle i samlingsstund."}


class ActivityBlock(blocks.StructBlock):
    """Something that happens in a period: self-assessment, meetings, supervision."""

    title = blocks.CharBlock(max_length=200, label=_("Activity"))
    month = blocks.ChoiceBlock(choices=MONTH_CHOICES, label=_("Month"))
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "date"
        label = _("Activity")
        template = "blocks/activity_block.html"
        preview_value = {"title": "Ståstedsanalyse", "month": "9"}


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Kort tekst om hvordan vi jobber.</p>"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, label=_("Heading"))

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Slik gjør vi det"}


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure_block.html"


class BodyStreamBlock(blocks.StreamBlock):
    """Free text for plain content pages."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    figure = FigureBlock()
