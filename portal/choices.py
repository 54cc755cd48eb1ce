"""Fixed vocabularies of the veileder, importable without loading any models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FocusArea(models.TextChoices):
    """The three themes of the guide and the annual wheel; fixed by the handbook."""

    ORGANISATION = "organisering-og-struktur", _("Organisation and structure")
    EMOTIONAL = "emosjonell-stotte", _("Emotional support")
    PLAY_AND_LEARNING = "lek-og-laering", _("Play and learning support")


class AgeGroup(models.TextChoices):
    TODDLERS = "1-3", _("1–3 years")
    PRESCHOOL = "3-6", _("3–6 years")
    ALL = "1-6", _("1–6 years")


class Level(models.TextChoices):
    WHOLE_GROUP = "hele-barnegruppen", _("The whole group")
    SMALL_GROUP = "smagruppe", _("Small group")
    INDIVIDUAL = "enkeltbarn", _("Individual child")


class VisualSupportKind(models.TextChoices):
    PICTOGRAM = "piktogram", _("Pictogram")
    DAILY_SCHEDULE = "dagtavle", _("Daily schedule")
    FIRST_THEN = "forst-sa-tavle", _("First–then board")
    SEQUENCE = "sekvens", _("Sequence")
    CHOICE_BOARD = "valgtavle", _("Choice board")
    SOCIAL_STORY = "sosial-historie", _("Social story")
    ILLUSTRATION = "illustrasjon", _("Illustration")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"
    CC0 = "cc0", "CC0"
    OWN = "egen", _("Our own, free to use internally")
    OTHER = "annen", _("Other licence (see attribution)")

    @classmethod
    def requires_attribution(cls, value):
        return value in {cls.CC_BY, cls.CC_BY_SA, cls.CC_BY_NC_SA, cls.OTHER}
