from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TeamConfig(AppConfig):
    name = "team"
    verbose_name = _("Organisation")

    def ready(self):
        from portal import page_cache

        from .models import TeamMember

        # Pages show the inclusion team's contacts.
        page_cache.watch(TeamMember)
