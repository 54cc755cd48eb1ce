"""The annual wheel as a picture: right month and theme for the date, accessible."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError

from portal.factories import WheelPeriodPageFactory
from portal.wheel_svg import draw_wheel, segment_path

pytestmark = pytest.mark.django_db


def _svg(html):
    return re.search(r"<svg class=\"wheel__svg\".*?</svg>", html, re.S).group(0)


@pytest.mark.parametrize(
    ("day", "month", "theme", "title"),
    [
        (
            datetime.date(2026, 10, 15),
            "oktober",
            "organisering-og-struktur",
            "Organisering og struktur",
        ),  # noqa: E501
        (
            datetime.date(2027, 2, 1),
            "februar",
            "emosjonell-stotte",
            "Emosjonell støtte",
        ),
        (datetime.date(2027, 5, 31), "mai", "lek-og-laering", "Lek og læring"),
    ],
)
def test_wheel_marks_todays_month_and_theme(
    staff_client, wheel, set_today, day, month, theme, title
):
    set_today(day)
    html = staff_client.get("/arshjul/").content.decode()
    svg = _svg(html)
    current = re.findall(
        r'<a href="[^"]+" class="wheel__period wheel__period--([a-z-]+) '
        r'wheel__period--current" aria-label="([^"]+)"',
        svg,
    )
    assert current == [(theme, f"{title}, {_span(title)} (nå)")]
    assert f"Vi er i {month}, i perioden {title}." in html
    assert month.capitalize() in svg  # named in the centre
    # The outline of today's month is drawn over that month's segment.
    today_path = re.search(r'<path class="wheel__today" d="([^"]+)"', svg).group(1)
    assert today_path == segment_path(day.month, 196, 106)


def _span(title):
    return {
        "Organisering og struktur": "september–november",
        "Emosjonell støtte": "januar–mars",
        "Lek og læring": "april–juni",
    }[title]


def test_between_periods_the_wheel_says_so(staff_client, wheel, set_today):
    set_today(datetime.date(2026, 12, 10))
    html = staff_client.get("/arshjul/").content.decode()
    assert "wheel__period--current" not in html
    assert "Vi er i desember, mellom to perioder." in html
    assert "mellom to perioder" in _svg(html)


def test_svg_has_an_accessible_name_links_and_a_list_alternative(
    staff_client, wheel, set_today
):
    set_today(datetime.date(2026, 10, 15))
    html = staff_client.get("/arshjul/").content.decode()
    svg = _svg(html)
    labelled_by = re.search(r'aria-labelledby="([^"]+)"', svg).group(1)
    assert (
        f'<title id="{labelled_by}">Årshjulet: årets perioder måned for måned</title>'
        in svg
    )
    assert 'role="group"' in svg
    # One link per period, each with a readable name, to the period page.
    links = re.findall(
        r'<a href="([^"]+)" class="wheel__period[^"]*" aria-label="([^"]+)"', svg
    )
    assert [href for href, _label in links] == [p.url for p in wheel.periods]
    assert all(label for _href, label in links)
    # Month labels are decoration inside named links; decimals keep their point.
    assert "," not in re.search(r'd="([^"]+)"', svg).group(1)
    # The plain list: every period as a list item with a link and its months.
    listing = html.split('<ol class="wheel-list">', 1)[1]
    for period in wheel.periods:
        assert f'<a href="{period.url}">{period.title}</a>' in listing
    assert "Nå" in listing
    # Legend for the colours.
    assert "wheel__legend" in html and "Emosjonell støtte" in html


def test_home_page_shows_the_small_wheel_and_the_current_period(
    staff_client, wheel, set_today
):
    set_today(datetime.date(2027, 2, 1))
    html = staff_client.get("/").content.decode()
    assert "wheel wheel--small" in html
    assert 'id="home-wheel-title"' in html
    assert "wheel__period--emosjonell-stotte wheel__period--current" in html


def test_overlapping_months_are_drawn_once(wheel):
    extra = WheelPeriodPageFactory(title="Ekstra", start_month=11, end_month=12)
    periods = [*wheel.periods, extra]
    drawing = draw_wheel(periods, datetime.date(2026, 12, 1))
    drawn = [m.month for g in drawing.groups for m in g.months]
    drawn += [m.month for m in drawing.empty_months]
    assert sorted(drawn) == list(range(1, 13))


def test_period_slugs_used_by_the_portal_are_refused(wheel):
    period = WheelPeriodPageFactory.build(
        title="Plan", slug="plan", start_month=1, end_month=2
    )
    period.slug = "plan"
    with pytest.raises(ValidationError) as error:
        period.clean()
    assert "slug" in error.value.message_dict
