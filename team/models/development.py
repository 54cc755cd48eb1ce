"""The development cycle: self-assessment, department plans and practice areas.

A period of the annual wheel comes back every year, so everything here belongs to
a *period instance*: the ``WheelPeriodPage`` plus the school year (the calendar year
in which the kindergarten year starts in August; see ``team.cycle``).

Self-assessment answers are personal data about employees: only their owner ever
sees them one by one; everyone else sees aggregates through ``team.cycle.aggregate``.
They are deliberately not registered in the admin.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from portal.choices import FocusArea

SCALE = range(1, 6)
NO_CHILD_DATA = _(
    "Write about your own practice and the group in general. Never write names or "
    "anything else that can identify a child."
)


class Statement(models.Model):
    """One statement of the self-assessment for a theme, answered on a 1–5 scale."""

    focus_area = models.CharField(
        _("theme"), max_length=40, choices=FocusArea.choices, db_index=True
    )
    text = models.CharField(
        _("statement"),
        max_length=300,
        help_text=_('Written so that staff can agree, e.g. "I prepare the children …"'),
    )
    help_text = models.CharField(
        _("explanation"),
        max_length=300,
        blank=True,
        help_text=_("Optional. Shown under the statement."),
    )
    label_1 = models.CharField(
        _("label for 1"), max_length=60, default="I svært liten grad"
    )
    label_2 = models.CharField(_("label for 2"), max_length=60, default="I liten grad")
    label_3 = models.CharField(_("label for 3"), max_length=60, default="I noen grad")
    label_4 = models.CharField(_("label for 4"), max_length=60, default="I stor grad")
    label_5 = models.CharField(
        _("label for 5"), max_length=60, default="I svært stor grad"
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_(
            "Inactive statements are no longer asked. Deactivate instead of "
            "deleting once someone has answered."
        ),
    )

    panels = [
        FieldPanel("focus_area"),
        FieldPanel("text"),
        FieldPanel("help_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("label_1"), FieldPanel("label_2")]),
                FieldRowPanel([FieldPanel("label_3"), FieldPanel("label_4")]),
                FieldPanel("label_5"),
            ],
            heading=_("Scale labels (1–5)"),
        ),
        FieldRowPanel([FieldPanel("sort_order"), FieldPanel("active")]),
    ]

    class Meta:
        ordering = ["focus_area", "sort_order", "pk"]
        verbose_name = _("self-assessment statement")
        verbose_name_plural = _("self-assessment statements")

    def __str__(self):
        return self.text

    @property
    def scale(self):
        """[(1, "I svært liten grad"), …, (5, …)]"""
        return [(value, getattr(self, f"label_{value}")) for value in SCALE]


class Assessment(models.Model):
    """One employee's self-assessment for one period instance.

    Kindergarten and department are copied from the profile when the person
    answers, so results stay with the department they were given in even if the
    person later moves.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="assessments",
        verbose_name=_("user"),
    )
    period = models.ForeignKey(
        "portal.WheelPeriodPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("period"),
    )
    school_year = models.PositiveSmallIntegerField(_("school year"))
    kindergarten = models.ForeignKey(
        "team.Kindergarten",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("kindergarten"),
    )
    department = models.ForeignKey(
        "team.Department",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("department"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "period", "school_year"],
                name="one_assessment_per_user_and_period",
            )
        ]

    def __str__(self):
        return f"{self.period_id}/{self.school_year}"


class Answer(models.Model):
    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="answers"
    )
    statement = models.ForeignKey(
        Statement,
        on_delete=models.PROTECT,
        related_name="answers",
        verbose_name=_("statement"),
    )
    value = models.PositiveSmallIntegerField(
        _("answer"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), blank=True, max_length=1000)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "statement"], name="one_answer_per_statement"
            ),
            models.CheckConstraint(
                condition=models.Q(value__gte=1, value__lte=5),
                name="answer_value_on_scale",
            ),
        ]

    def __str__(self):
        return f"{self.statement_id}: {self.value}"


class DepartmentPlan(models.Model):
    """A department's bevaringsområde and forbedringsområde for a period instance."""

    department = models.ForeignKey(
        "team.Department",
        on_delete=models.CASCADE,
        related_name="plans",
        verbose_name=_("department"),
    )
    period = models.ForeignKey(
        "portal.WheelPeriodPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("period"),
    )
    school_year = models.PositiveSmallIntegerField(_("school year"))
    keep_area = models.TextField(
        _("area to keep (bevaringsområde)"),
        max_length=1000,
        blank=True,
        help_text=NO_CHILD_DATA,
    )
    improve_area = models.TextField(
        _("area to improve (forbedringsområde)"),
        max_length=1000,
        blank=True,
        help_text=NO_CHILD_DATA,
    )
    keep_measures = models.ManyToManyField(
        "measures.MeasurePage",
        blank=True,
        related_name="+",
        verbose_name=_("measures for the area to keep"),
    )
    improve_measures = models.ManyToManyField(
        "measures.MeasurePage",
        blank=True,
        related_name="+",
        verbose_name=_("measures for the area to improve"),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("department plan")
        verbose_name_plural = _("department plans")
        constraints = [
            models.UniqueConstraint(
                fields=["department", "period", "school_year"],
                name="one_plan_per_department_and_period",
            )
        ]

    def __str__(self):
        return f"{self.department} {self.school_year}"


class DepartmentPlanNote(models.Model):
    """What the department noted after one of its meetings in the period."""

    plan = models.ForeignKey(
        DepartmentPlan, on_delete=models.CASCADE, related_name="notes"
    )
    meeting_date = models.DateField(_("meeting date"))
    text = models.TextField(_("note"), max_length=2000, help_text=NO_CHILD_DATA)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["meeting_date", "pk"]
        verbose_name = _("note after a department meeting")
        verbose_name_plural = _("notes after department meetings")

    def __str__(self):
        return f"{self.meeting_date:%d.%m.%Y}"


class PracticeArea(models.Model):
    """An employee's own øvingsområde for a period instance; only they see it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="practice_areas",
        verbose_name=_("user"),
    )
    period = models.ForeignKey(
        "portal.WheelPeriodPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("period"),
    )
    school_year = models.PositiveSmallIntegerField(_("school year"))
    text = models.TextField(
        _("my practice area"), max_length=1000, help_text=NO_CHILD_DATA
    )
    measure = models.ForeignKey(
        "measures.MeasurePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("measure"),
    )
    notes = models.TextField(
        _("my reflection notes"), max_length=5000, blank=True, help_text=NO_CHILD_DATA
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("practice area")
        verbose_name_plural = _("practice areas")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "period", "school_year"],
                name="one_practice_area_per_user_and_period",
            )
        ]

    def __str__(self):
        return self.text[:60]


class PublishedResult(models.Model):
    """A kindergarten's self-assessment results for one period instance, frozen.

    Computed once, on the first read after the instance's answering window has
    closed, by ``team.cycle.published_results``, and never changed afterwards:
    every view and export of a closed period reads this row, so no two readings
    ever differ and nothing can be learnt by subtracting one from another (see
    docs/privacy.md). ``data`` holds only what may be shown: the kindergarten
    total and each department's result, with the numbers of groups and
    statements below the threshold already left out.
    """

    kindergarten = models.ForeignKey(
        "team.Kindergarten",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("kindergarten"),
    )
    period = models.ForeignKey(
        "portal.WheelPeriodPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("period"),
    )
    school_year = models.PositiveSmallIntegerField(_("school year"))
    min_respondents = models.PositiveSmallIntegerField(
        _("minimum number of respondents")
    )
    data = models.JSONField(_("results"))
    computed_at = models.DateTimeField(_("computed"), auto_now_add=True)

    class Meta:
        verbose_name = _("published self-assessment result")
        verbose_name_plural = _("published self-assessment results")
        constraints = [
            models.UniqueConstraint(
                fields=["kindergarten", "period", "school_year"],
                name="one_published_result_per_kindergarten_and_period",
            )
        ]

    def __str__(self):
        return f"{self.kindergarten_id} {self.period_id}/{self.school_year}"
