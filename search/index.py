"""What each searchable model gives the index: normalised terms (search/normalize.py).

A model lists ``NormalisedSearchMixin.normalised_search_fields`` in its
``search_fields`` and implements ``search_texts()``; every backend then indexes
the same Norwegian terms, so a query normalised the same way matches them.
"""

from django.db import models
from django.utils.html import strip_tags
from wagtail.search import index

from search.normalize import folded_text, index_text


def stream_texts(stream_value, *keys):
    """The texts in a StreamField's struct blocks, for the given keys."""
    texts = []
    for block in stream_value or []:
        value = block.value
        for key in keys:
            text = value.get(key) if hasattr(value, "get") else None
            if text:
                texts.append(str(text))
    return texts


def html_text(html):
    return strip_tags(str(html or ""))


class NormalisedTitleField(index.SearchField):
    """The title as written plus its normalised terms, indexed *as* ``title``.

    The database backends weight only a field named ``title`` as the title, so
    the normalised terms must live under that name to rank title matches first.
    """

    def get_value(self, obj):
        return f"{obj.title} {index_text(obj.title)}"


def searchable_fields(base_fields, *extra):
    """``base_fields`` with the plain title search replaced by the normalised one."""
    kept = [
        f
        for f in base_fields
        if not (type(f) is index.SearchField and f.field_name == "title")
    ]
    return kept + NormalisedSearchMixin.normalised_search_fields + list(extra)


class NormalisedSearchMixin(models.Model):
    """Abstract model, not a plain mixin: the engine backends name index fields
    after the model that defines them, so the definer must have ``_meta``."""

    normalised_search_fields = [
        NormalisedTitleField("title", boost=4),
        index.SearchField("search_body_terms"),
        index.AutocompleteField("search_title_folded"),
    ]

    class Meta:
        abstract = True

    def search_texts(self):
        """Everything besides the title that a search should find this by."""
        raise NotImplementedError

    def search_body_terms(self):
        return index_text(*self.search_texts())

    def search_title_folded(self):
        return folded_text(self.title)
