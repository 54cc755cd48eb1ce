"""Saving things and reading them back: the logic behind "Mine lagrede".

Views, page contexts and the template tag go through here, so that every page
asks the database once for what the user has saved (``saved_keys_for``) and
every list resolves its targets with one query per type (``resolve_targets``).
What can be saved are the content kinds (portal.kinds), in their order.
"""

import hashlib
import re
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.middleware.csrf import get_token
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe

from portal import kinds
from portal.access import open_images, open_pages
from portal.kinds import ContentKind
from portal.saved.models import SavedCollection, SavedItem

HOME_RECENT_SAVED = 5
HOME_SHARED_COLLECTIONS = 5


def target_version(obj):
    """What "changed since you saved it" compares: the published revision of a
    page, or a digest of an image's file and the texts shown with it (images have
    no revisions, and editors often fix alt text or attribution, not the file)."""
    if kinds.for_model(type(obj)).is_page:
        if obj.live_revision_id:
            return f"rev:{obj.live_revision_id}"
        published = obj.last_published_at
        return f"pub:{published.isoformat()}" if published else ""
    parts = [
        obj.file_hash or "",
        obj.title,
        obj.description,
        obj.attribution,
        obj.licence,
    ]
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"img:{digest[:40]}"


def available_queryset(save_type):
    """The targets of a type that every reader may open now: live, public pages;
    images in no restricted collection (portal.access)."""
    model = save_type.model
    if save_type.is_page:
        return open_pages(model.objects.all())
    return open_images(model.objects.all())


def find_target(key, object_id):
    """The live target of type ``key`` with ``object_id``, or None."""
    save_type = kinds.by_key(key)
    if save_type is None:
        return None
    return available_queryset(save_type).filter(pk=object_id).first()


# --- What the current user has saved: once per request ---


def saved_keys_for(request):
    """{(content_type_id, object_id)} the user has saved; one query, cached on the
    request so that every Lagre button on the page reads the same set."""
    cached = getattr(request, "_saved_keys", None)
    if cached is not None:
        return cached
    user = getattr(request, "user", None)
    keys = set()
    if user is not None and user.is_authenticated:
        keys = set(
            SavedItem.objects.filter(user=user).values_list(
                "content_type_id", "object_id"
            )
        )
    request._saved_keys = keys
    return keys


# Lagre buttons in HTML that every reader shares (search results): the template
# tag ``save_button_slot`` leaves a marker per button and renders it in both
# states with CSRF_SLOT where the token goes; ``fill_save_slots`` then builds the
# reader's HTML. The marker is an HTML comment, which text escaped by the
# template cannot contain.
SLOT_MARKER = "<!--lagre-slot:{}-->"
SLOT_RE = re.compile(r"<!--lagre-slot:(\d+)-->")
CSRF_SLOT = "csrf-token-slot"


def save_slot_parts(html, slots):
    """The shared HTML as a list: text, and (target key, unsaved, saved) per
    button (``slots``: marker number → that tuple)."""
    pieces = SLOT_RE.split(html)  # text, number, text, number, …, text
    return [
        piece if n % 2 == 0 else slots[int(piece)] for n, piece in enumerate(pieces)
    ]


def fill_save_slots(parts, request):
    """The reader's HTML from ``save_slot_parts``: each button in their saved
    state, with their CSRF token."""
    keys = saved_keys_for(request)
    html = "".join(
        part if isinstance(part, str) else part[2 if part[0] in keys else 1]
        for part in parts
    )
    return mark_safe(html.replace(CSRF_SLOT, get_token(request)))  # noqa: S308


def target_key(obj):
    save_type = kinds.for_model(type(obj))
    if save_type is None:
        return None
    return (save_type.content_type.pk, obj.pk)


# --- Saving and removing ---


def save(user, obj):
    """Save ``obj`` for ``user``; returns (saved item, created).

    The unique constraint decides, not a check beforehand: when two requests race,
    the second insert fails inside its savepoint and we return the first row.
    """
    save_type = kinds.for_model(type(obj))
    lookup = {
        "user": user,
        "content_type": save_type.content_type,
        "object_id": obj.pk,
    }
    existing = SavedItem.objects.filter(**lookup).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            item = SavedItem.objects.create(
                **lookup, title=obj.title[:255], version=target_version(obj)
            )
        return item, True
    except IntegrityError:
        return SavedItem.objects.get(**lookup), False


def unsave(user, content_type_id, object_id):
    """Remove a saved item; True if there was one."""
    deleted, _details = SavedItem.objects.filter(
        user=user, content_type_id=content_type_id, object_id=object_id
    ).delete()
    return bool(deleted)


def saved_count(obj):
    """How many people have saved ``obj`` (the unique constraint: one row each)."""
    key = target_key(obj)
    if key is None or obj.pk is None:
        return 0
    return SavedItem.objects.filter(content_type_id=key[0], object_id=key[1]).count()


# --- Reading saved things back ---


@dataclass
class Target:
    """A resolved target, as lists and the print pack show it."""

    save_type: ContentKind
    obj: object

    @property
    def title(self):
        return self.obj.title

    @property
    def summary(self):
        if self.save_type.is_page:
            return self.obj.summary
        return self.obj.description

    @property
    def image(self):
        return None if self.save_type.is_page else self.obj

    @cached_property
    def version(self):
        return target_version(self.obj)


def resolve_targets(refs, request=None):
    """{(content_type_id, object_id): Target} for the refs that are available.

    One query per type (plus the view-restriction check for pages and the
    renditions of images), however many refs there are. Missing keys are targets
    that were deleted, unpublished or made private.
    """
    wanted = {}
    for content_type_id, object_id in refs:
        wanted.setdefault(content_type_id, set()).add(object_id)
    targets = {}
    for save_type in kinds.all_kinds():
        ids = wanted.get(save_type.content_type.pk)
        if not ids:
            continue
        queryset = available_queryset(save_type).filter(pk__in=ids)
        if not save_type.is_page:
            queryset = queryset.prefetch_related("renditions")
        for obj in queryset:
            if save_type.is_page:
                # Set here, once, so templates read a plain attribute.
                obj.resolved_url = obj.get_url(request)
            else:
                obj.resolved_url = obj.get_absolute_url()
            targets[(save_type.content_type.pk, obj.pk)] = Target(save_type, obj)
    return targets


@dataclass
class SavedEntry:
    """A saved item with its target (None when no longer available)."""

    item: object
    target: Target | None

    @property
    def available(self):
        return self.target is not None

    @property
    def changed(self):
        return (
            self.target is not None
            and bool(self.item.version)
            and self.target.version != self.item.version
        )

    @property
    def save_type(self):
        return kinds.for_content_type_id(self.item.content_type_id)

    @property
    def title(self):
        return self.target.title if self.target else self.item.title


def saved_entries(user, request=None, type_key=None, limit=None):
    items = SavedItem.objects.filter(user=user).order_by("-saved_at", "-pk")
    save_type = kinds.by_key(type_key) if type_key else None
    if save_type is not None:
        items = items.filter(content_type=save_type.content_type)
    if limit:
        items = items[:limit]
    items = list(items)
    targets = resolve_targets(
        [(i.content_type_id, i.object_id) for i in items], request
    )
    return [SavedEntry(item, targets.get(item.target_key)) for item in items]


def group_entries(entries):
    """[(ContentKind, [entries])] in the fixed order, only non-empty groups."""
    all_kinds = kinds.all_kinds()
    groups = {t.key: [] for t in all_kinds}
    for entry in entries:
        save_type = entry.save_type
        if save_type is not None:
            groups[save_type.key].append(entry)
    return [(t, groups[t.key]) for t in all_kinds if groups[t.key]]


def type_counts(user):
    rows = (
        SavedItem.objects.filter(user=user)
        .values_list("content_type_id")
        .annotate(n=Count("pk"))
    )
    by_content_type = dict(rows)
    return [
        (t, by_content_type.get(t.content_type.pk, 0))
        for t in kinds.all_kinds()
        if by_content_type.get(t.content_type.pk)
    ]


def collections_for(user):
    """(own collections, collections shared with the user), each with item counts."""
    visible = (
        SavedCollection.objects.visible_to(user)
        .select_related("owner", "kindergarten", "department")
        .annotate(item_count=Count("items"))
        .order_by("-updated_at", "-pk")
    )
    own, shared = [], []
    for collection in visible:
        (own if collection.owner_id == user.pk else shared).append(collection)
    return own, shared


def home_context(request):
    """What the home page shows of saved things: the latest saved, and shared kits."""
    user = request.user
    if not user.is_authenticated:
        return {"recent_saved": [], "shared_collections": []}
    shared = list(
        SavedCollection.objects.shared_with(user)
        .select_related("owner", "kindergarten", "department")
        .annotate(item_count=Count("items"))
        .order_by("-updated_at", "-pk")[:HOME_SHARED_COLLECTIONS]
    )
    return {
        "recent_saved": saved_entries(user, request, limit=HOME_RECENT_SAVED),
        "shared_collections": shared,
    }
