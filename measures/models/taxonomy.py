"""The editable vocabulary: situations, free tags and synonym groups."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Situation(index.Indexed, models.Model):
    """A moment of the day where a measure is used (påkledning, måltid…)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("situation")
        verbose_name_plural = _("situations")

    def __str__(self):
        return self.name


class MeasureTag(TaggedItemBase):
    content_object = ParentalKey(
        "measures.MeasurePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class SynonymGroup(models.Model):
    """Words staff use for the same thing; search expands a query with its group."""

    words = models.TextField(
        _("words"),
        help_text=_("One word or phrase per line, e.g. påkledning / kle på seg."),
    )

    panels = [FieldPanel("words")]

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")

    def __str__(self):
        return " ⇄ ".join(self.word_list)

    @property
    def word_list(self):
        return [word.strip() for word in self.words.splitlines() if word.strip()]
