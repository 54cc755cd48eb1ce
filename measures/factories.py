import factory
import wagtail_factories
from wagtail import blocks

from measures.models import (
    MeasureIndexPage,
    MeasurePage,
    MeasureVisualSupport,
    Situation,
    VisualSupport,
)
from portal.choices import FocusArea, VisualSupportKind


class SituationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"situasjon {n}")
    slug = factory.Sequence(lambda n: f"situasjon-{n}")

    class Meta:
        model = Situation
        django_get_or_create = ("slug",)


class VisualSupportFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Piktogram {n}")
    description = factory.LazyAttribute(lambda o: f"Tegning som viser {o.title}")
    kind = VisualSupportKind.PICTOGRAM
    no_identifiable_child = True

    class Meta:
        model = VisualSupport


def measure_index():
    return MeasureIndexPage.objects.get()


class MeasurePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tiltak {n}")
    slug = factory.Sequence(lambda n: f"tiltak-{n}")
    summary = "Et kort sammendrag av tiltaket."
    focus_area = FocusArea.ORGANISATION
    parent = factory.LazyFunction(measure_index)
    steps = factory.LazyFunction(
        lambda: [
            (
                "step",
                blocks.StructValue(None, [("text", "Vis dagtavla."), ("image", None)]),
            )
        ]
    )

    class Meta:
        model = MeasurePage
        skip_postgeneration_save = True

    @factory.post_generation
    def situations(self, create, extracted, **kwargs):
        if create and extracted:
            self.situations.set(extracted)
            self.save()

    @factory.post_generation
    def visual_supports(self, create, extracted, **kwargs):
        if create and extracted:
            for order, image in enumerate(extracted):
                MeasureVisualSupport.objects.create(
                    page=self, image=image, sort_order=order
                )
