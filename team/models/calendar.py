"""The meeting calendar and the private tokens for its iCalendar feed."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.models.meetings import MeetingType


class MeetingQuerySet(models.QuerySet):
    def visible_to(self, profile):
        """Meetings for the person's kindergarten: kindergarten-wide ones, their
        own department's, and, for directors, every department's."""
        if profile is None or profile.kindergarten_id is None:
            return self.none()
        meetings = self.filter(kindergarten_id=profile.kindergarten_id)
        from team.cycle import is_director

        if is_director(profile.user):
            return meetings
        return meetings.filter(
            models.Q(department__isnull=True)
            | models.Q(department_id=profile.department_id)
        )


class Meeting(models.Model):
    """A dated meeting (avdelingsmøte, kveldsmøte, planleggingsdag, veiledning)."""

    kindergarten = models.ForeignKey(
        "team.Kindergarten",
        on_delete=models.CASCADE,
        related_name="meetings",
        verbose_name=_("kindergarten"),
    )
    department = models.ForeignKey(
        "team.Department",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="meetings",
        verbose_name=_("department"),
        help_text=_("Leave empty for a meeting for the whole kindergarten."),
    )
    meeting_type = models.CharField(
        _("meeting type"), max_length=30, choices=MeetingType.choices
    )
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        default=60,
        validators=[MinValueValidator(5), MaxValueValidator(12 * 60)],
    )
    location = models.CharField(_("place"), max_length=200, blank=True)
    description = models.TextField(
        _("description"),
        max_length=2000,
        blank=True,
        help_text=_("Never write names or anything else that can identify a child."),
    )
    materials = models.ManyToManyField(
        "portal.MeetingMaterialPage",
        blank=True,
        related_name="+",
        verbose_name=_("meeting materials"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self):
        return self.title

    @property
    def ends_at(self):
        return self.starts_at + timedelta(minutes=self.duration_minutes)


def new_token():
    return secrets.token_urlsafe(32)


class CalendarTokenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class CalendarToken(models.Model):
    """The secret in a person's calendar subscription URL; revoking ends the feed."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="calendar_tokens",
    )
    token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = CalendarTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("calendar subscription")
        verbose_name_plural = _("calendar subscriptions")

    def __str__(self):
        return f"{self.user} ({'revoked' if self.revoked_at else 'active'})"

    def revoke(self):
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])
