from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from portal import kinds
from portal.kinds import ContentKind


class MeasuresConfig(AppConfig):
    name = "measures"
    verbose_name = _("Guide of measures")

    def ready(self):
        from portal import page_cache

        from .models import Situation
        from .models.media import print_images_of_visual_supports
        from .models.pages import print_images_of_measures

        kinds.register(
            ContentKind(
                key="tiltak",
                model_label="measures.MeasurePage",
                label=_("Measures"),
                singular=_("measure"),
                order=10,
                print_images=print_images_of_measures,
            )
        )
        kinds.register(
            ContentKind(
                key="visuell-stotte",
                model_label="measures.VisualSupport",
                label=_("Visual supports"),
                singular=_("visual support"),
                order=20,
                is_page=False,
                print_images=print_images_of_visual_supports,
            )
        )
        # Measure pages show situations (a kind's own model is watched anyway).
        page_cache.watch(Situation)
