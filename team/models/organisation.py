"""The organisation: kindergartens, departments, staff profiles and the inclusion team.

Only data about employees lives here; never data about children.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.choices import AgeGroup


class Kindergarten(index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    address = models.CharField(_("address"), max_length=250, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("address"),
        InlinePanel("departments", label=_("Departments")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("kindergarten")
        verbose_name_plural = _("kindergartens")

    def __str__(self):
        return self.name


class Department(Orderable):
    kindergarten = ParentalKey(
        Kindergarten,
        on_delete=models.CASCADE,
        related_name="departments",
        verbose_name=_("kindergarten"),
    )
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=100)
    age_group = models.CharField(
        _("age group"), max_length=10, choices=AgeGroup.choices, blank=True
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("age_group")]

    class Meta(Orderable.Meta):
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        constraints = [
            models.UniqueConstraint(
                fields=["kindergarten", "slug"], name="unique_department_slug"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.kindergarten.name})"


class StaffRole(models.TextChoices):
    """The role that decides what a person sees of the development cycle."""

    ASSISTANT = "assistent", _("Assistant")
    TEACHER = "barnehagelaerer", _("Kindergarten teacher")
    PEDAGOGICAL_LEADER = "pedagogisk-leder", _("Pedagogical leader")
    DIRECTOR = "styrer", _("Director / professional leader")


class Profile(models.Model):
    """Where an employee works and what they do; drives sharing and aggregates."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="profile",
        verbose_name=_("user"),
    )
    kindergarten = models.ForeignKey(
        Kindergarten,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="profiles",
        verbose_name=_("kindergarten"),
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="profiles",
        verbose_name=_("department"),
    )
    role_title = models.CharField(_("job title"), max_length=120, blank=True)
    role = models.CharField(
        _("role"),
        max_length=30,
        choices=StaffRole.choices,
        blank=True,
        help_text=_(
            "Pedagogical leaders see their department's self-assessment results "
            "(as aggregates only) and keep the department plan."
        ),
    )

    panels = [
        FieldPanel("user"),
        FieldPanel("kindergarten"),
        FieldPanel("department"),
        FieldPanel("role"),
        FieldPanel("role_title"),
    ]

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @property
    def is_pedagogical_leader(self):
        return self.role == StaffRole.PEDAGOGICAL_LEADER


class TeamMember(index.Indexed, models.Model):
    """A member of the inclusion team (special educator or PPT) staff can contact."""

    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    role_title = models.CharField(_("role"), max_length=120)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    areas = models.TextField(_("areas of expertise"), blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="team_member",
        verbose_name=_("user account"),
    )

    panels = [
        FieldPanel("first_name"),
        FieldPanel("last_name"),
        FieldPanel("role_title"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("areas"),
        FieldPanel("user"),
    ]
    search_fields = [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        index.AutocompleteField("last_name"),
    ]

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("inclusion team member")
        verbose_name_plural = _("inclusion team")

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"


class InclusionTeamPage(Page):
    """The directory of the inclusion team: who to ask about what."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("inclusion team page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["members"] = list(TeamMember.objects.all())
        return context
