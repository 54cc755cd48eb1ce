from wagtail import blocks

from portal.blocks import StepBlock


class StepsStreamBlock(blocks.StreamBlock):
    """The ordered how-to of a measure."""

    step = StepBlock()
