from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from measures.models import MeasurePage
from portal import kinds
from portal.access import open_pages
from portal.saved import services as saved

from .meetings import MeetingMaterialPage
from .wheel import AnnualWheelPage

THEME_ITEMS = 6
RECENT_ITEMS = 8


class HomePage(Page):
    """The dashboard: the wheel's current period, its theme, and what is new."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Route through a section (/tiltak/, /arshjul/, …) in one query.

        Wagtail loads the child as a plain Page and then its specific row; a
        section only passes the rest of the path on, which needs no specific
        fields, so it is loaded deferred (its own fields come if it is the page
        being served).
        """
        if not path_components:
            return super().route(request, path_components)
        child = (
            self.get_children()
            .filter(slug=path_components[0])
            .specific(defer=True)
            .first()
        )
        if child is None:
            raise Http404
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        wheel = AnnualWheelPage.objects.live().child_of(self).first()
        position = wheel.position_on(timezone.localdate()) if wheel else None
        themes = {p.focus_area for p in position.periods} if position else set()
        context.update(
            wheel=wheel,
            position=position,
            theme_measures=list(
                open_pages(MeasurePage.objects.all())
                .filter(focus_area__in=themes)
                .order_by("-last_published_at")[:THEME_ITEMS]
            ),
            theme_meeting_materials=list(
                open_pages(MeetingMaterialPage.objects.all())
                .filter(focus_area__in=themes)
                .order_by("-last_published_at")[:THEME_ITEMS]
            ),
            recently_updated=list(
                open_pages()
                .type(*kinds.page_models())
                .select_related("content_type")
                .order_by("-last_published_at")[:RECENT_ITEMS]
            ),
        )
        context.update(saved.home_context(request))
        # Imported here: team's views import portal.models.
        from team.dashboard import home_context as development_cycle_context

        context.update(development_cycle_context(request, wheel, position))
        return context
