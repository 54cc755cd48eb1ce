"""Saved items ("Mine lagrede") and collections staff group and share them in.

Targets (measures, visual supports, meeting materials, wheel periods) are
referenced by (content type, object id): page ids never change, so a saved item
survives the page being moved or renamed, and a deleted target leaves a row that
is shown as "no longer available" instead of vanishing or failing.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

COLLECTION_NAME_MAX_LENGTH = 200
COLLECTION_NOTE_MAX_LENGTH = 1000


class TargetReference(models.Model):
    """A generic reference to something that can be saved, with a title snapshot.

    The snapshot title is what is shown when the target has been deleted.
    """

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField()
    title = models.CharField(_("title when saved"), max_length=255)

    class Meta:
        abstract = True

    @property
    def target_key(self):
        return (self.content_type_id, self.object_id)


class SavedItem(TargetReference):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_items",
        verbose_name=_("user"),
    )
    # The target's version when it was saved (see portal.saved.services.target_version);
    # a different version now means "changed since you saved it".
    version = models.CharField(_("version when saved"), max_length=64, blank=True)
    saved_at = models.DateTimeField(_("saved"), default=timezone.now)

    class Meta:
        verbose_name = _("saved item")
        verbose_name_plural = _("saved items")
        constraints = [
            # Saving twice, also from two racing requests, leaves one row.
            models.UniqueConstraint(
                fields=["user", "content_type", "object_id"],
                name="unique_saved_item_per_user",
            )
        ]
        indexes = [
            models.Index(fields=["user", "-saved_at"], name="saved_item_user_recent"),
            models.Index(
                fields=["content_type", "object_id"], name="saved_item_target"
            ),
        ]

    def __str__(self):
        return self.title


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Only me")
    KINDERGARTEN = "kindergarten", _("My kindergarten")
    DEPARTMENT = "department", _("My department")
    EVERYONE = "everyone", _("Everyone in the portal")


class SavedCollectionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Collections ``user`` owns, or that are shared with them."""
        if not user.is_authenticated:
            return self.none()
        shared = Q(visibility=Visibility.EVERYONE)
        profile = getattr(user, "profile", None)
        if profile is not None and profile.kindergarten_id:
            shared |= Q(
                visibility=Visibility.KINDERGARTEN,
                kindergarten_id=profile.kindergarten_id,
            )
        if profile is not None and profile.department_id:
            shared |= Q(
                visibility=Visibility.DEPARTMENT,
                department_id=profile.department_id,
            )
        return self.filter(Q(owner=user) | shared)

    def shared_with(self, user):
        return self.visible_to(user).exclude(owner=user)


class SavedCollection(models.Model):
    """A named, ordered group of saved things, private or shared.

    Called SavedCollection, not Collection, so it is never mistaken for Wagtail's
    own Collection (the folders of the image and document libraries).
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_collections",
        verbose_name=_("owner"),
    )
    name = models.CharField(_("name"), max_length=COLLECTION_NAME_MAX_LENGTH)
    note = models.TextField(
        _("note"),
        max_length=COLLECTION_NOTE_MAX_LENGTH,
        blank=True,
        help_text=_(
            "A short note on how to use the collection. Never write anything "
            "about individual children here."
        ),
    )
    visibility = models.CharField(
        _("shared with"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.PRIVATE,
    )
    kindergarten = models.ForeignKey(
        "team.Kindergarten",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="shared_collections",
        verbose_name=_("kindergarten"),
    )
    department = models.ForeignKey(
        "team.Department",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="shared_collections",
        verbose_name=_("department"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = SavedCollectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("collection")
        verbose_name_plural = _("collections")
        constraints = [
            models.CheckConstraint(
                condition=~Q(name=""), name="saved_collection_has_name"
            ),
            # The audience columns match the visibility, and nothing else.
            models.CheckConstraint(
                condition=(
                    Q(
                        visibility__in=[Visibility.PRIVATE, Visibility.EVERYONE],
                        kindergarten__isnull=True,
                        department__isnull=True,
                    )
                    | Q(
                        visibility=Visibility.KINDERGARTEN,
                        kindergarten__isnull=False,
                        department__isnull=True,
                    )
                    | Q(
                        visibility=Visibility.DEPARTMENT,
                        kindergarten__isnull=True,
                        department__isnull=False,
                    )
                ),
                name="saved_collection_audience_matches_visibility",
            ),
        ]
        indexes = [
            models.Index(fields=["visibility", "kindergarten"], name="collection_kg"),
            models.Index(fields=["visibility", "department"], name="collection_dept"),
        ]

    def __str__(self):
        return self.name

    @property
    def is_shared(self):
        return self.visibility != Visibility.PRIVATE

    @property
    def audience_label(self):
        if self.visibility == Visibility.KINDERGARTEN and self.kindergarten_id:
            return self.kindergarten.name
        if self.visibility == Visibility.DEPARTMENT and self.department_id:
            return self.department.name
        return self.get_visibility_display()


class SavedCollectionItem(TargetReference):
    """One thing in a collection.

    It refers to the target itself, not to the owner's SavedItem, so removing
    something from "Mine lagrede" does not silently empty a kit shared with others.
    """

    collection = models.ForeignKey(
        SavedCollection,
        on_delete=models.CASCADE,
        related_name="items",
        verbose_name=_("collection"),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    added_at = models.DateTimeField(_("added"), default=timezone.now)

    class Meta:
        verbose_name = _("collection item")
        verbose_name_plural = _("collection items")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["collection", "content_type", "object_id"],
                name="unique_collection_item",
            )
        ]

    def __str__(self):
        return self.title
