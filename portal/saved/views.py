"""/lagret/: saving, "Mine lagrede", collections and their print pack.

Every form works without JavaScript (POST, then back to where the user was);
saved.js sends the same POST asking for JSON. Another user's private collection
is a 404, never a 403, so ids cannot be probed. Bad input changes nothing and
answers 400 with a Norwegian message.
"""

from django.contrib import messages
from django.db import transaction
from django.db.models import Max
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
)

from portal import kinds
from portal.saved import services as saved
from portal.saved.forms import AddToCollectionForm, SavedCollectionForm, SaveToggleForm
from portal.saved.models import SavedCollection, SavedCollectionItem


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def safe_next(request, fallback=None):
    """The ``next`` the form carried, if it is a path on this site.

    Only paths ("/…"): our forms send ``request.get_full_path()``, and anything
    else (e.g. "0#x") would be taken by ``redirect()`` for a view name.
    """
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback or reverse("saved_list")


def bad_request(request, errors, back=None):
    """Nothing was changed: say why, in Norwegian, and offer the way back."""
    errors = [str(e) for e in errors] or [_("Something in the form was not valid.")]
    if wants_json(request):
        return JsonResponse({"ok": False, "errors": errors}, status=400)
    return render(
        request,
        "portal/saved/bad_request.html",
        {"errors": errors, "back": back or safe_next(request)},
        status=400,
    )


def form_errors(form):
    return [error for errors in form.errors.values() for error in errors]


# --- Saving ---


@require_http_methods(["GET", "POST"])
def toggle_saved(request):
    if request.method == "GET":
        # Reached only through the login redirect after a session ran out while
        # the button was pressed: saving needs the POST, so show the list.
        return redirect("saved_list")
    form = SaveToggleForm(request.POST)
    if not form.is_valid():
        return bad_request(request, form_errors(form))
    save_type = form.cleaned_data["type"]
    object_id = form.cleaned_data["id"]
    target = form.cleaned_data["target"]
    if form.cleaned_data["action"] == "save":
        item, _created = saved.save(request.user, target)
        is_saved, title = True, item.title
        message = _("“%(title)s” is saved under My saved items.") % {"title": title}
    else:
        saved.unsave(request.user, save_type.content_type.pk, object_id)
        is_saved = False
        title = target.title if target else ""
        message = (
            _("“%(title)s” was removed from My saved items.") % {"title": title}
            if title
            else _("Removed from My saved items.")
        )
    if wants_json(request):
        return JsonResponse({"ok": True, "saved": is_saved, "message": message})
    messages.success(request, message)
    back = safe_next(request)
    if "#" not in back:
        back += f"#lagre-{save_type.key}-{object_id}"
    return redirect(back)


# --- Mine lagrede ---


@require_GET
def saved_list(request):
    type_key = request.GET.get("type", "")
    if type_key and kinds.by_key(type_key) is None:
        messages.info(request, _("An unknown filter was ignored."))
        type_key = ""
    entries = saved.saved_entries(request.user, request, type_key=type_key or None)
    own, shared = saved.collections_for(request.user)
    counts = saved.type_counts(request.user)
    return render(
        request,
        "portal/saved/saved_list.html",
        {
            "groups": saved.group_entries(entries),
            "entry_count": len(entries),
            "type_counts": counts,
            "total_count": sum(n for _t, n in counts),
            "selected_type": type_key,
            "own_collections": own,
            "shared_collections": shared,
            "saved_keys": {entry.item.target_key for entry in entries},
        },
    )


# --- Collections ---


def visible_collection(request, pk):
    queryset = SavedCollection.objects.visible_to(request.user).select_related(
        "owner", "kindergarten", "department"
    )
    return get_object_or_404(queryset, pk=pk)


def own_collection(request, pk, lock=False):
    queryset = SavedCollection.objects.filter(owner=request.user)
    if lock:
        queryset = queryset.select_for_update()
    return get_object_or_404(queryset, pk=pk)


def collection_entries(collection, request):
    items = list(collection.items.all())
    targets = saved.resolve_targets([i.target_key for i in items], request)
    return [saved.SavedEntry(item, targets.get(item.target_key)) for item in items]


def collection_create(request):
    form = SavedCollectionForm(request.POST or None, owner=request.user)
    if request.method == "POST":
        if form.is_valid():
            collection = form.save()
            messages.success(
                request,
                _("The collection “%(name)s” was created.") % {"name": collection},
            )
            return redirect("collection_detail", pk=collection.pk)
        status = 400
    else:
        status = 200
    return render(
        request,
        "portal/saved/collection_form.html",
        {"form": form, "collection": None},
        status=status,
    )


def collection_edit(request, pk):
    collection = own_collection(request, pk)
    form = SavedCollectionForm(
        request.POST or None, instance=collection, owner=request.user
    )
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("The collection was saved."))
            return redirect("collection_detail", pk=collection.pk)
        status = 400
    else:
        status = 200
    return render(
        request,
        "portal/saved/collection_form.html",
        {"form": form, "collection": collection},
        status=status,
    )


def collection_delete(request, pk):
    collection = own_collection(request, pk)
    if request.method == "POST":
        name = collection.name
        collection.delete()
        messages.success(
            request, _("The collection “%(name)s” was deleted.") % {"name": name}
        )
        return redirect("saved_list")
    return render(
        request, "portal/saved/collection_delete.html", {"collection": collection}
    )


@require_GET
def collection_detail(request, pk):
    collection = visible_collection(request, pk)
    entries = collection_entries(collection, request)
    is_owner = collection.owner_id == request.user.pk
    addable = []
    if is_owner:
        in_collection = {entry.item.target_key for entry in entries}
        addable = [
            entry
            for entry in saved.saved_entries(request.user, request)
            if entry.item.target_key not in in_collection and entry.available
        ]
    return render(
        request,
        "portal/saved/collection_detail.html",
        {
            "collection": collection,
            "entries": entries,
            "is_owner": is_owner,
            "addable": addable,
        },
    )


@require_POST
def collection_add(request):
    form = AddToCollectionForm(request.POST, user=request.user)
    if not form.is_valid():
        return bad_request(request, form_errors(form))
    collection = form.cleaned_data["collection"]
    item = form.cleaned_data["saved_item"]
    back = safe_next(request, reverse("collection_detail", args=[collection.pk]))
    with transaction.atomic():
        collection = own_collection(request, collection.pk, lock=True)
        last = collection.items.aggregate(last=Max("sort_order"))["last"]
        _entry, created = SavedCollectionItem.objects.get_or_create(
            collection=collection,
            content_type_id=item.content_type_id,
            object_id=item.object_id,
            defaults={
                "title": item.title,
                "sort_order": 0 if last is None else last + 1,
            },
        )
        collection.save(update_fields=["updated_at"])
    if created:
        message = _("“%(title)s” was added to “%(collection)s”.")
    else:
        message = _("“%(title)s” is already in “%(collection)s”.")
    messages.success(request, message % {"title": item.title, "collection": collection})
    return redirect(back)


@require_POST
def collection_item_remove(request, pk, item_pk):
    with transaction.atomic():
        collection = own_collection(request, pk, lock=True)
        item = get_object_or_404(collection.items, pk=item_pk)
        item.delete()
        collection.save(update_fields=["updated_at"])
    messages.success(
        request,
        _("“%(title)s” was removed from the collection.") % {"title": item.title},
    )
    return redirect(safe_next(request, reverse("collection_detail", args=[pk])))


@require_POST
def collection_item_move(request, pk, item_pk):
    direction = request.POST.get("retning")
    if direction not in ("opp", "ned"):
        return bad_request(
            request,
            [_("Choose whether to move the item up or down.")],
            reverse("collection_detail", args=[pk]),
        )
    with transaction.atomic():
        collection = own_collection(request, pk, lock=True)
        items = list(collection.items.all())
        index = next((i for i, item in enumerate(items) if item.pk == item_pk), None)
        if index is None:
            raise Http404
        other = index - 1 if direction == "opp" else index + 1
        if 0 <= other < len(items):
            items[index], items[other] = items[other], items[index]
            for order, item in enumerate(items):
                item.sort_order = order
            SavedCollectionItem.objects.bulk_update(items, ["sort_order"])
            collection.save(update_fields=["updated_at"])
    back = reverse("collection_detail", args=[pk]) + f"#element-{item_pk}"
    return redirect(back)


@require_GET
def collection_print(request, pk):
    """The print pack: every item's title and summary and all its visual supports."""
    collection = visible_collection(request, pk)
    entries = [e for e in collection_entries(collection, request) if e.available]
    # Each kind says what it prints with its targets (portal.kinds), one batch
    # per kind: a measure its visual supports, a visual support itself.
    targets_by_kind = {}
    for entry in entries:
        targets_by_kind.setdefault(entry.target.save_type.key, []).append(
            entry.target.obj
        )
    images_by_kind = {}
    for key, targets in targets_by_kind.items():
        print_images = kinds.by_key(key).print_images
        if print_images is not None:
            images_by_kind[key] = print_images(targets)
    sheets = [
        {
            "entry": entry,
            "images": images_by_kind.get(entry.target.save_type.key, {}).get(
                entry.target.obj.pk, []
            ),
        }
        for entry in entries
    ]
    return render(
        request,
        "portal/saved/collection_print.html",
        {"collection": collection, "sheets": sheets},
    )
