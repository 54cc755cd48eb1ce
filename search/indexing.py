"""Indexing that cannot happen in ``save()``: after many-to-many relations are set."""

from wagtail.search import index

from search import vocabulary


def index_with_relations(obj):
    """Index ``obj`` again, and add its words to the vocabulary, once its
    many-to-many relations (situations, tags) are saved.

    ``save()`` indexes an object before relations set after it exist, so a
    visual support's keywords and situations would not be searchable. Every
    path that creates or extends one outside Wagtail's image form calls this
    after setting them (load_demo, import_measures); the admin image form
    reindexes by itself and adds to the vocabulary in ``VisualSupportForm``.
    """
    index.insert_or_update_object(obj)
    vocabulary.add_document(obj)
