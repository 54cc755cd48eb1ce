from portal.page_cache import ContentGeneration
from portal.saved.models import (
    SavedCollection,
    SavedCollectionItem,
    SavedItem,
    Visibility,
)

from .content import ContentPage
from .home import HomePage
from .meetings import (
    MeetingMaterialAttachment,
    MeetingMaterialIndexPage,
    MeetingMaterialPage,
    MeetingMaterialRelatedMeasure,
    MeetingType,
)
from .wheel import (
    AnnualWheelPage,
    PeriodMeetingMaterial,
    PeriodRelatedMeasure,
    WheelPeriodPage,
)

__all__ = [
    "AnnualWheelPage",
    "ContentGeneration",
    "ContentPage",
    "HomePage",
    "MeetingMaterialAttachment",
    "MeetingMaterialIndexPage",
    "MeetingMaterialPage",
    "MeetingMaterialRelatedMeasure",
    "MeetingType",
    "PeriodMeetingMaterial",
    "PeriodRelatedMeasure",
    "SavedCollection",
    "SavedCollectionItem",
    "SavedItem",
    "Visibility",
    "WheelPeriodPage",
]
