from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from team.models import Kindergarten, Profile, Statement, TeamMember


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
    list_display = ["user", "kindergarten", "department", "role", "role_title"]


class OrganisationViewSetGroup(SnippetViewSetGroup):
    items = (KindergartenViewSet, TeamMemberViewSet, ProfileViewSet)
    menu_icon = "group"
    menu_label = _("Organisation")
    menu_name = "organisation"


register_snippet(OrganisationViewSetGroup)


class StatementViewSet(SnippetViewSet):
    """The self-assessment statements, written by the inclusion team.

    Answers are deliberately not registered anywhere in the admin: individual
    answers are visible only to the person who gave them.
    """

    model = Statement
    icon = "list-ol"
    menu_label = _("Self-assessment")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["text", "focus_area", "sort_order", "active"]
    list_filter = ["focus_area", "active"]
    ordering = ["focus_area", "sort_order", "pk"]


register_snippet(StatementViewSet)
