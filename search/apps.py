from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "portal_search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models import ForeignObject, IntegerField

        from search import signals
        from search.db import AnyOf

        # pk__any_of=[…] on plain ids and on the parent links of page types.
        IntegerField.register_lookup(AnyOf)
        ForeignObject.register_lookup(AnyOf)
        signals.connect()
