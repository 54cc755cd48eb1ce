from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from team.models import Kindergarten, Profile, TeamMember


class KindergartenViewSet(SnippetViewSet):
    model = Kindergarten
    icon = "home"
    menu_label = _("Kindergartens")
    list_display = ["name", "address"]


class TeamMemberViewSet(SnippetViewSet):
    model = TeamMember
    icon = "group"
    menu_label = _("Inclusion team")
    list_display = ["full_name", "role_title", "email"]


class ProfileViewSet(SnippetViewSet):
    model = Profile
    icon = "user"
    menu_label = _("Staff profiles")
    list_display = ["user", "kindergarten", "department", "role_title"]


class OrganisationViewSetGroup(SnippetViewSetGroup):
    items = (KindergartenViewSet, TeamMemberViewSet, ProfileViewSet)
    menu_icon = "group"
    menu_label = _("Organisation")
    menu_name = "organisation"


register_snippet(OrganisationViewSetGroup)
