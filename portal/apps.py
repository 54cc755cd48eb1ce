from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _

from portal import kinds
from portal.ids import IdConverter, register_range_checked_lookups
from portal.kinds import ContentKind


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from taggit.models import Tag
        from wagtail.images import get_image_model
        from wagtail.models import Site

        from portal import page_cache
        from portal.context_processors import remember_admin_link

        register_converter(IdConverter, "id")
        kinds.register(
            ContentKind(
                key="motemateriell",
                model_label="portal.MeetingMaterialPage",
                label=_("Meeting materials"),
                singular=_("meeting material"),
                order=30,
            )
        )
        kinds.register(
            ContentKind(
                key="arshjul",
                model_label="portal.WheelPeriodPage",
                label=_("Annual wheel"),
                singular=_("period"),
                order=40,
            )
        )
        # What pages show from elsewhere: the site (routing), tags, and images
        # (the image model is named in settings, which this app owns).
        for model in (Site, Tag, get_image_model()):
            page_cache.watch(model)
        register_range_checked_lookups()
        page_cache.connect_signals()
        user_logged_in.connect(remember_admin_link, dispatch_uid="portal_admin_link")
