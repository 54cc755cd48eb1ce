"""The Lagre / Fjern fra lagrede button. It reads the request's saved set, which
the page's context built with one query (portal.saved.saved_keys_for).

A search page shows 20 of these, so the texts and the form's address are
worked out here, once per page, and the template only places them.
"""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.saved import save_type_for_model, saved_keys_for

register = template.Library()

SHARED = "save_button_shared"  # key in the page's render context


@register.inclusion_tag("portal/saved/save_button.html", takes_context=True)
def save_button(context, obj, next_url=None):
    """``obj`` is a saveable model instance, or a SavedEntry from "Mine lagrede"
    (whose target may be gone: it can still be removed)."""
    request = context["request"]
    if hasattr(obj, "item"):
        save_type, object_id, title = obj.save_type, obj.item.object_id, obj.title
    else:
        save_type, object_id, title = save_type_for_model(type(obj)), obj.pk, obj.title
    keys = context.get("saved_keys")
    if keys is None:
        # Cached on the request: at most one query for the whole page.
        keys = saved_keys_for(request)
    shared = context.render_context.get(SHARED)
    if shared is None:
        shared = context.render_context[SHARED] = {
            "action": reverse("saved_toggle"),
            "label_save": _("Save"),
            "label_remove": _("Remove from saved"),
            "next_url": request.get_full_path(),
        }
    return {
        **shared,
        "type_key": save_type.key,
        "object_id": object_id,
        "title": title,
        "announce_saved": _("Saved: %(title)s") % {"title": title},
        "announce_removed": _("Removed from saved: %(title)s") % {"title": title},
        "saved": (save_type.content_type.pk, object_id) in keys,
        "next_url": next_url or shared["next_url"],
        "csrf_token": context.get("csrf_token"),
    }
