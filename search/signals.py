"""Keep the vocabulary, synonym and result caches in step with what editors do.

Cached search results (search/service.py ``find``) are keyed on the content
generation, which portal/page_cache.py raises for pages, images, situations and
tags; here it is also raised for what only search shows: view restrictions (which
pages are public) and recommended results.
"""

import logging

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published

from measures.models import SynonymGroup, VisualSupport
from portal.page_cache import bump_generation
from search import vocabulary

logger = logging.getLogger(__name__)


def add_published_page(sender, instance, **kwargs):
    if hasattr(instance, "search_texts"):
        vocabulary.add_document(instance)


def add_saved_image(sender, instance, **kwargs):
    vocabulary.add_document(instance)


def synonyms_changed(sender, **kwargs):
    vocabulary.invalidate()
    bump_generation()  # cached search outcomes were expanded with the old groups


def search_results_changed(sender, **kwargs):
    bump_generation()


def connect():
    page_published.connect(add_published_page, dispatch_uid="search_vocab_page")
    post_save.connect(
        add_saved_image, sender=VisualSupport, dispatch_uid="search_vocab_image"
    )
    for signal in (post_save, post_delete):
        signal.connect(
            synonyms_changed, sender=SynonymGroup, dispatch_uid=f"search_syn_{signal}"
        )
        for model in (PageViewRestriction, SearchPromotion):
            signal.connect(
                search_results_changed,
                sender=model,
                dispatch_uid=f"search_results_{model.__name__}_{signal}",
            )
