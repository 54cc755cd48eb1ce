"""Admin hooks of the portal: what the page chooser offers whom."""

from django.db.models import Q
from wagtail import hooks
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.access import open_pages


@hooks.register("construct_page_chooser_queryset")
def chooser_shows_what_the_user_may_see(pages, request):
    """The page chooser (browse and search) offers the pages the user may edit,
    publish or add to, and elsewhere only live pages every reader may open.

    Directors edit only under /motemateriell/; without this the chooser would
    show them the titles of drafts and restricted pages anywhere in the tree.
    For editors (page rights on the whole tree) nothing changes.
    """
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        request.user, {"add", "change", "publish"}
    )
    return pages.filter(
        Q(pk__in=editable.values("pk")) | Q(pk__in=open_pages().values("pk"))
    )
