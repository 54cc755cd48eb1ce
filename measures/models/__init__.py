from .media import VisualSupport, VisualSupportRendition
from .pages import (
    MeasureIndexPage,
    MeasurePage,
    MeasureRelatedMeasure,
    MeasureVisualSupport,
    VisualSupportGalleryPage,
)
from .taxonomy import MeasureTag, Situation, SynonymGroup

__all__ = [
    "MeasureIndexPage",
    "MeasurePage",
    "MeasureRelatedMeasure",
    "MeasureTag",
    "MeasureVisualSupport",
    "Situation",
    "SynonymGroup",
    "VisualSupport",
    "VisualSupportGalleryPage",
    "VisualSupportRendition",
]
