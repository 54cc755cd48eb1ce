"""Moved to portal.choices (the kernel); kept so old imports keep working."""

from portal.choices import AgeGroup, FocusArea, Level, Licence, VisualSupportKind

__all__ = ["AgeGroup", "FocusArea", "Level", "Licence", "VisualSupportKind"]
