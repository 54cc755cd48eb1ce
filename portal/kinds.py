"""The content kinds of the portal: one registry that every feature reads.

A kind is something staff can find, save and print: a measure, a visual support,
a meeting material, a period of the annual wheel. Saved items, search (results,
facets, vocabulary), the home page and the page cache all read the kinds from
here, so adding a kind is its own app plus one ``register`` call in that app's
``AppConfig.ready()``.

This module belongs to the kernel: it imports no app of ours, and resolves each
kind's model lazily from its label.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from django.apps import apps


@dataclass(frozen=True)
class ContentKind:
    """One kind of content. ``key`` is the stable word used in URLs and forms."""

    key: str
    model_label: str  # "app_label.ModelName"
    label: str  # plural, for group headings, facets and filters
    singular: str
    order: int  # position in every list of kinds
    is_page: bool = True
    # Batch of targets → {pk: [images to print with it]} for the print pack, or
    # None when the kind prints only its title and summary.
    print_images: Callable | None = None

    @cached_property
    def model(self):
        return apps.get_model(self.model_label)

    @cached_property
    def content_type(self):
        content_type_model = apps.get_model("contenttypes", "ContentType")
        return content_type_model.objects.get_for_model(self.model)


_kinds: dict[str, ContentKind] = {}


def register(kind):
    """Add ``kind``; registering the same kind again changes nothing, another
    kind under a key already taken is an error."""
    existing = _kinds.get(kind.key)
    if existing is not None and existing != kind:
        raise ValueError(f"Content kind {kind.key!r} is already registered.")
    _kinds[kind.key] = kind
    return kind


def unregister(key):
    _kinds.pop(key, None)


def all_kinds():
    """Every kind, in the fixed order."""
    return sorted(_kinds.values(), key=lambda kind: (kind.order, kind.key))


def by_key(key):
    """The kind with ``key``, or None."""
    return _kinds.get(key)


def for_model(model):
    """The kind ``model`` (or a subclass of its model) belongs to, or None."""
    for kind in all_kinds():
        if issubclass(model, kind.model):
            return kind
    return None


def for_content_type_id(content_type_id):
    for kind in all_kinds():
        if kind.content_type.pk == content_type_id:
            return kind
    return None


def page_kinds():
    return [kind for kind in all_kinds() if kind.is_page]


def page_models():
    return [kind.model for kind in page_kinds()]


def models():
    return [kind.model for kind in all_kinds()]
