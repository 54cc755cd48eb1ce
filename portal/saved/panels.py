"""The editor's panel of saved items, which the saveable page models show."""

from wagtail.admin.panels import Panel

from portal.saved.services import saved_count


class SavedCountPanel(Panel):
    """Read-only: how many staff members have saved this page, for editors
    deciding what to keep up to date. Counts are people (one row per person)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "portal/admin/saved_count_panel.html"

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["saved_count"] = saved_count(self.instance)
            return context
