"""Geometry of the annual wheel drawn as SVG (templates/includes/annual_wheel.html).

Twelve month segments in a ring, starting with August at the top (the
kindergarten year) and running clockwise. Months of a period are coloured by its
theme and grouped into one link to the period; today's month is outlined and
named in the centre. Everything is computed here so the template only prints.
"""

import math
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from portal.blocks import MONTH_CHOICES

SIZE = 400
CENTRE = SIZE / 2
OUTER = 190
INNER = 112
LABEL_RADIUS = (OUTER + INNER) / 2
FIRST_MONTH = 8  # August at twelve o'clock
CENTRE_LINE_CHARS = 18

# Dark theme colours from portal.css; white text on each is ≥ 7:1.
THEME_COLOURS = {
    "organisering-og-struktur": "#17416b",
    "emosjonell-stotte": "#7a1f45",
    "lek-og-laering": "#27531f",
}
EMPTY_COLOUR = "#e8e6e1"
MONTH_NAMES = dict(MONTH_CHOICES)


@dataclass
class MonthSegment:
    month: int
    name: str
    short_name: str
    path: str
    label_x: float
    label_y: float
    is_today: bool


@dataclass
class PeriodGroup:
    period: object
    url: str
    label: str
    theme: str
    theme_label: str
    colour: str
    is_current: bool
    months: list = field(default_factory=list)


@dataclass
class WheelDrawing:
    id: str
    title: str
    description: str
    groups: list
    empty_months: list
    today_path: str
    today_month_name: str
    centre_lines: list
    legend: list
    size: int = SIZE
    centre: float = CENTRE

    @property
    def centre_y(self):
        """First baseline, so that the centre text block sits in the middle."""
        return round(CENTRE - (len(self.centre_lines) - 1) * 11 + 5)


def _point(radius, degrees):
    radians = math.radians(degrees)
    return (
        round(CENTRE + radius * math.cos(radians), 2),
        round(CENTRE + radius * math.sin(radians), 2),
    )


def _angles(month):
    index = (month - FIRST_MONTH) % 12
    start = -90 + index * 30
    return start, start + 30


def segment_path(month, outer=OUTER, inner=INNER):
    """An annular sector for one month, as SVG path data."""
    start, end = _angles(month)
    ox1, oy1 = _point(outer, start)
    ox2, oy2 = _point(outer, end)
    ix2, iy2 = _point(inner, end)
    ix1, iy1 = _point(inner, start)
    return (
        f"M {ox1} {oy1} A {outer} {outer} 0 0 1 {ox2} {oy2} "
        f"L {ix2} {iy2} A {inner} {inner} 0 0 0 {ix1} {iy1} Z"
    )


def _wrap(text, width=CENTRE_LINE_CHARS, lines=2):
    words, result, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            result.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    result.append(line)
    if len(result) > lines:
        result = result[:lines]
        result[-1] = result[-1][: width - 1].rstrip() + "…"
    return result


def _month_span(period):
    first = MONTH_NAMES[period.start_month]
    last = MONTH_NAMES[period.end_month]
    return str(first) if first == last else f"{first}–{last}"


def draw_wheel(periods, today, request=None, position=None, id_prefix="wheel"):
    """Everything annual_wheel.html needs to draw the wheel for ``today``."""
    current = position.current if position else None
    covered = {}
    groups = []
    for period in periods:
        theme = period.focus_area
        span = _month_span(period)
        group = PeriodGroup(
            period=period,
            url=period.get_url(request),
            label=_("%(title)s, %(months)s") % {"title": period.title, "months": span},
            theme=theme,
            theme_label=str(period.get_focus_area_display()),
            colour=THEME_COLOURS.get(theme, "#4f4f4f"),
            is_current=current is not None and period.pk == current.pk,
        )
        for month in period.months:
            if month in covered:
                continue  # overlapping periods: the first one draws the month
            covered[month] = group
            group.months.append(_segment(month, today))
        groups.append(group)
    empty = [_segment(m, today) for m in range(1, 13) if m not in covered]

    today_name = str(MONTH_NAMES[today.month])
    if current:
        centre = [_("Now"), today_name.capitalize(), *_wrap(current.title)]
        description = _("Today is in %(month)s, in the period %(period)s.") % {
            "month": today_name,
            "period": current.title,
        }
    else:
        centre = [_("Now"), today_name.capitalize(), *_wrap(_("between periods"))]
        description = _("Today is in %(month)s, between two periods.") % {
            "month": today_name
        }
    legend = []
    seen = set()
    for group in groups:
        if group.theme not in seen:
            seen.add(group.theme)
            legend.append({"theme": group.theme, "label": group.theme_label})
    return WheelDrawing(
        id=id_prefix,
        title=_("The annual wheel: the year's periods by month"),
        description=description,
        groups=groups,
        empty_months=empty,
        today_path=segment_path(today.month, OUTER + 6, INNER - 6),
        today_month_name=today_name,
        centre_lines=centre,
        legend=legend,
    )


def _segment(month, today):
    start, end = _angles(month)
    x, y = _point(LABEL_RADIUS, (start + end) / 2)
    name = str(MONTH_NAMES[month])
    return MonthSegment(
        month=month,
        name=name,
        short_name=name[:3],
        path=segment_path(month),
        label_x=x,
        label_y=y,
        is_today=month == today.month,
    )
