"""The visual-support library: a custom Wagtail image model with required alt text."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.search import index

from portal.choices import Licence, VisualSupportKind
from search.index import NormalisedSearchMixin, searchable_fields


class VisualSupport(NormalisedSearchMixin, AbstractImage):
    """A pictogram, board or illustration staff print and use with the children.

    Wagtail's own ``description`` field is the alt text: making it required here
    means every ``{% image %}`` and ``{% picture %}`` tag gets a real alt text.
    """

    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_(
            "Describe what the picture shows for someone who cannot see it, "
            "e.g. “Tegning av en jakke og en lue på en knagg”."
        ),
    )
    kind = models.CharField(
        _("kind"),
        max_length=30,
        choices=VisualSupportKind.choices,
        default=VisualSupportKind.PICTOGRAM,
        db_index=True,
    )
    situations = models.ManyToManyField(
        "measures.Situation",
        blank=True,
        related_name="visual_supports",
        verbose_name=_("situations"),
    )
    source = models.CharField(_("source"), max_length=250, blank=True)
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.OWN
    )
    attribution = models.CharField(
        _("attribution"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the image and on print, as the licence requires."),
    )
    no_identifiable_child = models.BooleanField(
        _("no child can be identified"),
        default=False,
        help_text=_(
            "The uploader confirmed that no child can be recognised in the image."
        ),
    )

    admin_form_fields = (
        "title",
        "file",
        "description",
        "kind",
        "situations",
        "collection",
        "tags",
        "source",
        "licence",
        "attribution",
        "no_identifiable_child",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    search_fields = searchable_fields(
        Image.search_fields,
        index.SearchField("description"),
        index.FilterField("kind"),
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("visual support")
        verbose_name_plural = _("visual supports")
        constraints = [
            models.CheckConstraint(
                condition=~Q(description=""), name="visual_support_has_alt_text"
            )
        ]

    def search_texts(self):
        return [
            self.description,
            self.get_kind_display(),
            *(s.name for s in self.situations.all()),
            *(t.name for t in self.tags.all()),
        ]

    @property
    def alt_text(self):
        return self.description

    @property
    def attribution_required(self):
        return Licence.requires_attribution(self.licence)

    def get_absolute_url(self):
        return self.url_for(self.pk)

    @staticmethod
    def url_for(pk):
        """The detail page's address from the id alone: building an instance
        would read the root collection (the collection field's default)."""
        return reverse("visual_support_detail", kwargs={"pk": pk})


class VisualSupportRendition(AbstractRendition):
    image = models.ForeignKey(
        VisualSupport, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def print_images_of_visual_supports(visual_supports):
    """A visual support in the print pack prints itself (the content kind
    "visuell-stotte" in portal.kinds)."""
    return {image.pk: [image] for image in visual_supports}
