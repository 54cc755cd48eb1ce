"""The Lagre / Fjern fra lagrede button. It reads the request's saved set, which
the page's context built with one query (portal.saved.services.saved_keys_for).
Registered as the template library ``saved_tags`` (TEMPLATES in settings).

A search page shows 20 of these, so the texts and the form's address are
worked out here, once per page, and the template only places them. The search
results are HTML shared by every reader: there ``save_button_slot`` renders
both states once, and the reader's state is put in per request
(portal.saved.services.fill_save_slots).
"""

from django import template
from django.template.loader import get_template
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from portal import kinds
from portal.saved.services import CSRF_SLOT, SLOT_MARKER, saved_keys_for

register = template.Library()

SHARED = "save_button_shared"  # key in the page's render context


def button_context(obj, shared, next_url=None, csrf_token=None):
    """What portal/saved/save_button.html shows for ``obj``, except its state
    ("saved", set by the caller), and its "target": the (content type id,
    object id) that a reader's saved set holds."""
    if hasattr(obj, "item"):
        save_type, object_id, title = obj.save_type, obj.item.object_id, obj.title
    else:
        save_type, object_id, title = kinds.for_model(type(obj)), obj.pk, obj.title
    return {
        **shared,
        "type_key": save_type.key,
        "object_id": object_id,
        "title": title,
        "announce_saved": _("Saved: %(title)s") % {"title": title},
        "announce_removed": _("Removed from saved: %(title)s") % {"title": title},
        "next_url": next_url or shared["next_url"],
        "csrf_token": csrf_token,
        "target": (save_type.content_type.pk, object_id),
    }


def shared_texts(context):
    """The texts and form address of every button on the page, worked out once."""
    shared = context.render_context.get(SHARED)
    if shared is None:
        shared = context.render_context[SHARED] = {
            "action": reverse("saved_toggle"),
            "label_save": _("Save"),
            "label_remove": _("Remove from saved"),
            "next_url": context["request"].get_full_path(),
        }
    return shared


@register.inclusion_tag("portal/saved/save_button.html", takes_context=True)
def save_button(context, obj, next_url=None):
    """``obj`` is a saveable model instance, or a SavedEntry from "Mine lagrede"
    (whose target may be gone: it can still be removed)."""
    keys = context.get("saved_keys")
    if keys is None:
        # Cached on the request: at most one query for the whole page.
        keys = saved_keys_for(context["request"])
    values = button_context(
        obj, shared_texts(context), next_url, context.get("csrf_token")
    )
    values["saved"] = values["target"] in keys
    return values


@register.simple_tag(takes_context=True)
def save_button_slot(context, obj):
    """A Lagre button in HTML shared by every reader (search results): renders
    the button in both states with a placeholder for the CSRF token, keeps them
    in the context's ``save_slots`` and leaves a marker in their place.
    ``portal.saved.services.fill_save_slots`` puts in the reader's state and token."""
    template = get_template("portal/saved/save_button.html")
    shared = shared_texts(context)
    slots = context["save_slots"]
    values = button_context(obj, shared, csrf_token=CSRF_SLOT)
    unsaved, saved = (
        template.render({**values, "saved": state}) for state in (False, True)
    )
    number = len(slots)
    slots[number] = (values["target"], unsaved, saved)
    return mark_safe(SLOT_MARKER.format(number))  # noqa: S308 (no user text)
