"""The meeting calendar as iCalendar (RFC 5545), written with ``icalendar``.

Times are local Oslo times with a TZID and a VTIMEZONE (calendar apps then keep
them right across summer time); DTSTAMP is UTC as the RFC requires.
"""

import datetime
import logging
import zoneinfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event
from wagtail.models import Site

FEED_HISTORY = datetime.timedelta(days=180)
PRODID = "-//Inkluderingsportalen//Motekalender//NB"

logger = logging.getLogger(__name__)


def calendar_for(meetings, *, name, base_url):
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now().astimezone(datetime.UTC)
    base_url = base_url.rstrip("/")
    site = Site.objects.filter(is_default_site=True).first()
    for meeting in meetings:
        try:
            event = _event(meeting, tz, stamp, base_url, site)
        except (OverflowError, ValueError):
            # One impossible row (e.g. a meeting ending after the year 9999, saved
            # before the form refused such dates) must not break the whole feed.
            logger.warning("Meeting %s left out of the calendar feed", meeting.pk)
            continue
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _event(meeting, tz, stamp, base_url, site):
    event = Event()
    event.add("uid", f"mote-{meeting.pk}@inkluderingsportalen")
    event.add("dtstamp", stamp)
    event.add("last-modified", meeting.updated_at.astimezone(datetime.UTC))
    event.add("dtstart", meeting.starts_at.astimezone(tz))
    event.add("dtend", meeting.ends_at.astimezone(tz))
    event.add("summary", meeting.title)
    event.add("categories", [meeting.get_meeting_type_display()])
    if meeting.location:
        event.add("location", meeting.location)
    event.add("description", _description(meeting, base_url, site))
    return event


def _description(meeting, base_url, site):
    lines = [meeting.get_meeting_type_display()]
    if meeting.department:
        lines.append(_("Department: %(name)s") % {"name": meeting.department.name})
    else:
        lines.append(_("For the whole kindergarten"))
    if meeting.description:
        lines += ["", meeting.description]
    materials = list(meeting.materials.all())
    if materials:
        lines += ["", _("Meeting materials:")]
        for material in materials:
            url = material.get_url(current_site=site) or ""
            if url.startswith("/"):
                url = base_url + url
            lines.append(f"- {material.title}: {url}")
    return "\n".join(lines)
