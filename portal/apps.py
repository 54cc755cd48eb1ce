from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _

from portal.ids import IdConverter, register_range_checked_lookups


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from portal import page_cache
        from portal.context_processors import remember_admin_link

        register_converter(IdConverter, "id")
        register_range_checked_lookups()
        page_cache.connect_signals()
        user_logged_in.connect(remember_admin_link, dispatch_uid="portal_admin_link")
