"""Keep the vocabulary and synonym caches in step with what editors publish."""

import logging

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from search import vocabulary

logger = logging.getLogger(__name__)


def add_published_page(sender, instance, **kwargs):
    if hasattr(instance, "search_texts"):
        vocabulary.add_document(instance)


def add_saved_image(sender, instance, **kwargs):
    vocabulary.add_document(instance)


def synonyms_changed(sender, **kwargs):
    vocabulary.invalidate()


def connect():
    from measures.models import SynonymGroup, VisualSupport

    page_published.connect(add_published_page, dispatch_uid="search_vocab_page")
    post_save.connect(
        add_saved_image, sender=VisualSupport, dispatch_uid="search_vocab_image"
    )
    for signal in (post_save, post_delete):
        signal.connect(
            synonyms_changed, sender=SynonymGroup, dispatch_uid=f"search_syn_{signal}"
        )
