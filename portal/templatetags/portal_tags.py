"""Small presentation helpers for the portal's templates; none of them query."""

from django import template

from portal.blocks import MONTH_CHOICES

register = template.Library()

MONTH_NAMES = dict(MONTH_CHOICES)


@register.filter
def month_name(value):
    """1–12 (or "9" from a ChoiceBlock) → the translated month name."""
    try:
        return MONTH_NAMES[int(value)]
    except (TypeError, ValueError, KeyError):
        return ""


@register.filter
def month_span(period):
    """A wheel period's months as "september–november"."""
    first = month_name(period.start_month)
    last = month_name(period.end_month)
    if period.start_month == period.end_month:
        return first
    return f"{first}–{last}"


@register.filter
def page_type_name(page):
    """The verbose name of a (possibly non-specific) page's type, e.g. "tiltak"."""
    page_class = page.specific_class
    return page_class._meta.verbose_name if page_class else ""


@register.simple_tag
def elided_page_range(page_obj):
    """Page numbers with "…" gaps, so long lists keep a short pager."""
    paginator = page_obj.paginator
    return [
        {"number": number, "is_gap": number == paginator.ELLIPSIS}
        for number in paginator.get_elided_page_range(
            page_obj.number, on_each_side=1, on_ends=1
        )
    ]
