import factory
import wagtail_factories

from portal.choices import FocusArea
from portal.models import (
    AnnualWheelPage,
    MeetingMaterialIndexPage,
    MeetingMaterialPage,
    MeetingType,
    SavedCollection,
    Visibility,
    WheelPeriodPage,
)
from portal.saved import services as saved


class MeetingMaterialPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Møte {n}")
    slug = factory.Sequence(lambda n: f"mote-{n}")
    summary = "Materiell til et avdelingsmøte."
    focus_area = FocusArea.EMOTIONAL
    meeting_type = MeetingType.DEPARTMENT
    duration_minutes = 60
    goal = "Vi deler erfaringer."
    parent = factory.LazyFunction(MeetingMaterialIndexPage.objects.get)

    class Meta:
        model = MeetingMaterialPage


class WheelPeriodPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Periode {n}")
    slug = factory.Sequence(lambda n: f"periode-{n}")
    summary = "En periode i årshjulet."
    focus_area = FocusArea.ORGANISATION
    start_month = 9
    end_month = 11
    parent = factory.LazyFunction(AnnualWheelPage.objects.get)

    class Meta:
        model = WheelPeriodPage


class SavedCollectionFactory(factory.django.DjangoModelFactory):
    owner = factory.SubFactory("team.factories.UserFactory")
    name = factory.Sequence(lambda n: f"Samling {n}")
    visibility = Visibility.PRIVATE

    class Meta:
        model = SavedCollection


def save_for(user, *objects):
    """Save each object for ``user`` the way the Lagre button does."""
    return [saved.save(user, obj)[0] for obj in objects]
