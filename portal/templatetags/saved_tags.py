"""The Lagre / Fjern fra lagrede button. It reads the request's saved set, which
the page's context built with one query (portal.saved.saved_keys_for)."""

from django import template

from portal.saved import save_type_for_model, saved_keys_for

register = template.Library()


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
    return {
        "type_key": save_type.key,
        "object_id": object_id,
        "title": title,
        "saved": (save_type.content_type.pk, object_id) in keys,
        "next_url": next_url or request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
